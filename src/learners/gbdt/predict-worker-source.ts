/**
 * @module learners/gbdt/predict-worker-source
 * Source text of the prediction worker threads and the layout of a prediction job's control words. The
 * program is assembled from the source text of the very functions the calling thread predicts with
 * (`addRowRange`, `PREDICT_TOOLS`, `shareTrees`, `viewTrees`: self-contained, they reach their helpers only through their
 * arguments), so both sides add the same leaf values in the same order — bit-identical scores. A worker
 * waits for job messages; for each, it takes row chunks from the job's shared counter until none is left
 * (waiting, if it is ahead, until the calling thread has copied a chunk's rows),
 * adds the trees' values to the shared scores of those rows, marks each chunk done (or failed) and counts it
 * in a shared word the calling thread waits on.
 *
 * @example
 * ```ts
 * import { PREDICT_CONTROL, predictWorkerSource } from './predict-worker-source.js';
 * new Worker(predictWorkerSource(), { eval: true });
 * ```
 */
import { PREDICT_TOOLS, type PredictTools, type PredictTree, addRowRange } from './predict-forest.js';
import { shareTrees, viewTrees } from './shared-forest.js';
import { workerPreamble } from '../worker-source.js';

/**
 * Slots of a job's shared control `Int32Array`: the next chunk to take, the chunks finished, and the chunks
 * whose rows the calling thread has copied into shared memory (a chunk is taken only once it is ready).
 *
 * @example
 * ```ts
 * Atomics.add(ctl, PREDICT_CONTROL.next, 1);
 * ```
 */
export const PREDICT_CONTROL = Object.freeze({ next: 0, finished: 1, ready: 2 });

/**
 * State of a chunk in a job's shared `state` array.
 *
 * @example
 * ```ts
 * state[c] === CHUNK_STATE.failed; // the calling thread redoes chunk c
 * ```
 */
export const CHUNK_STATE = Object.freeze({ open: 0, done: 1, failed: 2 });

/**
 * Run the tree walkers on a small made-up forest (numeric and categorical trees, missing values, a last
 * block shorter than eight rows) until the JIT has compiled them: a worker does this once after it starts,
 * so its first real chunks do not run in the interpreter. The made-up trees are packed with `pack` and walked
 * through `view`, the functions that make the real ones, so the compiled walkers already know their shape
 * (warmed on trees of another shape they were thrown away at the first real job); the rows and scores are
 * on shared memory as a job's are. Self-contained (the workers run its source).
 *
 * @example
 * ```ts
 * warmUpWalkers(addRowRange, PREDICT_TOOLS, shareTrees, viewTrees);
 * ```
 */
export function warmUpWalkers(
  run: typeof addRowRange,
  tools: PredictTools,
  pack: typeof shareTrees,
  view: typeof viewTrees,
): number {
  const rows = 2051;
  const columns: Float64Array[] = [];
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let j = 0; j < 4; j++) {
    const column = new Float64Array(new SharedArrayBuffer(8 * rows));
    for (let i = 0; i < rows; i++) column[i] = j === 3 ? Math.floor(next() * 40) : next() < 0.02 ? Number.NaN : next();
    columns.push(column);
  }
  // depth-3 trees: splitting nodes 0…6, leaves 7…14 (looping to themselves); the categorical ones split on
  // the codes of column 3 at the root
  const tree = (categorical: boolean): PredictTree => {
    const inner = 7;
    const nodes = 15;
    const feature = new Int32Array(nodes);
    const threshold = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
    const children = new Int32Array(3 * nodes);
    for (let k = 0; k < nodes; k++) {
      children[3 * k] = k < inner ? 2 * k + 1 : k;
      children[3 * k + 1] = k < inner ? 2 * k + 2 : k;
      children[3 * k + 2] = k < inner ? 2 * k + 1 + (k & 1) : k;
      if (k >= inner) continue;
      feature[k] = k % 3;
      threshold[k] = 0.5;
    }
    let catBits = new Uint32Array(1);
    let catSpans: Int32Array | null = null;
    if (categorical) {
      feature[0] = 3;
      threshold[0] = 0;
      catBits = Uint32Array.of(0x5555, 0x33);
      // numeric nodes and leaves: -1 words (no set)
      catSpans = new Int32Array(2 * nodes);
      for (let k = 1; k < nodes; k++) catSpans[2 * k + 1] = -1;
      catSpans[1] = 2;
    }
    const leafValue = Float64Array.from({ length: 8 }, (_, i) => i / 8);
    return {
      numLeaves: 8,
      inner,
      feature,
      threshold,
      leafValue,
      catBits,
      children,
      catSpans,
    };
  };
  const trees = view(pack(Array.from({ length: 20 }, (_, t) => tree(t % 2 === 1))));
  const out = new Float64Array(new SharedArrayBuffer(8 * rows));
  const block = new Float64Array(64 * columns.length);
  for (let r = 0; r < 30; r++) {
    out.fill(0);
    run(trees, 1, columns, 0, rows, [out], block, tools);
  }
  return out[0];
}

/**
 * The worker program (CommonJS, evaluated). A job message: `{ forestId, forest, columns, scores, outputs, n,
 * chunkRows, control, state }` — every array on shared memory.
 *
 * @example
 * ```ts
 * const source = predictWorkerSource();
 * ```
 */
export function predictWorkerSource(): string {
  return `${workerPreamble(['parentPort'], PREDICT_TOOLS)}
const addRowRange = (${String(addRowRange)});
const shareTrees = (${String(shareTrees)});
const viewTrees = (${String(viewTrees)});
(${String(warmUpWalkers)})(addRowRange, tools, shareTrees, viewTrees);
let cachedId = -1;
let cachedTrees = null;
parentPort.on('message', (job) => {
  if (job.forestId !== cachedId) {
    cachedTrees = viewTrees(job.forest);
    cachedId = job.forestId;
  }
  // arrays made as the warm-up's are (structured-clone arrays have other maps: the walkers would recompile)
  const views = (arrays) => {
    const out = [];
    for (const a of arrays) out.push(new Float64Array(a.buffer, a.byteOffset, a.length));
    return out;
  };
  const columns = views(job.columns);
  const scores = views(job.scores);
  const ctl = job.control;
  const chunks = Math.ceil(job.n / job.chunkRows);
  const block = new Float64Array(64 * Math.max(1, columns.length));
  for (;;) {
    const c = Atomics.add(ctl, ${PREDICT_CONTROL.next}, 1);
    if (c >= chunks) break;
    for (let r = Atomics.load(ctl, ${PREDICT_CONTROL.ready}); r <= c; r = Atomics.load(ctl, ${PREDICT_CONTROL.ready})) {
      Atomics.wait(ctl, ${PREDICT_CONTROL.ready}, r, 50);
    }
    const begin = c * job.chunkRows;
    try {
      addRowRange(cachedTrees, job.outputs, columns, begin, Math.min(job.n, begin + job.chunkRows), scores, block, tools);
      job.state[c] = ${CHUNK_STATE.done};
    } catch {
      job.state[c] = ${CHUNK_STATE.failed};
    }
    Atomics.add(ctl, ${PREDICT_CONTROL.finished}, 1);
    Atomics.notify(ctl, ${PREDICT_CONTROL.finished});
  }
});
`;
}
