/**
 * Multi-core histogram building (`threads > 1`): the parallel histogram equals the one-thread loop bit for
 * bit, fitted models are identical to `threads = 1` (synthetic set with categorical features and missing
 * values, and the bank-full reference fixture), cancellation stops the fit, and no worker is left running.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { findBins } from '../../../src/learners/gbdt/bin-mapper.js';
import { binMatrix } from '../../../src/learners/gbdt/binned-data.js';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import type { GbdtModel } from '../../../src/learners/gbdt/gbdt-model.js';
import { genericHistogramKernel, kernelScratch, rowWords } from '../../../src/learners/gbdt/histogram-kernel.js';
import { PARALLEL_MIN_ROWS, createParallelHistogram } from '../../../src/learners/gbdt/parallel-histogram.js';
import { CancelledError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';
import { loadReference, readFixture } from '../support/reference-data.js';

function synthetic(n: number, seed: number) {
  const rng = createRng(seed);
  const names: string[] = [];
  const columns: Float64Array[] = [];
  for (let j = 0; j < 14; j++) {
    names.push(`x${j}`);
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = rng.next() < 0.03 ? Number.NaN : rng.normal();
    columns.push(col);
  }
  names.push('cat');
  const cat = new Float64Array(n);
  for (let i = 0; i < n; i++) cat[i] = rng.next() < 0.05 ? Number.NaN : rng.int(6);
  columns.push(cat);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = columns[0][i] === columns[0][i] ? columns[0][i] : 0;
    // x12 lies in the second thread's block of features
    const b = columns[12][i] === columns[12][i] ? columns[12][i] : 0;
    const s = a * columns[1][i] + Math.sin(3 * columns[2][i]) + b + (cat[i] === 2 ? 1 : 0) - 1.5 + 0.7 * rng.normal();
    y[i] = s > 0 ? 1 : 0;
  }
  const categorical = names.map((name) => name === 'cat');
  const categories = names.map((name) => (name === 'cat' ? ['a', 'b', 'c', 'd', 'e', 'f'] : null));
  return { x: createFeatureMatrix(names, columns, { categorical, categories }), y };
}

/** The model's JSON without the `threads` setting (the only field allowed to differ). */
function modelJson(model: GbdtModel): string {
  const json = gbdtLearner.toJSON(model) as { params: Record<string, unknown> };
  return JSON.stringify({ ...json, params: { ...json.params, threads: 0 } });
}

describe('parallel histogram', () => {
  it('builds the same histogram bit for bit as the one-thread loop', () => {
    const { x } = synthetic(PARALLEL_MIN_ROWS + 500, 5);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount);
    for (const channels of [2, 3] as const) {
      const par = createParallelHistogram(data, channels, 3, 1);
      expect(par).not.toBeNull();
      if (!par) return;
      try {
        const rng = createRng(9);
        const gh = par.gradients[0];
        for (let i = 0; i < gh.length; i++) gh[i] = rng.normal();
        // every third row, in scattered order (as a child node's rows are)
        let m = 0;
        for (let i = 0; i < x.rowCount; i += 3) par.rows[m++] = (i * 7919) % x.rowCount;
        const want = new Float64Array(data.totalBins * channels);
        genericHistogramKernel(data, channels)(
          want,
          data.rowMajor,
          rowWords(data),
          gh,
          par.rows,
          0,
          m,
          data.rowPtr,
          data.entries,
          kernelScratch(data),
        );
        for (const gathered of [false, true]) {
          const got = new Float64Array(want.length);
          par.build(got, gh, 0, m, gathered);
          expect(Array.from(got)).toEqual(Array.from(want));
        }
      } finally {
        par.close();
      }
    }
  });
});

describe('threads > 1 fits the identical model', () => {
  it('synthetic set with categorical features and missing values: threads 1, 2 and 3', () => {
    const { x, y } = synthetic(24_000, 1);
    const settings = { objective: 'binary', n_rounds: 12, max_leaves: 15, min_data_in_leaf: 20 } as const;
    const one = gbdtLearner.create({ ...settings, threads: 1 }).fit(x, y, { seed: 4 });
    const two = gbdtLearner.create({ ...settings, threads: 2 }).fit(x, y, { seed: 4 });
    const three = gbdtLearner.create({ ...settings, threads: 3 }).fit(x, y, { seed: 4 });
    expect(two.params.threads).toBe(2);
    expect(modelJson(two)).toBe(modelJson(one));
    expect(modelJson(three)).toBe(modelJson(one));
    expect(one.trees.length).toBe(12);
  });

  it('bank-full fixture (one-hot: sparse features too), default channels', () => {
    const fixture = readFixture('bank-full');
    const data = loadReference(fixture);
    const settings = { ...fixture.leitwerkParams, n_rounds: 15 };
    const one = gbdtLearner.create({ ...settings, threads: 1 }).fit(data.oneHot.train, data.yTrain);
    const two = gbdtLearner.create({ ...settings, threads: 2 }).fit(data.oneHot.train, data.yTrain);
    expect(data.oneHot.train.rowCount).toBeGreaterThan(2 * PARALLEL_MIN_ROWS);
    expect(modelJson(two)).toBe(modelJson(one));
  });

  it('cancellation stops a multi-threaded fit; the next fit still works', async () => {
    const { x, y } = synthetic(20_000, 2);
    const controller = new AbortController();
    const fit = () =>
      gbdtLearner.create({ objective: 'binary', n_rounds: 50, threads: 2 }).fit(x, y, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.step === 3) controller.abort();
        },
      });
    expect(fit).toThrow(CancelledError);
    // the next fit starts fresh workers and finishes
    const model = gbdtLearner.create({ objective: 'binary', n_rounds: 3, threads: 2 }).fit(x, y);
    expect(model.trees.length).toBe(3);
  });

  it('close() terminates the workers, also after a build', async () => {
    const { x } = synthetic(PARALLEL_MIN_ROWS, 3);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount);
    const par = createParallelHistogram(data, 2, 4, 1);
    if (!par) throw new Error('expected workers');
    expect(par.workers.length).toBe(3);
    expect(par.workers.every((w) => w.threadId > 0)).toBe(true);
    for (let i = 0; i < x.rowCount; i++) par.rows[i] = i;
    par.build(new Float64Array(data.totalBins * 2), par.gradients[0], 0, x.rowCount, false);
    par.close();
    par.close();
    await Promise.all(
      par.workers.map((w) => new Promise((resolve) => (w.threadId === -1 ? resolve(0) : w.once('exit', resolve)))),
    );
    expect(par.workers.every((w) => w.threadId === -1)).toBe(true);
    expect(() => par.build(new Float64Array(data.totalBins * 2), par.gradients[0], 0, 10, false)).toThrow();
  });
});
