import { describe, expect, it } from 'vitest';
import { CATEGORICAL, shapForestOf } from '../../src/explain/shap-forest.js';
import { shapMargins, shapRow } from '../../src/explain/shap-values.js';
import { treeShap } from '../../src/explain/tree-shap.js';
import { alignFeatures } from '../../src/learners/feature-matrix.js';
import { predictProbaForest } from '../../src/learners/forest/forest-model.js';
import { randomForestLearner } from '../../src/learners/forest/forest-learner.js';
import { gbdtLearner } from '../../src/learners/gbdt/gbdt-learner.js';
import { predictRawGbdt, prepareColumns } from '../../src/learners/gbdt/gbdt-model.js';
import { decisionTreeLearner } from '../../src/learners/tree/tree-learner.js';
import { predictProbaTree, predictTree } from '../../src/learners/tree/tree-model.js';
import { predictForest } from '../../src/learners/forest/forest-model.js';
import type { TreeEnsembleModel } from '../../src/explain/shap-forest.js';
import type { FeatureMatrix } from '../../src/learners/feature-matrix.js';
import { bruteForceShap } from './support/brute-force.js';
import { synthetic } from './support/synthetic.js';

const data = synthetic(400, 11);

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Margin of each row in the explainer's space, row-major rows × outputs. */
function margins(model: TreeEnsembleModel, x: FeatureMatrix): Float64Array {
  if (model.kind === 'gbdt') return predictRawGbdt(model, x);
  const k = model.task === 'multiclass' ? model.classCount : 1;
  if (model.task === 'regression')
    return model.kind === 'random_forest' ? predictForest(model, x) : predictTree(model, x);
  const p = model.kind === 'random_forest' ? predictProbaForest(model, x) : predictProbaTree(model, x);
  if (k > 1) return p;
  return Float64Array.from({ length: x.rowCount }, (_, i) => p[2 * i + 1]);
}

function checkBruteForce(model: TreeEnsembleModel, x: FeatureMatrix, rows: number): void {
  const shap = treeShap(model, x);
  const forest = shapForestOf(model);
  const cols = prepareColumns(model.knownCategories, alignFeatures(model.features, x));
  let worst = 0;
  for (let i = 0; i < rows; i++) {
    const xi = cols.map((c) => c[i]);
    const exact = bruteForceShap(forest, xi);
    const ours = shap.values.subarray(i * exact.length, (i + 1) * exact.length);
    worst = Math.max(worst, maxDiff(ours, exact));
  }
  expect(worst).toBeLessThan(1e-9);
}

const cases: [string, () => TreeEnsembleModel][] = [
  [
    'gbdt binary',
    () =>
      gbdtLearner
        .create({ objective: 'binary', n_rounds: 15, max_leaves: 12, learning_rate: 0.3, min_data_in_leaf: 5 })
        .fit(data.x, data.binary, { seed: 1 }),
  ],
  [
    'gbdt regression',
    () =>
      gbdtLearner
        .create({ objective: 'squared_error', n_rounds: 12, max_leaves: 10, min_data_in_leaf: 5 })
        .fit(data.x, data.regression, { seed: 2 }),
  ],
  [
    'gbdt multiclass',
    () =>
      gbdtLearner
        .create({ objective: 'multiclass', n_rounds: 6, max_leaves: 8, min_data_in_leaf: 5 })
        .fit(data.x, data.multiclass, { seed: 3 }),
  ],
  [
    'random forest binary',
    () =>
      randomForestLearner
        .create({ objective: 'binary', n_estimators: 8, max_depth: 5, threads: 1 })
        .fit(data.x, data.binary, { seed: 4 }),
  ],
  [
    'random forest multiclass',
    () =>
      randomForestLearner
        .create({ objective: 'multiclass', n_estimators: 5, max_depth: 4, threads: 1 })
        .fit(data.x, data.multiclass, { seed: 5 }),
  ],
  [
    'random forest regression',
    () =>
      randomForestLearner
        .create({ objective: 'regression', n_estimators: 6, max_depth: 6, threads: 1 })
        .fit(data.x, data.regression, { seed: 6 }),
  ],
  [
    'decision tree binary',
    () => decisionTreeLearner.create({ objective: 'binary', max_depth: 6 }).fit(data.x, data.binary, { seed: 7 }),
  ],
  [
    'decision tree regression',
    () =>
      decisionTreeLearner.create({ objective: 'regression', max_depth: 7 }).fit(data.x, data.regression, { seed: 8 }),
  ],
];

