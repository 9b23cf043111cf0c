import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { type TableFormat, detectFormat, readTable, writeTable } from '../../src/data/read-table.js';
import { createTable, getColumn, rowObject } from '../../src/data/table.js';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-read-table-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const CSV = 'id,segment,spend\n1,gold,10.5\n2,silver,-\n3,gold,7\n';
const RECORDS = [
  { id: 1, segment: 'gold', spend: 10.5 },
  { id: 2, segment: 'silver', spend: null },
  { id: 3, segment: 'gold', spend: 7 },
];

describe('readTable dispatch', () => {
  it('picks the reader by extension, after stripping .gz', async () => {
    const cases: [string, string | Uint8Array, TableFormat][] = [
      ['a.csv', CSV, 'csv'],
      ['a.tsv', CSV.replaceAll(',', '\t'), 'csv'],
      ['a.csv.gz', gzipSync(CSV), 'csv'],
      ['a.json', JSON.stringify(RECORDS), 'json'],
      ['a.json.gz', gzipSync(JSON.stringify(RECORDS)), 'json'],
      ['a.ndjson', RECORDS.map((r) => JSON.stringify(r)).join('\n'), 'ndjson'],
      ['a.jsonl', RECORDS.map((r) => JSON.stringify(r)).join('\n'), 'ndjson'],
    ];
    for (const [name, content, format] of cases) {
      const path = await file(name, content);
      expect(await detectFormat(path)).toBe(format);
      const t = await readTable(path, { missingTokens: ['', '-'] });
      expect(t.source.format).toBe(format === 'ndjson' ? 'ndjson' : format);
      expect(t.rowCount).toBe(3);
      expect([0, 1, 2].map((i) => rowObject(t, i))).toEqual(RECORDS);
    }
  });

  it('sniffs files whose extension says nothing', async () => {
    expect(await detectFormat(await file('export_2024', JSON.stringify(RECORDS)))).toBe('json');
    expect(await detectFormat(await file('events', '\n {"a": 1}\n{"a": 2}\n'))).toBe('json');
    expect(await detectFormat(await file('dump.gz', gzipSync(JSON.stringify(RECORDS))))).toBe('json');
    expect(await detectFormat(await file('customers.dat', CSV))).toBe('csv');
    const parquet = join(dir, 'retail.bin');
    await copyFile('examples/data/online-retail/online_retail.parquet', parquet);
    expect(await detectFormat(parquet)).toBe('parquet');
    const t = await readTable(join(dir, 'events'));
    expect(t.rowCount).toBe(2);
  });

  it('lets the format option override the extension', async () => {
    const path = await file('log.txt', '{"a": 1}\n{"a": 2}\n');
    const t = await readTable(path, { format: 'ndjson' });
    expect(t.source.format).toBe('ndjson');
    expect(rowObject(t, 1)).toEqual({ a: 2 });
  });

  it('reads real datasets by extension', async () => {
    expect(await detectFormat('examples/data/adult/adult.data')).toBe('csv');
    expect(await detectFormat('examples/data/adult/adult.test')).toBe('csv');
    expect(await detectFormat('examples/data/online-retail/online_retail.csv.gz')).toBe('csv');
    expect(await detectFormat('examples/data/online-retail/online_retail.parquet')).toBe('parquet');
    const telco = await readTable('examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv', {
      types: { SeniorCitizen: 'categorical' },
    });
    expect(telco.source.format).toBe('csv');
    expect([telco.rowCount, telco.columns.length]).toEqual([7_043, 21]);
    expect(getColumn(telco, 'SeniorCitizen').type).toBe('categorical');
  });

  it('passes types, missing tokens and progress through', async () => {
    const path = await file('zip.json', '[{"zip": 1010, "note": "n/v"}, {"zip": 8020, "note": "ok"}]');
    const t = await readTable(path, { types: { zip: 'categorical' }, missingTokens: ['n/v'] });
    expect(getColumn(t, 'zip').type).toBe('categorical');
    expect(rowObject(t, 0)).toEqual({ zip: '1010', note: null });
    const seen: unknown[] = [];
    await readTable(await file('p.csv', CSV), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ bytesRead: CSV.length, totalBytes: CSV.length });
  });

  it('reads a SQL query', async () => {
    const dbPath = join(dir, 'crm.sqlite');
    const db = new Database(dbPath);
    db.exec("create table c (id integer, segment text); insert into c values (1, 'gold'), (2, 'silver');");
    db.close();
    const t = await readTable({ sql: 'select * from c order by id', db: `sqlite:${dbPath}` });
    expect(t.source.format).toBe('sql');
    expect(rowObject(t, 1)).toEqual({ id: 2, segment: 'silver' });
  });

  it('reports missing files, folders and database files without a query before reading', async () => {
    await expect(readTable(join(dir, 'nope.csv'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(readTable(join(dir, 'nope.csv'))).rejects.toMatchObject({ messageId: 'file.notFound' });
    const folder = join(dir, 'folder.csv');
    await mkdir(folder);
    await expect(readTable(folder)).rejects.toMatchObject({ messageId: 'file.isDirectory' });
    const db = await file('x.db', 'whatever');
    await expect(readTable(db)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('writeTable', () => {
  const n = 12;
  const table = createTable([
    numberColumn(
      'n',
      Float64Array.from({ length: n }, (_, i) => (i === 3 ? Number.NaN : i * 3)),
    ),
    categoryColumn(
      'segment',
      Int32Array.from({ length: n }, (_, i) => (i === 5 ? -1 : i % 2)),
      ['gold', 'silver'],
    ),
    booleanColumn(
      'opt_in',
      Uint8Array.from({ length: n }, (_, i) => (i === 7 ? 2 : i % 2)),
    ),
    dateColumn(
      'seen',
      Float64Array.from({ length: n }, (_, i) => Date.UTC(2022, 1, 1, 10, i)),
    ),
  ]);

  it('writes every format by extension and reads it back unchanged', async () => {
    for (const name of ['o.csv', 'o.csv.gz', 'o.tsv', 'o.json', 'o.json.gz', 'o.ndjson', 'o.jsonl', 'o.parquet']) {
      const path = join(dir, name);
      await writeTable(table, path);
      const back = await readTable(path);
      expect(back.rowCount, name).toBe(n);
      for (let i = 0; i < n; i++) expect(rowObject(back, i), `${name} row ${i}`).toEqual(rowObject(table, i));
    }
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects extensions it cannot write', async () => {
    for (const name of ['o.xlsx', 'o.parquet.gz', 'o']) {
      await expect(writeTable(table, join(dir, name))).rejects.toMatchObject({ messageId: 'file.unknownOutputFormat' });
    }
  });
});
