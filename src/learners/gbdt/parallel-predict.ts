/**
 * @module learners/gbdt/parallel-predict
 * Prediction with many trees on several threads. The calling thread keeps the first rows (a little under
 * `1 / threads` of them) and reads them where they are; the other rows are copied to shared memory chunk by
 * chunk (1024 rows), and `threads − 1` workers take the chunks from a shared counter as soon as each is
 * copied. When its own rows are done, the calling thread takes chunks from the same counter. Copying only
 * the workers' rows, and letting them start on the first chunk, matters more than it seems: writing fresh
 * memory costs a page fault per 4 KiB, and copying every row first made two threads only 1.2× as fast as
 * one on the 200,000-row bench set. Each row's sum runs over the trees in the same order on any thread, so
 * the scores are bit-identical to one thread's. The workers are kept between calls (one pool per thread
 * count, `unref`'d so they never keep the process alive) and the trees are packed into shared memory once
 * per model (`prepareForest` in `predict-forest.ts`). The call stays synchronous: the calling thread sleeps
 * on the shared count of finished chunks (`Atomics.wait`). A chunk a worker failed on is redone by the
 * calling thread.
 *
 * @example
 * ```ts
 * import { forestScores } from './parallel-predict.js';
 * const [scores] = forestScores(model.trees, 1, model.baseScores, columns, n, 2);
 * ```
 */
import { Worker } from 'node:worker_threads';
import { addForestValues, addRowRange, PREDICT_TOOLS, prepareForest } from './predict-forest.js';
import { CHUNK_STATE, PREDICT_CONTROL, predictWorkerSource } from './predict-worker-source.js';
import type { SharedForest } from './shared-forest.js';
import type { Tree } from './tree.js';

/** Rows per chunk a thread takes. */
const CHUNK_ROWS = 1024;
/** Below this many rows × trees one thread predicts (a hand-off would cost more than it saves). */
const MIN_VISITS = 1 << 19;
/**
 * Share of the rows the calling thread keeps (of its `1 / threads`): it also copies the others' rows to
 * shared memory, so it takes fewer itself — and takes more of theirs at the end if it is early.
 */
const OWN_SHARE = 0.9;
/** Seconds without a finished chunk after which the calling thread gives up on the workers. */
const STALL_SECONDS = 120;

const pools = new Map<number, Worker[]>();
const forestIds = new WeakMap<SharedForest, number>();
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
  const { forest, trees: mine } = prepareForest(trees);
  let forestId = forestIds.get(forest);
  if (forestId === undefined) {
    forestId = nextForestId++;
    forestIds.set(forest, forestId);
  }
  // rows 0..own-1 stay with this thread and are read where they are; the rest is copied to shared memory,
  // chunk by chunk while the workers start on it, and this thread joins them once its own rows are done
  const own = CHUNK_ROWS * Math.floor((OWN_SHARE * n) / (threads * CHUNK_ROWS));
  const rest = n - own;
  const columnMemory = new SharedArrayBuffer(8 * Math.max(1, rest * f));
  const shared = columns.map((_, j) => new Float64Array(columnMemory, 8 * j * rest, rest));
  const scoreMemory = new SharedArrayBuffer(8 * n * outputs);
  const scores = baseScores.map((b, o) => new Float64Array(scoreMemory, 8 * o * n, n).fill(b));
  const restScores = scores.map((s) => s.subarray(own));
  const chunks = Math.ceil(rest / CHUNK_ROWS);
  const control = new Int32Array(new SharedArrayBuffer(12));
  const state = new Int32Array(new SharedArrayBuffer(4 * chunks));
  const job = {
    forestId,
    forest,
    columns: shared,
    scores: restScores,
    outputs,
    n: rest,
    chunkRows: CHUNK_ROWS,
    control,
    state,
  };
  for (const worker of poolOf(threads - 1)) worker.postMessage(job);
  for (let c = 0; c < chunks; c++) {
    const begin = c * CHUNK_ROWS;
    const end = Math.min(rest, begin + CHUNK_ROWS);
    for (let j = 0; j < f; j++) shared[j].set(columns[j].subarray(own + begin, own + end), begin);
    Atomics.store(control, PREDICT_CONTROL.ready, c + 1);
    Atomics.notify(control, PREDICT_CONTROL.ready);
  }

  const block = new Float64Array(64 * Math.max(1, f));
  addRowRange(mine, outputs, columns, 0, own, scores, block, PREDICT_TOOLS);
  const run = (c: number) => {
    const begin = c * CHUNK_ROWS;
    addRowRange(mine, outputs, shared, begin, Math.min(rest, begin + CHUNK_ROWS), restScores, block, PREDICT_TOOLS);
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
    const end = Math.min(rest, begin + CHUNK_ROWS);
    for (let o = 0; o < outputs; o++) restScores[o].fill(baseScores[o], begin, end);
    run(c);
  }
  return scores.map((s) => Float64Array.from(s));
}
