import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryColumn, DateColumn, NumberColumn } from '../../../src/data/column.js';
import { readParquet } from '../../../src/data/parquet/read-parquet.js';
import { getColumn } from '../../../src/data/table.js';
import { DataError } from '../../../src/util/errors.js';

const RETAIL = 'examples/data/online-retail/online_retail.parquet';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-parquet-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function countMissing(values: Float64Array): number {
  let n = 0;
  for (const v of values) if (v !== v) n++;
  return n;
}

describe('readParquet on Online Retail', () => {
  it('reads all 541,909 rows with the documented figures', async () => {
    const t = await readParquet(RETAIL);
    expect(t.rowCount).toBe(541_909);
    expect(t.source.format).toBe('parquet');
    expect(t.columns.map((c) => c.name)).toEqual([
      'InvoiceNo',
      'StockCode',
      'Description',
      'Quantity',
      'InvoiceDate',
      'UnitPrice',
      'CustomerID',
      'Country',
    ]);

    const customer = getColumn(t, 'CustomerID') as NumberColumn;
    expect(customer.storage).toBe('number');
    expect(countMissing(customer.values)).toBe(135_080);
    expect(new Set(Array.from(customer.values).filter((v) => v === v)).size).toBe(4_372);

    const date = getColumn(t, 'InvoiceDate') as DateColumn;
    expect(date.type).toBe('datetime');
    expect(date.info.evidence).toEqual(['Parquet TIMESTAMP (MICROS) column']);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of date.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(new Date(min).toISOString()).toBe('2010-12-01T08:26:00.000Z');
    expect(new Date(max).toISOString()).toBe('2011-12-09T12:50:00.000Z');

    const quantity = getColumn(t, 'Quantity') as NumberColumn;
    expect(quantity.type).toBe('integer');
    expect(quantity.info.sourceType).toBe('number');
    let sum = 0;
    for (const v of quantity.values) sum += v;
    expect(sum).toBe(5_176_450);

    const price = getColumn(t, 'UnitPrice') as NumberColumn;
    expect(price.type).toBe('numeric');
    expect(price.values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY)).toBe(-11_062.06);

    // The 1,454 "Unknown" placeholders of this copy stay visible as a category value (for the data check).
    const description = getColumn(t, 'Description') as CategoryColumn;
    const unknown = description.dictionary.indexOf('Unknown');
    expect(unknown).toBeGreaterThanOrEqual(0);
    expect(description.codes.filter((c) => c === unknown).length).toBe(1_454);

    const invoice = getColumn(t, 'InvoiceNo') as CategoryColumn;
    expect(invoice.dictionary.length).toBe(25_900);
    expect((getColumn(t, 'Country') as CategoryColumn).dictionary.length).toBe(38);
  });

  it('reads a subset of columns and reports progress per row group', async () => {
    const progress: number[] = [];
    const t = await readParquet(RETAIL, {
      columns: ['Country', 'Quantity'],
      onProgress: (p) => progress.push(p.rows ?? -1),
    });
    expect(t.columns.map((c) => c.name)).toEqual(['Country', 'Quantity']);
    expect(progress).toEqual([541_909]);
    await expect(readParquet(RETAIL, { columns: ['Land'] })).rejects.toMatchObject({
      messageId: 'schema.unknownColumn',
    });
  });
});

describe('readParquet errors', () => {
  it('rejects a file that is not Parquet', async () => {
    const path = join(dir, 'text.parquet');
    await writeFile(path, 'InvoiceNo,StockCode\n536365,85123A\n');
    const error = await readParquet(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ messageId: 'parquet.invalid', params: { file: path } });
    expect((error as DataError).params.reason).toContain('PAR1');
  });

  it('rejects a truncated Parquet file with the reason', async () => {
    const bytes = await readFile(RETAIL);
    const path = join(dir, 'cut.parquet');
    // Keep the magic at both ends but damage the footer length.
    const cut = Buffer.concat([bytes.subarray(0, 1000), Buffer.from([0xff, 0xff, 0xff, 0x7f]), Buffer.from('PAR1')]);
    await writeFile(path, cut);
    await expect(readParquet(path)).rejects.toMatchObject({ messageId: 'parquet.invalid' });
  });

  it('reads a gzip-compressed Parquet file', async () => {
    const path = join(dir, 'retail.parquet.gz');
    await writeFile(path, gzipSync(await readFile(RETAIL), { level: 1 }));
    const t = await readParquet(path, { columns: ['CustomerID'] });
    expect(t.rowCount).toBe(541_909);
    expect(countMissing((t.columns[0] as NumberColumn).values)).toBe(135_080);
  });
});
