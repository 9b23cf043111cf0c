/**
 * Random forest and extra trees behaviour: thresholds on raw values equal to the bin cuts, sklearn's
 * max_features rules, out-of-bag scores close to the holdout, extra trees and regression, zero weights.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { featuresPerNode } from '../../../src/learners/forest/fit-forest.js';
import { randomForestLearner } from '../../../src/learners/forest/forest-learner.js';
import { forestSchema } from '../../../src/learners/forest/forest-params.js';
import { below } from '../../../src/learners/forest/bin-columns.js';
import { resolveParams } from '../../../src/learners/params.js';
import { toyData } from '../support/toy-data.js';

describe('below', () => {
  it('is the largest double under x', () => {
    for (const x of [1, 0.1, -3.5, 1e300, -1e-300, 60.5]) {
      const b = below(x);
      expect(b).toBeLessThan(x);
      expect((b + x) / 2 === b || (b + x) / 2 === x).toBe(true);
    }
  });
});

describe('featuresPerNode', () => {
  it('follows sklearn: int(sqrt), int(log2), all, int(fraction × n), at least 1', () => {
    const p = (s: Record<string, unknown>) => resolveParams('random_forest', forestSchema, s);
    expect(featuresPerNode(p({}), 51)).toBe(7);
    expect(featuresPerNode(p({ max_features: 'log2' }), 51)).toBe(5);
    expect(featuresPerNode(p({ max_features: 'all' }), 51)).toBe(51);
    expect(featuresPerNode(p({ max_features: 'fraction', max_features_fraction: 0.3 }), 51)).toBe(15);
    expect(featuresPerNode(p({ max_features: 'fraction', max_features_fraction: 0.01 }), 51)).toBe(1);
  });
});

function accuracy(y: Float64Array, p: Float64Array): number {
  let hits = 0;
  for (let i = 0; i < y.length; i++) hits += y[i] === p[i] ? 1 : 0;
  return hits / y.length;
}

describe('random forest on toy data', () => {
  const train = toyData('binary', 2000, 21);
  const test = toyData('binary', 2000, 22);

  it('has an out-of-bag accuracy close to the holdout accuracy', () => {
    const model = randomForestLearner.create({ n_estimators: 60, oob_score: true }).fit(train.x, train.y, { seed: 2 });
    const holdout = accuracy(test.y, randomForestLearner.predict(model, test.x));
    expect(holdout).toBeGreaterThan(0.75);
    expect(Math.abs((model.oobScore as number) - holdout)).toBeLessThan(0.03);
    expect(model.trees).toHaveLength(60);
  });

  it('grows extra trees that learn as well, and split at thresholds between training values', () => {
    const model = randomForestLearner
      .create({ n_estimators: 60, extra_trees: true, bootstrap: false })
      .fit(train.x, train.y, { seed: 2 });
    expect(model.oobScore).toBeNull();
    expect(accuracy(test.y, randomForestLearner.predict(model, test.x))).toBeGreaterThan(0.75);
    // every numeric threshold separates training values: some value ≤ t, some value > t
    const x0 = train.x.columns[0];
    const tree = model.trees[0];
    for (let i = 0; i < tree.nodeCount; i++) {
      if (tree.left[i] < 0 || tree.feature[i] !== 0) continue;
      expect(x0.some((v) => v <= tree.threshold[i])).toBe(true);
      expect(x0.some((v) => v > tree.threshold[i])).toBe(true);
    }
  });

  it('ignores rows of weight 0', () => {
    // the first 1000 rows twice, the copy with flipped labels and weight 0 (same values, so the same bins)
    const half = (c: Float64Array) => c.slice(0, 1000);
    const doubled = createFeatureMatrix(
      train.x.names,
      train.x.columns.map((c) => Float64Array.from([...half(c), ...half(c)])),
      { categorical: train.x.categorical, categories: train.x.categories },
    );
    const y = Float64Array.from([...half(train.y), ...half(train.y).map((v) => 1 - v)]);
    const w = Float64Array.from(y, (_, i) => (i < 1000 ? 1 : 0));
    const firstHalf = createFeatureMatrix(train.x.names, train.x.columns.map(half), {
      categorical: train.x.categorical,
      categories: train.x.categories,
    });
    const forest = randomForestLearner.create({ n_estimators: 5, bootstrap: false, max_features: 'all' });
    const a = forest.fit(doubled, y, { weights: w, seed: 1 });
    const b = forest.fit(firstHalf, half(train.y), { seed: 1 });
    expect(a.trees[0].nodeCount).toBe(b.trees[0].nodeCount);
    expect(randomForestLearner.predictProba(a, test.x)).toEqual(randomForestLearner.predictProba(b, test.x));
  });
});

describe('random forest regression', () => {
  it('has an out-of-bag R² close to the holdout R²', () => {
    const train = toyData('regression', 2000, 31);
    const test = toyData('regression', 1000, 32);
    const model = randomForestLearner
      .create({ objective: 'regression', n_estimators: 60, max_features: 'all', min_samples_leaf: 3, oob_score: true })
      .fit(train.x, train.y, { seed: 4 });
    const p = randomForestLearner.predict(model, test.x);
    const mean = test.y.reduce((a, b) => a + b, 0) / test.y.length;
    let res = 0;
    let tot = 0;
    for (let i = 0; i < p.length; i++) {
      res += (test.y[i] - p[i]) ** 2;
      tot += (test.y[i] - mean) ** 2;
    }
    const r2 = 1 - res / tot;
    expect(r2).toBeGreaterThan(0.8);
    expect(Math.abs((model.oobScore as number) - r2)).toBeLessThan(0.05);
  });
});
