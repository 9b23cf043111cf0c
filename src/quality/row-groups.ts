/**
 * @module quality/row-groups
 * Find rows that repeat an earlier row on a set of columns (all columns for exact duplicates, the key columns
 * for duplicate keys). Each row gets two independent 32-bit hashes over its cells (category codes, float bits,
 * boolean values), computed column by column over the typed arrays; an open-addressing table over the
 * 64-bit hash finds earlier rows with the same hash, and every match is verified cell by cell, so a hash
 * collision never counts as a duplicate. Expected O(rows × columns).
 *
 * @example
 * ```ts
 * import { groupRows } from './row-groups.js';
 * const g = groupRows(table, table.columns);
 * g.repeats; // rows that are copies of an earlier row
 * g.firstOf[9]; // visible row of the first copy of row 9, or -1 when row 9 is the first of its kind
 * ```
 */
import type { Column } from '../data/column.js';
import type { Table } from '../data/table.js';

/** The result of grouping rows by their values. */
export interface RowGroups {
  /** Per visible row: the visible row of the first row with the same values, or −1 when it is the first. */
  readonly firstOf: Int32Array;
  /** Rows that repeat an earlier row (N copies of a row count N − 1). */
  readonly repeats: number;
  /** Distinct value combinations that occur more than once. */
  readonly groups: number;
  /** Rows left out because a key cell was missing (only with `skipMissing`). */
  readonly skipped: number;
}

const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/**
 * Group the visible rows of `table` by the values of `columns`. With `skipMissing`, rows with a missing cell
 * in any of the columns are left out (their `firstOf` is −1).
 *
 * @example
 * ```ts
 * groupRows(table, [getColumn(table, 'customerID')], { skipMissing: true }).repeats;
 * ```
 */
export function groupRows(
  table: Table,
  columns: readonly Column[],
  options: { readonly skipMissing?: boolean } = {},
): RowGroups {
  const n = table.rowCount;
  const rows = table.index;
  const h1 = new Int32Array(n).fill(0x2545f491);
  const h2 = new Int32Array(n).fill(0x6b43a9b5);
  const skip = options.skipMissing ? new Uint8Array(n) : null;
  for (const column of columns) hashColumn(column, rows, h1, h2, skip);

  const firstOf = new Int32Array(n).fill(-1);
  let capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const hasRepeat = new Uint8Array(n);
  let repeats = 0;
  let groups = 0;
  let skipped = 0;
  for (let i = 0; i < n; i++) {
    if (skip?.[i]) {
      skipped++;
      continue;
    }
    const a = h1[i];
    const b = h2[i];
    let slot = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
    for (;;) {
      const j = slots[slot];
      if (j < 0) {
        slots[slot] = i;
        break;
      }
      if (h1[j] === a && h2[j] === b && sameRow(columns, rows, i, j)) {
        firstOf[i] = j;
        repeats++;
        if (hasRepeat[j] === 0) {
          hasRepeat[j] = 1;
          groups++;
        }
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { firstOf, repeats, groups, skipped };
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mix2(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

function hashColumn(
  column: Column,
  rows: Uint32Array | null,
  h1: Int32Array,
  h2: Int32Array,
  skip: Uint8Array | null,
): void {
  const n = h1.length;
  switch (column.storage) {
    case 'category': {
      const codes = column.codes;
      for (let i = 0; i < n; i++) {
        const c = codes[rows ? rows[i] : i];
        if (skip && c < 0) skip[i] = 1;
        h1[i] = mix(h1[i], c);
        h2[i] = mix2(h2[i], c);
      }
      return;
    }
    case 'boolean': {
      const values = column.values;
      for (let i = 0; i < n; i++) {
        const v = values[rows ? rows[i] : i];
        if (skip && v === 2) skip[i] = 1;
        h1[i] = mix(h1[i], v);
        h2[i] = mix2(h2[i], v);
      }
      return;
    }
    case 'number':
    case 'datetime': {
      const values = column.values;
      for (let i = 0; i < n; i++) {
        const v = values[rows ? rows[i] : i];
        let lo: number;
        let hi: number;
        if (v !== v) {
          if (skip) skip[i] = 1;
          lo = 0x7ff80000;
          hi = 0x7ff80000;
        } else {
          float[0] = v + 0; // -0 → 0
          lo = floatWords[0];
          hi = floatWords[1];
        }
        h1[i] = mix(mix(h1[i], lo), hi);
        h2[i] = mix2(mix2(h2[i], hi), lo);
      }
      return;
    }
  }
}

/** Whether visible rows `i` and `j` hold the same values (missing equals missing) in every column. */
function sameRow(columns: readonly Column[], rows: Uint32Array | null, i: number, j: number): boolean {
  const a = rows ? rows[i] : i;
  const b = rows ? rows[j] : j;
  for (const column of columns) {
    if (column.storage === 'category') {
      if (column.codes[a] !== column.codes[b]) return false;
    } else if (column.storage === 'boolean') {
      if (column.values[a] !== column.values[b]) return false;
    } else {
      const x = column.values[a];
      const y = column.values[b];
      if (x !== y && (x === x || y === y)) return false;
    }
  }
  return true;
}
