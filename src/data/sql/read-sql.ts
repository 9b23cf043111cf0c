/**
 * @module data/sql/read-sql
 * `readSql(query, db)`: run a SQL query against SQLite or PostgreSQL and read the result into a `Table`
 * (`leitwerk … --sql "select …" --db URL`). The address decides the driver (see `db-address.ts`); both
 * drivers stream the result and hand values to the same column builders (see `result-sink.ts`).
 *
 * Choices: an empty result is the error `sql.noRows` (like a CSV file with a header only), a failing query
 * is `sql.failed` with the database's own message (never a stack trace), and the password of a URL is
 * masked in every message.
 *
 * @example
 * ```ts
 * import { readSql } from './read-sql.js';
 * const t = await readSql('select * from customers where country = \'DE\'', 'sqlite:crm.db');
 * ```
 */
import type { CommonReadOptions } from '../read-options.js';
import type { Table } from '../table.js';
import { parseDbAddress } from './db-address.js';
import { readPostgres } from './read-postgres.js';
import { readSqlite } from './read-sqlite.js';

/** Options of `readSql`. */
export type ReadSqlOptions = CommonReadOptions;

/**
 * Run `query` on the database at `db` (`sqlite:PATH`, a `.db`/`.sqlite`/`.sqlite3` path, or
 * `postgres://…`) and read the result as a table.
 *
 * @example
 * ```ts
 * const t = await readSql('select age, job, y from bank', 'postgres://analyst@localhost/marketing');
 * t.source.name; // 'postgres://analyst@localhost/marketing'
 * ```
 */
export async function readSql(query: string, db: string, options: ReadSqlOptions = {}): Promise<Table> {
  const address = parseDbAddress(db);
  return address.kind === 'sqlite' ? readSqlite(query, address.path, options) : readPostgres(query, address, options);
}
