import { describe, expect, it } from 'vitest';
import { groupFairness } from '../../src/fairness/group-fairness.js';
import { gapsOf } from '../../src/fairness/gaps.js';
import { expectedCounts, rates } from '../../src/fairness/group-counts.js';
import { applyGroupThresholds, groupThresholds, selectionProbabilities } from '../../src/fairness/group-thresholds.js';
import { randomizedOdds } from '../../src/fairness/randomized-odds.js';
import type { GroupInput } from '../../src/fairness/groups.js';
import { reweighing } from '../../src/fairness/reweighing.js';
import { tradeOffTable } from '../../src/fairness/trade-off.js';
import { ValidationError } from '../../src/util/errors.js';
import { createRng } from '../../src/util/rng.js';

describe('reweighing', () => {
  it('gives w(g, y) = P(g)·P(y)/P(g, y)', () => {
    const r = reweighing({ labels: ['a', 'b'], group: [0, 0, 1, 1] }, [1, 1, 1, 0]);
    expect([...r.weights]).toEqual([0.75, 0.75, 1.5, 0.5]);
    expect(r.cells[0].weight0).toBeNaN(); // no row of a with label 0
  });

  it('makes label and group independent in the weighted data', () => {
    const rng = createRng(3);
    const n = 5000;
    const group = Array.from({ length: n }, () => (rng.next() < 0.3 ? 1 : 0));
    const y = group.map((g) => (rng.next() < (g ? 0.1 : 0.35) ? 1 : 0));
    const { weights } = reweighing({ labels: ['m', 'f'], group }, y);
    const rate = [0, 1].map((g) => {
      let wy = 0;
      let w = 0;
      for (let i = 0; i < n; i++) {
        if (group[i] !== g) continue;
        wy += weights[i] * y[i];
        w += weights[i];
      }
      return wy / w;
    });
    const overall = y.reduce((a: number, b) => a + b, 0) / n;
    expect(rate[0]).toBeCloseTo(overall, 12);
    expect(rate[1]).toBeCloseTo(overall, 12);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(n, 8);
  });
});

/** Two groups whose scores follow the same model, group 1 shifted down by `shift` (same ROC curve). */
function shifted(n: number, shift: number, seed: number) {
  const rng = createRng(seed);
  const group = Array.from({ length: n }, (_, i) => i % 2);
  const labels: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = rng.next() < 0.4 ? 1 : 0;
    labels.push(y);
    scores.push(0.5 + (y ? 0.15 : -0.15) + 0.2 * rng.normal() - (group[i] ? shift : 0));
  }
  return { scores, labels, groups: { labels: ['a', 'b'], group } as GroupInput };
}

