/**
 * @module quality/clean/project-key
 * The project's pseudonymisation key: 32 random bytes, stored as 64 hex characters in
 * `<dir>/.leitwerk/secret.key` with mode 0600. It lives in the project, never in a recipe, so a recipe can be
 * shared without exposing the key. Creation is atomic and never overwrites: the key is written to a private
 * temporary file and hard-linked into place, so two processes starting at once end up with the same key.
 *
 * At prediction time use `loadProjectKey` (which fails when the key is absent) rather than
 * `loadOrCreateProjectKey`: a fresh key would silently give every customer a different pseudonym.
 *
 * @example
 * ```ts
 * import { loadOrCreateProjectKey } from './project-key.js';
 * const key = await loadOrCreateProjectKey('.');
 * applyRecipe(table, recipe, { key, mode: 'fit' });
 * ```
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, ForbiddenError } from '../../util/errors.js';

/** Bytes of a project key. */
export const PROJECT_KEY_BYTES = 32;

/**
 * Where the key of a project folder lives.
 *
 * @example
 * ```ts
 * projectKeyPath('/srv/crm'); // '/srv/crm/.leitwerk/secret.key'
 * ```
 */
export function projectKeyPath(dir: string): string {
  return join(dir, '.leitwerk', 'secret.key');
}

function decode(file: string, text: string): Uint8Array {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new DataError('project.badSecret', { file }, { file });
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

async function readKey(file: string): Promise<Uint8Array | null> {
  try {
    return decode(file, await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Read the project key; ForbiddenError `project.noSecret` when there is none.
 *
 * @example
 * ```ts
 * const key = await loadProjectKey('.'); // at prediction time
 * ```
 */
export async function loadProjectKey(dir: string): Promise<Uint8Array> {
  const key = await readKey(projectKeyPath(dir));
  if (!key) throw new ForbiddenError('project.noSecret', { dir });
  return key;
}

/**
 * Read the project key, creating it (32 random bytes, mode 0600) when the project has none yet.
 *
 * @example
 * ```ts
 * const key = await loadOrCreateProjectKey('.');
 * ```
 */
export async function loadOrCreateProjectKey(dir: string): Promise<Uint8Array> {
  const file = projectKeyPath(dir);
  const existing = await readKey(file);
  if (existing) return existing;
  await mkdir(join(dir, '.leitwerk'), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${randomBytes(PROJECT_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      // Another process created the key meanwhile: use theirs.
      await rm(temp, { force: true });
      return loadProjectKey(dir);
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') {
      await rm(temp, { force: true });
      throw error;
    }
    // File systems without hard links: fall back to an atomic rename.
    await rename(temp, file);
    return loadProjectKey(dir);
  }
  await rm(temp, { force: true });
  return loadProjectKey(dir);
}
