/**
 * @module store/database
 * The one Kysely `Database` interface of a project, shared by SQLite and PostgreSQL. Column conventions,
 * chosen so that the same migrations and the same queries run on both dialects:
 *
 * - **ids** are `text` (`m_…`, `r_…`, `d_…`, see `store/ids.ts`);
 * - **JSON** values are `text` holding `JSON.stringify` output (columns named `*_json`), written and read only
 *   through `store/json-column.ts`; a later switch to `jsonb` on PostgreSQL is one migration plus that helper;
 * - **timestamps** are ISO-8601 UTC `text` (`2026-11-29T07:46:41.123Z`): readable in any SQL shell, and they
 *   sort lexicographically in time order on both dialects;
 * - **booleans** are `integer` 0/1 (SQLite has no boolean type);
 * - **counts and sizes** (`bytes`, `rows`, `seed`) are `bigint` — node-postgres returns those as strings, so
 *   the row mappers convert them with `Number` (exact up to 2^53).
 *
 * @example
 * ```ts
 * import type { Kysely } from 'kysely';
 * import type { Database } from './database.js';
 * const rows = await (db as Kysely<Database>).selectFrom('models').selectAll().execute();
 * ```
 */
import type { ColumnType, Generated } from 'kysely';

/** A `bigint` column: numbers in, `number` (SQLite) or `string` (node-postgres) out. */
export type BigintColumn = ColumnType<number | string, number, number>;
/** A nullable `bigint` column. */
export type NullableBigintColumn = ColumnType<number | string | null, number | null, number | null>;

/** Table `datasets`: one row per distinct data fingerprint (file bytes + schema). */
export interface DatasetsTable {
  id: string;
  /** sha256 over the file's sha256 and its schema: the identity of the data. */
  fingerprint: string;
  /** The path the data was first registered from. */
  path: string;
  sha256: string;
  bytes: BigintColumn;
  rows: BigintColumn;
  /** `[{ name, type }]` as JSON text. */
  schema_json: string;
  created_at: string;
}

/** Table `runs`: one row per train / predict / inspect run. */
export interface RunsTable {
  id: string;
  kind: string;
  status: string;
  dataset_id: string | null;
  params_json: string;
  seed: NullableBigintColumn;
  code_version: string;
  recipe_json: string | null;
  metrics_json: string | null;
  timings_json: string | null;
  error: string | null;
  actor: string;
  started_at: string;
  finished_at: string | null;
}

/** Table `model_names`: the last version handed out per model name (a row lock serialises registrations). */
export interface ModelNamesTable {
  name: string;
  last_version: number;
}

/** Table `models`: one row per registered model version; `(name, version)` is unique. */
export interface ModelsTable {
  id: string;
  name: string;
  version: number;
  run_id: string;
  learner: string;
  task: string;
  metrics_json: string;
  /** Relative to the project folder, with `/` separators: `artifacts/<id>.json`. */
  artifact_path: string;
  sha256: string;
  bytes: BigintColumn;
  /** 1 when this is a fallback model registered because the budget was too small. */
  baseline: number;
  description: string | null;
  tags_json: string;
  actor: string;
  created_at: string;
}

/** Table `audit_log`: append-only (triggers refuse UPDATE and DELETE on both dialects). */
export interface AuditLogTable {
  /** Insertion order (autoincrement / serial). */
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details_json: string | null;
}

/**
 * All tables of a project database.
 *
 * @example
 * ```ts
 * const db: Kysely<Database> = project.db;
 * await db.selectFrom('runs').select(['id', 'status']).execute();
 * ```
 */
export interface Database {
  datasets: DatasetsTable;
  runs: RunsTable;
  model_names: ModelNamesTable;
  models: ModelsTable;
  audit_log: AuditLogTable;
}

/** Which database engine a project uses. */
export type Dialect = 'sqlite' | 'postgres';
