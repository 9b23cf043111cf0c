/**
 * Multi-core histogram building (`threads > 1`): large nodes are cut into row parts by their row count only;
 * the parallel histogram equals one thread summing the same parts bit for bit (also over many hand-offs in a
 * row, with two gradient buffers), fitted models are identical to `threads = 1` (synthetic set with categorical features and missing
 * values, and the bank-full reference fixture), cancellation stops the fit, and no worker is left running.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { findBins } from '../../../src/learners/gbdt/bin-mapper.js';
import { binMatrix } from '../../../src/learners/gbdt/binned-data.js';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import type { GbdtModel } from '../../../src/learners/gbdt/gbdt-model.js';
import {
  type HistogramKernel,
  genericHistogramKernel,
  histogramKernels,
  kernelScratch,
  rowWords,
} from '../../../src/learners/gbdt/histogram-kernel.js';
import {
  MAX_PARTS,
  PART_MIN_ROWS,
  buildInParts,
  partCount,
  partStart,
} from '../../../src/learners/gbdt/histogram-parts.js';
import { PARALLEL_MIN_ROWS, createParallelHistogram } from '../../../src/learners/gbdt/parallel-histogram.js';
import { partition } from '../../../src/learners/gbdt/partition.js';
import { CancelledError } from '../../../src/util/errors.js';
import { binaryGradientRange } from '../../../src/learners/gbdt/objectives.js';
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
  // mostly one value: stored sparse
  names.push('rare');
  columns.push(Float64Array.from({ length: n }, () => (rng.next() < 0.9 ? 0 : rng.normal())));
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
  it('cuts a node by its row count only', () => {
    expect(partCount(PARALLEL_MIN_ROWS - 1)).toBe(1);
    expect(partCount(PARALLEL_MIN_ROWS)).toBe(2);
    expect(partCount(3 * PART_MIN_ROWS + 7)).toBe(3);
    expect(partCount(100 * PART_MIN_ROWS)).toBe(MAX_PARTS);
    // parts cover the range without gaps
    expect(partStart(10, 110, 4, 0)).toBe(10);
    expect(partStart(10, 110, 4, 4)).toBe(110);
  });

  it('builds the same histogram bit for bit as one thread summing the parts', () => {
    const n = 5 * PART_MIN_ROWS + 500;
    const { x } = synthetic(n, 5);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount);
    // the categorical feature is stored sparse: the parts carry sparse entries too
    expect(data.entries.length).toBeGreaterThan(0);
    for (const channels of [2, 3] as const) {
      const par = createParallelHistogram(data, channels, 3, 1);
      expect(par).not.toBeNull();
      if (!par) return;
      expect(par.workers.length).toBe(2);
      try {
        const rng = createRng(9);
        const gh = par.gradients[0];
        for (let i = 0; i < gh.length; i++) gh[i] = rng.normal();
        // every row in order (a root), then a scattered subset (as a child node's rows are)
        for (let i = 0; i < n; i++) par.rows[i] = i;
        const kernels = histogramKernels(data, channels);
        const length = data.totalBins * channels;
        const parts = Array.from({ length: MAX_PARTS }, () => new Float64Array(length));
        const oneThread = (kernel: HistogramKernel, end: number): Float64Array => {
          const out = new Float64Array(length);
          const args = [data.rowMajor, rowWords(data), gh, par.rows, 0, end, data.rowPtr, data.entries] as const;
          buildInParts(kernel, out, parts, ...args, kernelScratch(data));
          return out;
        };
        const direct = oneThread(kernels.direct, n);
        const all = new Float64Array(length);
        par.build(all, gh, 0, n, false);
        expect(Array.from(all)).toEqual(Array.from(direct));
        let m = 0;
        for (let i = 0; i < n; i += 2) par.rows[m++] = (i * 7919) % n;
        const want = oneThread(kernels.gathered, m);
        const got = new Float64Array(length);
        par.build(got, gh, 0, m, true);
        expect(Array.from(got)).toEqual(Array.from(want));
        // and the parts add up to the plain one-pass sums (up to rounding)
        const plain = new Float64Array(length);
        genericHistogramKernel(data, channels)(
          plain,
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
        for (let k = 0; k < length; k++) expect(got[k]).toBeCloseTo(plain[k], 9);
      } finally {
        par.close();
      }
    }
  });

  it('many hand-offs in a row, of every size, each equal to the one-thread sums', () => {
    const n = 6 * PART_MIN_ROWS;
    const { x } = synthetic(n, 6);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount);
    const par = createParallelHistogram(data, 2, 2, 2);
    if (!par) throw new Error('expected workers');
    try {
      const rng = createRng(3);
      for (const gh of par.gradients) for (let i = 0; i < gh.length; i++) gh[i] = rng.normal();
      for (let i = 0; i < n; i++) par.rows[i] = (i * 104_729) % n;
      const kernels = histogramKernels(data, 2);
      const length = data.totalBins * 2;
      const parts = Array.from({ length: MAX_PARTS }, () => new Float64Array(length));
      for (let t = 0; t < 40; t++) {
        const begin = rng.int(PART_MIN_ROWS);
        const end = begin + PARALLEL_MIN_ROWS + rng.int(n - begin - PARALLEL_MIN_ROWS);
        const gh = par.gradients[t % 2];
        const want = new Float64Array(length);
        const args = [data.rowMajor, rowWords(data), gh, par.rows, begin, end, data.rowPtr, data.entries] as const;
        buildInParts(kernels.gathered, want, parts, ...args, kernelScratch(data));
        const got = new Float64Array(length);
        par.build(got, gh, begin, end, true);
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    } finally {
      par.close();
    }
  });
});

describe('parallel partition and score update', () => {
  it('equal the one-thread partition and score loop', () => {
    const n = 100_000;
    const { x } = synthetic(n, 8);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount, undefined, true);
    const par = createParallelHistogram(data, 2, 3, 1, 4);
    if (!par) throw new Error('expected workers');
    try {
      const rng = createRng(11);
      const lut = Uint8Array.from({ length: 257 }, () => (rng.next() < 0.4 ? 1 : 0));
      for (const [feature, begin, end] of [
        [3, 0, n],
        [14, 1234, n - 77],
        [15, 5000, 5000 + 70_001],
        [0, 10, 30_000],
      ]) {
        for (let i = 0; i < n; i++) par.rows[i] = (i * 7919) % n;
        const want = par.rows.slice();
        const wantMid = partition(want, new Uint32Array(n), data.columns[feature], lut, begin, end);
        const mid = par.partition(feature, lut, begin, end);
        expect(mid).toBe(wantMid);
        expect(par.rows).toEqual(want);
      }
      // leaves own ranges of the first 90,000 positions
      const leafBegin = Int32Array.of(0, 40_000, 40_001, 70_000);
      const leafEnd = Int32Array.of(40_000, 40_001, 70_000, 90_000);
      const leafValue = Float64Array.of(0.5, -2, 0.25, 3);
      const s = par.scores[0];
      s.fill(1);
      par.addLeafValues(0, leafBegin, leafEnd, leafValue, 90_000);
      const want = new Float64Array(n).fill(1);
      for (let k = 0; k < 4; k++) for (let i = leafBegin[k]; i < leafEnd[k]; i++) want[par.rows[i]] += leafValue[k];
      expect(s).toEqual(want);
      expect(() => par.addLeafValues(0, leafBegin, leafEnd, new Float64Array(5), 10)).toThrow();
    } finally {
      par.close();
    }
  });
});

describe('parallel gradients', () => {
  it('equal the one-thread binary gradients bit for bit, with and without weights', () => {
    const n = 100_000;
    const { x, y } = synthetic(n, 9);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount, undefined, true);
    const rng = createRng(12);
    const weights = Float64Array.from({ length: n }, () => 0.5 + rng.next());
    const labels = y;
    for (const w of [null, weights]) {
      const par = createParallelHistogram(data, 2, 3, 1, 4, { range: binaryGradientRange, y: labels, w });
      if (!par?.computeGradients) throw new Error('expected workers with a gradient job');
      try {
        const s = par.scores[0];
        for (let i = 0; i < n; i++) s[i] = 4 * rng.normal();
        par.gradients[0].fill(Number.NaN);
        par.computeGradients();
        const want = new Float64Array(2 * n);
        binaryGradientRange(labels, w, Float64Array.from(s), want, 0, n);
        expect(Buffer.from(par.gradients[0].buffer).equals(Buffer.from(want.buffer))).toBe(true);
      } finally {
        par.close();
      }
    }
    // started without an objective: the caller computes the gradients itself
    const plain = createParallelHistogram(data, 2, 2, 1, 4);
    try {
      expect(plain?.computeGradients).toBeNull();
    } finally {
      plain?.close();
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

  it('large enough for parallel partitions and score updates: threads 1, 2 and 4, with row subsampling', () => {
    const { x, y } = synthetic(70_000, 7);
    const settings = { objective: 'binary', n_rounds: 4, max_leaves: 7, min_data_in_leaf: 5 } as const;
    const one = gbdtLearner.create({ ...settings, threads: 1 }).fit(x, y, { seed: 2 });
    const two = gbdtLearner.create({ ...settings, threads: 2 }).fit(x, y, { seed: 2 });
    const four = gbdtLearner.create({ ...settings, threads: 4, subsample: 0.95 }).fit(x, y, { seed: 2 });
    const oneSub = gbdtLearner.create({ ...settings, threads: 1, subsample: 0.95 }).fit(x, y, { seed: 2 });
    expect(modelJson(two)).toBe(modelJson(one));
    expect(modelJson(four)).toBe(modelJson(oneSub));
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
    const { x } = synthetic(4 * PART_MIN_ROWS, 3);
    const bins = x.columns.map((c, j) => findBins(c, null, j === 14, 256, 'quantile'));
    const data = binMatrix(x.columns, bins, x.rowCount);
    // a node of these rows has 4 parts: at most 3 workers are worth starting, whatever is asked
    expect(createParallelHistogram(data, 2, 1, 1)).toBeNull();
    const par = createParallelHistogram(data, 2, 8, 1);
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
