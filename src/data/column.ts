/**
 * @module data/column
 * A column is typed-array storage plus its inferred logical type and the evidence for it.
 *
 * Storage kinds and their missing-value convention (documented once, relied on everywhere):
 * - `number`   — `Float64Array`; **missing is `NaN`**. Logical types `numeric`, `integer`, `id`.
 * - `category` — dictionary encoding: `Int32Array` codes into `dictionary`; **missing is code `-1`**.
 *                Logical types `categorical`, `text`, `id`.
 * - `boolean`  — `Uint8Array` with 0 = false, 1 = true, **2 = missing**. Logical type `boolean`.
 * - `datetime` — `Float64Array` of epoch milliseconds (UTC); **missing is `NaN`**. Logical type `datetime`.
 *
 * Columns are frozen; their arrays are never written after construction.
 *
 * @example
 * ```ts
 * import { numberColumn, categoryColumn } from './column.js';
 * const age = numberColumn('age', new Float64Array([31, NaN, 47]));
 * const job = categoryColumn('job', new Int32Array([0, 1, -1]), ['admin.', 'technician']);
 * ```
 */

/** The logical type of a column, as inferred or as declared in a schema. */
export type ColumnType = 'numeric' | 'integer' | 'categorical' | 'boolean' | 'datetime' | 'text' | 'id';

/** Every logical type, in documentation order. */
export const COLUMN_TYPES: readonly ColumnType[] = Object.freeze([
  'numeric',
  'integer',
  'categorical',
  'boolean',
  'datetime',
  'text',
  'id',
]);

/** A raw value that was not accepted for the column's type (it became missing) with its 0-based storage row. */
export interface InvalidValue {
  readonly row: number;
  readonly value: string;
}

/**
 * What the reader saw while building a column: the evidence behind the inferred type, and the raw facts the
 * quality checks need (which missing tokens occurred, blank cells, values that did not fit the type).
 */
export interface ColumnInfo {
  /** Human-readable reasons for the inferred type, e.g. `"41188 of 41188 values parse as integers"`. */
  readonly evidence: readonly string[];
  /** How often each recognised missing token occurred (`""` for empty cells). */
  readonly missingTokens: Readonly<Record<string, number>>;
  /** Cells holding only white space (e.g. `" "`), counted as missing. */
  readonly blankCells: number;
  /** Cells whose text did not fit the inferred type and became missing (mixed types, unparseable dates). */
  readonly invalidCount: number;
  /** Up to 20 of them, with their storage rows. */
  readonly invalidExamples: readonly InvalidValue[];
  /** The raw type seen in the source before inference: `text` for CSV cells, or the source's own type. */
  readonly sourceType: 'text' | 'number' | 'boolean' | 'datetime' | 'mixed';
  /** For datetime columns parsed from text: the detected format, e.g. `YYYY-MM-DD HH:mm:ss`. */
  readonly dateFormat?: string;
  /** Numbers written with a decimal comma (`3,5`). */
  readonly decimalComma?: boolean;
  /** Whether the type was declared by a schema instead of inferred. */
  readonly declared?: boolean;
}

interface ColumnBase {
  readonly name: string;
  readonly type: ColumnType;
  /** Storage length (all rows, before any row filter of a table). */
  readonly length: number;
  readonly info: ColumnInfo;
}

/** Numeric storage; missing = NaN. */
export interface NumberColumn extends ColumnBase {
  readonly storage: 'number';
  readonly type: 'numeric' | 'integer' | 'id';
  readonly values: Float64Array;
}

