/**
 * @module learners/worker-source
 * The common start of a worker program assembled from function source text (the forest's tree growers, the
 * GBDT's prediction walkers): strict mode, the `node:worker_threads` names it uses, a no-op `__name` for the
 * helper some transpilers insert into function bodies (esbuild `keepNames`), and `tools` — an object of the
 * given self-contained functions, compiled from their own source so both threads run the same code.
 *
 * @example
 * ```ts
 * import { workerPreamble } from '../worker-source.js';
 * const source = `${workerPreamble(['parentPort'], { addNumericTree })}\nparentPort.on('message', …);`;
 * ```
 */

/**
 * The first lines of a worker program: `'use strict'`, `const { …names } = require('node:worker_threads')`,
 * `__name`, and `const tools = { name: (source), … }`.
 *
 * @example
 * ```ts
 * workerPreamble(['workerData'], FOREST_TREE_TOOLS);
 * ```
 */
export function workerPreamble(names: readonly string[], tools: object): string {
  const entries = Object.entries(tools)
    .map(([name, fn]) => `  ${name}: (${String(fn)}),`)
    .join('\n');
  return `'use strict';
const { ${names.join(', ')} } = require('node:worker_threads');
// helper some transpilers insert into function bodies (esbuild keepNames)
var __name = (fn) => fn;
const tools = {
${entries}
};`;
}
