import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv, readCsvText } from '../../../src/data/csv/read-csv.js';
import { type Column, valueAt } from '../../../src/data/column.js';
import { getColumn, type Table } from '../../../src/data/table.js';
import { DataError, NotFoundError } from '../../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'leitwerk-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<DataError | NotFoundError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataError || error instanceof NotFoundError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

const values = (t: Table, name: string): unknown[] => {
  const c: Column = getColumn(t, name);
  return Array.from({ length: c.length }, (_, i) => valueAt(c, i));
};

describe('readCsv: dialects', () => {
  it('reads quotes, escaped quotes, embedded delimiters and line breaks', async () => {
    const t = await readCsvText('id,comment,n\n1,"Smith, J.",5\n2,"He said ""hi""",6\n3,"two\nlines",7\n');
    expect(t.rowCount).toBe(3);
    expect(values(t, 'comment')).toEqual(['Smith, J.', 'He said "hi"', 'two\nlines']);
    expect(values(t, 'n')).toEqual([5, 6, 7]);
    expect(Array.from(t.source.lines ?? [])).toEqual([2, 3, 4]);
    expect(t.source.format).toBe('csv');
  });

  it('reads CRLF, CR, and a UTF-8 BOM', async () => {
    for (const text of ['\ufeffa,b\r\n1,x\r\n2,y\r\n', 'a,b\r1,x\r2,y\r', 'a,b\n1,x\n2,y']) {
      const t = await readCsvText(text);
      expect(t.columns.map((c) => c.name)).toEqual(['a', 'b']);
      expect(values(t, 'b')).toEqual(['x', 'y']);
    }
    expect((await readCsvText('\ufeffa,b\n1,2\n')).source.notes).toContain('UTF-8 byte order mark removed');
  });

  it('sniffs ; tab | and notes it', async () => {
    const semi = await readCsvText('"age";"job"\n30;"admin."\n41;"services"\n');
    expect(values(semi, 'age')).toEqual([30, 41]);
    expect(semi.source.notes).toContain("delimiter ';' (sniffed)");
    const tab = await readCsvText('a\tb\n1\tx, y\n2\tz\n');
    expect(values(tab, 'b')).toEqual(['x, y', 'z']);
    const pipe = await readCsvText('a|b\n1|x\n2|y\n');
    expect(values(pipe, 'a')).toEqual([1, 2]);
  });

  it('names columns column_N without a header, and takes hasHeader when given', async () => {
    const t = await readCsvText('1,x\n2,y\n');
    expect(t.columns.map((c) => c.name)).toEqual(['column_1', 'column_2']);
    expect(t.rowCount).toBe(2);
    expect(t.source.notes).toContain('no header row detected; columns named column_1 … column_2');
    const forced = await readCsvText('a,b\nc,d\n', { hasHeader: false });
    expect(forced.rowCount).toBe(2);
  });

  it('renames duplicate and empty header names with notes', async () => {
    const t = await readCsvText('id, name ,,id\n1,a,b,2\n');
    expect(t.columns.map((c) => c.name)).toEqual(['id', 'name', 'column_3', 'id_2']);
    const notes = t.source.notes ?? [];
    expect(notes).toContain('text: the header names column id twice; renamed the second to id_2');
    expect(notes).toContain('column 3 has no name in the header; named it column_3');
  });

  it('strips spaces after delimiters when nearly every field has them', async () => {
    const t = await readCsvText('39, State-gov, ?\n50, Self-emp, Private\n38, Private, ?\n');
    expect(values(t, 'column_2')).toEqual(['State-gov', 'Self-emp', 'Private']);
    expect(values(t, 'column_3')).toEqual([null, 'Private', null]);
  });

  it('decodes Windows-1252 files (Müller, €) with a note', async () => {
    const bytes = Buffer.from([
      ...Buffer.from('name,price\n'),
      ...[0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72],
      ...Buffer.from(',5 '),
      0x80,
      0x0a,
      ...Buffer.from('Weiss,3 EUR\n'),
    ]);
    const t = await readCsv(fixture('latin.csv', bytes));
    expect(values(t, 'name')).toEqual(['Müller', 'Weiss']);
    expect(values(t, 'price')).toEqual(['5 €', '3 EUR']);
    expect((t.source.notes ?? []).some((n) => n.startsWith('encoding windows-1252'))).toBe(true);
    const latin = await readCsv(fixture('latin2.csv', bytes), { encoding: 'latin1' });
    expect(values(latin, 'price')[0]).toBe('5 \u0080');
  });

  it('reads UTF-16 LE files with a BOM (Excel "Unicode text")', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('name\tn\r\nMüller\t1\r\nZoë\t2\r\n', 'utf16le'),
    ]);
    const t = await readCsv(fixture('u16.txt', bytes), { chunkSize: 7 });
    expect(values(t, 'name')).toEqual(['Müller', 'Zoë']);
    expect(values(t, 'n')).toEqual([1, 2]);
    const le = Buffer.from('x;y\n€;2\n', 'utf16le');
    const be = Buffer.from(le); // swap each code unit to big-endian
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    const big = await readCsv(fixture('u16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(values(big, 'x')).toEqual(['€']);
    expect(big.source.notes).toContain('encoding utf-16be (byte order mark); converted to UTF-8 while reading');
  });

  it('reads gzip transparently, by magic bytes not by name', async () => {
    const text = 'a,b\n1,x\n2,y\n';
    const t = await readCsv(fixture('packed.data', gzipSync(Buffer.from(text))));
    expect(values(t, 'b')).toEqual(['x', 'y']);
    expect(t.source.notes).toContain('gzip-compressed; decompressed while reading');
  });

  it('gives the same table for every chunk size', async () => {
    const rows = ['k;text;v'];
    for (let i = 0; i < 500; i++) rows.push(`${i};"t ${i}; ""q""\r\nx";${i / 4}`);
    const text = `${rows.join('\r\n')}\r\n`;
    const whole = await readCsvText(text);
    expect(whole.rowCount).toBe(500);
    for (const chunkSize of [1, 3, 17, 4096]) {
      const t = await readCsvText(text, { chunkSize });
      expect(values(t, 'text')).toEqual(values(whole, 'text'));
      expect(values(t, 'v')).toEqual(values(whole, 'v'));
      expect(Array.from(t.source.lines ?? [])).toEqual(Array.from(whole.source.lines ?? []));
    }
    expect(values(whole, 'text')[3]).toBe('t 3; "q"\r\nx');
    expect(whole.source.lines?.[1]).toBe(4);
  });

  it('passes missing tokens and declared types to the column builder', async () => {
    const text = 'code,score\n001,-\n002,7\n003,8\n';
    const t = await readCsvText(text, { missingTokens: ['-'], types: { code: 'categorical' } });
    expect(values(t, 'score')).toEqual([null, 7, 8]);
    expect(getColumn(t, 'code').type).toBe('categorical');
    const e = await failure(readCsvText(text, { types: { nope: 'numeric' } }));
    expect(e.messageId).toBe('schema.unknownColumn');
  });

  it('reads numbers with 16-17 significant digits exactly, sign included', async () => {
    const t = await readCsvText('x\n-2419.0254183486104\n0.1234567890123456\n-1e-7\n');
    expect(values(t, 'x')).toEqual([-2419.0254183486104, 0.1234567890123456, -1e-7]);
  });

  it('notes blank lines in the middle but not at the end', async () => {
    const t = await readCsvText('a,b\n1,2\n\n3,4\n\n\n');
    expect(t.rowCount).toBe(2);
    expect(t.source.notes).toContain('ignored 1 blank lines (lines 3)');
    expect(Array.from(t.source.lines ?? [])).toEqual([2, 4]);
  });

  it('reports progress per chunk and honours an abort signal', async () => {
    const text = `a,b\n${'1,2\n'.repeat(50_000)}`;
    const path = fixture('progress.csv', text);
    const calls: [number, number][] = [];
    const t = await readCsv(path, { chunkSize: 4096, onProgress: (read, total) => calls.push([read, total]) });
    expect(t.rowCount).toBe(50_000);
    expect(calls.length).toBeGreaterThanOrEqual(48);
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    const controller = new AbortController();
    const aborted = readCsv(path, {
      chunkSize: 4096,
      signal: controller.signal,
      onProgress: (read) => {
        if (read > 8192) controller.abort();
      },
    });
    await expect(aborted).rejects.toThrow(/abort/i);
  });
});

