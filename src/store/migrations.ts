/**
 * @module store/migrations
 * The schema of a project database, written once with Kysely's schema builder for both dialects, and an
 * in-code `MigrationProvider` (no migration files to ship or find at run time). The only dialect-specific
 * pieces sit in two helpers: the autoincrement column of the audit log and its append-only triggers.
 *
 * Migrations are append-only: never edit a released one, add `0002-…` instead. Names sort in order.
 *
 * @example
 * ```ts
 * import { Migrator } from 'kysely';
 * import { migrationProvider } from './migrations.js';
 * const migrator = new Migrator({ db, provider: migrationProvider('sqlite') });
 * await migrator.migrateToLatest();
 * ```
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { Dialect } from './database.js';

/** Kysely's bookkeeping tables, prefixed so they do not collide with another Kysely app in the same database. */
export const MIGRATION_TABLE = 'leitwerk_migration';
/** Kysely's migration lock table. */
export const MIGRATION_LOCK_TABLE = 'leitwerk_migration_lock';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type.
type AnyDb = Kysely<any>;

async function createAuditLog(db: AnyDb, dialect: Dialect): Promise<void> {
  let table = db.schema.createTable('audit_log');
  table =
    dialect === 'postgres'
      ? table.addColumn('seq', 'bigserial', (c) => c.primaryKey())
      : table.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());
  await table
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('details_json', 'text')
    .execute();
  if (dialect === 'postgres') {
    await sql`create function leitwerk_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function leitwerk_audit_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

function initial(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('datasets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('rows', 'bigint', (c) => c.notNull())
        .addColumn('schema_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
        .addColumn('params_json', 'text', (c) => c.notNull())
        .addColumn('seed', 'bigint')
        .addColumn('code_version', 'text', (c) => c.notNull())
        .addColumn('recipe_json', 'text')
        .addColumn('metrics_json', 'text')
        .addColumn('timings_json', 'text')
        .addColumn('error', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('runs_dataset_idx').on('runs').column('dataset_id').execute();
      await db.schema.createIndex('runs_started_idx').on('runs').column('started_at').execute();
      await db.schema
        .createTable('model_names')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('last_version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('models')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().references('model_names.name'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id'))
        .addColumn('learner', 'text', (c) => c.notNull())
        .addColumn('task', 'text', (c) => c.notNull())
        .addColumn('metrics_json', 'text', (c) => c.notNull())
        .addColumn('artifact_path', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('baseline', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('description', 'text')
        .addColumn('tags_json', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('models_name_version_unique', ['name', 'version'])
        .execute();
      await db.schema.createIndex('models_run_idx').on('models').column('run_id').execute();
      await createAuditLog(db, dialect);
      await db.schema.createIndex('audit_log_subject_idx').on('audit_log').column('subject').execute();
    },
  };
}

/**
 * All migrations of a project database, by name, for one dialect.
 *
 * @example
 * ```ts
 * Object.keys(projectMigrations('postgres')); // ['0001-initial']
 * ```
 */
export function projectMigrations(dialect: Dialect): Record<string, Migration> {
  return { '0001-initial': initial(dialect) };
}

/**
 * The in-code migration provider for Kysely's `Migrator`.
 *
 * @example
 * ```ts
 * new Migrator({ db, provider: migrationProvider('postgres'), migrationTableName: MIGRATION_TABLE });
 * ```
 */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => projectMigrations(dialect) };
}
