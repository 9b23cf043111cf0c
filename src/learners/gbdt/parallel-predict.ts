/**
 * @module learners/gbdt/parallel-predict
 * Prediction with many trees on several threads: rows are cut into chunks of 1024 that the calling thread
 * and `threads − 1` workers take from a shared counter (the calling thread starts at once, so a worker that
 * is still starting costs nothing). Each row's sum runs over the trees in the same order on any thread, so
 * the scores are bit-identical to one thread's. The workers are kept between calls (one pool per thread
 * count, `unref`'d so they never keep the process alive) and the trees are packed into shared memory once
 * per model (`shared-forest.ts`). The call stays synchronous: the calling thread sleeps on the shared count
 * of finished chunks (`Atomics.wait`). A chunk a worker failed on is redone by the calling thread.
 *
 * @example
 * ```ts
 * import { forestScores } from './parallel-predict.js';
 * const [scores] = forestScores(model.trees, 1, model.baseScores, columns, n, 2);
 * ```
 */
import { Worker } from 'node:worker_threads';
import { addForestValues, addRowRange, PREDICT_TOOLS, predictTrees } from './predict-forest.js';
import { CHUNK_STATE, PREDICT_CONTROL, predictWorkerSource } from './predict-worker-source.js';
import { type SharedForest, shareTrees } from './shared-forest.js';
import type { Tree } from './tree.js';

/** Rows per chunk a thread takes. */
const CHUNK_ROWS = 1024;
/** Below this many rows × trees one thread predicts (a hand-off would cost more than it saves). */
const MIN_VISITS = 1 << 19;
/** Seconds without a finished chunk after which the calling thread gives up on the workers. */
const STALL_SECONDS = 120;

const pools = new Map<number, Worker[]>();
const packed = new WeakMap<readonly Tree[], { id: number; forest: SharedForest }>();
let nextForestId = 0;

function poolOf(workerCount: number): Worker[] {
  let pool = pools.get(workerCount);
  if (!pool) {
    const source = predictWorkerSource();
    const workers: Worker[] = [];
    const drop = () => {
      if (pools.get(workerCount) === workers) pools.delete(workerCount);
      for (const w of workers) void w.terminate();
    };
    for (let k = 0; k < workerCount; k++) {
      const worker = new Worker(source, { eval: true });
      worker.unref();
      // a broken worker takes no more chunks; the next call starts a fresh pool
      worker.on('error', drop);
      worker.on('exit', drop);
      workers.push(worker);
    }
    pool = workers;
    pools.set(workerCount, pool);
  }
  return pool;
}

/**
 * Start the prediction pool for `threads` ahead of use (a fit on several threads does, so the workers have
 * booted by the time its model predicts). Idle workers wait on their message port and use no CPU.
 *
 * @example
 * ```ts
 * warmPredictPool(2);
 * ```
 */
export function warmPredictPool(threads: number): void {
  if (threads > 1) poolOf(threads - 1);
}

/**
 * The worker counts of the prediction pools that are running (one pool per thread count used).
 *
 * @example
 * ```ts
 * predictPools(); // [1] after a prediction on 2 threads
 * ```
 */
export function predictPools(): number[] {
  return [...pools.keys()].sort((a, b) => a - b);
}

/**
 * Scores per output (`baseScores[o]` plus the values of trees `o, o + outputs, …`) for rows 0..n-1 of
 * `columns`, on `threads` threads when the work is large enough.
 *
 * @example
 * ```ts
 * const [p0, p1, p2] = forestScores(trees, 3, [0, 0, 0], columns, n, 2);
 * ```
 */
export function forestScores(
  trees: readonly Tree[],
  outputs: number,
  baseScores: readonly number[],
  columns: readonly Float64Array[],
  n: number,
  threads: number,
): Float64Array[] {
  if (threads <= 1 || n < 2 * CHUNK_ROWS || n * trees.length < MIN_VISITS) {
    const scores = baseScores.map((b) => new Float64Array(n).fill(b));
    addForestValues(trees, outputs, columns, n, scores);
    return scores;
  }
  const f = columns.length;
  const columnMemory = new SharedArrayBuffer(8 * Math.max(1, n * f));
  const shared = columns.map((col, j) => {
    const view = new Float64Array(columnMemory, 8 * j * n, n);
    view.set(col.subarray(0, n));
    return view;
  });
  const scoreMemory = new SharedArrayBuffer(8 * n * outputs);
  const scores = baseScores.map((b, o) => new Float64Array(scoreMemory, 8 * o * n, n).fill(b));
  const chunks = Math.ceil(n / CHUNK_ROWS);
  const control = new Int32Array(new SharedArrayBuffer(8));
  const state = new Int32Array(new SharedArrayBuffer(4 * chunks));
  let pack = packed.get(trees);
  if (!pack) {
    pack = { id: nextForestId++, forest: shareTrees(predictTrees(trees)) };
    packed.set(trees, pack);
  }
  const job = {
    forestId: pack.id,
    forest: pack.forest,
    columns: shared,
    scores,
    outputs,
    n,
    chunkRows: CHUNK_ROWS,
    control,
    state,
  };
  for (const worker of poolOf(threads - 1)) worker.postMessage(job);

  const mine = predictTrees(trees);
  const block = new Float64Array(64 * Math.max(1, f));
  const run = (c: number) => {
    const begin = c * CHUNK_ROWS;
    addRowRange(mine, outputs, shared, begin, Math.min(n, begin + CHUNK_ROWS), scores, block, PREDICT_TOOLS);
  };
  for (
    let c = Atomics.add(control, PREDICT_CONTROL.next, 1);
    c < chunks;
    c = Atomics.add(control, PREDICT_CONTROL.next, 1)
  ) {
    run(c);
    state[c] = CHUNK_STATE.done;
    Atomics.add(control, PREDICT_CONTROL.finished, 1);
  }
  let waited = 0;
  for (let done = Atomics.load(control, PREDICT_CONTROL.finished); done < chunks; ) {
    if (Atomics.wait(control, PREDICT_CONTROL.finished, done, 1000) === 'timed-out' && ++waited >= STALL_SECONDS) {
      throw new Error(`gbdt prediction: worker threads stopped answering (${done} of ${chunks} chunks done)`);
    }
    const now = Atomics.load(control, PREDICT_CONTROL.finished);
    if (now !== done) waited = 0;
    done = now;
  }
  for (let c = 0; c < chunks; c++) {
    if (state[c] !== CHUNK_STATE.failed) continue;
    const begin = c * CHUNK_ROWS;
    const end = Math.min(n, begin + CHUNK_ROWS);
    for (let o = 0; o < outputs; o++) scores[o].fill(baseScores[o], begin, end);
    run(c);
  }
  return scores.map((s) => Float64Array.from(s));
}
