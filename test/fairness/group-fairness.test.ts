import { describe, expect, it } from 'vitest';
import { dataBias } from '../../src/fairness/data-bias.js';
import { assessFairness } from '../../src/fairness/fairness-assessment.js';
import { dataBiasSummary, fairnessSummary } from '../../src/fairness/fairness-summary.js';
import { groupFairness } from '../../src/fairness/group-fairness.js';
import { type GroupInput, sensitiveGroups } from '../../src/fairness/groups.js';
import { thresholdGrid } from '../../src/fairness/threshold-grid.js';
import { categoryColumn } from '../../src/data/column.js';
import { createTable } from '../../src/data/table.js';
import { ValidationError } from '../../src/util/errors.js';
import { createRng } from '../../src/util/rng.js';

// group A: rows 0–3, group B: rows 4–7; at 0.5 A selects 0.9, 0.8, 0.6 and B selects 0.7
const scores = [0.9, 0.8, 0.6, 0.2, 0.7, 0.4, 0.3, 0.1];
const labels = [1, 0, 1, 0, 1, 1, 0, 0];
const groups: GroupInput = { labels: ['A', 'B'], group: [0, 0, 0, 0, 1, 1, 1, 1] };

describe('groupFairness on a hand-checkable case', () => {
  const f = groupFairness(scores, labels, groups, { minGroupRows: 1, replicates: 0, attribute: 'sex' });

  it('computes the per-group figures', () => {
    const [a, b] = f.groups;
    expect(a).toMatchObject({ group: 'A', count: 4, positives: 2, selected: 3, selectionRate: 0.75, tpr: 1, fpr: 0.5 });
    expect(a.precision).toBeCloseTo(2 / 3, 12);
    expect(a.auc).toBeCloseTo(3 / 4, 12); // pairs: 0.9>0.8, 0.9>0.2, 0.6<0.8, 0.6>0.2
    expect(a.meanScore).toBeCloseTo(0.625, 12);
    expect(a.labelRate).toBe(0.5);
    expect(b).toMatchObject({ group: 'B', selected: 1, selectionRate: 0.25, tpr: 0.5, fpr: 0, precision: 1, auc: 1 });
  });

  it('computes the gaps and the four-fifths rule', () => {
    expect(f.gaps.demographicParityDifference).toMatchObject({ value: 0.5, low: 'B', high: 'A', ci: null });
    expect(f.gaps.demographicParityRatio.value).toBeCloseTo(1 / 3, 12);
    expect(f.fourFifthsViolated).toBe(true);
    expect(f.gaps.equalOpportunityDifference.value).toBe(0.5);
    expect(f.gaps.equalizedOddsDifference.value).toBe(0.5);
    expect(f.gaps.predictiveParityDifference.value).toBeCloseTo(1 / 3, 12);
    expect(f.gaps.predictiveParityDifference).toMatchObject({ low: 'A', high: 'B' });
  });

  it('applies per-group thresholds', () => {
    const g = groupFairness(scores, labels, groups, { minGroupRows: 1, replicates: 0, groupThresholds: { B: 0.35 } });
    expect(g.groups[1]).toMatchObject({ threshold: 0.35, selectionRate: 0.5, tpr: 1, fpr: 0 });
    expect(g.gaps.demographicParityDifference.value).toBe(0.25);
    expect(g.gaps.equalizedOddsDifference.value).toBe(0.5); // FPR 0.5 vs 0 now decides
    expect(g.gaps.equalOpportunityDifference.value).toBe(0);
  });

  it('leaves groups under the minimum out of the gaps and says so', () => {
    const g = groupFairness(scores, labels, groups, { replicates: 0, attribute: 'sex' });
    expect(g.excluded).toEqual(['A', 'B']);
    expect(g.groups.every((x) => x.tooSmall)).toBe(true);
    expect(g.gaps.demographicParityDifference.value).toBeNaN();
    expect(g.fourFifthsViolated).toBeNull();
    expect(fairnessSummary(g).map((s) => s.id)).toEqual(['fairness.summary.smallGroups', 'fairness.summary.notJudged']);
  });

  it('writes the plain-language summary in English and German', () => {
    const withCi = groupFairness(scores, labels, groups, { minGroupRows: 1, replicates: 50, attribute: 'sex' });
    const en = fairnessSummary(withCi).map((s) => s.text);
    expect(en[0]).toBe('sex = B is selected 3.0× less often than sex = A at this threshold (25.0 % vs 75.0 %).');
    expect(en[1]).toMatch(
      /^The four-fifths rule is violated \(disparate impact 0\.33, 95 % CI .*\)\. Options: reweighing, per-group thresholds\.$/,
    );
    const de = fairnessSummary(withCi, 'de').map((s) => s.text);
    expect(de[0]).toBe(
      'sex = B wird bei dieser Schwelle 3,0× seltener ausgewählt als sex = A (25,0 % gegenüber 75,0 %).',
    );
  });

  it('rejects bad input', () => {
    expect(() => groupFairness(scores, labels.slice(1), groups)).toThrow(ValidationError);
    expect(() => groupFairness(scores, [2, ...labels.slice(1)], groups)).toThrow(ValidationError);
    expect(() => groupFairness(scores, labels, { labels: ['A', 'B'], group: new Array(8).fill(0) })).toThrow(
      /Only one group \(A\)/,
    );
  });
});

