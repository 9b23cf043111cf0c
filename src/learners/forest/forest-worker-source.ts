/**
 * @module learners/forest/forest-worker-source
 * Source text of the forest's worker threads. Workers are started with `new Worker(source, { eval: true })`
 * (no module file has to be resolved: under vitest the sources are .ts files). The program is assembled
 * from the source text of the very functions the calling thread uses (`FOREST_TREE_TOOLS` and
 * `growForestTree`), which are self-contained — they reach their helpers only through their arguments — so
 * both sides grow bit-identical trees. A worker takes tree indexes from a shared counter until none is left
 * or the stop word is set, grows each tree on the shared binned data, and posts it (typed arrays
 * transferred) on its message port; then it counts the delivery in a shared word the calling thread waits on.
 *
 * @example
 * ```ts
 * import { FOREST_CONTROL, forestWorkerSource } from './forest-worker-source.js';
 * new Worker(forestWorkerSource(), { eval: true, workerData });
 * ```
 */
import { workerPreamble } from '../worker-source.js';
import { FOREST_TREE_TOOLS, growForestTree } from './forest-tree-task.js';

/**
 * Slots of the shared control `Int32Array`: the next tree index to take, the stop flag, and the number of
 * trees (or failures) posted so far.
 *
 * @example
 * ```ts
 * Atomics.add(ctl, FOREST_CONTROL.next, 1);
 * ```
 */
export const FOREST_CONTROL = Object.freeze({ next: 0, stop: 1, delivered: 2 });

/** Number of control words. */
export const FOREST_CONTROL_WORDS = 3;

/**
 * The worker program (CommonJS, evaluated). `workerData`: `data` (ForestData over shared buffers), `seeds`,
 * `plan`, `control` (SharedArrayBuffer) and `port` (a transferred MessagePort).
 *
 * @example
 * ```ts
 * const source = forestWorkerSource();
 * ```
 */
export function forestWorkerSource(): string {
  return `${workerPreamble(['workerData'], FOREST_TREE_TOOLS)}
const growForestTree = (${String(growForestTree)});
const d = workerData;
const ctl = new Int32Array(d.control);
const port = d.port;
const total = d.seeds.length;
const n = d.data.y.length;
const scratch = { w: new Float64Array(n), drawn: new Uint32Array(n) };
for (;;) {
  if (Atomics.load(ctl, ${FOREST_CONTROL.stop}) !== 0) break;
  const index = Atomics.add(ctl, ${FOREST_CONTROL.next}, 1);
  if (index >= total) break;
  let message;
  let transfer = [];
  try {
    const tree = growForestTree(d.data, d.seeds[index], d.plan, scratch, tools);
    message = { index, tree };
    transfer = [...new Set(Object.values(tree).filter((v) => ArrayBuffer.isView(v)).map((v) => v.buffer))];
  } catch (error) {
    message = { index, error: String(error) };
  }
  port.postMessage(message, transfer);
  Atomics.add(ctl, ${FOREST_CONTROL.delivered}, 1);
  Atomics.notify(ctl, ${FOREST_CONTROL.delivered});
}
port.close();
`;
}
