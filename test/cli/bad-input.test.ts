import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// Every bad input: a clear message naming the file (and line/column where it applies), exit code 2,
// and nothing written (the --html and --recipe-out targets do not appear).
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leitwerk-bad-'));
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function expectRejected(path: string, pattern: RegExp, extra: string[] = []) {
  const html = join(dir, `${Math.random().toString(36).slice(2)}.html`);
  const recipe = `${html}.recipe.json`;
  const result = await runCli('inspect', path, '--html', html, '--recipe-out', recipe, ...extra);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(existsSync(html)).toBe(false);
  expect(existsSync(recipe)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return result;
}

describe('leitwerk inspect on bad input', () => {
  it('a file that does not exist', async () => {
    await expectRejected(join(dir, 'nope.csv'), /File not found: .*nope\.csv/);
  });

  it('an empty file', async () => {
    await expectRejected(file('empty.csv', ''), /empty\.csv is empty/);
  });

  it('a header without rows', async () => {
    await expectRejected(file('header.csv', 'a,b,c\n'), /header\.csv has a header but no data rows/);
  });

  it('ragged rows, and --skip-bad-rows reporting which', async () => {
    const rows = ['id,name,amount', ...Array.from({ length: 30 }, (_, i) => `${i},n${i},${i * 2}`)];
    rows.splice(8, 0, '99,broken');
    const path = file('ragged.csv', `${rows.join('\n')}\n`);
    await expectRejected(path, /ragged\.csv: line 9 has 2 fields, expected 3/);
    const ok = await runCli('inspect', path, '--skip-bad-rows', '--json');
    expect(ok.code).toBe(0);
    const profile = JSON.parse(ok.stdout);
    expect(profile.rows).toBe(30);
    const skipped = profile.findings.find((f: { check: string }) => f.check === 'skipped-rows');
    expect(skipped.count).toBe(1);
    expect(JSON.stringify(skipped)).toMatch(/9/);
  });

  it('an unterminated quote, with the line and column where it opens', async () => {
    await expectRejected(
      file('quote.csv', 'a,b\n1,2\n3,"open\n4,5\n'),
      /quote\.csv: the quoted field that starts at line 3, column 3 is never closed/,
    );
  });

  it('a binary file', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    await expectRejected(file('picture.csv', png), /picture\.csv looks like a binary file/);
  });

  it('invalid UTF-8 (bytes that are not Windows-1252 either)', async () => {
    const bytes = Buffer.concat([Buffer.from('name,city\nAnna,K'), Buffer.from([0x81, 0xc3]), Buffer.from('ln\n')]);
    await expectRejected(file('bad-utf8.csv', bytes), /bad-utf8\.csv: invalid UTF-8 byte 0x81 at line 2, column 7/);
  });

  it('a 10 MB field', async () => {
    const path = file('huge.csv', `a,b\n1,"${'x'.repeat(10 * 1024 * 1024)}"\n`);
    await expectRejected(path, /huge\.csv: the field at line 2, column 3 is longer than/);
  });

  it('a missing target column, in German when asked', async () => {
    const path = file('small.csv', 'a,b\n1,2\n3,4\n');
    const result = await runCli('--lang', 'de', 'inspect', path, '--target', 'churn');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Die Spalte churn gibt es in .*small\.csv nicht; vorhanden sind: a, b/);
  });

  it('an unknown option is a usage error with exit code 2', async () => {
    const result = await runCli('inspect', 'x.csv', '--no-such-flag');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option/);
  });
});
