import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../../src/data/column.js';
import { readJson } from '../../../src/data/json/read-json.js';
import { writeJson } from '../../../src/data/json/write-json.js';
import { createTable, filterRows, rowObject } from '../../../src/data/table.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-json-w-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sample(n: number) {
  const score = new Float64Array(n);
  const codes = new Int32Array(n);
  const flags = new Uint8Array(n);
  const days = new Float64Array(n);
  const stamps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    score[i] = i % 4 === 0 ? Number.NaN : i / 8;
    codes[i] = i % 5 === 0 ? -1 : i % 2;
    flags[i] = i % 6 === 0 ? 2 : i % 2;
    days[i] = Date.UTC(2020, 0, 1 + i);
    stamps[i] = i % 7 === 0 ? Number.NaN : Date.UTC(2020, 5, 1, 9, 30, 15) + i * 61_000;
  }
  return createTable([
    numberColumn('score', score),
    categoryColumn('say "hi"', codes, ['yes', 'no, "really"']),
    booleanColumn('opt_in', flags),
    dateColumn('day', days),
    dateColumn('seen', stamps),
  ]);
}

describe('writeJson', () => {
  it('writes an array of records that reads back to the same values', async () => {
    const table = sample(50);
    const path = join(dir, 'out.json');
    await writeJson(table, path);
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')[0]).toBe('[');
    expect(text.split('\n')[1]).toBe(
      '{"score":null,"say \\"hi\\"":null,"opt_in":null,"day":"2020-01-01","seen":null},',
    );
    expect(text.endsWith('\n]\n')).toBe(true);
    expect(JSON.parse(text)).toHaveLength(50);
    const back = await readJson(path);
    expect(back.columns.map((c) => c.storage)).toEqual(['number', 'category', 'boolean', 'datetime', 'datetime']);
    for (let i = 0; i < 50; i++) expect(rowObject(back, i)).toEqual(rowObject(table, i));
  });

  it('writes NDJSON for .ndjson paths and gzip for .gz paths', async () => {
    const table = sample(2_345);
    const path = join(dir, 'out.ndjson.gz');
    await writeJson(table, path);
    const lines = gunzipSync(await readFile(path))
      .toString('utf8')
      .split('\n');
    expect(lines).toHaveLength(2_346); // one per record and the final newline
    expect(lines[2_345]).toBe('');
    const back = await readJson(path);
    expect(back.source.format).toBe('ndjson');
    expect(back.rowCount).toBe(2_345);
    expect(rowObject(back, 2_344)).toEqual(rowObject(table, 2_344));
  });

  it('writes only visible rows, atomically', async () => {
    const table = sample(30);
    const kept = filterRows(table, (row) => row % 3 === 1);
    const path = join(dir, 'kept.jsonl');
    await writeJson(kept, path, { ndjson: true });
    const back = await readJson(path);
    expect(back.rowCount).toBe(10);
    expect(rowObject(back, 3)).toEqual(rowObject(kept, 3));
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
