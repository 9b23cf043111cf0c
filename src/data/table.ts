/**
 * @module data/table
 * The immutable columnar `Table`: frozen columns of typed arrays, and an optional row index. A row filter
 * builds a new index (`Uint32Array` of storage rows) over the same columns — it never copies column data
 * (as arquero's `filter` builds a mask). `materialize` compacts when a consumer needs dense arrays.
 *
 * Row numbers in user-facing output are 1-based positions among the table's visible rows; `sourceLine`
 * maps a visible row back to its line in the source file where the reader recorded it.
 *
 * @example
 * ```ts
 * import { createTable, filterRows, getColumn } from './table.js';
 * import { numberColumn } from './column.js';
 * const t = createTable([numberColumn('age', Float64Array.of(31, 58, 47))]);
 * const older = filterRows(t, (row) => (getColumn(t, 'age') as any).values[row] > 40); // 2 rows, no copy
 * ```
 */
import { NotFoundError, ValidationError } from '../util/errors.js';
import { type CellValue, type Column, gatherColumn, valueAt } from './column.js';

/** Where a table came from. */
export interface TableSource {
  /** File path, or a description such as `sqlite:crm.db` for a query. */
  readonly name: string;
  readonly format: 'csv' | 'json' | 'ndjson' | 'parquet' | 'sql' | 'memory';
  /** 1-based line in the file where each storage row starts (CSV/NDJSON), when known. */
  readonly lines?: Uint32Array;
  /** Reader notes for the user, e.g. the sniffed delimiter and encoding. */
  readonly notes?: readonly string[];
  /**
   * Rows the reader skipped (with `--skip-bad-rows`): line and reason, and the file when the table was
   * stacked from several. Never silently dropped.
   */
  readonly skipped?: readonly { readonly line: number; readonly reason: string; readonly file?: string }[];
  /** For a table stacked from several files: each file and the storage row where its rows start. */
  readonly parts?: readonly { readonly name: string; readonly firstRow: number; readonly rows: number }[];
}

/** An immutable table. Create with `createTable`; never construct the object by hand. */
export interface Table {
  readonly kind: 'Table';
  /** Columns in order; every column has the same storage length. */
  readonly columns: readonly Column[];
  /** Visible row → storage row, or `null` when all storage rows are visible in order. */
  readonly index: Uint32Array | null;
  /** Number of visible rows. */
  readonly rowCount: number;
  readonly source: TableSource;
}

/**
 * Build a table from columns of equal length.
 *
 * @example
 * ```ts
 * createTable([numberColumn('x', Float64Array.of(1, 2))]).rowCount; // 2
 * ```
 */
export function createTable(
  columns: readonly Column[],
  source: TableSource = { name: 'memory', format: 'memory' },
  index: Uint32Array | null = null,
): Table {
  const length = columns.length > 0 ? columns[0].length : 0;
  const seen = new Set<string>();
  for (const c of columns) {
    if (c.length !== length) {
      throw new ValidationError('option.invalid', {
        name: `column ${c.name}`,
        expected: `${length} rows like the other columns`,
        got: `${c.length}`,
      });
    }
    if (seen.has(c.name)) {
      throw new ValidationError('option.invalid', { name: 'column names', expected: 'unique', got: `${c.name} twice` });
    }
    seen.add(c.name);
  }
  return Object.freeze({
    kind: 'Table',
    columns: Object.freeze([...columns]),
    index,
    rowCount: index ? index.length : length,
    source: Object.freeze({ ...source }),
  });
}

/**
 * The column names in order.
 *
 * @example
 * ```ts
 * columnNames(t); // ['age', 'job']
 * ```
 */
export function columnNames(table: Table): string[] {
  return table.columns.map((c) => c.name);
}

/**
 * Whether the table has a column of this name.
 *
 * @example
 * ```ts
 * hasColumn(t, 'age'); // true
 * ```
 */
export function hasColumn(table: Table, name: string): boolean {
  return table.columns.some((c) => c.name === name);
}

/**
 * A column by name; a clear error listing the columns when it does not exist.
 *
 * @example
 * ```ts
 * getColumn(t, 'age').type; // 'integer'
 * ```
 */
export function getColumn(table: Table, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) {
    throw new NotFoundError('schema.unknownColumn', {
      column: name,
      file: table.source.name,
      columns: columnNames(table).join(', '),
    });
  }
  return column;
}

/**
 * The storage row of visible row `i`.
 *
 * @example
 * ```ts
 * storageRow(filtered, 0); // e.g. 17
 * ```
 */