describe('dataBias', () => {
  it('computes CI and DPL against the largest group', () => {
    const b = dataBias({ labels: ['A', 'B'], group: [0, 0, 0, 1] }, [1, 1, 0, 0], { minGroupRows: 1 });
    expect(b.reference).toBe('A');
    expect(b.groups[0]).toMatchObject({ group: 'A', rows: 3, ci: 0, dpl: 0 });
    expect(b.groups[1]).toMatchObject({ group: 'B', rows: 1, share: 0.25, ci: 0.5, labelRate: 0, small: false });
    expect(b.groups[1].dpl).toBeCloseTo(2 / 3, 12);
    expect(dataBiasSummary(b, 'sex')[0].text).toBe(
      'Before training: sex = B has a label rate of 0.0 % against 66.7 % for sex = A (DPL 0.67).',
    );
    expect(dataBias({ labels: ['A', 'B'], group: [0, 0, 0, 1] }, [1, 1, 0, 0]).groups[1].small).toBe(true);
  });
});

describe('thresholdGrid', () => {
  it('gives at each threshold the figures groupFairness gives there', () => {
    const grid = thresholdGrid(scores, labels, groups, { thresholds: [0.35, 0.5, 0.75], minGroupRows: 1 });
    expect(grid.points.map((p) => p.threshold)).toEqual([0.35, 0.5, 0.75]);
    for (const p of grid.points) {
      const f = groupFairness(scores, labels, groups, { threshold: p.threshold, minGroupRows: 1, replicates: 0 });
      expect(p.gaps.demographicParityDifference).toBe(f.gaps.demographicParityDifference.value);
      expect(p.gaps.equalizedOddsDifference).toBe(f.gaps.equalizedOddsDifference.value);
      expect(p.groups[1].tpr).toBe(f.groups[1].tpr);
    }
  });
});

describe('bootstrap confidence intervals', () => {
  it('are seeded and cover the true DP difference about 95 % of the time', () => {
    // two groups of 600 rows selected with probability 0.30 and 0.20: the true DP difference is 0.10
    const n = 600;
    const g: GroupInput = { labels: ['a', 'b'], group: Array.from({ length: 2 * n }, (_, i) => (i < n ? 0 : 1)) };
    let covered = 0;
    const trials = 60;
    for (let t = 0; t < trials; t++) {
      const rng = createRng(1000 + t);
      const s = Array.from({ length: 2 * n }, (_, i) => (rng.next() < (i < n ? 0.3 : 0.2) ? 1 : 0));
      const y = Array.from({ length: 2 * n }, () => (rng.next() < 0.5 ? 1 : 0));
      const f = groupFairness(s, y, g, { replicates: 150, seed: t });
      const ci = f.gaps.demographicParityDifference.ci;
      if (ci && ci[0] <= 0.1 && 0.1 <= ci[1]) covered++;
      if (t === 0) {
        expect(ci?.[0]).toBeLessThan(f.gaps.demographicParityDifference.value);
        expect(ci?.[1]).toBeGreaterThan(f.gaps.demographicParityDifference.value);
        const again = groupFairness(s, y, g, { replicates: 150, seed: t });
        expect(again.gaps).toEqual(f.gaps);
      }
    }
    console.log(`bootstrap coverage of the true DP difference: ${covered}/${trials}`);
    expect(covered / trials).toBeGreaterThanOrEqual(0.85);
    expect(covered / trials).toBeLessThan(1); // not so wide that it always covers
  });
});

describe('assessFairness', () => {
  it('puts groups, data bias, figures, grid and statements of each attribute into one JSON object', () => {
    const table = createTable([categoryColumn('sex', Int32Array.from(groups.group), ['A', 'B'])]);
    const attributes = sensitiveGroups(table, ['sex']);
    const a = assessFairness(scores, labels, attributes, { minGroupRows: 1, replicates: 20, seed: 2 });
    expect(a.rows).toBe(8);
    const sex = a.attributes[0];
    expect(sex.name).toBe('sex');
    expect(sex.dataBias.groups.map((g) => g.labelRate)).toEqual([0.5, 0.5]);
    expect(sex.fairness.gaps.demographicParityDifference.value).toBe(0.5);
    expect(sex.grid.points).toHaveLength(19);
    expect(sex.summary.map((s) => s.id)).toEqual([
      'fairness.summary.selectedLess',
      'fairness.summary.fourFifthsViolated',
      'fairness.summary.equalOpportunity',
    ]);
    const json = JSON.parse(JSON.stringify(a));
    expect(json.attributes[0].fairness.gaps.demographicParityDifference.ci).toEqual(
      sex.fairness.gaps.demographicParityDifference.ci,
    );
  });
});
