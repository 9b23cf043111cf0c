import { describe, expect, it } from 'vitest';
import { explainModel } from '../../src/explain/explain-model.js';
import { linearShap } from '../../src/explain/linear-shap.js';
import { marginFunction } from '../../src/explain/model-margins.js';
import { permutationShap } from '../../src/explain/permutation-shap.js';
import { shapMargins } from '../../src/explain/shap-values.js';
import { treeShap } from '../../src/explain/tree-shap.js';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { gbdtLearner } from '../../src/learners/gbdt/gbdt-learner.js';
import { linearLearner } from '../../src/learners/linear/linear-learner.js';
import { predictRawLinear } from '../../src/learners/linear/linear-model.js';
import { mlpLearner } from '../../src/learners/mlp/mlp-learner.js';
import { synthetic } from './support/synthetic.js';

const data = synthetic(300, 21);

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('linearShap', () => {
  const model = linearLearner.create({ objective: 'binary' }).fit(data.x, data.binary, { seed: 1 });

  it('is locally accurate and uses the training means (expected = intercept)', () => {
    const shap = linearShap(model, data.x);
    expect(shap.expected[0]).toBe(model.intercepts[0]);
    expect(maxDiff(shapMargins(shap), predictRawLinear(model, data.x))).toBeLessThan(1e-9);
  });

  it('equals β·(x − mean) per feature, one-hot columns summed, against a background', () => {
    const bg = synthetic(100, 5).x;
    const shap = linearShap(model, data.x, { background: bg });
    expect(maxDiff(shapMargins(shap), predictRawLinear(model, data.x))).toBeLessThan(1e-9);
    // feature x2 is numeric: φ = β/scale · (x − mean over the background), missing → fill
    const enc = model.encoding;
    const j = enc.names.indexOf('x2');
    const fill = enc.fill[2];
    let mean = 0;
    for (const v of bg.columns[2]) mean += Number.isNaN(v) ? fill : v;
    mean /= bg.rowCount;
    const beta = model.coefficients[0][j] / enc.scale[j];
    for (let i = 0; i < 20; i++) {
      const v = Number.isNaN(data.x.columns[2][i]) ? fill : data.x.columns[2][i];
      expect(shap.values[i * 5 + 2]).toBeCloseTo(beta * (v - mean), 12);
    }
  });

  it('matches the permutation estimator exactly for an additive model', () => {
    // for a linear margin every permutation gives the same credit: sampling error is zero
    const bg = synthetic(40, 9).x;
    const exact = linearShap(model, data.x, { background: bg });
    const sampled = permutationShap(marginFunction(model), data.x, {
      background: bg,
      backgroundSize: 40,
      permutations: 2,
    });
    expect(maxDiff(sampled.values, exact.values)).toBeLessThan(1e-9);
    expect(sampled.expected[0]).toBeCloseTo(exact.expected[0], 9);
  });
});

describe('permutationShap', () => {
  it('is locally accurate for an MLP (values add up to margin − mean background margin)', () => {
    const model = mlpLearner
      .create({ objective: 'binary', hidden_layer_1: 8, hidden_layer_2: 0, max_epochs: 20 })
      .fit(data.x, data.binary, { seed: 1 });
    const x = createFeatureMatrix(
      data.x.names,
      data.x.columns.map((c) => c.slice(0, 10)),
      { categorical: data.x.categorical, categories: data.x.categories },
    );
    const shap = explainModel(model, x, { background: data.x, backgroundSize: 20, permutations: 4, seed: 3 });
    expect(shap.method).toBe('permutation');
    expect(maxDiff(shapMargins(shap), marginFunction(model)(x))).toBeLessThan(1e-9);
    // deterministic with a seed
    const again = explainModel(model, x, { background: data.x, backgroundSize: 20, permutations: 4, seed: 3 });
    expect(Array.from(again.values)).toEqual(Array.from(shap.values));
  });

  it('converges to exact interventional values of a tree model with many permutations', () => {
    // for a single row and a one-row background, Shapley values of f(x_S, b_rest) are exact with all
    // orders; with 200 sampled permutations of 5 features the estimate is close to the exact enumeration
    const model = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 10, max_leaves: 6 })
      .fit(data.x, data.regression, { seed: 1 });
    const f = marginFunction(model);
    const one = (i: number) =>
      createFeatureMatrix(
        data.x.names,
        data.x.columns.map((c) => c.slice(i, i + 1)),
        { categorical: data.x.categorical, categories: data.x.categories },
      );
    const x = one(0);
    const b = one(1);
    const F = 5;
    const value = (mask: number): number => {
      const cols = data.x.columns.map((_, j) => Float64Array.of(mask & (1 << j) ? x.columns[j][0] : b.columns[j][0]));
      return f(
        createFeatureMatrix(data.x.names, cols, { categorical: data.x.categorical, categories: data.x.categories }),
      )[0];
    };
    const fact = [1, 1, 2, 6, 24, 120];
    const exact = new Float64Array(F);
    for (let i = 0; i < F; i++) {
      for (let mask = 0; mask < 32; mask++) {
        if (mask & (1 << i)) continue;
        let s = 0;
        for (let j = 0; j < F; j++) if (mask & (1 << j)) s++;
        exact[i] += ((fact[s] * fact[F - s - 1]) / fact[F]) * (value(mask | (1 << i)) - value(mask));
      }
    }
    const est = permutationShap(f, x, { background: b, permutations: 400, seed: 2 });
    expect(maxDiff(est.values, exact)).toBeLessThan(0.05 * Math.max(...Array.from(exact, Math.abs)));
    // tree SHAP is a different (path-dependent) game, but both are locally accurate
    expect(maxDiff(shapMargins(est), f(x))).toBeLessThan(1e-9);
    expect(treeShap(model, x).rowCount).toBe(1);
  });
});
