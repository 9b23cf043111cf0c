/**
 * @module quality/profile-column
 * Profile one column over the visible rows of a table: type and the evidence for it, missing and distinct
 * counts, the ten most frequent values, a numeric summary for numbers and datetimes (datetimes in epoch ms)
 * and length statistics for text and categories.
 *
 * Cost: categories and booleans take one pass over their codes; numbers and datetimes take one pass to copy
 * the non-missing values plus one sort of that copy (counting sort for whole numbers in a small range), from
 * which quantiles, distinct values, top values, the MAD and the histogram are all read.
 *
 * @example
 * ```ts
 * import { profileColumn } from './profile-column.js';
 * const p = profileColumn(table, getColumn(table, 'age'));
 * p.numeric?.quantiles.p50;
 * ```
 */
import {
  BOOLEAN_MISSING,
  type BooleanColumn,
  type CategoryColumn,
  type Column,
  type DateColumn,
  type NumberColumn,
} from '../data/column.js';
import type { Table } from '../data/table.js';
import type { ColumnProfile, ValueCount } from './column-profile.js';
import { distinctSorted, summarizeSorted, valueCounts } from './numeric-summary.js';
import { sortedNonMissing } from './sorted-values.js';
import { countCodes, topIndices } from './value-counts.js';

/** How many frequent values a profile lists. */
export const TOP_VALUES = 10;

/**
 * Profile a column of `table` (which may carry a row index). Pass the code counts of a category column when
 * they are known already (the check context caches them) to save a pass.
 *
 * @example
 * ```ts
 * profileColumn(table, getColumn(table, 'job')).top[0]; // { value: 'admin.', count: 10422 }
 * ```
 */
export function profileColumn(table: Table, column: Column, codeCounts?: Int32Array): ColumnProfile {
  switch (column.storage) {
    case 'category':
      return profileCategory(table, column, codeCounts ?? countCodes(column, table.index));
    case 'boolean':
      return profileBoolean(table, column);
    case 'number':
    case 'datetime':
      return profileNumeric(table, column);
  }
}

function base(table: Table, column: Column) {
  return { name: column.name, type: column.type, evidence: column.info.evidence, rows: table.rowCount };
}

function profileCategory(table: Table, column: CategoryColumn, counts: Int32Array): ColumnProfile {
  let present = 0;
  let unique = 0;
  let minLength = Number.POSITIVE_INFINITY;
  let maxLength = 0;
  let totalLength = 0;
  const dictionary = column.dictionary;
  for (let code = 0; code < counts.length; code++) {
    const c = counts[code];
    if (c === 0) continue;
    present += c;
    unique++;
    const length = codePointLength(dictionary[code]);
    if (length < minLength) minLength = length;
    if (length > maxLength) maxLength = length;
    totalLength += length * c;
  }
  const top: ValueCount[] = topIndices(counts, TOP_VALUES).map((code) => ({
    value: dictionary[code],
    count: counts[code],
  }));
  return {
    ...base(table, column),
    missing: table.rowCount - present,
    unique,
    top,
    ...(present > 0 ? { length: { min: minLength, mean: totalLength / present, max: maxLength } } : {}),
  };
}

function profileBoolean(table: Table, column: BooleanColumn): ColumnProfile {
  const counts = [0, 0];
  let missing = 0;
  const values = column.values;
  const rows = table.index;
  const n = table.rowCount;
  for (let i = 0; i < n; i++) {
    const v = values[rows ? rows[i] : i];
    if (v === BOOLEAN_MISSING) missing++;
    else counts[v]++;
  }
  const top: ValueCount[] = [
    { value: 'true', count: counts[1] },
    { value: 'false', count: counts[0] },
  ]
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count);
  return { ...base(table, column), missing, unique: top.length, top };
}

function profileNumeric(table: Table, column: NumberColumn | DateColumn): ColumnProfile {
  const sorted = sortedNonMissing(column.values, table.index);
  const datetime = column.storage === 'datetime';
  const { unique, top } = distinctSorted(sorted, TOP_VALUES);
  const out = { ...base(table, column), missing: table.rowCount - sorted.length, unique };
  if (sorted.length === 0) return { ...out, top: [] };
  const integer = !datetime && wholeSorted(sorted);
  const dateOnly = datetime && midnightsOnly(sorted);
  return {
    ...out,
    top: valueCounts(top, datetime, dateOnly),
    numeric: summarizeSorted(sorted, { integer, datetime }),
  };
}

function wholeSorted(sorted: Float64Array): boolean {
  for (let i = 0; i < sorted.length; i++) if (!Number.isInteger(sorted[i])) return false;
  return true;
}

function midnightsOnly(sorted: Float64Array): boolean {
  for (let i = 0; i < sorted.length; i++) if (sorted[i] % 86_400_000 !== 0) return false;
  return true;
}

/** Length of a string in characters (code points, so an emoji counts once). */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
