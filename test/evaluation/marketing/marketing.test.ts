import { describe, expect, it } from 'vitest';
import { budgetSelection } from '../../../src/evaluation/marketing/budget-selection.js';
import { gainsCurve } from '../../../src/evaluation/marketing/gains-curve.js';
import { ksStatistic } from '../../../src/evaluation/marketing/ks-statistic.js';
import { liftTable } from '../../../src/evaluation/marketing/lift-table.js';
import { profitCurve } from '../../../src/evaluation/marketing/profit-curve.js';
import { rocCurve } from '../../../src/evaluation/roc-curve.js';
import { ValidationError } from '../../../src/util/errors.js';

// ten customers, best score first; buyers at ranks 1, 2, 4 and 7 (3 of the first 4)
const scores = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
const labels = [1, 1, 0, 1, 0, 0, 1, 0, 0, 0];

describe('liftTable', () => {
  it('gives hand-checked lift, response rate and captured share', () => {
    const rows = liftTable(scores, labels, [0.2, 0.4, 1]);
    // top 2: 2 buyers of 2 → rate 1, overall 0.4 → lift 2.5, captured 2/4
    expect(rows[0]).toEqual({ share: 0.2, lift: 2.5, responseRate: 1, capturedShare: 0.5 });
    // top 4: 3 of 4 → 0.75 / 0.4 = 1.875, captured 3/4
    expect(rows[1].lift).toBeCloseTo(1.875, 14);
    expect(rows[1].capturedShare).toBe(0.75);
    expect(rows[2]).toEqual({ share: 1, lift: 1, responseRate: 0.4, capturedShare: 1 });
    expect(liftTable(scores, labels).map((r) => r.share)).toEqual([
      0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
  });

  it('shares ties at the cut in proportion, independent of row order', () => {
    // all four tied: the top half holds half of the 2 buyers, whatever the row order
    expect(liftTable([0.5, 0.5, 0.5, 0.5], [1, 1, 0, 0], [0.5])[0].capturedShare).toBe(0.5);
    expect(liftTable([0.5, 0.5, 0.5, 0.5], [0, 0, 1, 1], [0.5])[0].capturedShare).toBe(0.5);
    expect(() => liftTable(scores, labels, [0])).toThrow(ValidationError);
  });
});

describe('gainsCurve and ksStatistic', () => {
  it('gains: hand-checked points from (0,0) to (1,1)', () => {
    const g = gainsCurve(scores, labels, 5);
    expect(g.map((p) => p.share)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(g.map((p) => p.captured)).toEqual([0, 0.5, 0.75, 0.75, 1, 1]);
  });

  it('KS: hand-checked maximum of TPR − FPR', () => {
    // after rank 4: TPR 3/4, FPR 1/6 → 7/12; after rank 7: TPR 1, FPR 3/6 → 1/2
    expect(ksStatistic(scores, labels)).toBeCloseTo(7 / 12, 14);
    expect(ksStatistic([0.9, 0.1], [1, 0])).toBe(1);
    expect(ksStatistic([0.9, 0.1], [1, 1])).toBeNaN();
  });
});

describe('profitCurve and budgetSelection', () => {
  it('profit: hand-checked best threshold', () => {
    // value 10, cost 3: top 2 → 20 − 6 = 14; top 4 → 30 − 12 = 18; top 7 → 40 − 21 = 19; all → 40 − 30 = 10
    const { points, best } = profitCurve(scores, labels, { valuePerConversion: 10, costPerContact: 3 });
    expect(best).toEqual({ share: 0.7, threshold: 0.4, contacts: 7, conversions: 4, profit: 19 });
    expect(points).toHaveLength(11);
    expect(points[0]).toEqual({ share: 0, threshold: 1.95, contacts: 0, conversions: 0, profit: 0 });
    expect(points[4].profit).toBe(18);
    // contacts too dear: contact nobody
    expect(profitCurve(scores, labels, { valuePerConversion: 1, costPerContact: 3 }).best.contacts).toBe(0);
    expect(() => profitCurve(scores, labels, { valuePerConversion: -1, costPerContact: 3 })).toThrow(
      /valuePerConversion/,
    );
  });

  it('budget: a count or a share, against random contact, with profit', () => {
    const plan = budgetSelection(scores, labels, { contacts: 4, valuePerConversion: 10, costPerContact: 3 });
    expect(plan).toEqual({
      contacts: 4,
      threshold: 0.7,
      expectedConversions: 3,
      randomConversions: 1.6,
      lift: 1.875,
      expectedProfit: 18,
      randomProfit: 4,
    });
    const share = budgetSelection(scores, labels, { contacts: 0.2 });
    expect(share).toEqual({ contacts: 2, threshold: 0.9, expectedConversions: 2, randomConversions: 0.8, lift: 2.5 });
    // more contacts than rows: everyone, lift 1
    const all = budgetSelection(scores, labels, { contacts: 50 });
    expect(all.lift).toBe(1);
    expect(all.expectedConversions).toBe(20);
    expect(() => budgetSelection(scores, labels, { contacts: 0 })).toThrow(/contacts/);
  });

  it('budget without labels reads the scores as probabilities', () => {
    const plan = budgetSelection([0.9, 0.5, 0.1, 0.1], null, { contacts: 2 });
    expect(plan.expectedConversions).toBeCloseTo(1.4, 14);
    expect(plan.randomConversions).toBeCloseTo(0.8, 14);
    expect(plan.threshold).toBe(0.5);
  });
});

describe('lift, gains, KS and budget agree with each other on random data', () => {
  it('captured share equals the gains curve and KS equals the ROC maximum', () => {
    let s = 17;
    const rand = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    const n = 3000;
    const sc = Array.from({ length: n }, () => Math.round(rand() * 50) / 50);
    const y = sc.map((v) => (rand() < 0.05 + 0.4 * v ? 1 : 0));
    const lift = liftTable(sc, y, [0.1, 0.3]);
    const gains = gainsCurve(sc, y, 10);
    expect(lift[0].capturedShare).toBeCloseTo(gains[1].captured, 12);
    expect(lift[1].capturedShare).toBeCloseTo(gains[3].captured, 12);
    const roc = rocCurve(sc, y, undefined, 1e6);
    const rocKs = Math.max(...roc.tpr.map((t, i) => t - roc.fpr[i]));
    expect(ksStatistic(sc, y)).toBeCloseTo(rocKs, 14);
    const plan = budgetSelection(sc, y, { contacts: 0.1 });
    expect(plan.lift).toBeCloseTo(lift[0].lift, 12);
  });
});