describe('groupThresholds', () => {
  const data = shifted(6000, 0.2, 11);

  it('demographic parity: equal selection rates at the overall rate or the most accurate common rate', () => {
    const overall = groupThresholds(data.scores, data.labels, data.groups, {
      goal: 'demographic-parity',
      targetRate: 'overall',
      tolerance: 0.01,
    });
    const before = groupFairness(data.scores, data.labels, data.groups, { replicates: 0 });
    const after = groupFairness(data.scores, data.labels, data.groups, {
      replicates: 0,
      groupThresholds: overall.thresholds,
    });
    expect(before.gaps.demographicParityDifference.value).toBeGreaterThan(0.2);
    expect(after.gaps.demographicParityDifference.value).toBeLessThanOrEqual(0.01);
    expect(after.gaps.demographicParityDifference.value).toBeCloseTo(overall.fit.gap, 12);
    const selected = data.scores.filter((s) => s >= 0.5).length / data.scores.length;
    expect(overall.fit.targetRate).toBeCloseTo(selected, 12);
    expect(Math.abs(after.groups[0].selectionRate - selected)).toBeLessThanOrEqual(0.005 + 1e-12);
    const best = groupThresholds(data.scores, data.labels, data.groups, { goal: 'demographic-parity' });
    expect(best.fit.accuracy).toBeGreaterThanOrEqual(overall.fit.accuracy);
    expect(best.fit.gap).toBeLessThanOrEqual(0.01);
  });

  it('equalised odds on groups with the same ROC curve: thresholds shifted by the score shift', () => {
    const eo = groupThresholds(data.scores, data.labels, data.groups, { goal: 'equalized-odds', tolerance: 0.02 });
    expect(eo.randomized).toBe(false);
    expect(eo.fit.gap).toBeLessThanOrEqual(0.02);
    expect(eo.thresholds.a - eo.thresholds.b).toBeGreaterThan(0.12);
    expect(eo.thresholds.a - eo.thresholds.b).toBeLessThan(0.28);
    const after = groupFairness(data.scores, data.labels, data.groups, {
      replicates: 0,
      groupThresholds: eo.thresholds,
    });
    expect(after.gaps.equalizedOddsDifference.value).toBeCloseTo(eo.fit.gap, 12);
    const before = groupFairness(data.scores, data.labels, data.groups, { replicates: 0 });
    expect(before.gaps.equalizedOddsDifference.value).toBeGreaterThan(0.25);
    const held = shifted(6000, 0.2, 12); // new rows from the same process
    const heldAfter = groupFairness(held.scores, held.labels, held.groups, {
      replicates: 0,
      groupThresholds: eo.thresholds,
    });
    expect(heldAfter.gaps.equalizedOddsDifference.value).toBeLessThan(0.06);
    const eop = groupThresholds(data.scores, data.labels, data.groups, { goal: 'equal-opportunity', tolerance: 0.01 });
    const eopAfter = groupFairness(data.scores, data.labels, data.groups, {
      replicates: 0,
      groupThresholds: eop.thresholds,
    });
    expect(eopAfter.gaps.equalOpportunityDifference.value).toBeLessThanOrEqual(0.01);
  });

  it('applies stored thresholds, with the fallback for groups not seen, after a JSON round trip', () => {
    const t = groupThresholds(data.scores, data.labels, data.groups, { goal: 'demographic-parity' });
    const stored = JSON.parse(JSON.stringify(t));
    expect(stored).toEqual(t);
    const d = applyGroupThresholds(
      [t.thresholds.a, t.thresholds.a - 1e-9, 0.5, 0.49],
      { labels: ['a', 'new'], group: [0, 0, 1, 1] },
      stored,
    );
    expect([...d]).toEqual([1, 0, 1, 0]);
    const again = applyGroupThresholds(data.scores, data.groups, stored);
    let agree = 0;
    for (let i = 0; i < data.scores.length; i++) {
      if (again[i] === (data.scores[i] >= t.thresholds[data.groups.labels[data.groups.group[i]]] ? 1 : 0)) agree++;
    }
    expect(agree).toBe(data.scores.length);
  });

  it('keeps the base threshold for groups too small to judge', () => {
    const g: GroupInput = { labels: ['a', 'b', 'tiny'], group: data.scores.map((_, i) => (i < 10 ? 2 : i % 2)) };
    const t = groupThresholds(data.scores, data.labels, g, { goal: 'demographic-parity', threshold: 0.45 });
    expect(t.thresholds.tiny).toBe(0.45);
    expect(t.fallback).toBe(0.45);
  });

  it('rejects bad options and foreign data', () => {
    const bad = (f: () => unknown) => expect(f).toThrow(ValidationError);
    bad(() => groupThresholds(data.scores, data.labels, data.groups, { goal: 'parity' as 'demographic-parity' }));
    bad(() => groupThresholds(data.scores, data.labels, data.groups, { goal: 'equalized-odds', tolerance: -1 }));
    bad(() => groupThresholds(data.scores, data.labels, data.groups, { goal: 'demographic-parity', targetRate: 2 }));
    bad(() => applyGroupThresholds([0.1], { labels: ['a'], group: [0] }, { kind: 'gbdt' } as never));
  });
});

