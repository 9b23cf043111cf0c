/**
 * Behaviour of the MLP learner beyond the conformance suite: it learns XOR and nonlinear tasks, encodes
 * inputs inside (mean imputation, standardisation, one-hot with stored levels), stops early and keeps the
 * best weights, checks cancellation between mini-batches, and keeps float32 weights exactly through JSON.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { fitInputEncoding } from '../../../src/learners/mlp/mlp-inputs.js';
import { mlpLearner } from '../../../src/learners/mlp/mlp-learner.js';
import { predictRawMlp } from '../../../src/learners/mlp/mlp-model.js';
import { hiddenLayers, mlpSchema } from '../../../src/learners/mlp/mlp-params.js';
import { resolveParams } from '../../../src/learners/params.js';
import { CancelledError, ValidationError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';

function bytes(a: Float64Array | Float32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function xor(n: number, seed: number) {
  const rng = createRng(seed);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.int(2);
    const v = rng.int(2);
    a[i] = u + rng.normal() * 0.05;
    b[i] = v + rng.normal() * 0.05;
    y[i] = u ^ v;
  }
  return { x: createFeatureMatrix(['a', 'b'], [a, b]), y };
}

function rings(n: number, seed: number) {
  const rng = createRng(seed);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = rng.next() * 4 - 2;
    b[i] = rng.next() * 4 - 2;
    const r = Math.hypot(a[i], b[i]);
    y[i] = r < 0.9 ? 0 : r < 1.5 ? 1 : 2;
  }
  return { x: createFeatureMatrix(['a', 'b'], [a, b]), y };
}

describe('mlp learns nonlinear tasks', () => {
  it('learns XOR, which no linear model can', () => {
    const { x, y } = xor(400, 1);
    const model = mlpLearner
      .create({ hidden_layer_1: 8, hidden_layer_2: 0, learning_rate: 0.02, batch_size: 32, max_epochs: 200 })
      .fit(x, y, { seed: 2 });
    const corners = createFeatureMatrix(['a', 'b'], [Float64Array.of(0, 0, 1, 1), Float64Array.of(0, 1, 0, 1)]);
    expect(Array.from(mlpLearner.predict(model, corners))).toEqual([0, 1, 1, 0]);
    const p = mlpLearner.predictProba(model, corners);
    expect(p[1]).toBeLessThan(0.1);
    expect(p[3]).toBeGreaterThan(0.9);
  });

  it.each(['relu', 'gelu', 'tanh'] as const)('separates three rings (multiclass, %s)', (activation) => {
    const train = rings(1000, 3);
    const test = rings(500, 4);
    const model = mlpLearner
      .create({ objective: 'multiclass', activation, learning_rate: 0.01, batch_size: 50, max_epochs: 40 })
      .fit(train.x, train.y, { seed: 1 });
    const p = mlpLearner.predict(model, test.x);
    let hits = 0;
    for (let i = 0; i < p.length; i++) hits += p[i] === test.y[i] ? 1 : 0;
    expect(hits / p.length).toBeGreaterThan(0.9);
  });

  it('fits a nonlinear regression on the original target scale', () => {
    const rng = createRng(5);
    const n = 1200;
    const a = Float64Array.from({ length: n }, () => rng.next() * 6 - 3);
    const y = Float64Array.from(a, (v) => 1000 + 200 * Math.sin(v) + rng.normal() * 10);
    const x = createFeatureMatrix(['a'], [a]);
    const model = mlpLearner
      .create({ objective: 'squared_error', activation: 'tanh', learning_rate: 0.01, batch_size: 32, max_epochs: 80 })
      .fit(x, y, { seed: 1 });
    expect(model.targetMean).toBeGreaterThan(990);
    const p = mlpLearner.predict(model, x);
    let sse = 0;
    let sst = 0;
    for (let i = 0; i < n; i++) {
      sse += (y[i] - p[i]) ** 2;
      sst += (y[i] - model.targetMean) ** 2;
    }
    expect(1 - sse / sst).toBeGreaterThan(0.95);
  });
});

describe('mlp inputs', () => {
  it('imputes the training mean, standardises, and one-hot encodes the codes seen in training', () => {
    const enc = fitInputEncoding(
      [Float64Array.of(1, Number.NaN, 3, 4), Float64Array.of(5, 2, Number.NaN, 5)],
      [false, true],
      true,
    );
    expect(enc.width).toBe(3);
    expect(enc.levels).toEqual([null, [2, 5]]);
    expect(enc.center[0]).toBeCloseTo(8 / 3, 12);
    const sd = Math.sqrt(((1 - 8 / 3) ** 2 + 0 + (3 - 8 / 3) ** 2 + (4 - 8 / 3) ** 2) / 4);
    expect(enc.scale[0]).toBeCloseTo(1 / sd, 12);
    expect(fitInputEncoding([Float64Array.of(1, 3)], [false], false).scale).toEqual([1]);
  });

  it('treats a missing value as the training mean and an unseen category as none seen', () => {
    const rng = createRng(8);
    const n = 300;
    const num = Float64Array.from({ length: n }, () => rng.normal() * 3 + 10);
    const cat = Float64Array.from({ length: n }, () => rng.int(3));
    const y = Float64Array.from({ length: n }, (_, i) => (num[i] + cat[i] > 11 ? 1 : 0));
    const x = createFeatureMatrix(['num', 'cat'], [num, cat], {
      categorical: [false, true],
      categories: [null, ['a', 'b', 'c']],
    });
    const model = mlpLearner.create({ hidden_layer_1: 8, max_epochs: 5 }).fit(x, y, { seed: 1 });
    expect(model.sizes).toEqual([4, 8, 32, 1]);
    const mean = model.encoding.center[0];
    const probe = (v: number, c: number, labels = ['a', 'b', 'c']) =>
      predictRawMlp(
        model,
        createFeatureMatrix(['num', 'cat'], [Float64Array.of(v), Float64Array.of(c)], {
          categorical: [false, true],
          categories: [null, labels],
        }),
      );
    expect(bytes(probe(Number.NaN, 1)).equals(bytes(probe(mean, 1)))).toBe(true);
    expect(bytes(probe(Number.POSITIVE_INFINITY, 1)).equals(bytes(probe(mean, 1)))).toBe(true);
    expect(bytes(probe(mean + 1, 1)).equals(bytes(probe(mean, 1)))).toBe(false);
    expect(bytes(probe(12, 7)).equals(bytes(probe(12, Number.NaN)))).toBe(true);
    // labels are matched by name: 'b' is code 0 in the new file, code 1 in training
    expect(bytes(probe(12, 0, ['b', 'a', 'c'])).equals(bytes(probe(12, 1)))).toBe(true);
    expect(bytes(probe(12, 0)).equals(bytes(probe(12, 1)))).toBe(false);
  });
});

describe('mlp training control', () => {
  it('derives the layer widths from hidden_layer_1..3', () => {
    const p = (s: Record<string, number>) => hiddenLayers(resolveParams('mlp', mlpSchema, s));
    expect(p({})).toEqual([64, 32]);
    expect(p({ hidden_layer_2: 0, hidden_layer_3: 16 })).toEqual([64]);
    expect(p({ hidden_layer_1: 128, hidden_layer_2: 64, hidden_layer_3: 16 })).toEqual([128, 64, 16]);
    expect(() => mlpLearner.create({ activation: 'sigmoid' as 'relu' })).toThrow(ValidationError);
  });

  it('stops early on the validation loss and keeps the weights of the best epoch', () => {
    const train = rings(300, 5);
    const valid = rings(300, 6);
    // label noise makes a large network overfit
    const rng = createRng(1);
    const noisy = Float64Array.from(train.y, (v) => (rng.next() < 0.3 ? rng.int(3) : v));
    const model = mlpLearner
      .create({
        objective: 'multiclass',
        hidden_layer_1: 128,
        hidden_layer_2: 128,
        learning_rate: 0.01,
        batch_size: 16,
        max_epochs: 300,
        early_stopping: true,
        patience: 5,
      })
      .fit(train.x, noisy, { seed: 1, validation: { data: valid.x, target: valid.y } });
    expect(model.epochs).toBeLessThan(300);
    const curve = model.validLossCurve as Float64Array;
    expect(curve.length).toBe(model.epochs);
    expect(model.bestEpoch).toBeLessThan(model.epochs);
    expect(Math.min(...curve)).toBe(curve[model.bestEpoch - 1]);
    // the kept weights give the best validation loss
    const proba = mlpLearner.predictProba(model, valid.x);
    let loss = 0;
    for (let i = 0; i < valid.y.length; i++) loss -= Math.log(proba[i * 3 + valid.y[i]]);
    expect(loss / valid.y.length).toBeCloseTo(curve[model.bestEpoch - 1], 6);
  });

  it('holds out validation_fraction of the rows for early stopping when no validation set is given', () => {
    const { x, y } = rings(400, 7);
    const model = mlpLearner
      .create({ objective: 'multiclass', early_stopping: true, validation_fraction: 0.2, max_epochs: 4 })
      .fit(x, y, { seed: 1 });
    expect(model.validLossCurve?.length).toBe(4);
  });

  it('stops after `patience` epochs without improvement of the training loss by tol', () => {
    const { x, y } = xor(200, 3);
    const model = mlpLearner.create({ tol: 1, patience: 3, max_epochs: 100 }).fit(x, y, { seed: 1 });
    expect(model.epochs).toBe(5); // first epoch sets the best; then 4 > patience epochs without a gain of 1
  });

  it('checks for cancellation before every mini-batch', () => {
    const { x, y } = xor(200, 3);
    let checks = 0;
    const signal = {
      get aborted() {
        checks++;
        return checks > 3;
      },
    } as AbortSignal;
    const estimator = mlpLearner.create({ batch_size: 20, max_epochs: 1 });
    expect(() => estimator.fit(x, y, { signal })).toThrow(CancelledError);
    expect(checks).toBe(4); // one before training, one before each batch: the third batch's check aborts
  });

  it('does not change when all weights are scaled, and is seeded', () => {
    const { x, y } = xor(200, 3);
    const est = mlpLearner.create({ max_epochs: 5, dropout: 0.2 });
    const a = est.fit(x, y, { seed: 4 });
    const b = est.fit(x, y, { seed: 4, weights: new Float64Array(200).fill(3) });
    expect(bytes(predictRawMlp(a, x)).equals(bytes(predictRawMlp(b, x)))).toBe(true);
  });
});

describe('mlp JSON', () => {
  it('stores float32 weights exactly and rejects damaged models', () => {
    const { x, y } = rings(300, 9);
    const model = mlpLearner
      .create({ objective: 'multiclass', activation: 'gelu', dropout: 0.1, max_epochs: 5 })
      .fit(x, y, { seed: 1 });
    const json = JSON.parse(JSON.stringify(mlpLearner.toJSON(model)));
    const back = mlpLearner.fromJSON(json);
    model.weights.forEach((w, l) => {
      expect(back.weights[l]).toBeInstanceOf(Float32Array);
      expect(bytes(back.weights[l]).equals(bytes(w))).toBe(true);
    });
    expect(bytes(predictRawMlp(back, x)).equals(bytes(predictRawMlp(model, x)))).toBe(true);
    const broken = { ...json, weights: [json.weights[0].slice(1), ...json.weights.slice(1)] };
    const e = (() => {
      try {
        mlpLearner.fromJSON(broken);
      } catch (err) {
        return err as ValidationError;
      }
      throw new Error('expected an error');
    })();
    expect(e.messageId).toBe('learner.modelCorrupt');
  });
});
