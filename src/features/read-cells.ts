/**
 * @module features/read-cells
 * Read one column of a table's visible rows the way a fitted step expects it, whatever its storage is now.
 * A column whose type changed since training (text where a number was, a number where a category was) is
 * converted cell by cell: a cell that cannot be read becomes missing and is counted (`unparseable`); a label
 * the training data did not have is counted too (`unseen`). Nothing is dropped silently.
 *
 * @example
 * ```ts
 * import { readNumbers, readLabelCodes } from './read-cells.js';
 * readNumbers(table, getColumn(table, 'tenure'), 'number'); // { values: Float64Array, unparseable: 0 }
 * readLabelCodes(table, getColumn(table, 'job'), ['admin.', 'technician']); // { codes: Int32Array, unseen: 3 }
 * ```
 */
import { BOOLEAN_MISSING, type Column, textAt } from '../data/column.js';
import type { Table } from '../data/table.js';

/** Numbers read from a column and how many non-missing cells could not be read. */
export interface NumberCells {
  /** One value per visible row; NaN = missing (or unreadable). */
  readonly values: Float64Array;
  readonly unparseable: number;
}

/** Label codes read from a column: index into the training labels, `MISSING_CODE` or `UNSEEN_CODE`. */
export interface LabelCells {
  readonly codes: Int32Array;
  /** Non-missing cells whose label was not among the training labels. */
  readonly unseen: number;
}

/** Code of a missing cell in `LabelCells`. */
export const MISSING_CODE = -1;
/** Code of a label not seen in training in `LabelCells`. */
export const UNSEEN_CODE = -2;

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 't']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'f']);
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '') return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : Number.NaN;
}

function parseBoolean(text: string): number {
  const t = text.trim().toLowerCase();
  return TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : Number.NaN;
}

function parseDate(text: string): number {
  const t = text.trim();
  const local = LOCAL_DATE_TIME.exec(t);
  // Date-times without a zone are read as UTC, as the data layer does.
  const v = Date.parse(local ? `${local[1]}T${local[2]}Z` : /^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  return Number.isFinite(v) ? v : Number.NaN;
}

const PARSERS = { number: parseNumber, boolean: parseBoolean, datetime: parseDate } as const;

/**
 * The visible rows of a column as numbers of the expected kind: `number` (booleans as 0/1, numeric text
 * parsed), `boolean` (0/1; true/false/yes/no/1/0 text), `datetime` (epoch ms; date text parsed).
 *
 * @example
 * ```ts
 * readNumbers(table, column, 'datetime').values[0]; // 1291191360000
 * ```
 */
export function readNumbers(table: Table, column: Column, expected: 'number' | 'boolean' | 'datetime'): NumberCells {
  const n = table.rowCount;
  const index = table.index;
  const out = new Float64Array(n);
  let unparseable = 0;
  const same =
    column.storage === expected ||
    (column.storage === 'number' && expected === 'number') ||
    (column.storage === 'boolean' && expected === 'number');
  if (column.storage === 'category') {
    const parse = PARSERS[expected];
    const byCode = Float64Array.from(column.dictionary, (label) => parse(label));
    for (let i = 0; i < n; i++) {
      const c = column.codes[index ? index[i] : i];
      if (c < 0) out[i] = Number.NaN;
      else {
        const v = byCode[c];
        out[i] = v;
        if (v !== v) unparseable++;
      }
    }
  } else if (column.storage === 'boolean') {
    const values = column.values;
    for (let i = 0; i < n; i++) {
      const b = values[index ? index[i] : i];
      if (b === BOOLEAN_MISSING) out[i] = Number.NaN;
      else if (same) out[i] = b;
      else {
        out[i] = Number.NaN;
        unparseable++;
      }
    }
  } else {
    // number or datetime storage
    const values = column.values;
    const fromNumberToBoolean = column.storage === 'number' && expected === 'boolean';
    for (let i = 0; i < n; i++) {
      const v = values[index ? index[i] : i];
      if (v !== v) out[i] = Number.NaN;
      else if (same) out[i] = v;
      else if (fromNumberToBoolean && (v === 0 || v === 1)) out[i] = v;
      else {
        out[i] = Number.NaN;
        unparseable++;
      }
    }
  }
  return { values: out, unparseable };
}

/**
 * The visible rows of a column as codes into `labels` (matched by text: booleans as `true`/`false`,
 * numbers as printed). Missing cells get `MISSING_CODE`, other labels `UNSEEN_CODE` (and are counted).
 *
 * @example
 * ```ts
 * readLabelCodes(table, getColumn(table, 'contact'), ['cellular', 'telephone']).codes; // Int32Array [0, 1, …]
 * ```
 */
export function readLabelCodes(table: Table, column: Column, labels: readonly string[]): LabelCells {
  const n = table.rowCount;
  const index = table.index;
  const position = new Map<string, number>();
  labels.forEach((label, k) => {
    position.set(label, k);
  });
  const codes = new Int32Array(n);
  let unseen = 0;
  if (column.storage === 'category') {
    const map = Int32Array.from(column.dictionary, (label) => position.get(label) ?? UNSEEN_CODE);
    for (let i = 0; i < n; i++) {
      const c = column.codes[index ? index[i] : i];
      const k = c < 0 ? MISSING_CODE : map[c];
      codes[i] = k;
      if (k === UNSEEN_CODE) unseen++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const text = textAt(column, index ? index[i] : i);
      const k = text === '' ? MISSING_CODE : (position.get(text) ?? UNSEEN_CODE);
      codes[i] = k;
      if (k === UNSEEN_CODE) unseen++;
    }
  }
  return { codes, unseen };
}

/**
 * The labels that occur among the visible rows of a category or boolean column, in dictionary order
 * (`false` before `true`), with their row counts; and the number of missing cells.
 *
 * @example
 * ```ts
 * occurringLabels(table, getColumn(table, 'contact')); // { labels: ['cellular', 'telephone'], counts: [..], missing: 0 }
 * ```
 */
export function occurringLabels(
  table: Table,
  column: Column,
): { readonly labels: string[]; readonly counts: number[]; readonly missing: number } {
  const n = table.rowCount;
  const index = table.index;
  let dictionary: readonly string[];
  let counts: Float64Array;
  let missing = 0;
  if (column.storage === 'category') {
    dictionary = column.dictionary;
    counts = new Float64Array(dictionary.length);
    for (let i = 0; i < n; i++) {
      const c = column.codes[index ? index[i] : i];
      if (c < 0) missing++;
      else counts[c]++;
    }
  } else if (column.storage === 'boolean') {
    dictionary = ['false', 'true'];
    counts = new Float64Array(2);
    for (let i = 0; i < n; i++) {
      const b = column.values[index ? index[i] : i];
      if (b === BOOLEAN_MISSING) missing++;
      else counts[b]++;
    }
  } else {
    throw new Error('occurringLabels: not a category or boolean column');
  }
  const labels: string[] = [];
  const kept: number[] = [];
  dictionary.forEach((label, c) => {
    if (counts[c] > 0) {
      labels.push(label);
      kept.push(counts[c]);
    }
  });
  return { labels, counts: kept, missing };
}
