/**
 * @module quality/value-counts
 * Counting values over the visible rows of a table: category codes (one pass over the `Int32Array`), and
 * the k most frequent entries of a count array. Shared by profiling and the category checks.
 *
 * @example
 * ```ts
 * import { countCodes, topIndices } from './value-counts.js';
 * const counts = countCodes(jobColumn, table.index); // Int32Array, index = code
 * topIndices(counts, 3); // the three most frequent codes
 * ```
 */
import type { CategoryColumn } from '../data/column.js';

/**
 * How often each code of a category column occurs among `rows` (all storage rows when null). Missing
 * (code −1) is not counted.
 *
 * @example
 * ```ts
 * countCodes(categoryColumn('c', Int32Array.of(0, 1, 0, -1), ['a', 'b']), null); // Int32Array [2, 1]
 * ```
 */
export function countCodes(column: CategoryColumn, rows: Uint32Array | null): Int32Array {
  const counts = new Int32Array(column.dictionary.length);
  const codes = column.codes;
  if (rows) {
    for (let i = 0; i < rows.length; i++) {
      const c = codes[rows[i]];
      if (c >= 0) counts[c]++;
    }
  } else {
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (c >= 0) counts[c]++;
    }
  }
  return counts;
}

/**
 * The indices of the `k` largest positive entries of `counts`, largest first (ties: lower index first).
 * O(n·k), for small k.
 *
 * @example
 * ```ts
 * topIndices(Int32Array.of(5, 0, 9, 5), 2); // [2, 0]
 * ```
 */
export function topIndices(counts: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c <= 0) continue;
    if (top.length === k && c <= counts[top[k - 1]]) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && counts[top[at - 1]] < c) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Sum of an array of counts.
 *
 * @example
 * ```ts
 * sumCounts(Int32Array.of(2, 3)); // 5
 * ```
 */
export function sumCounts(counts: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i];
  return s;
}
