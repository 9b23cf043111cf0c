import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import {
  datasetFingerprint,
  fingerprintFile,
  getDataset,
  listAudit,
  listDatasets,
  registerDataset,
} from '../../src/store/index.js';
import { DIALECTS, useStoreHarness } from './support/dialects.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-fingerprint-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fingerprintFile', () => {
  it('streams the sha256 and size of a file larger than one chunk', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const file = join(dir, 'big.bin');
    await writeFile(file, data);
    const fp = await fingerprintFile(file);
    expect(fp.bytes).toBe(data.length);
    expect(fp.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });
  it('hashes an empty file', async () => {
    const file = join(dir, 'empty.csv');
    await writeFile(file, '');
    expect(await fingerprintFile(file)).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      bytes: 0,
    });
  });
  it('says which file is missing', async () => {
    const error = await fingerprintFile(join(dir, 'nope.csv')).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('nope.csv');
  });
  it('covers the schema in the dataset fingerprint', () => {
    const sha = 'a'.repeat(64);
    const a = datasetFingerprint(sha, [{ name: 'y', type: 'boolean' }]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(datasetFingerprint(sha, [{ name: 'y', type: 'category' }])).not.toBe(a);
    expect(datasetFingerprint(sha, [{ name: 'z', type: 'boolean' }])).not.toBe(a);
    expect(datasetFingerprint('b'.repeat(64), [{ name: 'y', type: 'boolean' }])).not.toBe(a);
    expect(datasetFingerprint(sha, [{ name: 'y', type: 'boolean' }])).toBe(a);
  });
});

const schema = [
  { name: 'age', type: 'number' },
  { name: 'job', type: 'category' },
  { name: 'y', type: 'boolean' },
];

for (const dialect of DIALECTS) {
  describe(`registerDataset (${dialect})`, () => {
    const h = useStoreHarness(dialect);

    it('returns the same row for the same data, and audits only the first registration', async () => {
      const project = await h.newProject({ actor: 'ana' });
      const file = join(dir, `bank-${dialect}.csv`);
      await writeFile(file, 'age,job,y\n30,admin,yes\n41,technician,no\n');
      const { sha256, bytes } = await fingerprintFile(file);
      const first = await registerDataset(project, { path: file, sha256, bytes, rows: 2, schema });
      expect(first.id).toBe(`d_${datasetFingerprint(sha256, schema).slice(0, 12)}`);
      expect(first).toMatchObject({ path: file, sha256, bytes, rows: 2, schema });
      expect(first.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const again = await registerDataset(project, { path: join(dir, 'copy.csv'), sha256, bytes, rows: 2, schema });
      expect(again).toEqual(first);
      const concurrent = await Promise.all(
        [1, 2, 3].map(() => registerDataset(project, { path: file, sha256, bytes, rows: 2, schema })),
      );
      expect(concurrent.map((d) => d.id)).toEqual([first.id, first.id, first.id]);
      const other = await registerDataset(project, {
        path: file,
        sha256,
        bytes,
        rows: 2,
        schema: [...schema.slice(0, 2), { name: 'y', type: 'category' }],
      });
      expect(other.id).not.toBe(first.id);
      expect((await listDatasets(project)).map((d) => d.id).sort()).toEqual([first.id, other.id].sort());
      const audit = await listAudit(project, { action: 'dataset.register' });
      expect(audit.map((a) => a.subject)).toEqual([first.id, other.id]);
      expect(audit[0]).toMatchObject({ actor: 'ana', details: { path: file, sha256, bytes, rows: 2, columns: 3 } });
      expect(await getDataset(project, first.id)).toEqual(first);
    });

    it('keeps sizes beyond 32 bits exact', async () => {
      const project = await h.newProject();
      const big = 2 ** 40 + 3;
      const ds = await registerDataset(project, {
        path: 'huge.parquet',
        sha256: 'c'.repeat(64),
        bytes: big,
        rows: big,
        schema,
      });
      expect(ds.bytes).toBe(big);
      expect((await getDataset(project, ds.id)).rows).toBe(big);
    });

    it('refuses bad input and unknown ids', async () => {
      const project = await h.newProject();
      const ok = { path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1, rows: 1, schema };
      await expect(registerDataset(project, { ...ok, sha256: 'xyz' })).rejects.toBeInstanceOf(ValidationError);
      await expect(registerDataset(project, { ...ok, rows: -1 })).rejects.toBeInstanceOf(ValidationError);
      await expect(registerDataset(project, { ...ok, bytes: 1.5 })).rejects.toBeInstanceOf(ValidationError);
      await expect(registerDataset(project, { ...ok, schema: [{ name: '', type: 'number' }] })).rejects.toThrow(
        /schema\[0\]\.name/,
      );
      await expect(getDataset(project, 'd_000000000000')).rejects.toBeInstanceOf(NotFoundError);
      expect(await listDatasets(project)).toEqual([]);
    });
  });
}
