/**
 * @module quality/visible-rows
 * Map storage rows (as readers record them, e.g. in `ColumnInfo.invalidExamples`) to the 1-based visible row
 * numbers findings show. Rows filtered out of the table are dropped.
 *
 * @example
 * ```ts
 * import { visibleRowNumbers } from './visible-rows.js';
 * visibleRowNumbers(table, [0, 17]); // [1, 18] without an index
 * ```
 */
import type { Table } from '../data/table.js';

/**
 * The 1-based visible rows of the given storage rows, in the given order, leaving out rows that are not
 * visible. One pass over the index when the table has one.
 *
 * @example
 * ```ts
 * visibleRowNumbers(filtered, [5, 9]); // e.g. [3] when storage row 9 was filtered out
 * ```
 */
export function visibleRowNumbers(table: Table, storageRows: readonly number[]): number[] {
  if (!table.index) return storageRows.filter((r) => r >= 0 && r < table.rowCount).map((r) => r + 1);
  const wanted = new Map<number, number>();
  for (const r of storageRows) wanted.set(r, -1);
  const index = table.index;
  for (let i = 0; i < index.length; i++) {
    if (wanted.get(index[i]) === -1) wanted.set(index[i], i + 1);
  }
  return storageRows.map((r) => wanted.get(r) ?? -1).filter((v) => v > 0);
}
