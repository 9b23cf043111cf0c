/**
 * Random forest on worker threads: the forest (trees, OOB score, predictions) is identical for 1, 2 and 3
 * threads, the workers really grow trees (their program is the source text of the calling thread's
 * self-contained functions), cancellation stops the fit and the workers are always terminated.
 */
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';
import { binColumns, commonBins } from '../../../src/learners/forest/bin-columns.js';
import { forestToJSON } from '../../../src/learners/forest/forest-json.js';
import { randomForestLearner } from '../../../src/learners/forest/forest-learner.js';
import { createForestPool } from '../../../src/learners/forest/forest-pool.js';
import { FOREST_TREE_TOOLS, createTreeScratch, growForestTree } from '../../../src/learners/forest/forest-tree-task.js';
import { forestWorkerSource } from '../../../src/learners/forest/forest-worker-source.js';
import { toyData } from '../support/toy-data.js';

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function exited(workers: readonly Worker[]): Promise<unknown> {
  return Promise.all(
    workers.map((w) => new Promise((resolve) => (w.threadId === -1 ? resolve(0) : w.once('exit', resolve)))),
  );
}

describe('forest worker threads', () => {
  const binary = toyData('binary', 3000, 31);
  const regression = toyData('regression', 3000, 32);
  const weights = Float64Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 0 : 1 + (i % 3)));

  it('grow the same forest for 1, 2 and 3 threads (classifier with weights and OOB, extra-trees regression)', () => {
    for (const [settings, data] of [
      [{ n_estimators: 12, oob_score: true }, binary],
      [
        { objective: 'regression', n_estimators: 9, extra_trees: true, max_features: 'all', oob_score: true },
        regression,
      ],
    ] as const) {
      const fit = (threads: number) =>
        randomForestLearner.create({ ...settings, threads }).fit(data.x, data.y, { seed: 5, weights });
      const one = fit(1);
      const text = JSON.stringify(forestToJSON(one));
      expect(one.oobScore).not.toBeNull();
      for (const threads of [2, 3]) {
        const many = fit(threads);
        expect(JSON.stringify(forestToJSON(many))).toBe(text);
        expect(randomForestLearner.predict(many, data.x)).toEqual(randomForestLearner.predict(one, data.x));
      }
      // another seed gives another forest (the comparison above can fail)
      const other = randomForestLearner.create({ ...settings, threads: 2 }).fit(data.x, data.y, { seed: 6, weights });
      expect(JSON.stringify(forestToJSON(other))).not.toBe(text);
    }
  });

  it('run the source text of the calling thread’s functions: workers deliver trees equal to local ones', async () => {
    const { bins, columns, ranges } = binColumns(binary.x, 256, true);
    const y = new Float64Array(new SharedArrayBuffer(8 * 3000));
    y.set(binary.y);
    const data = { bins, columns, ranges, y, classCount: 2, commonBin: commonBins(columns) };
    const plan = {
      bootstrap: true,
      weights: null,
      limits: { maxDepth: 0, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 2, extraTrees: false },
    };
    const rng = createRng(3);
    const seeds = Array.from({ length: 60 }, () => rng.int(2 ** 31));
    const pool = createForestPool(data, seeds, plan, 3);
    // the workers must be running before the (synchronous) growth starts, or on a loaded machine the calling
    // thread can grow all 60 trees before any worker has booted
    await Promise.all(pool.workers.map((w) => new Promise((resolve) => w.once('online', resolve))));
    let trees: unknown[];
    try {
      expect(pool.workers).toHaveLength(2);
      const progress: number[] = [];
      trees = pool.grow(undefined, (done) => progress.push(done));
      expect(progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(pool.treesFromWorkers()).toBeGreaterThan(0);
    } finally {
      pool.close();
    }
    await exited(pool.workers);
    expect(pool.workers.every((w) => w.threadId === -1)).toBe(true);
    const scratch = createTreeScratch(3000);
    seeds.forEach((seed, i) => {
      expect(trees[i]).toEqual(growForestTree(data, seed, plan, scratch, FOREST_TREE_TOOLS));
    });
  });

  it('has a worker program made only of self-contained functions (it compiles and names no outer binding)', () => {
    const source = forestWorkerSource();
    // compiles as a function body and does not mention transpiler import bindings
    expect(() => new Function('require', source)).not.toThrow();
    expect(source).not.toMatch(/__vi_import|__vite_ssr|import\(/);
    for (const fn of Object.values(FOREST_TREE_TOOLS)) expect(source).toContain(String(fn));
  });

  it('stop on an aborted signal with CancelledError and terminate the workers', async () => {
    const controller = new AbortController();
    const settings = { n_estimators: 40, threads: 2 };
    const err = errorOf(() =>
      randomForestLearner.create(settings).fit(binary.x, binary.y, {
        seed: 1,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.step === 2) controller.abort();
        },
      }),
    );
    expect(err).toBeInstanceOf(CancelledError);
    const before = new AbortController();
    before.abort();
    expect(
      errorOf(() => randomForestLearner.create(settings).fit(binary.x, binary.y, { signal: before.signal })),
    ).toBeInstanceOf(CancelledError);

    // the pool itself: aborted while workers are busy, closed in a finally, every worker exits
    const { bins, columns, ranges } = binColumns(binary.x, 256, true);
    const y = new Float64Array(new SharedArrayBuffer(8 * 3000));
    y.set(binary.y);
    const data = { bins, columns, ranges, y, classCount: 2, commonBin: commonBins(columns) };
    const plan = {
      bootstrap: true,
      weights: null,
      limits: { maxDepth: 0, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 2, extraTrees: false },
    };
    const pool = createForestPool(
      data,
      Array.from({ length: 200 }, (_, i) => i + 1),
      plan,
      3,
    );
    const stop = new AbortController();
    let done = 0;
    try {
      expect(
        errorOf(() =>
          pool.grow(stop.signal, (d) => {
            done = d;
            if (d === 3) stop.abort();
          }),
        ),
      ).toBeInstanceOf(CancelledError);
    } finally {
      pool.close();
    }
    expect(done).toBe(3);
    await exited(pool.workers);
    expect(pool.workers.every((w) => w.threadId === -1)).toBe(true);
    // a closed pool refuses to grow
    expect(errorOf(() => pool.grow(undefined))).toBeInstanceOf(Error);
  });
});
