/**
 * @module data/sql/result-sink
 * Turns the rows of a query result (arrays of driver values, in column order) into a `Table` through one
 * column builder per result column — shared by the SQLite and PostgreSQL readers so both treat values alike:
 * `null` → missing; numbers and 64-bit integers (exact as text beyond ±2^53) → number storage; booleans;
 * `Date` → datetime; strings → the same inference as CSV cells; JSON, arrays and bytes → text with a note.
 * A column name the result repeats (`select a.id, b.id`) gets a suffix (`id_2`), with a note.
 * An empty result is `sql.noRows` — as a CSV file with only a header is an error, a table without rows is
 * never handed on.
 *
 * @example
 * ```ts
 * import { createResultSink } from './result-sink.js';
 * const sink = createResultSink(['id', 'name'], {}, 'sqlite:crm.db');
 * sink.pushRow([1, 'Ada']);
 * sink.finish().rowCount; // 1
 * ```
 */
import { DataError } from '../../util/errors.js';
import { type ColumnBuilder, createColumnBuilder } from '../infer/column-builder.js';
import { type CommonReadOptions, builderOptionsFor, checkDeclaredColumns } from '../read-options.js';
import { type Table, createTable } from '../table.js';
import { cellText, isNestedValue } from '../typed-value.js';

/** Per-column hints from the database's declared types. */
export type ColumnHint = 'boolean' | undefined;

/** Collects result rows; `finish` builds the table. */
export interface ResultSink {
  /** Final (unique) column names. */
  readonly names: readonly string[];
  /** Rows pushed so far. */
  readonly rows: number;
  pushRow(values: ArrayLike<unknown>): void;
  finish(): Table;
}

/**
 * Make column names unique: the second `id` becomes `id_2` (or `id_3`, … if that is taken too).
 *
 * @example
 * ```ts
 * uniqueNames(['id', 'id', 'x']).names; // ['id', 'id_2', 'x']
 * ```
 */
export function uniqueNames(raw: readonly string[]): { names: string[]; notes: string[] } {
  const taken = new Set(raw);
  const used = new Set<string>();
  const notes: string[] = [];
  const names = raw.map((name) => {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    let k = 2;
    while (taken.has(`${name}_${k}`) || used.has(`${name}_${k}`)) k++;
    const renamed = `${name}_${k}`;
    used.add(renamed);
    notes.push(`the query returns column ${name} more than once; this one is named ${renamed}`);
    return renamed;
  });
  return { names, notes };
}

/**
 * Create a sink for a result with these column names.
 *
 * @example
 * ```ts
 * const sink = createResultSink(['opt_in'], {}, 'sqlite:crm.db', ['boolean']);
 * sink.pushRow([1n]); // read as true
 * ```
 */
export function createResultSink(
  rawNames: readonly string[],
  options: CommonReadOptions,
  source: string,
  hints: readonly ColumnHint[] = [],
): ResultSink {
  const { names, notes } = uniqueNames(rawNames);
  checkDeclaredColumns(options, names, source);
  const builders: ColumnBuilder[] = names.map((n) => createColumnBuilder(n, builderOptionsFor(n, options, source)));
  const nested = new Set<number>();
  let rows = 0;
  return {
    names,
    get rows() {
      return rows;
    },
    pushRow(values) {
      for (let c = 0; c < builders.length; c++) {
        const b = builders[c];
        let v = values[c];
        if (typeof v === 'bigint') {
          const n = Number(v);
          if (Number.isSafeInteger(n)) v = n;
        }
        if (hints[c] === 'boolean' && (v === 0 || v === 1)) v = v === 1;
        if (typeof v === 'string') b.pushToken(v);
        else if (isNestedValue(v)) {
          nested.add(c);
          b.pushValue(cellText(v));
        } else b.pushValue(v);
      }
      rows++;
    },
    finish() {
      if (rows === 0) throw new DataError('sql.noRows', { db: source });
      const columnNotes = [...nested].map(
        (c) => `column ${names[c]} holds structured or binary values (JSON, arrays, bytes); they are kept as text`,
      );
      return createTable(
        builders.map((b) => b.finish()),
        { name: source, format: 'sql', notes: [...notes, ...columnNotes] },
      );
    },
  };
}
