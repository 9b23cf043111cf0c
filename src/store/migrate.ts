/**
 * @module store/migrate
 * Bring a project database to the latest schema. Idempotent, and safe when several processes open the same
 * database at once:
 *
 * - PostgreSQL: Kysely's `Migrator` takes a session advisory lock and runs the pending migrations in one
 *   transaction (DDL is transactional), so a second process waits and then finds nothing to do.
 * - SQLite: the whole migration (bookkeeping tables included) runs inside one `BEGIN IMMEDIATE` transaction,
 *   which takes the database's write lock up front; a second process waits for it (busy timeout) and then
 *   finds nothing to do.
 *
 * @example
 * ```ts
 * import { migrateToLatest } from './migrate.js';
 * const applied = await migrateToLatest(db, 'sqlite'); // ['0001-initial'] the first time, [] afterwards
 * ```
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { DataError } from '../util/errors.js';
import type { Database, Dialect } from './database.js';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrationProvider } from './migrations.js';

async function runMigrator(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works on the untyped schema.
  db: Kysely<any>,
  dialect: Dialect,
  disableTransactions: boolean,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    disableTransactions,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new DataError('store.migrationFailed', {
      migration: failed,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Apply every pending migration; returns the names applied by this call (empty when up to date).
 *
 * @example
 * ```ts
 * await migrateToLatest(project.db, project.dialect); // []
 * ```
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  if (dialect === 'postgres') return runMigrator(db, dialect, false);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const applied = await runMigrator(conn, dialect, true);
      await sql`commit`.execute(conn);
      return applied;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
