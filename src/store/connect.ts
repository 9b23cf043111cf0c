/**
 * @module store/connect
 * The dialect switch: a `Kysely<Database>` on SQLite (better-sqlite3: WAL journal, foreign keys on, a busy
 * timeout so a second process waits instead of failing) or on PostgreSQL (a node-postgres pool). Everything
 * above this file is dialect-free.
 *
 * @example
 * ```ts
 * import { connectDatabase } from './connect.js';
 * const db = connectDatabase({ dialect: 'sqlite', file: 'proj/leitwerk.db' });
 * ```
 */
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ValidationError } from '../util/errors.js';
import type { Database, Dialect } from './database.js';

/** Where the database lives. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string };

/** Milliseconds a SQLite connection waits for another process's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * A database URL with its password hidden, for messages and logs.
 *
 * @example
 * ```ts
 * redactUrl('postgres://app:s3cret@db:5432/leitwerk'); // 'postgres://app:***@db:5432/leitwerk'
 * ```
 */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/**
 * Which dialect a database URL asks for; an empty or absent URL means the project's SQLite file.
 *
 * @example
 * ```ts
 * dialectOf('postgresql://localhost/leitwerk'); // 'postgres'
 * dialectOf(undefined); // 'sqlite'
 * ```
 */
export function dialectOf(url: string | undefined): Dialect {
  if (url === undefined || url.trim() === '') return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(url.trim())) return 'postgres';
  throw new ValidationError('store.badDatabaseUrl', { url: redactUrl(url) });
}

/**
 * Open a Kysely instance for a target. The caller owns it and must `destroy()` it.
 *
 * @example
 * ```ts
 * const db = connectDatabase({ dialect: 'postgres', url: process.env.LEITWERK_DATABASE_URL! });
 * try { await db.selectFrom('models').selectAll().execute(); } finally { await db.destroy(); }
 * ```
 */
export function connectDatabase(target: DatabaseTarget): Kysely<Database> {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const database = new SqliteDatabase(target.file);
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