describe('treeShap', () => {
  for (const [name, fit] of cases) {
    describe(name, () => {
      const model = fit();
      it('is locally accurate: values + expected = margin (1e-9)', () => {
        const shap = treeShap(model, data.x);
        expect(shap.rowCount).toBe(400);
        expect(maxDiff(shapMargins(shap), margins(model, data.x))).toBeLessThan(1e-9);
        // not trivially zero
        let sum = 0;
        for (const v of shap.values) sum += Math.abs(v);
        expect(sum).toBeGreaterThan(1);
      });
      it('equals brute-force Shapley values over all feature subsets (1e-9)', () => {
        checkBruteForce(model, data.x, 40);
      });
      it('gives the same values with the tabulated and the path algorithm (1e-12)', () => {
        const auto = treeShap(model, data.x);
        const path = treeShap(model, data.x, { algorithm: 'path' });
        expect(maxDiff(auto.values, path.values)).toBeLessThan(1e-12);
      });
    });
  }

  it('gives missing values and categories their own contributions and zero to unused features', () => {
    const d = synthetic(300, 3, 6);
    const model = gbdtLearner
      .create({ objective: 'binary', n_rounds: 10, max_leaves: 6, colsample_bytree: 1 })
      .fit(d.x, d.binary, { seed: 1 });
    const shap = treeShap(model, d.x, { rows: [0, 5, 9] });
    expect(shap.rowCount).toBe(3);
    const used = new Set<number>();
    for (const t of model.trees) for (const f of t.feature) used.add(f);
    for (let f = 0; f < 6; f++) {
      if (used.has(f)) continue;
      for (let i = 0; i < 3; i++) expect(shapRow(shap, i)[f]).toBe(0);
    }
    const full = treeShap(model, d.x);
    expect(maxDiff(shapRow(shap, 1), shapRow(full, 5))).toBeLessThan(1e-12);
  });

  it('handles deep trees with many features on a path (path algorithm for those trees)', () => {
    const d = synthetic(800, 5, 16);
    const model = decisionTreeLearner
      .create({ objective: 'regression', max_depth: 30 })
      .fit(d.x, d.regression, { seed: 1 });
    const shap = treeShap(model, d.x);
    expect(maxDiff(shapMargins(shap), predictTree(model, d.x))).toBeLessThan(1e-9);
    expect(maxDiff(shap.values, treeShap(model, d.x, { algorithm: 'path' }).values)).toBeLessThan(1e-12);
  });

  it('exercises categorical splits and missing values in the brute-force cases', () => {
    for (const [name, fit] of cases.filter(([n]) => n === 'gbdt binary' || n === 'decision tree binary')) {
      const forest = shapForestOf(fit());
      const categorical = forest.flags.filter((f, i) => forest.left[i] >= 0 && (f & CATEGORICAL) !== 0).length;
      expect(categorical, name).toBeGreaterThan(0);
    }
    let missing = 0;
    for (const c of data.x.columns) for (const v of c) if (Number.isNaN(v)) missing++;
    expect(missing).toBeGreaterThan(50);
  });

  it('rejects a model that is not made of trees', () => {
    expect(() => treeShap({ kind: 'linear' } as unknown as TreeEnsembleModel, data.x)).toThrow(/linear/);
  });
});
