/**
 * @module learners/gbdt/predict-worker-source
 * Source text of the prediction worker threads and the layout of a prediction job's control words. The
 * program is assembled from the source text of the very functions the calling thread predicts with
 * (`addRowRange`, `PREDICT_TOOLS`, `viewTrees`: self-contained, they reach their helpers only through their
 * arguments), so both sides add the same leaf values in the same order — bit-identical scores. A worker
 * waits for job messages; for each, it takes row chunks from the job's shared counter until none is left,
 * adds the trees' values to the shared scores of those rows, marks each chunk done (or failed) and counts it
 * in a shared word the calling thread waits on.
 *
 * @example
 * ```ts
 * import { PREDICT_CONTROL, predictWorkerSource } from './predict-worker-source.js';
 * new Worker(predictWorkerSource(), { eval: true });
 * ```
 */
import { PREDICT_TOOLS, addRowRange } from './predict-forest.js';
import { viewTrees } from './shared-forest.js';

/**
 * Slots of a job's shared control `Int32Array`: the next chunk to take and the chunks finished.
 *
 * @example
 * ```ts
 * Atomics.add(ctl, PREDICT_CONTROL.next, 1);
 * ```
 */
export const PREDICT_CONTROL = Object.freeze({ next: 0, finished: 1 });

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
 * The worker program (CommonJS, evaluated). A job message: `{ forestId, forest, columns, scores, outputs, n,
 * chunkRows, control, state }` — every array on shared memory.
 *
 * @example
 * ```ts
 * const source = predictWorkerSource();
 * ```
 */
export function predictWorkerSource(): string {
  const tools = Object.entries(PREDICT_TOOLS)
    .map(([name, fn]) => `  ${name}: (${String(fn)}),`)
    .join('\n');
  return `'use strict';
const { parentPort } = require('node:worker_threads');
// helper some transpilers insert into function bodies (esbuild keepNames)
var __name = (fn) => fn;
const tools = {
${tools}
};
const addRowRange = (${String(addRowRange)});
const viewTrees = (${String(viewTrees)});
let cachedId = -1;
let cachedTrees = null;
parentPort.on('message', (job) => {
  if (job.forestId !== cachedId) {
    cachedTrees = viewTrees(job.forest);
    cachedId = job.forestId;
  }
  const ctl = job.control;
  const chunks = Math.ceil(job.n / job.chunkRows);
  const block = new Float64Array(64 * Math.max(1, job.columns.length));
  for (;;) {
    const c = Atomics.add(ctl, ${PREDICT_CONTROL.next}, 1);
    if (c >= chunks) break;
    const begin = c * job.chunkRows;
    try {
      addRowRange(cachedTrees, job.outputs, job.columns, begin, Math.min(job.n, begin + job.chunkRows), job.scores, block, tools);
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
