/**
 * @module learners/gbdt/histogram-parts
 * Row parts of a large node's histogram. A node with at least `2 × PART_MIN_ROWS` rows is summed in
 * `partCount(rows)` contiguous parts of its row range, each into its own histogram, and the parts are then
 * added in part order. How a node is cut depends only on its row count — never on the thread count — so
 * one thread (summing the parts one after another) and any number of worker threads (taking parts from a
 * shared counter) produce the same sums bit for bit, and models are identical for any `threads`.
 *
 * @example
 * ```ts
 * import { buildInParts, partCount } from './histogram-parts.js';
 * if (partCount(end - begin) > 1) buildInParts(kernel, hist, parts, rm, rm32, gh, rows, begin, end, rowPtr, entries, scratch);
 * ```
 */
import type { HistogramKernel, KernelScratch } from './histogram-kernel.js';

/**
 * Fewest rows in a part (a node needs twice this to be cut). Each part costs clearing and adding one whole
 * histogram: with 4096 rows a part, one thread was ~10 % slower on the 200,000 × 35 benchmark set.
 *
 * @example
 * ```ts
 * PART_MIN_ROWS; // 8192
 * ```
 */
export const PART_MIN_ROWS = 8192;

/**
 * Most parts per node (and so the most threads one histogram can use).
 *
 * @example
 * ```ts
 * MAX_PARTS; // 4
 * ```
 */
export const MAX_PARTS = 4;

/**
 * Number of parts a node of `rows` rows is summed in (1: in one go).
 *
 * @example
 * ```ts
 * partCount(10_000); // 1
 * partCount(20_000); // 2
 * ```
 */
export function partCount(rows: number): number {
  return Math.max(1, Math.min(MAX_PARTS, Math.floor(rows / PART_MIN_ROWS)));
}

/**
 * First position of part `j` of `parts` in `[begin, end)` (part j is `[partStart(j), partStart(j + 1))`).
 *
 * @example
 * ```ts
 * partStart(0, 100, 4, 1); // 25
 * ```
 */
export function partStart(begin: number, end: number, parts: number, j: number): number {
  return begin + Math.floor(((end - begin) * j) / parts);
}

/**
 * `hist = parts[0] + parts[1] + … + parts[count - 1]`, added in that order.
 *
 * @example
 * ```ts
 * sumParts(hist, partHistograms, 4);
 * ```
 */
export function sumParts(hist: Float64Array, parts: readonly Float64Array[], count: number): void {
  hist.set(parts[0]);
  for (let j = 1; j < count; j++) {
    const p = parts[j];
    for (let k = 0; k < hist.length; k++) hist[k] += p[k];
  }
}

/**
 * One-thread build of a node in parts into `hist` (zeroed): the first part straight into `hist`, each other
 * part into its histogram of `parts` (cleared here) and added. Gives the same bits as the multi-threaded
 * build (`sumParts` starts from a copy of the first part).
 *
 * @example
 * ```ts
 * buildInParts(gathered, hist, parts, data.rowMajor, rm32, gh, rows, begin, end, data.rowPtr, data.entries, scratch);
 * ```
 */
export function buildInParts(
  kernel: HistogramKernel,
  hist: Float64Array,
  parts: readonly Float64Array[],
  rowMajor: Uint8Array,
  rowWords: Uint32Array,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
  rowPtr: Uint32Array,
  entries: Uint32Array,
  scratch: KernelScratch,
): void {
  const count = partCount(end - begin);
  kernel(hist, rowMajor, rowWords, gh, rows, begin, partStart(begin, end, count, 1), rowPtr, entries, scratch);
  for (let j = 1; j < count; j++) {
    const p = parts[j];
    p.fill(0);
    const from = partStart(begin, end, count, j);
    const to = partStart(begin, end, count, j + 1);
    kernel(p, rowMajor, rowWords, gh, rows, from, to, rowPtr, entries, scratch);
    for (let k = 0; k < hist.length; k++) hist[k] += p[k];
  }
}
