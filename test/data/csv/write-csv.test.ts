import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/csv/read-csv.js';
import { csvBatches, writeCsv } from '../../../src/data/csv/write-csv.js';
import {
  booleanColumn,
  categoryColumn,
  dateColumn,
  numberColumn,
  valueAt,
  type CellValue,
} from '../../../src/data/column.js';
import { createTable, filterRows, type Table } from '../../../src/data/table.js';

const DATA = new URL('../../../examples/data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'leitwerk-csv-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plain = (v: CellValue): unknown => (v instanceof Date ? v.getTime() : v);

/** Same column names, types and values (visible rows in order). */
function expectSameTable(actual: Table, expected: Table): void {
  expect(actual.rowCount).toBe(expected.rowCount);
  expect(actual.columns.map((c) => `${c.name}:${c.type}`)).toEqual(expected.columns.map((c) => `${c.name}:${c.type}`));
  for (let j = 0; j < expected.columns.length; j++) {
    const a = actual.columns[j];
    const e = expected.columns[j];
    const rows = expected.index ?? null;
    for (let i = 0; i < expected.rowCount; i++) {
      const ev = plain(valueAt(e, rows ? rows[i] : i));
      const av = plain(valueAt(a, i));
      if (av !== ev) expect(`${e.name}[${i}] = ${String(av)}`).toBe(`${e.name}[${i}] = ${String(ev)}`);
    }
  }
}

const text = (t: Table, delimiter = ','): string => [...csvBatches(t, delimiter)].join('');

describe('writeCsv', () => {
  it('quotes only where needed and writes missing as empty', () => {
    const t = createTable([
      categoryColumn('name', Int32Array.of(0, 1, 2, 3, -1), ['plain', 'a,b', 'say "hi"', 'two\nlines']),
      numberColumn('n', Float64Array.of(1, 2.5, Number.NaN, -3, 1e-7)),
      categoryColumn('pad', Int32Array.of(0, 1, 0, 1, 0), [' lead', 'trail ']),
    ]);
    expect(text(t)).toBe(
      'name,n,pad\nplain,1," lead"\n"a,b",2.5,"trail "\n"say ""hi""",," lead"\n"two\nlines",-3,"trail "\n,1e-7," lead"\n',
    );
    expect(text(t, ';')).toContain('a,b;2.5');
  });

  it('writes datetimes as ISO (date only when every value is midnight) and booleans as true/false', () => {
    const t = createTable([
      dateColumn('day', Float64Array.of(Date.UTC(2011, 0, 4), Number.NaN)),
      dateColumn('at', Float64Array.of(Date.UTC(2011, 0, 4, 10, 5, 7), Date.UTC(2011, 11, 9, 12, 50))),
      booleanColumn('ok', Uint8Array.of(1, 2)),
    ]);
    expect(text(t)).toBe('day,at,ok\n2011-01-04,2011-01-04 10:05:07,true\n,2011-12-09 12:50:00,\n');
  });

  it('writes only the visible rows of a filtered table', () => {
    const t = createTable([numberColumn('x', Float64Array.of(1, 2, 3, 4))]);
    expect(text(filterRows(t, (row) => row % 2 === 1))).toBe('x\n2\n4\n');
  });

  it('round-trips 200,000 generated rows of every kind, with gzip too', async () => {
    const n = 200_000;
    const ints = new Float64Array(n);
    const reals = new Float64Array(n);
    const days = new Float64Array(n);
    const flags = new Uint8Array(n);
    const codes = new Int32Array(n);
    const dict = ['Berlin', 'Köln, DE', 'say "x"', 'multi\nline', ' spaced ', 'München'];
    let s = 42;
    const rnd = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 4294967296;
    };
    for (let i = 0; i < n; i++) {
      ints[i] = i % 97 === 0 ? Number.NaN : Math.floor(rnd() * 1e6) - 5e5;
      reals[i] = i % 89 === 0 ? Number.NaN : (rnd() - 0.5) * 1e4;
      days[i] =
        i % 83 === 0 ? Number.NaN : Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3000) * 86_400_000 + (i % 2) * 3_600_000;
      flags[i] = i % 79 === 0 ? 2 : rnd() < 0.5 ? 1 : 0;
      codes[i] = i % 73 === 0 ? -1 : Math.floor(rnd() * dict.length);
    }
    const table = createTable([
      numberColumn('ints', ints, 'integer'),
      numberColumn('reals', reals, 'numeric'),
      dateColumn('when', days),
      booleanColumn('flag', flags),
      categoryColumn('city', codes, dict),
    ]);
    for (const file of ['gen.csv', 'gen.csv.gz']) {
      const path = join(dir, file);
      await writeCsv(table, path);
      if (file.endsWith('.gz')) expect(gunzipSync(readFileSync(path)).subarray(0, 4).toString()).toBe('ints');
      const back = await readCsv(path);
      expectSameTable(back, table);
    }
  });

  it('round-trips the real datasets with the same values and types', async () => {
    for (const file of [
      'bank-marketing/bank-additional/bank-additional-full.csv',
      'telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv',
      'adult/adult.data',
      'hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv',
      'online-retail/online_retail.csv.gz',
    ]) {
      const original = await readCsv(`${DATA}${file}`);
      const out = join(dir, file.replace(/\//g, '_'));
      await writeCsv(original, out);
      expectSameTable(await readCsv(out), original);
    }
  });

  it('leaves nothing behind when the write is cancelled', async () => {
    const t = createTable([numberColumn('x', new Float64Array(300_000).fill(1.25))]);
    const target = join(dir, 'cancelled', 'out.csv');
    const controller = new AbortController();
    controller.abort();
    await expect(writeCsv(t, target, { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(dir, 'cancelled'))).toEqual([]);
  });

  it('rejects a delimiter that cannot work', async () => {
    const t = createTable([numberColumn('x', Float64Array.of(1))]);
    await expect(writeCsv(t, join(dir, 'bad.csv'), { delimiter: '"' })).rejects.toThrow(/delimiter/);
  });
});

describe('writeCsv datetime text', () => {
  it('matches textAt for every kind of instant, including milliseconds and far years', async () => {
    const { textAt } = await import('../../../src/data/column.js');
    const instants = [
      Date.UTC(2011, 0, 4, 10, 5, 7),
      Date.UTC(2011, 0, 4, 10, 5, 7, 45),
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      Date.UTC(1900, 0, 1),
      Date.parse('0001-03-04T05:06:07Z'),
      Date.parse('+012000-01-01T00:00:00Z'),
      Date.UTC(2024, 1, 29, 0, 0, 0, 1),
    ];
    const column = dateColumn('t', Float64Array.from(instants));
    const lines = text(createTable([column]))
      .split('\n')
      .slice(1, -1);
    expect(lines).toEqual(instants.map((_, i) => textAt(column, i)));
  });
});
