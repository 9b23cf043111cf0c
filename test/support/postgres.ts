/**
 * @module test/support/postgres
 * A real, throwaway PostgreSQL cluster for tests (no mocked databases): `initdb` into a temporary folder,
 * `pg_ctl start` on a free port bound to 127.0.0.1 with the socket in that folder, trust authentication,
 * and `stop()` shuts it down and removes the folder.
 *
 * The server binaries are looked up on PATH and in `/usr/lib/postgresql/<version>/bin` (newest first).
 * When they are missing, `startPostgres` throws with a clear message — the tests then FAIL, they never
 * skip (CI installs `postgresql` via apt). As root, `initdb` refuses to run, so the commands run as the
 * `postgres` system user (`runuser -u postgres --`, else `su postgres -c`) and the folder is given to it.
 *
 * @example
 * ```ts
 * import { startPostgres, type PostgresServer } from '../support/postgres.js';
 * let pg: PostgresServer;
 * beforeAll(async () => { pg = await startPostgres(); });
 * afterAll(async () => { await pg?.stop(); });
 * // pg.url === 'postgres://postgres@127.0.0.1:54321/postgres'
 * ```
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running throwaway server. */
export interface PostgresServer {
  /** Connection URL, e.g. `postgres://postgres@127.0.0.1:54321/postgres`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The folder that holds the cluster, the socket and the log. */
  readonly dir: string;
  /** Stop the server (fast shutdown) and remove its folder. Safe to call twice. */
  stop(): Promise<void>;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder holding `initdb` and `pg_ctl`, or `undefined` when no PostgreSQL server is installed.
 *
 * @example
 * ```ts
 * findPostgresBin(); // '/usr/lib/postgresql/15/bin'
 * ```
 */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.push(dir);
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    // no Debian-style install
  }
  return candidates.find((dir) => isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

type Runner = (file: string, args: readonly string[]) => Promise<{ stdout: string; stderr: string }>;

async function runnerFor(): Promise<{ runAs: Runner; owner?: { uid: number; gid: number } }> {
  if (process.getuid?.() !== 0) return { runAs: (file, args) => run(file, [...args]) };
  let uid: number;
  let gid: number;
  try {
    uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  } catch {
    throw new Error(
      'Running as root, but there is no "postgres" system user to run initdb as (initdb refuses to run as root). ' +
        'Install the postgresql package (it creates the user) or run the tests as an ordinary user.',
    );
  }
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find(isExecutable);
  const runAs: Runner = runuser
    ? (file, args) => run(runuser, ['-u', 'postgres', '--', file, ...args])
    : (file, args) => run('su', ['postgres', '-c', [file, ...args].map(shellQuote).join(' ')]);
  return { runAs, owner: { uid, gid } };
}

/**
 * Start a throwaway PostgreSQL server. Throws (so the test fails) when no server binaries are installed.
 *
 * @example
 * ```ts
 * const pg = await startPostgres();
 * try { await query(pg.url); } finally { await pg.stop(); }
 * ```
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. ' +
        'These tests need a real PostgreSQL server: install it (e.g. `apt-get install postgresql`).',
    );
  }
  const { runAs, owner } = await runnerFor();
  const dir = await mkdtemp(join(tmpdir(), 'leitwerk-pg-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const host = '127.0.0.1';
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await runAs(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await runAs(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const serverOptions = `-k ${dir} -p ${port} -c listen_addresses=${host} -c fsync=off -c full_page_writes=off`;
    await runAs(pgCtl, ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    started = true;
  } catch (error) {
    await stop();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start a throwaway PostgreSQL server with ${bin}: ${detail}`);
  }
  return { url: `postgres://postgres@${host}:${port}/postgres`, host, port, dir, stop };
}
