/**
 * @module quality/clean/row-steps
 * The steps that remove rows: `drop-duplicate-rows` and `drop-rows-missing`. They run only when fitting; on
 * replay (prediction time) `applyRecipe` skips them, so scoring never loses a customer.
 *
 * Duplicate rows are rows equal in every compared column; two missing cells count as equal (as pandas'
 * `duplicated`). The first row of each group is kept, so the result does not depend on anything but the input.
 *
 * @example
 * ```ts
 * import { duplicateRowMask } from './row-steps.js';
 * const dup = duplicateRowMask(table); // 1 for every repeat of an earlier row
 * ```
 */
import { BOOLEAN_MISSING, type Column, isMissingAt } from '../../data/column.js';
import { type Table, filterRows, getColumn, materialize } from '../../data/table.js';
import type { DropDuplicateRowsStep, DropRowsMissingStep } from './recipe.js';
import type { StepExecutor } from './step-executor.js';

/** One column seen as numbers for hashing and comparing: equal cells give equal numbers (NaN = missing). */
function cellNumbers(column: Column): Float64Array {
  switch (column.storage) {
    case 'category': {
      // the dictionary may hold one text twice: compare by the first code of each text
      const first = new Map<string, number>();
      const canonical = column.dictionary.map((v, code) => {
        const seen = first.get(v);
        if (seen !== undefined) return seen;
        first.set(v, code);
        return code;
      });
      const codes = column.codes;
      const out = new Float64Array(codes.length);
      for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? Number.NaN : canonical[codes[i]];
      return out;
    }
    case 'boolean': {
      const values = column.values;
      const out = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = values[i] === BOOLEAN_MISSING ? Number.NaN : values[i];
      return out;
    }
    default:
      return column.values;
  }
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/**
 * For every visible row of a table: 1 when it repeats an earlier row (in the given columns, default all),
 * else 0. Rows are hashed (two 32-bit hashes over the cells' bits, open addressing) and every hash match is
 * verified cell by cell, so a collision can never drop a row.
 *
 * @example
 * ```ts
 * duplicateRowMask(table, ['CustomerID', 'InvoiceDate']);
 * ```
 */
export function duplicateRowMask(table: Table, columns?: readonly string[]): Uint8Array {
  const base = materialize(table);
  const cols = (columns ? columns.map((n) => getColumn(base, n)) : base.columns).map(cellNumbers);
  const n = base.rowCount;
  const mask = new Uint8Array(n);
  // open addressing: a power-of-two table of row numbers (−1 = empty), at most half full
  let size = 16;
  while (size < 2 * n) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Uint32Array(n);
  const same = (a: number, b: number) => {
    for (let k = 0; k < cols.length; k++) {
      const x = cols[k][a];
      const y = cols[k][b];
      if (x !== y && (x === x || y === y)) return false;
    }
    return true;
  };
  for (let row = 0; row < n; row++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (let k = 0; k < cols.length; k++) {
      const x = cols[k][row];
      scratch[0] = x !== x ? Number.NaN : x + 0; // one NaN pattern; -0 → 0
      h1 = Math.imul(h1 ^ words[0], 0x01000193);
      h1 = Math.imul(h1 ^ words[1], 0x01000193);
      h2 = Math.imul(h2 ^ words[1], 0x85ebca6b) ^ (h2 >>> 13);
      h2 = Math.imul(h2 ^ words[0], 0xc2b2ae35) ^ (h2 >>> 16);
    }
    h2 >>>= 0;
    hashes[row] = h2;
    let slot = (h1 ^ (h1 >>> 15)) & (size - 1);
    for (;;) {
      const other = slots[slot];
      if (other < 0) {
        slots[slot] = row;
        break;
      }
      if (hashes[other] === h2 && same(row, other)) {
        mask[row] = 1;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return mask;
}

/**
 * `drop-duplicate-rows`: keep the first row of each group of equal rows.
 *
 * @example
 * ```ts
 * dropDuplicateRowsStep(table, { kind: 'drop-duplicate-rows' }, { step: 1, mode: 'fit' }).rowsRemoved;
 * ```
 */
export const dropDuplicateRowsStep: StepExecutor<DropDuplicateRowsStep> = (table, step) => {
  const mask = duplicateRowMask(table, step.columns);
  const out = materialize(filterRows(table, (_row, visible) => mask[visible] === 0));
  const removed = table.rowCount - out.rowCount;
  return { table: out, rowsRemoved: removed, messageId: 'clean.log.dropDuplicateRows', params: { rows: removed } };
};

/**
 * `drop-rows-missing`: remove the rows where the column is missing.
 *
 * @example
 * ```ts
 * dropRowsMissingStep(table, { kind: 'drop-rows-missing', column: 'y' }, { step: 1, mode: 'fit' });
 * ```
 */
export const dropRowsMissingStep: StepExecutor<DropRowsMissingStep> = (table, step) => {
  const column = getColumn(table, step.column);
  const out = materialize(filterRows(table, (row) => !isMissingAt(column, row)));
  const removed = table.rowCount - out.rowCount;
  return {
    table: out,
    rowsRemoved: removed,
    messageId: 'clean.log.dropRowsMissing',
    params: { rows: removed, column: step.column },
  };
};
