/**
 * @module learners/gbdt/partition
 * Splitting a node's rows in two: the rows of a leaf are a contiguous range of one index buffer, and a
 * split reorders that range in place (stably) so the left child's rows come first. The side of each row is
 * looked up in a 256-entry table indexed by the row's bin of the split feature (built for numeric thresholds,
 * category sets and the missing bin alike), so the loop has no data-dependent branch.
 *
 * @example
 * ```ts
 * import { partition } from './partition.js';
 * const mid = partition(rows, tmp, data.columns[feature], sideOfBin, leaf.begin, leaf.end);
 * ```
 */

/**
 * Stable in-place partition of `rows[begin..end)` by `lut[column[row]]` (1 = left); returns the first right
 * position. Branch-free: each row is written to both sides and only one cursor advances.
 *
 * @example
 * ```ts
 * const mid = partition(rows, tmp, data.columns[f], lut, leaf.begin, leaf.end);
 * ```
 */
export function partition(
  rows: Uint32Array,
  tmp: Uint32Array,
  column: Uint8Array,
  lut: Uint8Array,
  begin: number,
  end: number,
): number {
  let nl = begin;
  let nr = 0;
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const l = lut[column[r]];
    rows[nl] = r;
    tmp[nr] = r;
    nl += l;
    nr += 1 - l;
  }
  rows.set(tmp.subarray(0, nr), nl);
  return nl;
}
