import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../../src/data/column.js';
import { readParquet } from '../../../src/data/parquet/read-parquet.js';
import { writeParquet } from '../../../src/data/parquet/write-parquet.js';
import { createTable, filterRows, getColumn, rowObject } from '../../../src/data/table.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-parquet-w-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sampleTable(n: number) {
  const ints = new Float64Array(n);
  const money = new Float64Array(n);
  const big = new Float64Array(n);
  const codes = new Int32Array(n);
  const flags = new Uint8Array(n);
  const dates = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ints[i] = i % 11 === 0 ? Number.NaN : i - 50;
    money[i] = i % 13 === 0 ? Number.NaN : i * 1.25 + 0.1;
    big[i] = 2 ** 40 + i;
    codes[i] = i % 17 === 0 ? -1 : i % 3;
    flags[i] = i % 19 === 0 ? 2 : i % 2;
    dates[i] = i % 23 === 0 ? Number.NaN : Date.UTC(2021, 0, 1, 8, 30) + i * 3_600_000;
  }
  return createTable([
    numberColumn('visits', ints),
    numberColumn('revenue', money),
    numberColumn('big', big),
    categoryColumn('segment', codes, ['gold', 'silver', 'bronze']),
    booleanColumn('opt_in', flags),
    dateColumn('last_seen', dates),
  ]);
}

describe('writeParquet', () => {
  it('round-trips every storage kind with its missing values', async () => {
    const table = sampleTable(200);
    const path = join(dir, 'round.parquet');
    await writeParquet(table, path);
    const back = await readParquet(path);
    expect(back.rowCount).toBe(200);
    expect(back.columns.map((c) => [c.name, c.storage, c.type])).toEqual([
      ['visits', 'number', 'integer'],
      ['revenue', 'number', 'numeric'],
      ['big', 'number', 'integer'],
      ['segment', 'category', 'categorical'],
      ['opt_in', 'boolean', 'boolean'],
      ['last_seen', 'datetime', 'datetime'],
    ]);
    for (let i = 0; i < table.rowCount; i++) expect(rowObject(back, i)).toEqual(rowObject(table, i));

    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const types = metadata.schema.slice(1).map((e) => e.type);
    expect(types).toEqual(['INT32', 'DOUBLE', 'DOUBLE', 'BYTE_ARRAY', 'BOOLEAN', 'INT64']);
    const kv = metadata.key_value_metadata?.find((k) => k.key === 'leitwerk.types');
    expect(JSON.parse(kv?.value ?? '{}')).toMatchObject({ visits: 'integer', segment: 'categorical' });
  });

  it('writes only the visible rows of a filtered table', async () => {
    const table = sampleTable(100);
    const visits = getColumn(table, 'visits');
    const kept = filterRows(table, (row) => visits.storage === 'number' && visits.values[row] > 20);
    const path = join(dir, 'filtered.parquet');
    await writeParquet(kept, path);
    const back = await readParquet(path);
    expect(back.rowCount).toBe(kept.rowCount);
    expect(rowObject(back, 0)).toEqual(rowObject(kept, 0));
    expect(rowObject(back, back.rowCount - 1)).toEqual(rowObject(kept, kept.rowCount - 1));
  });

  it('writes an empty table that reads back as a clear error', async () => {
    const path = join(dir, 'empty.parquet');
    await writeParquet(createTable([numberColumn('x', new Float64Array(0))]), path);
    await expect(readParquet(path)).rejects.toMatchObject({ messageId: 'file.noRows', params: { columns: 'x' } });
  });
});
