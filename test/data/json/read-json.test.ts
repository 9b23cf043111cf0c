import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getColumn, rowObject } from '../../../src/data/table.js';
import { readJson } from '../../../src/data/json/read-json.js';
import { DataError, NotFoundError } from '../../../src/util/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function dataError(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('readJson: arrays of objects', () => {
  it('reads the union of keys in first-seen order; absent keys are missing', async () => {
    const path = await file(
      'union.json',
      '[\n  {"id": 1, "name": "Ada", "score": 1.5, "vip": true},\n  {"id": 2, "score": 2, "city": "Köln"},\n  {"id": 3, "name": null, "vip": false, "score": 3.25}\n]\n',
    );
    const t = await readJson(path);
    expect(t.rowCount).toBe(3);
    expect(t.columns.map((c) => c.name)).toEqual(['id', 'name', 'score', 'vip', 'city']);
    expect(t.source.format).toBe('json');
    expect(Array.from(t.source.lines ?? [])).toEqual([2, 3, 4]);
    expect(getColumn(t, 'score').type).toBe('numeric');
    expect(getColumn(t, 'vip').type).toBe('boolean');
    expect(rowObject(t, 0)).toEqual({ id: 1, name: 'Ada', score: 1.5, vip: true, city: null });
    expect(rowObject(t, 1)).toEqual({ id: 2, name: null, score: 2, vip: null, city: 'Köln' });
    expect(rowObject(t, 2)).toEqual({ id: 3, name: null, score: 3.25, vip: false, city: null });
  });

  it('infers datetimes and missing tokens in strings like CSV cells', async () => {
    const records = Array.from({ length: 30 }, (_, i) => ({
      when: `2021-03-${String((i % 28) + 1).padStart(2, '0')} 10:15:00`,
      code: i % 3 === 0 ? 'NA' : `c${i % 4}`,
    }));
    const t = await readJson(await file('dates.json', JSON.stringify(records)));
    const when = getColumn(t, 'when');
    expect(when.type).toBe('datetime');
    expect(rowObject(t, 0).when).toEqual(new Date(Date.UTC(2021, 2, 1, 10, 15)));
    const code = getColumn(t, 'code');
    expect(code.type).toBe('categorical');
    expect(code.info.missingTokens).toEqual({ NA: 10 });
  });

  it('keeps nested objects and arrays as JSON text, with a note', async () => {
    const t = await readJson(await file('nested.json', '[{"a": 1, "tags": ["x", "y"]}, {"a": 2, "tags": {"k": 1}}]'));
    expect(rowObject(t, 0).tags).toBe('["x","y"]');
    expect(rowObject(t, 1).tags).toBe('{"k":1}');
    expect(t.source.notes).toEqual(['column tags holds nested objects or arrays; they are kept as JSON text']);
  });

  it('honours declared types and rejects unknown declared columns', async () => {
    const path = await file('zip.json', '[{"zip": 1010, "n": 1}, {"zip": 8020, "n": 2}]');
    const t = await readJson(path, { types: { zip: 'categorical' } });
    expect(getColumn(t, 'zip').type).toBe('categorical');
    expect(getColumn(t, 'zip').info.declared).toBe(true);
    await expect(readJson(path, { types: { zipp: 'categorical' } })).rejects.toMatchObject({
      messageId: 'schema.unknownColumn',
      params: { column: 'zipp', columns: 'zip, n' },
    });
  });

  it('reads gzip by its magic bytes, whatever the name', async () => {
    const body = '[{"a": 1}, {"a": 2}]';
    const t1 = await readJson(await file('z.json.gz', gzipSync(body)));
    const t2 = await readJson(await file('z2.json', gzipSync(body)));
    expect(t1.rowCount).toBe(2);
    expect(t2.rowCount).toBe(2);
    expect(rowObject(t2, 1)).toEqual({ a: 2 });
  });

  it('reads a large array whose records cross read chunks', async () => {
    const n = 60_000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++)
      parts.push(JSON.stringify({ i, label: `name ${i % 7} with "quotes" and \\ slashes`, x: i / 4 }));
    const t = await readJson(await file('big.json', `[${parts.join(',\n')}]`));
    expect(t.rowCount).toBe(n);
    expect(rowObject(t, n - 1)).toEqual({
      i: n - 1,
      label: `name ${(n - 1) % 7} with "quotes" and \\ slashes`,
      x: (n - 1) / 4,
    });
    expect(t.source.lines?.[n - 1]).toBe(n);
  });
});

describe('readJson: NDJSON', () => {
  it('reads one object per line, skipping blank lines, and records the lines', async () => {
    const path = await file(
      'e.ndjson',
      '{"user": "u1", "clicks": 3}\n\n{"user": "u2", "clicks": 5}\r\n{"user": "u3"}\n',
    );
    const t = await readJson(path);
    expect(t.source.format).toBe('ndjson');
    expect(t.rowCount).toBe(3);
    expect(Array.from(t.source.lines ?? [])).toEqual([1, 3, 4]);
    expect(getColumn(t, 'clicks').type).toBe('integer');
    expect(rowObject(t, 2)).toEqual({ user: 'u3', clicks: null });
  });

  it('reads .jsonl.gz and NDJSON in a .json file', async () => {
    const body = '{"a": 1}\n{"a": 2}\n{"a": 3}\n';
    expect((await readJson(await file('e.jsonl.gz', gzipSync(body)))).rowCount).toBe(3);
    const t = await readJson(await file('e2.json', body));
    expect(t.rowCount).toBe(3);
    expect(t.source.format).toBe('ndjson');
  });

  it('reports a bad line with its line and column', async () => {
    const path = await file('bad.ndjson', '{"a": 1}\n{"a": 2,}\n{"a": 3}\n');
    const e = await dataError(readJson(path));
    expect(e.messageId).toBe('json.syntax');
    expect(e.location).toEqual({ file: path, line: 2, column: 9 });
    expect(e.message).toContain("expected a double-quoted property name, got '}'");
  });

  it('reports a record left open at the end of its line', async () => {
    const path = await file('open.ndjson', '{"a": 1}\n{"a": 2\n{"a": 3}\n');
    const e = await dataError(readJson(path));
    expect(e.messageId).toBe('json.syntax');
    expect(e.location).toMatchObject({ line: 2, column: 8 });
  });

  it('rejects a line that is not an object', async () => {
    const e = await dataError(readJson(await file('num.ndjson', '{"a": 1}\n42\n')));
    expect(e.messageId).toBe('json.notRecords');
    expect(e.params.got).toBe('a number at line 2, column 1');
  });
});

