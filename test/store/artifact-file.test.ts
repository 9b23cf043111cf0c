import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import {
  ArtifactChangedError,
  artifactRelativePath,
  readModelArtifact,
  writeModelArtifact,
} from '../../src/store/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-artifact-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeModelArtifact / readModelArtifact', () => {
  it('writes JSON atomically with its sha256 and size, and reads it back verified', async () => {
    const artifact = { kind: 'gbdt', trees: [1.5, -2, 3], name: 'Müller' };
    const written = await writeModelArtifact(dir, 'm_0123456789ab', artifact);
    expect(written.path).toBe('artifacts/m_0123456789ab.json');
    const bytes = await readFile(join(dir, written.path));
    expect(written.bytes).toBe(bytes.length);
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(artifact);
    expect(await readModelArtifact(dir, written.path, written.sha256, 'm_0123456789ab')).toEqual(artifact);
    expect(await readdir(join(dir, 'artifacts'))).toEqual(['m_0123456789ab.json']);
  });

  it('refuses a changed file with the expected and the actual sha256', async () => {
    const written = await writeModelArtifact(dir, 'm_0123456789ab', { a: 1 });
    await writeFile(join(dir, written.path), '{"a":2}');
    const error = (await readModelArtifact(dir, written.path, written.sha256, 'm_0123456789ab').catch(
      (e: unknown) => e,
    )) as ArtifactChangedError;
    expect(error).toBeInstanceOf(ArtifactChangedError);
    expect(error.expected).toBe(written.sha256);
    expect(error.got).toBe(createHash('sha256').update('{"a":2}').digest('hex'));
    expect(error.message).toContain(written.sha256);
  });

  it('reports a missing file as NotFoundError', async () => {
    await expect(readModelArtifact(dir, artifactRelativePath('m_x'), 'ab', 'm_x')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('leaves no file and no temp file when the rename fails', async () => {
    // A folder where the artefact should go makes the final rename fail after the temp file was written.
    await mkdir(join(dir, 'artifacts', 'm_0123456789ab.json', 'occupied'), { recursive: true });
    await expect(writeModelArtifact(dir, 'm_0123456789ab', { a: 1 })).rejects.toThrow();
    expect(await readdir(join(dir, 'artifacts'))).toEqual(['m_0123456789ab.json']);
    expect(await readdir(join(dir, 'artifacts', 'm_0123456789ab.json'))).toEqual(['occupied']);
  });

  it('writes nothing for a value that is not JSON', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(writeModelArtifact(dir, 'm_0123456789ab', cyclic)).rejects.toBeInstanceOf(ValidationError);
    await expect(writeModelArtifact(dir, 'm_0123456789ab', { n: 10n })).rejects.toBeInstanceOf(ValidationError);
    await expect(readdir(join(dir, 'artifacts'))).rejects.toThrow();
  });
});
