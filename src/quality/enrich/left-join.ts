/**
 * @module quality/enrich/left-join
 * Add the columns of another table to every row of a table by a key (a left join), and report how many rows
 * found a match. Every left row is kept exactly once, in its order; rows without a match (or with a missing
 * key) get missing values in the new columns. Missing keys never match (as in SQL).
 *
 * The join is many-to-one: each key may occur only once on the right. A repeated right key is an error by
 * default (`duplicates: 'error'`, with the number of repeated keys and an example), because silently picking
 * one of several rows would attach arbitrary data; `duplicates: 'first'` takes the first row and reports the
 * count. Keys must hold the same kind of values on both sides (text with text, numbers with numbers) —
 * otherwise `enrich.keyTypes`; `"12345"` and `12345` are not matched by guessing.
 *
 * @example
 * ```ts
 * import { leftJoin } from './left-join.js';
 * const { table, matchRate } = leftJoin(orders, customers, { on: ['CustomerID', 'id'] });
 * ```
 */
import {
  BOOLEAN_MISSING,
  type Column,
  booleanColumn,
  categoryColumn,
  dateColumn,
  numberColumn,
} from '../../data/column.js';
import { type Table, createTable, getColumn, hasColumn, materialize } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import { type MessageParams, formatMessage } from '../../util/messages.js';

/** Options of `leftJoin`. */
export interface LeftJoinOptions {
  /** The key column (same name on both sides), or `[leftKey, rightKey]`. */
  readonly on: string | readonly [string, string];
  /** Appended to right column names that already exist on the left (default `_right`). */
  readonly suffix?: string;
  /** What to do when a key occurs more than once on the right (default `error`). */
  readonly duplicates?: 'error' | 'first';
}

/** The joined table and the match figures. */
export interface LeftJoinResult {
  readonly table: Table;
  /** Left rows. */
  readonly rows: number;
  /** Left rows that found a row on the right. */
  readonly matched: number;
  /** `matched / rows` (NaN for an empty left table). */
  readonly matchRate: number;
  /** Left rows whose key is missing (they never match). */
  readonly leftMissingKeys: number;
  /** Distinct keys that occur more than once on the right (0 unless `duplicates: 'first'`). */
  readonly duplicateRightKeys: number;
  /** Names of the added columns, in order. */
  readonly added: readonly string[];
  /** "4,210 of 4,372 rows (96.3%) found a match in crm.csv on CustomerID" — and its catalogue id and params. */
  readonly message: string;
  readonly messageId: 'enrich.joinSummary';
  readonly params: MessageParams;
}

/** A text key per storage row, `null` when missing. Numbers by value (`-0` = `0`). */
function keyReader(column: Column): (row: number) => string | null {
  switch (column.storage) {
    case 'category': {
      const { codes, dictionary } = column;
      return (row) => (codes[row] < 0 ? null : dictionary[codes[row]]);
    }
    case 'boolean': {
      const values = column.values;
      return (row) => (values[row] === BOOLEAN_MISSING ? null : String(values[row]));
    }
    default: {
      const values = column.values;
      return (row) => (values[row] !== values[row] ? null : String(values[row]));
    }
  }
}

/** Gather rows of a column; `-1` gives a missing value. */
function gatherOrMissing(column: Column, rows: Int32Array, name: string): Column {
  const n = rows.length;
  switch (column.storage) {
    case 'category': {
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) codes[i] = rows[i] < 0 ? -1 : column.codes[rows[i]];
      return categoryColumn(name, codes, column.dictionary, column.type, column.info);
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = rows[i] < 0 ? BOOLEAN_MISSING : column.values[rows[i]];
      return booleanColumn(name, values, column.info);
    }
    default: {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = rows[i] < 0 ? Number.NaN : column.values[rows[i]];
      return column.storage === 'datetime'
        ? dateColumn(name, values, column.info)
        : numberColumn(name, values, column.type, column.info);
    }
  }
}

function percent(rate: number): string {
  return rate === rate ? `${(rate * 100).toFixed(1)}%` : '–';
}

/**
 * Left-join `right` onto `left` by a key.
 *
 * @throws NotFoundError `schema.unknownColumn` for an absent key; ValidationError `enrich.keyTypes`,
 *   `enrich.duplicateKeys`, `enrich.columnExists`.
 * @example
 * ```ts
 * const r = leftJoin(transactions, customers, { on: 'CustomerID' });
 * console.log(r.message); // '530,104 of 541,909 rows (97.8%) found a match in customers.csv on CustomerID'
 * ```
 */
export function leftJoin(left: Table, right: Table, options: LeftJoinOptions): LeftJoinResult {
  const [leftKey, rightKey] = typeof options.on === 'string' ? [options.on, options.on] : options.on;
  const suffix = options.suffix ?? '_right';
  const l = materialize(left);
  const r = materialize(right);
  const lk = getColumn(l, leftKey);
  const rk = getColumn(r, rightKey);
  if (lk.storage !== rk.storage) {
    const key = leftKey === rightKey ? leftKey : `${leftKey} = ${rightKey}`;
    throw new ValidationError('enrich.keyTypes', { key, left: lk.storage, right: rk.storage });
  }

  const readRight = keyReader(rk);
  const index = new Map<string, number>();
  const repeated = new Set<string>();
  for (let row = 0; row < r.rowCount; row++) {
    const k = readRight(row);
    if (k === null) continue;
    if (index.has(k)) repeated.add(k);
    else index.set(k, row);
  }
  if (repeated.size > 0 && (options.duplicates ?? 'error') === 'error') {
    throw new ValidationError('enrich.duplicateKeys', {
      key: rightKey,
      table: r.source.name,
      count: repeated.size,
      example: [...repeated][0],
    });
  }

  const readLeft = keyReader(lk);
  const match = new Int32Array(l.rowCount);
  let matched = 0;
  let leftMissingKeys = 0;
  for (let row = 0; row < l.rowCount; row++) {
    const k = readLeft(row);
    if (k === null) leftMissingKeys++;
    const at = k === null ? undefined : index.get(k);
    match[row] = at === undefined ? -1 : at;
    if (at !== undefined) matched++;
  }

  const added: Column[] = [];
  for (const column of r.columns) {
    if (column.name === rightKey) continue;
    const name = hasColumn(l, column.name) ? `${column.name}${suffix}` : column.name;
    if (hasColumn(l, name) || added.some((c) => c.name === name)) {
      throw new ValidationError('enrich.columnExists', { column: name });
    }
    added.push(gatherOrMissing(column, match, name));
  }
  const table = createTable([...l.columns, ...added], l.source);
  const matchRate = l.rowCount === 0 ? Number.NaN : matched / l.rowCount;
  const params = {
    matched,
    rows: l.rowCount,
    rate: percent(matchRate),
    table: r.source.name,
    key: leftKey === rightKey ? leftKey : `${leftKey} = ${rightKey}`,
  };
  return {
    table,
    rows: l.rowCount,
    matched,
    matchRate,
    leftMissingKeys,
    duplicateRightKeys: repeated.size,
    added: added.map((c) => c.name),
    message: formatMessage('enrich.joinSummary', params),
    messageId: 'enrich.joinSummary',
    params,
  };
}
