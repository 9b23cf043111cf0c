/**
 * The conformance suite: every registered learner, in every variant, must keep the learner contract —
 * shapes, determinism with a seed, bit-identical JSON round trip, sample weights, missing values and unseen
 * categories, matching features by name, clear errors for bad input, cancellation.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix, type FeatureMatrix } from '../../src/learners/feature-matrix.js';
import type { AnyLearner, LearnerVariant } from '../../src/learners/learner.js';
import { LEARNERS, getLearner } from '../../src/learners/registry.js';
import { CancelledError, ValidationError } from '../../src/util/errors.js';
import { toyData, toyKindFor } from './support/toy-data.js';

/** Settings that make each learner fast and random enough for the suite; every learner needs an entry. */
const FAST: Record<string, Record<string, unknown>> = {
  gbdt: { n_rounds: 15, max_leaves: 8, min_data_in_leaf: 5, subsample: 0.8, colsample_bytree: 0.75 },
  mlp: { hidden_layer_1: 16, hidden_layer_2: 8, learning_rate: 0.01, batch_size: 32, max_epochs: 40 },
  decision_tree: { max_features: 0.5, min_samples_leaf: 5 },
  random_forest: { n_estimators: 10, min_samples_leaf: 3 },
  // linear models are deterministic; a random coordinate order (sklearn's selection='random') is what the seed moves
  linear: { penalty: 'elasticnet', alpha: 0.01, l1_ratio: 0.5, selection: 'random', tol: 1e-7 },
};

const cases: [string, AnyLearner, LearnerVariant][] = LEARNERS.flatMap((l) =>
  l.variants.map((v) => [v.name, l, v] as [string, AnyLearner, LearnerVariant]),
);

function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

function withColumn(x: FeatureMatrix, name: string, values: Float64Array): FeatureMatrix {
  const cols = x.names.map((n, j) => (n === name ? values : x.columns[j]));
  return createFeatureMatrix(x.names, cols, { categorical: x.categorical, categories: x.categories });
}

describe('every learner has conformance settings', () => {
  it.each(LEARNERS.map((l) => [l.kind]))('%s', (kind) => {
    expect(FAST[kind], `add FAST settings for ${kind} in conformance.test.ts`).toBeDefined();
    expect(getLearner(kind).kind).toBe(kind);
  });
});

