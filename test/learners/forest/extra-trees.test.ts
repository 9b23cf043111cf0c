/**
 * Extra trees draw a numeric threshold as sklearn's RandomSplitter does: uniform between the feature's
 * minimum and maximum in the node — so a wide gap between two values is cut far more often than a narrow
 * one (drawing uniformly over the gaps between values would cut each gap equally often).
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { randomForestLearner } from '../../../src/learners/forest/forest-learner.js';

describe('extra trees thresholds', () => {
  it('are uniform between the node minimum and maximum', () => {
    // values 0, 1, 2, 100 (one bin each): a uniform draw in [0, 100] cuts the 2|100 gap with chance 0.98
    const n = 400;
    const x = Float64Array.from({ length: n }, (_, i) => [0, 1, 2, 100][i % 4]);
    const y = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const model = randomForestLearner
      .create({ extra_trees: true, bootstrap: false, max_depth: 1, n_estimators: 300, max_features: 'all' })
      .fit(createFeatureMatrix(['x'], [x]), y, { seed: 8 });
    const cuts = new Map<string, number>();
    for (const tree of model.trees) {
      expect(tree.feature[0]).toBe(0);
      const t = tree.threshold[0];
      const gap = t < 1 ? '0|1' : t < 2 ? '1|2' : '2|100';
      cuts.set(gap, (cuts.get(gap) ?? 0) + 1);
      // the threshold lies in the gap (between the bin bounds)
      expect(t > 2 ? t > 2 && t < 100 : true).toBe(true);
    }
    expect(cuts.get('2|100')).toBeGreaterThanOrEqual(280);
    expect((cuts.get('0|1') ?? 0) + (cuts.get('1|2') ?? 0)).toBeGreaterThan(0);
  });
});
