/**
 * @module store/project
 * A leitwerk project folder:
 *
 * ```
 * <dir>/leitwerk.db            SQLite database (WAL, foreign keys on) — unless a PostgreSQL URL is given
 * <dir>/artifacts/<id>.json    model artefacts, written atomically, sha256 recorded in the database
 * <dir>/.leitwerk/secret.key   the pseudonymisation key (quality/clean/project-key.ts)
 * ```
 *
 * With `LEITWERK_DATABASE_URL=postgres://…` (or the `databaseUrl` option) the registry lives in PostgreSQL
 * and only the artefacts and the key stay in the folder. Migrations run on every open (see `store/migrate.ts`).
 *
 * Concurrency: on PostgreSQL any number of handles and processes may share a database. On SQLite, use one
 * handle per process (Kysely serialises its queries and transactions); several *processes* are safe (WAL,
 * busy timeout), but a second handle in the *same* process could wait on the first one's write lock inside
 * better-sqlite3's synchronous busy wait, which blocks the event loop the first handle needs to finish.
 *
 * @example
 * ```ts
 * import { openProject } from './project.js';
 * const project = await openProject('crm-models');
 * try { console.log(project.dialect); } finally { await project.close(); }
 * ```
 */
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { loadOrCreateProjectKey, projectKeyPath } from '../quality/clean/project-key.js';
import { NotFoundError } from '../util/errors.js';
import { connectDatabase, dialectOf } from './connect.js';
import type { Database, Dialect } from './database.js';
import { migrateToLatest } from './migrate.js';

/** File name of the SQLite database inside a project folder. */
export const SQLITE_FILE = 'leitwerk.db';
/** Folder of model artefacts inside a project folder. */
export const ARTIFACTS_DIR = 'artifacts';
/** Environment variable that moves the registry to PostgreSQL. */
export const DATABASE_URL_ENV = 'LEITWERK_DATABASE_URL';

/** An open project. Close it when done (it holds a database connection or pool). */
export interface Project {
  /** Absolute path of the project folder. */
  readonly dir: string;
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Who is recorded in the audit log for changes made through this handle. */
  readonly actor: string;
  /** Absolute path of `artifacts/`. */
  readonly artifactsDir: string;
  /** Migrations applied by this open (empty when the database was already up to date). */
  readonly migrationsApplied: readonly string[];
  close(): Promise<void>;
}

/** Options of `openProject`. */
export interface OpenProjectOptions {
  /** Create the folder, `artifacts/`, the key and the database when missing (default true). */
  readonly create?: boolean;
  /** `postgres://…`; defaults to `LEITWERK_DATABASE_URL`; absent or empty means SQLite in the folder. */
  readonly databaseUrl?: string;
  /** Actor for the audit log; defaults to `USER`, then `leitwerk`. */
  readonly actor?: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Create (or open) a project folder and bring its database to the latest schema.
 *
 * @example
 * ```ts
 * const local = await openProject('proj'); // SQLite: proj/leitwerk.db
 * const shared = await openProject('proj', { databaseUrl: 'postgres://leitwerk@db/leitwerk' });
 * const existing = await openProject('proj', { create: false }); // NotFoundError when not a project
 * ```
 */
export async function openProject(dir: string, options: OpenProjectOptions = {}): Promise<Project> {
  const root = resolve(dir);
  const create = options.create ?? true;
  const url = options.databaseUrl ?? process.env[DATABASE_URL_ENV];
  const dialect = dialectOf(url);
  const sqliteFile = join(root, SQLITE_FILE);
  const artifactsDir = join(root, ARTIFACTS_DIR);
  if (create) {
    await mkdir(artifactsDir, { recursive: true });
    await loadOrCreateProjectKey(root);
  } else {
    const marker = dialect === 'sqlite' ? sqliteFile : projectKeyPath(root);
    if (!(await exists(marker))) throw new NotFoundError('store.projectNotFound', { dir: root });
    await mkdir(artifactsDir, { recursive: true });
  }
  const db =
    dialect === 'postgres'
      ? connectDatabase({ dialect, url: (url as string).trim() })
      : connectDatabase({ dialect, file: sqliteFile });
  let migrationsApplied: string[];
  try {
    migrationsApplied = await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const actor = options.actor?.trim() || process.env.USER?.trim() || 'leitwerk';
  let closed = false;
  return {
    dir: root,
    db,
    dialect,
    actor,
    artifactsDir,
    migrationsApplied,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
