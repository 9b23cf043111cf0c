/**
 * @module test/store/support/dialects
 * Runs one store test suite over both dialects (as Kysely's `test/node` does): `for (const dialect of
 * DIALECTS) describe(dialect, () => { const h = useStoreHarness(dialect); … })`. SQLite projects live in
 * temporary folders; PostgreSQL starts one throwaway cluster per test file (test/support/postgres.ts) and
 * gives every project a fresh database, so tests never see each other's rows.
 *
 * @example
 * ```ts
 * for (const dialect of DIALECTS) describe(dialect, () => {
 *   const h = useStoreHarness(dialect);
 *   it('opens', async () => { const p = await h.newProject(); expect(p.dialect).toBe(dialect); });
 * });
 * ```
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Dialect, type OpenProjectOptions, type Project, openProject } from '../../../src/store/index.js';
import { type PostgresServer, startPostgres } from '../../support/postgres.js';

/** Both dialects, in the order the suites run. */
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A project location: a folder plus (on PostgreSQL) a fresh database URL. */
export interface ProjectLocation {
  readonly dir: string;
  /** `''` on SQLite (so `LEITWERK_DATABASE_URL` from the environment cannot interfere). */
  readonly databaseUrl: string;
}

/** What a suite gets from the harness. */
export interface StoreHarness {
  /** A fresh folder (and database), not yet opened. */
  newLocation(): Promise<ProjectLocation>;
  /** Open a project at a location (closed automatically after the test). */
  open(location: ProjectLocation, options?: Omit<OpenProjectOptions, 'databaseUrl'>): Promise<Project>;
  /** `open(await newLocation())`. */
  newProject(options?: Omit<OpenProjectOptions, 'databaseUrl'>): Promise<Project>;
}

let databaseCounter = 0;

/**
 * Register the hooks for one dialect inside a `describe` and return the harness.
 *
 * @example
 * ```ts
 * const h = useStoreHarness('postgres');
 * ```
 */
export function useStoreHarness(dialect: Dialect): StoreHarness {
  let server: PostgresServer | undefined;
  const folders: string[] = [];
  let projects: Project[] = [];

  beforeAll(async () => {
    if (dialect === 'postgres') server = await startPostgres();
  });
  afterEach(async () => {
    const open = projects;
    projects = [];
    await Promise.all(open.map((p) => p.close()));
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
  });

  const newLocation = async (): Promise<ProjectLocation> => {
    const dir = await mkdtemp(join(tmpdir(), `leitwerk-store-${dialect}-`));
    folders.push(dir);
    if (dialect === 'sqlite') return { dir, databaseUrl: '' };
    if (!server) throw new Error('PostgreSQL server not started');
    const name = `lw_${process.pid}_${++databaseCounter}`;
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await client.query(`create database ${name}`);
    } finally {
      await client.end();
    }
    return { dir, databaseUrl: server.url.replace(/\/postgres$/, `/${name}`) };
  };
  const open = async (location: ProjectLocation, options: Omit<OpenProjectOptions, 'databaseUrl'> = {}) => {
    const project = await openProject(location.dir, { ...options, databaseUrl: location.databaseUrl });
    projects.push(project);
    return project;
  };
  return {
    newLocation,
    open,
    newProject: async (options) => open(await newLocation(), options),
  };
}