describe('readJson: errors', () => {
  it('locates a syntax error inside a record of an array', async () => {
    const path = await file('tru.json', '[\n  {"a": 1},\n  {"a": tru}\n]\n');
    const e = await dataError(readJson(path));
    expect(e.messageId).toBe('json.syntax');
    expect(e.location).toEqual({ file: path, line: 3, column: 9 });
    expect(e.params.reason).toBe('invalid literal; expected true, false or null');
  });

  it('locates a missing comma between records and an unclosed array', async () => {
    const e1 = await dataError(readJson(await file('comma.json', '[{"a": 1}\n {"a": 2}]')));
    expect(e1.location).toMatchObject({ line: 2, column: 2 });
    expect(e1.params.reason).toBe("unexpected '{'; expected ',' or ']' after a record");
    const e2 = await dataError(readJson(await file('unclosed.json', '[{"a": 1},\n{"a": 2}\n')));
    expect(e2.messageId).toBe('json.syntax');
    expect(e2.location).toMatchObject({ line: 3, column: 1 });
    const e3 = await dataError(readJson(await file('trailing.json', '[{"a": 1}] x')));
    expect(e3.location).toMatchObject({ line: 1, column: 12 });
  });

  it('locates a line break inside a string', async () => {
    const e = await dataError(readJson(await file('nl.json', '[{"a": "x\ny"}]')));
    expect(e.location).toMatchObject({ line: 1, column: 10 });
    expect(e.params.reason).toBe('line break inside a string');
  });

  it('rejects JSON that is not records', async () => {
    for (const [name, body, got] of [
      ['nums.json', '[1, 2]', 'a number at line 1, column 2'],
      ['str.json', ' "hello"', 'a string at line 1, column 2'],
      ['arrs.json', '[[1], [2]]', 'an array at line 1, column 2'],
      ['emptyarr.json', '[ ]', 'an empty array'],
    ]) {
      const e = await dataError(readJson(await file(name, body)));
      expect(e.messageId).toBe('json.notRecords');
      expect(e.params.got).toBe(got);
    }
  });

  it('rejects a wrapper object around the records', async () => {
    const e = await dataError(readJson(await file('wrap.json', '{"data": [{"a": 1}, {"a": 2}]}')));
    expect(e.messageId).toBe('json.notRecords');
    expect(e.params.got).toBe('a single object whose key "data" holds 2 records');
  });

  it('rejects empty files and reports missing ones', async () => {
    expect((await dataError(readJson(await file('empty.json', '')))).messageId).toBe('file.empty');
    expect((await dataError(readJson(await file('blank.json', ' \n\t\n')))).messageId).toBe('file.empty');
    await expect(readJson(join(dir, 'nope.json'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(readJson(dir)).rejects.toMatchObject({ messageId: 'file.isDirectory' });
  });

  it('stops at invalid UTF-8 with the line and column of the byte', async () => {
    const bytes = Buffer.concat([Buffer.from('[{"a": "ok"},\n{"a": "b'), Buffer.from([0xff]), Buffer.from('d"}]')]);
    const e = await dataError(readJson(await file('latin.json', bytes)));
    expect(e.messageId).toBe('file.invalidUtf8');
    expect(e.location).toMatchObject({ line: 2, column: 9 });
    expect(e.params.byte).toBe('ff');
    const t = await readJson(join(dir, 'latin.json'), { encoding: 'latin1' });
    expect(rowObject(t, 1).a).toBe('bÿd');
  });

  it('reports a damaged gzip stream', async () => {
    const gz = gzipSync(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ a: i, b: `v${i}` }))));
    const e = await dataError(readJson(await file('cut.json.gz', gz.subarray(0, gz.length - 12))));
    expect(e.messageId).toBe('file.gzipCorrupt');
  });
});

describe('readJson: cancellation and progress', () => {
  it('stops when the signal is aborted', async () => {
    const path = await file('abort.json', '[{"a": 1}]');
    const controller = new AbortController();
    controller.abort();
    await expect(readJson(path, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports progress with rows and bytes', async () => {
    const body = Array.from({ length: 45_000 }, (_, i) => `{"i":${i}}`).join('\n');
    const path = await file('progress.ndjson', body);
    const seen: { rows?: number; bytesRead?: number; totalBytes?: number }[] = [];
    await readJson(path, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.rows)).toEqual([20_000, 40_000, 45_000]);
    expect(seen.at(-1)).toEqual({ rows: 45_000, bytesRead: body.length, totalBytes: body.length });
  });
});