describe('randomizedOdds', () => {
  // group b's scores are noisier (a lower ROC curve), so no pair of plain thresholds equalises both rates
  const rng = createRng(21);
  const n = 8000;
  const group = Array.from({ length: n }, (_, i) => i % 2);
  const labels = group.map(() => (rng.next() < 0.3 ? 1 : 0));
  const scores = labels.map((y, i) => 0.5 + (y ? 0.2 : -0.2) + (group[i] ? 0.35 : 0.15) * rng.normal());
  const groups: GroupInput = { labels: ['a', 'b'], group };

  it('equalises TPR and FPR in expectation on the fitting data, and the drawn decisions follow', () => {
    const r = randomizedOdds(scores, labels, groups);
    expect(r.randomized).toBe(true);
    expect(Object.keys(r.mixing ?? {})).toEqual(['a', 'b']);
    const p = selectionProbabilities(scores, groups, r);
    const expected = expectedCounts(p, labels, groups).map(rates);
    expect(Math.abs(expected[0].tpr - expected[1].tpr)).toBeLessThan(0.005);
    expect(Math.abs(expected[0].fpr - expected[1].fpr)).toBeLessThan(0.005);
    expect(gapsOf(expected).equalizedOddsDifference).toBeLessThan(0.005);
    // the better-ranked group a gives up part of its TPR: it ignores its score for some rows
    expect(r.mixing?.a.pIgnore).toBeGreaterThan(0);
    expect(r.mixing?.b.pIgnore).toBe(0);
    const drawn = applyGroupThresholds(scores, groups, r, { seed: 3 });
    expect([...drawn]).toEqual([...applyGroupThresholds(scores, groups, r, { seed: 3 })]);
    const realised = groupFairness(drawn, labels, groups, { threshold: 1, replicates: 0 });
    expect(realised.gaps.equalizedOddsDifference.value).toBeLessThan(0.04);
    const plain = groupFairness(scores, labels, groups, { replicates: 0 });
    expect(plain.gaps.equalizedOddsDifference.value).toBeGreaterThan(0.1);
    expect(r.fit.accuracy).toBeGreaterThan(0.7);
  });

  it('gives 0/1 probabilities for plain thresholds', () => {
    const t = groupThresholds(scores, labels, groups, { goal: 'demographic-parity' });
    const p = selectionProbabilities(scores, groups, t);
    expect([...p]).toEqual([...applyGroupThresholds(scores, groups, t)]);
  });
});

describe('tradeOffTable', () => {
  it('lists accuracy, AUC, profit and the gaps of each option', () => {
    const scores = [0.9, 0.8, 0.6, 0.2, 0.7, 0.4, 0.3, 0.1];
    const labels = [1, 0, 1, 0, 1, 1, 0, 0];
    const groups: GroupInput = { labels: ['A', 'B'], group: [0, 0, 0, 0, 1, 1, 1, 1] };
    const rows = tradeOffTable(
      labels,
      groups,
      [
        { name: 'unmitigated', scores },
        { name: 'higher cut', scores, threshold: 0.75 },
      ],
      { value: { valuePerConversion: 10, costPerContact: 2 }, minGroupRows: 1 },
    );
    // at 0.5: selected 0.9, 0.8, 0.6, 0.7 → 3 conversions; correct: 6 of 8
    expect(rows[0]).toMatchObject({ name: 'unmitigated', accuracy: 0.75, selectionRate: 0.5, profit: 3 * 10 - 4 * 2 });
    expect(rows[0].demographicParityDifference).toBe(0.5);
    expect(rows[0].equalizedOddsDifference).toBe(0.5);
    // at 0.75: selected 0.9, 0.8 → 1 conversion; A: sel 0.5, TPR 0.5, FPR 0.5; B: 0, 0, 0
    expect(rows[1]).toMatchObject({
      accuracy: 0.5,
      profit: 10 - 4,
      demographicParityDifference: 0.5,
      equalizedOddsDifference: 0.5,
    });
    expect(rows[0].auc).toBe(rows[1].auc);
    expect(tradeOffTable(labels, groups, [{ name: 'x', scores }])[0].profit).toBeNull();
  });
});
