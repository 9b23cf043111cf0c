import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Table, createTable } from '../../../src/data/table.js';
import { applyRecipe } from '../../../src/quality/clean/apply-recipe.js';
import { loadOrCreateProjectKey, loadProjectKey, projectKeyPath } from '../../../src/quality/clean/project-key.js';
import { base32, normalisePii, pseudonym } from '../../../src/quality/clean/pseudonymise.js';
import type { Recipe } from '../../../src/quality/clean/recipe.js';
import { DataError, ForbiddenError } from '../../../src/util/errors.js';
import { cat, cells, columnText } from './build-table.js';
import { iban, piiRows } from './pii-data.js';

const rows = piiRows(300);
function piiTable(): Table {
  return createTable([
    cat(
      'email',
      rows.map((r) => r.email),
    ),
    cat(
      'phone',
      rows.map((r) => r.phone),
    ),
    cat(
      'iban',
      rows.map((r) => r.iban),
    ),
    cat(
      'segment',
      rows.map((r) => r.segment),
    ),
  ]);
}
const recipe: Recipe = {
  kind: 'leitwerk.recipe',
  formatVersion: 1,
  steps: [{ kind: 'pseudonymise', columns: ['email', 'phone', 'iban'] }],
};

const dirs: string[] = [];
async function tempDir() {
  const d = await mkdtemp(join(tmpdir(), 'leitwerk-key-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('pseudonym', () => {
  it('encodes base32 as RFC 4648 (lower case, no padding)', () => {
    expect(base32(new TextEncoder().encode('foobar'))).toBe('mzxw6ytboi');
    expect(base32(new TextEncoder().encode('f'))).toBe('my');
  });

  it('is pii_ + base32 of the first 10 bytes of HMAC-SHA256 over the normalised value', () => {
    const key = 'k'.repeat(32);
    const mac = createHmac('sha256', key).update('leitwerk.pseudonym.v1\u0000anna@example.org').digest();
    expect(pseudonym(' Anna@Example.org ', key)).toBe(`pii_${base32(mac.subarray(0, 10))}`);
  });

  it('normalises e-mails, IBANs and phone numbers so one person gets one token', () => {
    expect(normalisePii(' Anna@Example.ORG ')).toBe('anna@example.org');
    expect(normalisePii('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(normalisePii('0049 (151) 234-5678')).toBe('+491512345678');
    expect(normalisePii('+49 151 2345678')).toBe('+491512345678');
    expect(normalisePii('0151 2345678')).toBe('01512345678'); // the country is not guessed
    expect(normalisePii(' Anna ', 'none')).toBe('Anna');
    expect(normalisePii('Anna@Example.org', 'none')).toBe('Anna@Example.org');
    expect(iban('DE', '370400440532013000')).toBe('DE89370400440532013000'); // the generator's check digits
  });
});

describe('pseudonymise step on a generated file with e-mails, phones and IBANs', () => {
  const keyA = 'project key A, 32 bytes long ...';
  const keyB = 'project key B, 32 bytes long ...';

  it('replaces every value, stably with the same key and differently with another', () => {
    const a1 = applyRecipe(piiTable(), recipe, { key: keyA, mode: 'fit' });
    const a2 = applyRecipe(piiTable(), recipe, { key: keyA, mode: 'replay' });
    const b = applyRecipe(piiTable(), recipe, { key: keyB, mode: 'fit' });
    expect(a1.log[0].cellsChanged).toBe(900);
    expect(cells(a2.table)).toEqual(cells(a1.table));
    for (const column of ['email', 'phone', 'iban']) {
      const ta = columnText(a1.table, column);
      const tb = columnText(b.table, column);
      for (let i = 0; i < ta.length; i++) {
        expect(ta[i]).toMatch(/^pii_[a-z2-7]{16}$/);
        expect(tb[i]).not.toBe(ta[i]);
      }
    }
    expect(columnText(a1.table, 'segment')).toEqual(rows.map((r) => r.segment));
  });

  it('gives a person typed two ways one token, and distinct people distinct tokens', () => {
    const { table } = applyRecipe(piiTable(), recipe, { key: keyA, mode: 'fit' });
    for (const column of ['email', 'phone', 'iban'] as const) {
      const tokens = columnText(table, column);
      const byNormal = new Map<string, string>();
      rows.forEach((r, i) => {
        const normal = normalisePii(r[column]);
        const seen = byNormal.get(normal);
        if (seen) expect(tokens[i]).toBe(seen);
        byNormal.set(normal, tokens[i]);
      });
      // the respelled rows (every third) added no new person
      expect(new Set(tokens).size).toBe(byNormal.size);
      expect(byNormal.size).toBe(200);
    }
  });

  it('leaves none of the original values (or their parts) in the output', () => {
    const { table } = applyRecipe(piiTable(), recipe, { key: keyA, mode: 'fit' });
    const out = cells(table).flat().join('\n').toLowerCase();
    for (const r of rows) {
      expect(out).not.toContain(r.email.trim().toLowerCase().split('@')[0]);
      expect(out).not.toContain(r.iban.replace(/\s/g, '').toLowerCase());
      expect(out).not.toContain(r.phone.replace(/\D/g, '').slice(-7));
    }
    for (const c of table.columns.slice(0, 3)) {
      if (c.storage !== 'category') throw new Error('expected category storage');
      expect(c.dictionary.every((v) => v.startsWith('pii_'))).toBe(true);
    }
  });
});

describe('project key', () => {
  it('creates 32 random bytes once, mode 0600, and reads the same key back', async () => {
    const dir = await tempDir();
    await expect(loadProjectKey(dir)).rejects.toThrow(ForbiddenError);
    const key = await loadOrCreateProjectKey(dir);
    expect(key.length).toBe(32);
    const text = await readFile(projectKeyPath(dir), 'utf8');
    expect(text).toMatch(/^[0-9a-f]{64}\n$/);
    expect(Buffer.from(key).toString('hex')).toBe(text.trim());
    expect((await stat(projectKeyPath(dir))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateProjectKey(dir)).toEqual(key);
    expect(await loadProjectKey(dir)).toEqual(key);
    const other = await loadOrCreateProjectKey(await tempDir());
    expect(Buffer.from(other).equals(Buffer.from(key))).toBe(false);
  });

  it('hands every concurrent caller the same key', async () => {
    const dir = await tempDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateProjectKey(dir)));
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    const dir = await tempDir();
    await loadOrCreateProjectKey(dir);
    await writeFile(projectKeyPath(dir), 'not a key\n');
    await expect(loadOrCreateProjectKey(dir)).rejects.toThrow(DataError);
    expect(await readFile(projectKeyPath(dir), 'utf8')).toBe('not a key\n');
  });

  it('pseudonymises with the project key', async () => {
    const dir = await tempDir();
    const key = await loadOrCreateProjectKey(dir);
    const a = applyRecipe(piiTable(), recipe, { key, mode: 'fit' });
    const b = applyRecipe(piiTable(), recipe, { key: await loadProjectKey(dir), mode: 'replay' });
    expect(cells(b.table)).toEqual(cells(a.table));
  });
});