export function storageRow(table: Table, i: number): number {
  return table.index ? table.index[i] : i;
}

/**
 * The storage rows of all visible rows (the identity when there is no index).
 *
 * @example
 * ```ts
 * storageRows(t).length === t.rowCount; // true
 * ```
 */
export function storageRows(table: Table): Uint32Array {
  if (table.index) return table.index;
  const out = new Uint32Array(table.rowCount);
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
}

/**
 * Keep the rows for which `keep(storageRow, visibleRow)` is true. Shares column storage.
 *
 * @example
 * ```ts
 * const ages = (getColumn(t, 'age') as NumberColumn).values;
 * filterRows(t, (row) => ages[row] >= 18);
 * ```
 */
export function filterRows(table: Table, keep: (row: number, visible: number) => boolean): Table {
  const out = new Uint32Array(table.rowCount);
  let n = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const row = storageRow(table, i);
    if (keep(row, i)) out[n++] = row;
  }
  return createTable(table.columns, table.source, out.slice(0, n));
}

/**
 * Keep the visible rows at the given positions (in that order; repeats allowed). Shares column storage.
 *
 * @example
 * ```ts
 * takeRows(t, Uint32Array.of(0, 2));
 * ```
 */
export function takeRows(table: Table, visibleRows: ArrayLike<number>): Table {
  const out = new Uint32Array(visibleRows.length);
  for (let i = 0; i < out.length; i++) {
    const v = visibleRows[i];
    if (v < 0 || v >= table.rowCount || !Number.isInteger(v)) {
      throw new ValidationError('option.invalid', {
        name: 'row',
        expected: `an integer in [0, ${table.rowCount})`,
        got: String(v),
      });
    }
    out[i] = storageRow(table, v);
  }
  return createTable(table.columns, table.source, out);
}

/**
 * Keep only the named columns, in the given order.
 *
 * @example
 * ```ts
 * selectColumns(t, ['job', 'age']);
 * ```
 */
export function selectColumns(table: Table, names: readonly string[]): Table {
  return createTable(
    names.map((n) => getColumn(table, n)),
    table.source,
    table.index,
  );
}

/**
 * Drop the named columns (unknown names are an error).
 *
 * @example
 * ```ts
 * dropColumns(t, ['customerID']);
 * ```
 */
export function dropColumns(table: Table, names: readonly string[]): Table {
  for (const n of names) getColumn(table, n);
  const drop = new Set(names);
  return createTable(
    table.columns.filter((c) => !drop.has(c.name)),
    table.source,
    table.index,
  );
}

/**
 * Compact the table so that storage rows equal visible rows (no index). A no-op when there is no index.
 *
 * @example
 * ```ts
 * materialize(filterRows(t, () => true)).index; // null
 * ```
 */
export function materialize(table: Table): Table {
  if (!table.index) return table;
  const index = table.index;
  const lines = table.source.lines;
  let source = table.source;
  if (lines) {
    const compact = new Uint32Array(index.length);
    for (let i = 0; i < index.length; i++) compact[i] = lines[index[i]];
    source = { ...table.source, lines: compact };
  }
  return createTable(
    table.columns.map((c) => gatherColumn(c, index)),
    source,
  );
}

/**
 * Add or replace columns. New columns must have one value per *visible* row; the table is materialized
 * first when it carries an index.
 *
 * @example
 * ```ts
 * withColumns(t, [numberColumn('age2', squares)]);
 * ```
 */
export function withColumns(table: Table, columns: readonly Column[]): Table {
  const base = materialize(table);
  const replaced = new Map(columns.map((c) => [c.name, c]));
  const out = base.columns.map((c) => replaced.get(c.name) ?? c);
  for (const c of columns) if (!base.columns.some((b) => b.name === c.name)) out.push(c);
  return createTable(out, base.source);
}

/**
 * The 1-based source line of visible row `i`, when the reader recorded it.
 *
 * @example
 * ```ts
 * sourceLine(t, 0); // 2 for a CSV with a header line
 * ```
 */
export function sourceLine(table: Table, i: number): number | undefined {
  const lines = table.source.lines;
  return lines ? lines[storageRow(table, i)] : undefined;
}

/**
 * Visible row `i` as a plain object (for display and JSON; not for hot loops).
 *
 * @example
 * ```ts
 * rowObject(t, 0); // { age: 31, job: 'admin.' }
 * ```
 */
export function rowObject(table: Table, i: number): Record<string, CellValue> {
  const row = storageRow(table, i);
  const out: Record<string, CellValue> = {};
  for (const c of table.columns) out[c.name] = valueAt(c, row);
  return out;
}