describe.each(cases)('%s', (_name, learner, variant) => {
  const settings = { ...variant.settings, ...FAST[learner.kind] };
  const kind = toyKindFor(variant.task, variant.settings);
  const { x, y } = toyData(kind, 400, 11);
  const test = toyData(kind, 120, 12);
  const estimator = learner.create(settings);
  const model = estimator.fit(x, y, { seed: 5 });
  const classCount = variant.task === 'multiclass' ? 3 : variant.task === 'binary' ? 2 : 0;

  it('returns a frozen model with kind, format version, task and features', () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(model.kind).toBe(learner.kind);
    expect(Number.isInteger(model.formatVersion)).toBe(true);
    expect(model.task).toBe(variant.task);
    expect(estimator.task).toBe(variant.task);
    expect(model.features.map((f: { name: string }) => f.name)).toEqual(['x0', 'x1', 'x2', 'cat']);
    expect(model.classCount).toBe(classCount);
  });

  it('predicts one finite value per row, and probabilities for classifiers', () => {
    const p = learner.predict(model, test.x);
    expect(p).toBeInstanceOf(Float64Array);
    expect(p.length).toBe(120);
    expect(p.every(Number.isFinite)).toBe(true);
    if (variant.task === 'regression') {
      const e = errorOf(() => learner.predictProba(model, test.x));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).messageId).toBe('learner.noProba');
      if (kind === 'count' || kind === 'positive') expect(p.every((v) => v > 0)).toBe(true);
      return;
    }
    const proba = learner.predictProba(model, test.x);
    expect(proba.length).toBe(120 * classCount);
    for (let i = 0; i < 120; i++) {
      let sum = 0;
      let best = 0;
      for (let c = 0; c < classCount; c++) {
        const v = proba[i * classCount + c];
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        sum += v;
        if (v > proba[i * classCount + best]) best = c;
      }
      expect(sum).toBeCloseTo(1, 12);
      expect(p[i]).toBe(best);
    }
  });

  it('learns something: better than predicting the average on held-out rows', () => {
    const p = learner.predict(model, test.x);
    if (variant.task === 'regression') {
      const mean = y.reduce((a, b) => a + b, 0) / y.length;
      let errModel = 0;
      let errMean = 0;
      for (let i = 0; i < p.length; i++) {
        errModel += Math.abs(test.y[i] - p[i]);
        errMean += Math.abs(test.y[i] - mean);
      }
      expect(errModel).toBeLessThan(errMean);
    } else {
      let hits = 0;
      for (let i = 0; i < p.length; i++) hits += p[i] === test.y[i] ? 1 : 0;
      const counts = new Array(classCount).fill(0);
      for (const v of test.y) counts[v]++;
      expect(hits).toBeGreaterThan(Math.max(...counts));
    }
  });

  it('is deterministic for a seed, and the seed matters when sampling', () => {
    const again = learner.create(settings).fit(x, y, { seed: 5 });
    expect(bytes(learner.predict(again, test.x)).equals(bytes(learner.predict(model, test.x)))).toBe(true);
    const other = learner.create(settings).fit(x, y, { seed: 6 });
    const a = variant.task === 'regression' ? learner.predict(other, test.x) : learner.predictProba(other, test.x);
    const b = variant.task === 'regression' ? learner.predict(model, test.x) : learner.predictProba(model, test.x);
    expect(bytes(a).equals(bytes(b))).toBe(false);
  });

  it('round-trips through JSON with bit-identical predictions', () => {
    const text = JSON.stringify(learner.toJSON(model));
    const restored = learner.fromJSON(JSON.parse(text));
    expect(bytes(learner.predict(restored, test.x)).equals(bytes(learner.predict(model, test.x)))).toBe(true);
    if (variant.task !== 'regression') {
      expect(bytes(learner.predictProba(restored, test.x)).equals(bytes(learner.predictProba(model, test.x)))).toBe(
        true,
      );
    }
    expect(JSON.stringify(learner.toJSON(restored))).toBe(text);
  });

  it('rejects JSON of another kind or format version', () => {
    const json = learner.toJSON(model);
    const wrongKind = errorOf(() => learner.fromJSON({ ...json, kind: 'other' }));
    expect((wrongKind as ValidationError).messageId).toBe('learner.modelKind');
    const wrongVersion = errorOf(() => learner.fromJSON({ ...json, formatVersion: 999 }));
    expect((wrongVersion as ValidationError).messageId).toBe('learner.modelVersion');
    expect((errorOf(() => learner.fromJSON('nope')) as ValidationError).messageId).toBe('learner.modelKind');
  });

  it('lets sample weights matter, in the direction they point', () => {
    const w = Float64Array.from(y, (v) => (variant.task === 'regression' ? (v > median(y) ? 5 : 1) : v > 0 ? 5 : 1));
    const weighted = learner.create(settings).fit(x, y, { seed: 5, weights: w });
    const mean = (m: unknown): number => {
      const p =
        variant.task === 'regression'
          ? learner.predict(m, test.x)
          : learner.predictProba(m, test.x).filter((_, i) => i % classCount !== 0);
      return p.reduce((a, b) => a + b, 0) / p.length;
    };
    expect(mean(weighted)).toBeGreaterThan(mean(model));
  });

  it('handles missing values and unseen categories at prediction', () => {
    const n = 5;
    const nan = new Float64Array(n).fill(Number.NaN);
    const missing = createFeatureMatrix(x.names, [nan, nan, nan, nan], {
      categorical: x.categorical,
      categories: x.categories,
    });
    expect(learner.predict(model, missing).every(Number.isFinite)).toBe(true);
    const unseen = withColumn(test.x, 'cat', new Float64Array(120).fill(97));
    expect(learner.predict(model, unseen).every(Number.isFinite)).toBe(true);
    const labelled = createFeatureMatrix(test.x.names, test.x.columns, {
      categorical: test.x.categorical,
      categories: [null, null, null, ['zz', 'yy', 'xx', 'ww', 'vv']],
    });
    expect(learner.predict(model, labelled).every(Number.isFinite)).toBe(true);
  });

  it('matches features by name and says which are missing', () => {
    const order = [3, 1, 0, 2];
    const shuffled = createFeatureMatrix(
      order.map((j) => test.x.names[j]),
      order.map((j) => test.x.columns[j]),
      { categorical: order.map((j) => test.x.categorical[j]), categories: order.map((j) => test.x.categories[j]) },
    );
    expect(bytes(learner.predict(model, shuffled)).equals(bytes(learner.predict(model, test.x)))).toBe(true);
    const dropped = createFeatureMatrix(
      ['x0', 'x2', 'cat'],
      [test.x.columns[0], test.x.columns[2], test.x.columns[3]],
      {
        categorical: [false, false, true],
      },
    );
    const e = errorOf(() => learner.predict(model, dropped)) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.messageId).toBe('learner.missingFeature');
    expect(e.message).toContain('x1');
  });

  it('rejects empty data, a missing target and a target of the wrong length', () => {
    const empty = createFeatureMatrix(
      x.names,
      x.columns.map(() => new Float64Array(0)),
      {
        categorical: x.categorical,
      },
    );
    expect((errorOf(() => estimator.fit(empty, new Float64Array(0))) as ValidationError).messageId).toBe(
      'learner.emptyData',
    );
    const yNaN = y.slice();
    yNaN[7] = Number.NaN;
    const e = errorOf(() => estimator.fit(x, yNaN)) as ValidationError;
    expect(e.messageId).toBe('learner.targetMissing');
    expect(e.params.row).toBe(8);
    expect((errorOf(() => estimator.fit(x, y.subarray(1))) as ValidationError).messageId).toBe('learner.targetLength');
    if (variant.task !== 'regression') {
      const single = new Float64Array(y.length).fill(1);
      expect((errorOf(() => estimator.fit(x, single)) as ValidationError).messageId).toBe('learner.singleClass');
    }
  });

  it('rejects bad settings with the parameter named', () => {
    const e = errorOf(() => learner.create({ ...settings, no_such_setting: 1 })) as ValidationError;
    expect(e.messageId).toBe('learner.unknownParam');
  });

  it('stops with CancelledError when the signal aborts', () => {
    const before = new AbortController();
    before.abort();
    expect(errorOf(() => estimator.fit(x, y, { signal: before.signal }))).toBeInstanceOf(CancelledError);
    const during = new AbortController();
    let steps = 0;
    const e = errorOf(() =>
      estimator.fit(x, y, {
        signal: during.signal,
        onProgress: (p) => {
          steps = p.step;
          if (p.step === 2) during.abort();
        },
      }),
    );
    expect(e).toBeInstanceOf(CancelledError);
    expect(steps).toBe(2);
  });
});

function median(values: Float64Array): number {
  const s = values.slice().sort();
  return s[s.length >> 1];
}
