/**
 * @module data/sql/read-sqlite
 * Run a query against a SQLite file with better-sqlite3 and read the result into a `Table`. The database is
 * opened read-only (a statement that writes fails), rows are streamed with `iterate()` in raw (array) mode
 * with 64-bit integers kept exact, and the event loop gets a turn every few thousand rows so cancellation
 * and progress work. Columns declared `BOOLEAN` hold 0/1 in SQLite; they are read as booleans.
 *
 * @example
 * ```ts
 * import { readSqlite } from './read-sqlite.js';
 * const t = await readSqlite('select * from customers', 'crm.db');
 * ```
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { DataError } from '../../util/errors.js';
import { statInputFile } from '../input-file.js';
import type { CommonReadOptions } from '../read-options.js';
import type { Table } from '../table.js';
import { type ColumnHint, createResultSink } from './result-sink.js';

const BATCH = 10_000;

function failed(display: string, error: unknown): DataError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError('sql.failed', { db: display, reason });
}

/**
 * Run `query` on the SQLite file at `path`.
 *
 * @example
 * ```ts
 * await readSqlite('select age, job from clients where age > 30', 'bank.sqlite');
 * ```
 */
export async function readSqlite(query: string, path: string, options: CommonReadOptions = {}): Promise<Table> {
  const display = `sqlite:${path}`;
  await statInputFile(path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw failed(display, error);
  }
  try {
    let statement: Database.Statement;
    try {
      statement = db.prepare(query);
    } catch (error) {
      throw failed(display, error);
    }
    if (!statement.reader) {
      throw failed(display, new Error('the statement returns no rows; give a SELECT query'));
    }
    statement.raw(true).safeIntegers(true);
    const definitions = statement.columns();
    const hints: ColumnHint[] = definitions.map((d) => (/^bool/i.test(d.type ?? '') ? 'boolean' : undefined));
    const sink = createResultSink(
      definitions.map((d) => d.name),
      options,
      display,
      hints,
    );
    let rows: IterableIterator<unknown>;
    try {
      rows = statement.iterate();
    } catch (error) {
      throw failed(display, error);
    }
    try {
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = rows.next();
        } catch (error) {
          throw failed(display, error);
        }
        if (next.done) break;
        sink.pushRow(next.value as unknown[]);
        if (sink.rows % BATCH === 0) {
          await nextTurn();
          options.signal?.throwIfAborted();
          options.onProgress?.({ rows: sink.rows });
        }
      }
    } finally {
      rows.return?.();
    }
    options.onProgress?.({ rows: sink.rows });
    return sink.finish();
  } finally {
    db.close();
  }
}
