/**
 * The linear learner's own behaviour beyond the conformance suite: the encoding (one-hot by label, unseen and
 * missing categories, mean imputation, missing indicators), coefficients on both scales, weights, penalties,
 * class weights, JSON checks, and the L-BFGS minimiser on its own.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { minimizeLbfgs } from '../../../src/learners/linear/lbfgs.js';
import { linearCoefficients } from '../../../src/learners/linear/linear-coefficients.js';
import { encodeColumn } from '../../../src/learners/linear/linear-encoding.js';
import { linearLearner } from '../../../src/learners/linear/linear-learner.js';
import { predictRawLinear } from '../../../src/learners/linear/linear-model.js';
import { ValidationError } from '../../../src/util/errors.js';
import { toyData } from '../support/toy-data.js';

const { x, y } = toyData('binary', 400, 3);
const reg = toyData('regression', 400, 4);

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('encoding', () => {
  const model = linearLearner.create({ missing_indicator: true, alpha: 1e-3 }).fit(x, y);

  it('names model columns by feature and category label, with a missing flag for x1', () => {
    expect(model.encoding.names).toEqual([
      'x0',
      'x1',
      'x1=(missing)',
      'x2',
      'cat=a',
      'cat=b',
      'cat=c',
      'cat=d',
      'cat=e',
    ]);
  });

  it('imputes the mean of the observed values and standardises with the population sd', () => {
    const col = x.columns[1];
    const observed = Array.from(col).filter((v) => v === v);
    const mean = observed.reduce((a, b) => a + b, 0) / observed.length;
    expect(model.encoding.fill[1]).toBeCloseTo(mean, 12);
    expect(model.encoding.center[1]).toBeCloseTo(mean, 12);
    const imputed = Array.from(col, (v) => (v === v ? v : mean));
    const sd = Math.sqrt(imputed.reduce((a, v) => a + (v - mean) ** 2, 0) / imputed.length);
    expect(model.encoding.scale[1]).toBeCloseTo(sd, 12);
  });

  it('gives an unseen or missing category 0 in every one-hot column', () => {
    const cat = model.encoding.names.indexOf('cat=a');
    const out = encodeColumn(model.encoding, cat, Float64Array.of(0, 1, 97, Number.NaN), 4, new Float64Array(4));
    expect(Array.from(out)).toEqual([1, 0, 0, 0]);
    const row = (code: number) =>
      createFeatureMatrix(
        x.names,
        [Float64Array.of(0.2), Float64Array.of(0.1), Float64Array.of(-1), Float64Array.of(code)],
        {
          categorical: x.categorical,
          categories: x.categories,
        },
      );
    // unseen code and missing value both leave all category columns at 0 → identical predictions
    expect(predictRawLinear(model, row(97))[0]).toBe(predictRawLinear(model, row(Number.NaN))[0]);
    expect(predictRawLinear(model, row(97))[0]).not.toBe(predictRawLinear(model, row(1))[0]);
  });
});

describe('coefficients', () => {
  it('reports original-scale coefficients that reproduce the linear predictor on raw columns', () => {
    const model = linearLearner
      .create({ objective: 'squared_error', penalty: 'l2', alpha: 0.01, tol: 1e-12 })
      .fit(reg.x, reg.y);
    const rows = linearCoefficients(model);
    expect(rows.map((r) => r.feature)).toEqual([...model.encoding.names, '(intercept)']);
    expect(rows[0]).toMatchObject({ feature: 'x0', source: 'x0', class: null });
    const n = reg.x.rowCount;
    const eta = new Float64Array(n).fill(rows[rows.length - 1].coefficient);
    const buffer = new Float64Array(n);
    model.encoding.names.forEach((_, j) => {
      encodeColumn(model.encoding, j, reg.x.columns[model.encoding.source[j]], n, buffer);
      for (let i = 0; i < n; i++) eta[i] += rows[j].coefficient * buffer[i];
    });
    expect(maxDiff(eta, predictRawLinear(model, reg.x))).toBeLessThan(1e-9);
    expect(rows[0].standardized).toBeCloseTo(rows[0].coefficient * model.encoding.scale[0], 12);
  });

  it('names the class of each coefficient of a multinomial model, intercepts summing to 0', () => {
    const m = toyData('multiclass', 300, 5);
    const model = linearLearner
      .create({ objective: 'multiclass', alpha: 1e-3 })
      .fit(m.x, { values: m.y, classes: ['low', 'mid', 'high'] });
    const rows = linearCoefficients(model);
    expect(rows.length).toBe(3 * (model.encoding.names.length + 1));
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['low', 'mid', 'high']));
    expect(Math.abs(model.intercepts[0] + model.intercepts[1] + model.intercepts[2])).toBeLessThan(1e-12);
  });
});

describe('fitting', () => {
  it('converges with the default settings and reports the solver', () => {
    const model = linearLearner.create().fit(x, y);
    expect(model.converged).toBe(true);
    expect(model.violation).toBeLessThanOrEqual(1e-8);
    expect(model.solver).toBe('lbfgs');
    expect(linearLearner.create({ penalty: 'l1', alpha: 0.01 }).fit(x, y).solver).toBe('prox-newton-cd');
  });

  it('treats integer weights as repeated rows', () => {
    const w = Float64Array.from({ length: 400 }, (_, i) => 1 + (i % 3));
    const idx: number[] = [];
    w.forEach((k, i) => {
      for (let r = 0; r < k; r++) idx.push(i);
    });
    const rep = createFeatureMatrix(
      x.names,
      x.columns.map((c) => Float64Array.from(idx, (i) => c[i])),
      { categorical: x.categorical, categories: x.categories },
    );
    const yRep = Float64Array.from(idx, (i) => y[i]);
    for (const penalty of ['l2', 'elasticnet'] as const) {
      const settings = { penalty, alpha: 0.005, tol: 1e-12 };
      const a = linearLearner.create(settings).fit(x, y, { weights: w });
      const b = linearLearner.create(settings).fit(rep, yRep);
      expect(maxDiff(a.coefficients[0], b.coefficients[0])).toBeLessThan(1e-8);
      expect(maxDiff(a.encoding.center, b.encoding.center)).toBeLessThan(1e-12);
    }
  });

  it('gives the same unpenalised fit with or without standardisation', () => {
    const a = linearLearner.create({ objective: 'squared_error', penalty: 'none', tol: 1e-12, max_iter: 100_000 });
    const b = linearLearner.create({
      objective: 'squared_error',
      penalty: 'none',
      standardize: false,
      tol: 1e-12,
      max_iter: 100_000,
    });
    const numeric = createFeatureMatrix(reg.x.names.slice(0, 3), reg.x.columns.slice(0, 3));
    const pa = linearLearner.predict(a.fit(numeric, reg.y), numeric);
    const pb = linearLearner.predict(b.fit(numeric, reg.y), numeric);
    expect(maxDiff(pa, pb)).toBeLessThan(1e-8);
  });

  it('sets every coefficient to 0 once the L1 penalty exceeds the largest gradient', () => {
    const model = linearLearner.create({ objective: 'squared_error', penalty: 'l1', alpha: 100 }).fit(reg.x, reg.y);
    expect(model.coefficients[0].every((v) => v === 0)).toBe(true);
    const mean = reg.y.reduce((s, v) => s + v, 0) / reg.y.length;
    expect(model.intercepts[0]).toBeCloseTo(mean, 10);
  });

  it('shrinks more with a larger alpha', () => {
    const norm = (alpha: number) =>
      linearLearner
        .create({ alpha })
        .fit(x, y)
        .coefficients[0].reduce((s, v) => s + v * v, 0);
    expect(norm(0.1)).toBeLessThan(norm(0.01));
    expect(norm(0.01)).toBeLessThan(norm(0.0001));
  });

  it("weighs the classes equally with class_weight 'balanced' (score equation of the intercept)", () => {
    const rare = Float64Array.from(y, (v, i) => (v === 1 && i % 4 !== 0 ? 0 : v));
    const positives = rare.reduce((s, v) => s + v, 0);
    const plain = linearLearner.create({ tol: 1e-12 }).fit(x, rare);
    const balanced = linearLearner.create({ class_weight: 'balanced', tol: 1e-12 }).fit(x, rare);
    const pPlain = linearLearner.predictProba(plain, x);
    const pBalanced = linearLearner.predictProba(balanced, x);
    let plainMean = 0;
    let weightedMean = 0;
    let weightSum = 0;
    for (let i = 0; i < x.rowCount; i++) {
      plainMean += pPlain[2 * i + 1] / x.rowCount;
      const cw = rare[i] === 1 ? 1 / positives : 1 / (x.rowCount - positives);
      weightedMean += cw * pBalanced[2 * i + 1];
      weightSum += cw;
    }
    // at the optimum the intercept's gradient is 0: Σ w·(p − y) = 0
    expect(plainMean).toBeCloseTo(positives / x.rowCount, 9);
    expect(weightedMean / weightSum).toBeCloseTo(0.5, 9);
    expect(positives / x.rowCount).toBeLessThan(0.25);
  });

  it('rejects three classes for the binary objective', () => {
    const m = toyData('multiclass', 100, 6);
    let error: unknown;
    try {
      linearLearner.create().fit(m.x, m.y);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageId).toBe('learner.badLabel');
  });
});

describe('JSON', () => {
  it('rejects coefficients that do not fit the encoding', () => {
    const model = linearLearner.create().fit(x, y);
    const json = linearLearner.toJSON(model);
    const bad = { ...json, coefficients: [(json.coefficients as number[][])[0].slice(1)] };
    let error: unknown;
    try {
      linearLearner.fromJSON(JSON.parse(JSON.stringify(bad)));
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).messageId).toBe('learner.modelCorrupt');
  });
});

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const r = minimizeLbfgs(
      (v, g) => {
        const [a, b] = [v[0], v[1]];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.of(-1.2, 1),
      { tol: 1e-10, maxIter: 1000 },
    );
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
  });
});
