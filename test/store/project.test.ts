import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import { dialectOf, openProject, redactUrl } from '../../src/store/index.js';
import { DIALECTS, useStoreHarness } from './support/dialects.js';

const run = promisify(execFile);
const childScript = fileURLToPath(new URL('./support/open-project-child.ts', import.meta.url));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('dialectOf / redactUrl', () => {
  it('maps URLs to dialects and refuses others', () => {
    expect(dialectOf(undefined)).toBe('sqlite');
    expect(dialectOf('  ')).toBe('sqlite');
    expect(dialectOf('postgres://u@h/db')).toBe('postgres');
    expect(dialectOf('postgresql://u@h/db')).toBe('postgres');
    expect(() => dialectOf('mysql://u:pw@h/db')).toThrow(ValidationError);
    expect(() => dialectOf('mysql://u:pw@h/db')).toThrow(/mysql:\/\/u:\*\*\*@h\/db/);
  });
  it('hides passwords', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(redactUrl('postgres://app@db/x')).toBe('postgres://app@db/x');
  });
});

for (const dialect of DIALECTS) {
  describe(`openProject (${dialect})`, () => {
    const h = useStoreHarness(dialect);

    it('creates the folder layout, the key (0600) and the schema', async () => {
      const location = await h.newLocation();
      const project = await h.open(location, { actor: 'ana' });
      expect(project.dialect).toBe(dialect);
      expect(project.actor).toBe('ana');
      expect(project.migrationsApplied).toEqual(['0001-initial']);
      expect((await stat(join(location.dir, 'artifacts'))).isDirectory()).toBe(true);
      const keyFile = join(location.dir, '.leitwerk', 'secret.key');
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
      expect((await readFile(keyFile, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
      expect(await exists(join(location.dir, 'leitwerk.db'))).toBe(dialect === 'sqlite');
      const tables = ['datasets', 'runs', 'model_names', 'models', 'audit_log'];
      for (const table of tables) {
        const rows = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(project.db);
        expect(Number(rows.rows[0].n)).toBe(0);
      }
    });

    it('is idempotent: reopening applies nothing, keeps data and the key', async () => {
      const location = await h.newLocation();
      const first = await h.open(location);
      const key = await readFile(join(location.dir, '.leitwerk', 'secret.key'), 'utf8');
      await first.db
        .insertInto('datasets')
        .values({
          id: 'd_x',
          fingerprint: 'f',
          path: 'p',
          sha256: 's',
          bytes: 1,
          rows: 1,
          schema_json: '[]',
          created_at: 't',
        })
        .execute();
      await first.close();
      const second = await h.open(location, { create: false });
      expect(second.migrationsApplied).toEqual([]);
      expect(await second.db.selectFrom('datasets').select('id').execute()).toEqual([{ id: 'd_x' }]);
      expect(await readFile(join(location.dir, '.leitwerk', 'secret.key'), 'utf8')).toBe(key);
      const third = await h.open(location);
      expect(third.migrationsApplied).toEqual([]);
      const migrations = await sql<{ name: string }>`select name from leitwerk_migration`.execute(third.db);
      expect(migrations.rows.map((r) => r.name)).toEqual(['0001-initial']);
    });

    it('refuses to open a missing project with create: false', async () => {
      const location = await h.newLocation();
      await expect(h.open(location, { create: false })).rejects.toBeInstanceOf(NotFoundError);
      expect(await exists(join(location.dir, 'leitwerk.db'))).toBe(false);
    });

    it('migrates once when two processes open the same project at once', async () => {
      const location = await h.newLocation();
      const args = ['--import', 'tsx', childScript, location.dir, location.databaseUrl];
      const outputs = await Promise.all([0, 1].map(() => run(process.execPath, args, { cwd: process.cwd() })));
      const applied = outputs.map((o) => JSON.parse(o.stdout) as string[]);
      expect(applied.filter((a) => a.length === 1)).toEqual([['0001-initial']]);
      expect(applied.filter((a) => a.length === 0)).toHaveLength(1);
      const project = await h.open(location);
      const migrations = await sql<{ name: string }>`select name from leitwerk_migration`.execute(project.db);
      expect(migrations.rows).toHaveLength(1);
    });

    if (dialect === 'postgres') {
      it('migrates once when two handles open the same database concurrently', async () => {
        const location = await h.newLocation();
        const opened = await Promise.all([h.open(location), h.open(location), h.open(location)]);
        const applied = opened.map((p) => p.migrationsApplied);
        expect(applied.filter((a) => a.length === 1)).toEqual([['0001-initial']]);
        expect(applied.filter((a) => a.length === 0)).toHaveLength(2);
      });
    }
  });
}

describe('openProject environment', () => {
  it('reads LEITWERK_DATABASE_URL and refuses an unsupported one before touching the folder', async () => {
    const saved = process.env.LEITWERK_DATABASE_URL;
    process.env.LEITWERK_DATABASE_URL = 'mysql://x@y/z';
    try {
      await expect(openProject('/nonexistent/leitwerk-never-created')).rejects.toBeInstanceOf(ValidationError);
      expect(await exists('/nonexistent/leitwerk-never-created')).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.LEITWERK_DATABASE_URL;
      else process.env.LEITWERK_DATABASE_URL = saved;
    }
  });
});