/** Dictionary-encoded strings; missing = code -1. */
export interface CategoryColumn extends ColumnBase {
  readonly storage: 'category';
  readonly type: 'categorical' | 'text' | 'id';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** Booleans; 0 = false, 1 = true, 2 = missing. */
export interface BooleanColumn extends ColumnBase {
  readonly storage: 'boolean';
  readonly type: 'boolean';
  readonly values: Uint8Array;
}

/** Epoch milliseconds (UTC); missing = NaN. */
export interface DateColumn extends ColumnBase {
  readonly storage: 'datetime';
  readonly type: 'datetime';
  readonly values: Float64Array;
}

/** Any column. Switch on `storage` for the arrays, on `type` for the meaning. */
export type Column = NumberColumn | CategoryColumn | BooleanColumn | DateColumn;

/** The missing marker of boolean storage. */
export const BOOLEAN_MISSING = 2;

const emptyInfo: ColumnInfo = Object.freeze({
  evidence: Object.freeze([]) as readonly string[],
  missingTokens: Object.freeze({}),
  blankCells: 0,
  invalidCount: 0,
  invalidExamples: Object.freeze([]) as readonly InvalidValue[],
  sourceType: 'number',
});

/**
 * Column info with defaults filled in.
 *
 * @example
 * ```ts
 * columnInfo({ evidence: ['declared'] }).blankCells; // 0
 * ```
 */
export function columnInfo(partial: Partial<ColumnInfo> = {}): ColumnInfo {
  return Object.freeze({ ...emptyInfo, ...partial });
}

/**
 * A numeric column (NaN = missing). The type defaults to `integer` when every value is whole, else `numeric`.
 *
 * @example
 * ```ts
 * numberColumn('balance', Float64Array.of(10.5, NaN));
 * ```
 */
export function numberColumn(
  name: string,
  values: Float64Array,
  type?: NumberColumn['type'],
  info?: Partial<ColumnInfo>,
): NumberColumn {
  const resolved = type ?? (allWhole(values) ? 'integer' : 'numeric');
  return Object.freeze({
    storage: 'number',
    name,
    type: resolved,
    length: values.length,
    values,
    info: columnInfo({ sourceType: 'number', ...info }),
  });
}

/**
 * A dictionary-encoded column (code -1 = missing).
 *
 * @example
 * ```ts
 * categoryColumn('marital', Int32Array.of(0, 1, 0), ['married', 'single']);
 * ```
 */
export function categoryColumn(
  name: string,
  codes: Int32Array,
  dictionary: readonly string[],
  type: CategoryColumn['type'] = 'categorical',
  info?: Partial<ColumnInfo>,
): CategoryColumn {
  return Object.freeze({
    storage: 'category',
    name,
    type,
    length: codes.length,
    codes,
    dictionary: Object.freeze([...dictionary]),
    info: columnInfo({ sourceType: 'text', ...info }),
  });
}

/**
 * A boolean column (2 = missing).
 *
 * @example
 * ```ts
 * booleanColumn('opt_in', Uint8Array.of(1, 0, 2));
 * ```
 */
export function booleanColumn(name: string, values: Uint8Array, info?: Partial<ColumnInfo>): BooleanColumn {
  return Object.freeze({
    storage: 'boolean',
    name,
    type: 'boolean',
    length: values.length,
    values,
    info: columnInfo({ sourceType: 'boolean', ...info }),
  });
}

/**
 * A datetime column of epoch milliseconds (NaN = missing).
 *
 * @example
 * ```ts
 * dateColumn('InvoiceDate', Float64Array.of(Date.UTC(2011, 0, 4)));
 * ```
 */
export function dateColumn(name: string, values: Float64Array, info?: Partial<ColumnInfo>): DateColumn {
  return Object.freeze({
    storage: 'datetime',
    name,
    type: 'datetime',
    length: values.length,
    values,
    info: columnInfo({ sourceType: 'datetime', ...info }),
  });
}

function allWhole(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && !Number.isInteger(v)) return false;
  }
  return true;
}

/**
 * Whether storage row `row` of a column is missing.
 *
 * @example
 * ```ts
 * isMissingAt(numberColumn('x', Float64Array.of(NaN)), 0); // true
 * ```
 */
export function isMissingAt(column: Column, row: number): boolean {
  switch (column.storage) {
    case 'number':
    case 'datetime': {
      const v = column.values[row];
      return v !== v;
    }
    case 'category':
      return column.codes[row] < 0;
    case 'boolean':
      return column.values[row] === BOOLEAN_MISSING;
  }
}

/** A cell as a plain JavaScript value: number, string, boolean, Date, or null when missing. */
export type CellValue = number | string | boolean | Date | null;

/**
 * The value at storage row `row` as a plain value.
 *
 * @example
 * ```ts
 * valueAt(categoryColumn('c', Int32Array.of(0), ['a']), 0); // 'a'
 * ```
 */
