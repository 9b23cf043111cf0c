/**
 * @module store/artifact-file
 * Model artefact files: `artifacts/<modelId>.json`, written atomically (util/atomic-file.ts: temp file +
 * rename, the temp file removed on failure) with their sha256 and size returned for the registry; reading
 * re-hashes the bytes and refuses a file that changed since (`ArtifactChangedError`).
 *
 * @example
 * ```ts
 * import { writeModelArtifact, readModelArtifact } from './artifact-file.js';
 * const written = await writeModelArtifact(project.dir, 'm_7k2q9x4hzc1d', fitted);
 * const back = await readModelArtifact(project.dir, written.path, written.sha256, 'm_7k2q9x4hzc1d');
 * ```
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, NotFoundError } from '../util/errors.js';
import { writeFileAtomic } from '../util/atomic-file.js';
import { sha256Hex } from './fingerprint.js';
import { toJsonText } from './json-column.js';
import { ARTIFACTS_DIR } from './project.js';

/**
 * A model artefact whose bytes no longer match the sha256 recorded at registration.
 *
 * @example
 * ```ts
 * try { await loadModelArtifact(project, model); }
 * catch (e) { if (e instanceof ArtifactChangedError) console.error(e.expected, e.got); }
 * ```
 */
export class ArtifactChangedError extends DataError {
  readonly expected: string;
  readonly got: string;
  constructor(file: string, model: string, expected: string, got: string) {
    super('store.artifactChanged', { file, model, expected, got }, { file });
    this.expected = expected;
    this.got = got;
  }
}

/** A written artefact: path relative to the project folder (with `/`), hash and size. */
export interface WrittenArtifact {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * The relative path of a model's artefact.
 *
 * @example
 * ```ts
 * artifactRelativePath('m_7k2q9x4hzc1d'); // 'artifacts/m_7k2q9x4hzc1d.json'
 * ```
 */
export function artifactRelativePath(modelId: string): string {
  return `${ARTIFACTS_DIR}/${modelId}.json`;
}

/**
 * Serialise and write a model artefact atomically; ValidationError `store.notJson` when it cannot be
 * serialised (nothing is written then).
 *
 * @example
 * ```ts
 * const { path, sha256, bytes } = await writeModelArtifact('/srv/proj', 'm_7k2q9x4hzc1d', { kind: 'gbdt' });
 * ```
 */
export async function writeModelArtifact(
  projectDir: string,
  modelId: string,
  artifact: unknown,
): Promise<WrittenArtifact> {
  const text = toJsonText('artifact', artifact);
  const data = Buffer.from(text, 'utf8');
  const path = artifactRelativePath(modelId);
  await writeFileAtomic(join(projectDir, path), data);
  return { path, sha256: sha256Hex(data), bytes: data.length };
}

/**
 * Read an artefact, check its sha256 and parse it.
 *
 * @example
 * ```ts
 * const fitted = await readModelArtifact('/srv/proj', 'artifacts/m_7k2q9x4hzc1d.json', model.sha256, model.id);
 * ```
 */
export async function readModelArtifact(
  projectDir: string,
  relativePath: string,
  expectedSha256: string,
  modelId: string,
): Promise<unknown> {
  const file = join(projectDir, relativePath);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new NotFoundError('store.artifactMissing', { model: modelId, file });
    }
    throw error;
  }
  const got = sha256Hex(data);
  if (got !== expectedSha256) throw new ArtifactChangedError(file, modelId, expectedSha256, got);
  return JSON.parse(data.toString('utf8'));
}