describe('readCsv: bad input', () => {
  it('a file that does not exist', async () => {
    const e = await failure(readCsv(join(dir, 'nope.csv')));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.messageId).toBe('file.notFound');
    expect(e.message).toContain('nope.csv');
  });

  it('a folder', async () => {
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder, { recursive: true });
    const e = await failure(readCsv(folder));
    expect(e.messageId).toBe('file.isDirectory');
  });

  it('an empty file, and one holding only line breaks', async () => {
    expect((await failure(readCsv(fixture('empty.csv', '')))).messageId).toBe('file.empty');
    expect((await failure(readCsv(fixture('blank.csv', '\n\r\n\n')))).messageId).toBe('file.empty');
    expect((await failure(readCsv(fixture('empty.csv.gz', gzipSync(Buffer.alloc(0)))))).messageId).toBe('file.empty');
  });

  it('a header without rows', async () => {
    const path = fixture('header.csv', 'name,age,city\n');
    const e = await failure(readCsv(path));
    expect(e.messageId).toBe('file.headerOnly');
    expect(e.message).toBe(`${path} has a header but no data rows`);
  });

  it('a ragged row: error with file and line, or skipped and listed', async () => {
    const path = fixture('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n');
    const e = await failure(readCsv(path));
    expect(e.messageId).toBe('csv.raggedRow');
    expect(e.message).toContain(path);
    expect(e.message).toContain('line 3 has 2 fields, expected 3');
    expect((e as DataError).location).toEqual({ file: path, line: 3 });
    const t = await readCsv(path, { skipBadRows: true });
    expect(t.rowCount).toBe(2);
    expect(t.source.skipped).toEqual([
      { line: 3, reason: '2 fields, expected 3' },
      { line: 5, reason: '4 fields, expected 3' },
    ]);
    expect(t.source.notes).toContain(`${path}: skipped 2 bad rows (lines 3, 5)`);
    expect(Array.from(t.source.lines ?? [])).toEqual([2, 4]);
  });

  it('an unterminated quote, at the line and column of the opening quote', async () => {
    const path = fixture('quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n');
    const e = await failure(readCsv(path));
    expect(e.messageId).toBe('csv.unterminatedQuote');
    expect((e as DataError).location).toEqual({ file: path, line: 3, column: 3 });
  });

  it('a binary file', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(64, 7),
    ]);
    const e = await failure(readCsv(fixture('image.csv', png)));
    expect(e.messageId).toBe('file.binary');
    expect(e.message).toContain('PNG');
  });

  it('a damaged gzip stream', async () => {
    const gz = gzipSync(Buffer.from(`a,b\n${'1,2\n'.repeat(5000)}`));
    const e = await failure(readCsv(fixture('cut.csv.gz', gz.subarray(0, gz.length - 20))));
    expect(e.messageId).toBe('file.gzipCorrupt');
    const garbage = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(100, 0x55)]);
    expect((await failure(readCsv(fixture('garbage.gz', garbage)))).messageId).toBe('file.gzipCorrupt');
  });

  it('invalid UTF-8 at the start: line and column', async () => {
    // 0x81 is undefined in Windows-1252 too, so there is no fallback
    const bytes = Buffer.concat([Buffer.from('a,b\nok,fine\nbäd,'), Buffer.from([0x81, 0x28]), Buffer.from('\n')]);
    const e = await failure(readCsv(fixture('bad-utf8.csv', bytes)));
    expect(e.messageId).toBe('file.invalidUtf8');
    expect((e as DataError).location).toMatchObject({ line: 3, column: 5 });
    expect(e.message).toContain('0x81');
    const forced = await failure(
      readCsv(fixture('bad-utf8b.csv', Buffer.from('a\nb\xe4d\n', 'latin1')), { encoding: 'utf-8' }),
    );
    expect((forced as DataError).location).toMatchObject({ line: 2, column: 2 });
  });

  it('invalid UTF-8 deep in a file judged UTF-8 is still found, with its line', async () => {
    const head = `id,name\n${Array.from({ length: 120_000 }, (_, i) => `${i},Zoë ${i}`).join('\n')}\n`;
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from('120000,M'),
      Buffer.from([0xfc]),
      Buffer.from('ller\n'),
    ]);
    for (const chunkSize of [65_536, 1_000_003]) {
      const e = await failure(readCsv(fixture('late.csv', bytes), { chunkSize }));
      expect(e.messageId).toBe('file.invalidUtf8');
      expect((e as DataError).location).toMatchObject({ line: 120_002, column: 9 });
    }
    const t = await readCsv(fixture('late2.csv', bytes), { encoding: 'windows-1252' });
    expect(values(t, 'name').at(-1)).toBe('Müller');
  });

  it('a 10 MB field: an error, quickly, not a hang', async () => {
    const path = fixture('huge-field.csv', `a,b\n1,"${'x'.repeat(10 * 1024 * 1024)}"\n`);
    const started = Date.now();
    const e = await failure(readCsv(path));
    expect(e.messageId).toBe('csv.fieldTooLarge');
    expect((e as DataError).location).toEqual({ file: path, line: 2, column: 3 });
    expect(Date.now() - started).toBeLessThan(5000);
    const unquoted = await failure(readCsv(fixture('huge2.csv', `a\n${'y'.repeat(10 * 1024 * 1024)}\n`)));
    expect(unquoted.messageId).toBe('csv.fieldTooLarge');
  });

  it('an invalid option', async () => {
    await expect(readCsvText('a,b\n1,2\n', { skipLines: -1 })).rejects.toThrow(/skipLines/);
    await expect(readCsvText('a,b\n1,2\n', { delimiter: '""' })).rejects.toThrow(/delimiter/);
  });
});