export function valueAt(column: Column, row: number): CellValue {
  switch (column.storage) {
    case 'number': {
      const v = column.values[row];
      return v !== v ? null : v;
    }
    case 'datetime': {
      const v = column.values[row];
      return v !== v ? null : new Date(v);
    }
    case 'category': {
      const c = column.codes[row];
      return c < 0 ? null : column.dictionary[c];
    }
    case 'boolean': {
      const v = column.values[row];
      return v === BOOLEAN_MISSING ? null : v === 1;
    }
  }
}

/**
 * The value at storage row `row` as text, as a CSV writer would print it (`''` when missing).
 * Datetimes print as ISO 8601 (`2011-01-04T10:00:00.000Z`, or `2011-01-04` at midnight UTC when the column
 * holds dates only — pass `dateOnly`).
 *
 * @example
 * ```ts
 * textAt(numberColumn('x', Float64Array.of(2.5)), 0); // '2.5'
 * ```
 */
export function textAt(column: Column, row: number, dateOnly = false): string {
  switch (column.storage) {
    case 'number': {
      const v = column.values[row];
      return v !== v ? '' : String(v);
    }
    case 'datetime': {
      const v = column.values[row];
      if (v !== v) return '';
      return formatDate(v, dateOnly);
    }
    case 'category': {
      const c = column.codes[row];
      return c < 0 ? '' : column.dictionary[c];
    }
    case 'boolean': {
      const v = column.values[row];
      return v === BOOLEAN_MISSING ? '' : v === 1 ? 'true' : 'false';
    }
  }
}

/**
 * Epoch ms as text the way leitwerk prints datetimes: `2011-01-04` when `dateOnly`, else
 * `2011-01-04 10:00:00` (UTC; milliseconds only when present).
 *
 * @example
 * ```ts
 * formatDate(Date.UTC(2011, 0, 4), true); // '2011-01-04'
 * formatDate(Date.UTC(2011, 0, 4, 10), false); // '2011-01-04 10:00:00'
 * ```
 */
export function formatDate(ms: number, dateOnly: boolean): string {
  const iso = new Date(ms).toISOString();
  return dateOnly
    ? iso.slice(0, 10)
    : iso
        .replace('T', ' ')
        .replace(/\.000Z$/, '')
        .replace(/Z$/, '');
}

/**
 * Whether every non-missing value of a datetime column falls on midnight UTC (a date without time).
 *
 * @example
 * ```ts
 * isDateOnly(dateColumn('d', Float64Array.of(Date.UTC(2020, 0, 1)))); // true
 * ```
 */
export function isDateOnly(column: DateColumn): boolean {
  const day = 86_400_000;
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i];
    if (v === v && v % day !== 0) return false;
  }
  return true;
}

/**
 * Rename a column (the storage is shared).
 *
 * @example
 * ```ts
 * renameColumn(numberColumn('x', Float64Array.of(1)), 'y').name; // 'y'
 * ```
 */
export function renameColumn<C extends Column>(column: C, name: string): C {
  return Object.freeze({ ...column, name }) as unknown as C;
}

/**
 * Gather storage rows `rows` of a column into a new compact column of the same kind.
 *
 * @example
 * ```ts
 * gatherColumn(numberColumn('x', Float64Array.of(1, 2, 3)), Uint32Array.of(2, 0)).length; // 2
 * ```
 */
export function gatherColumn<C extends Column>(column: C, rows: Uint32Array): C {
  const n = rows.length;
  switch (column.storage) {
    case 'number':
    case 'datetime': {
      const out = new Float64Array(n);
      const src = column.values;
      for (let i = 0; i < n; i++) out[i] = src[rows[i]];
      return Object.freeze({ ...column, values: out, length: n }) as unknown as C;
    }
    case 'category': {
      const out = new Int32Array(n);
      const src = column.codes;
      for (let i = 0; i < n; i++) out[i] = src[rows[i]];
      return Object.freeze({ ...column, codes: out, length: n }) as unknown as C;
    }
    case 'boolean': {
      const out = new Uint8Array(n);
      const src = column.values;
      for (let i = 0; i < n; i++) out[i] = src[rows[i]];
      return Object.freeze({ ...column, values: out, length: n }) as unknown as C;
    }
  }
  throw new Error('unreachable');
}
