import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { createTable, filterRows, materialize } from '../../src/data/table.js';
import { profileColumn } from '../../src/quality/profile-column.js';
import { createRng } from '../../src/util/rng.js';

/** Sample skewness as pandas computes it (adjusted Fisher–Pearson), the slow way. */
function pandasSkew(xs: number[]): number {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const m2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
  const m3 = xs.reduce((a, x) => a + (x - mean) ** 3, 0) / n;
  return ((Math.sqrt(n * (n - 1)) / (n - 2)) * m3) / m2 ** 1.5;
}

describe('profileColumn — numbers', () => {
  const rng = createRng(21);
  const raw = Array.from({ length: 400 }, (_, i) =>
    i % 17 === 0 ? Number.NaN : Math.round(Math.exp(rng.normal()) * 100) / 10,
  );
  raw[3] = 0;
  raw[4] = -2.5;
  const column = numberColumn('amount', Float64Array.from(raw));
  const table = createTable([column]);
  const p = profileColumn(table, column);
  const present = raw.filter((v) => !Number.isNaN(v));

  it('counts rows, missing and distinct values', () => {
    expect(p.rows).toBe(400);
    expect(p.missing).toBe(raw.length - present.length);
    expect(p.unique).toBe(new Set(present).size);
    expect(p.type).toBe('numeric');
  });

  it('computes mean, sd (n − 1), skewness, zeros and negatives', () => {
    const n = present.length;
    const mean = present.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(present.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
    expect(p.numeric?.mean).toBeCloseTo(mean, 10);
    expect(p.numeric?.sd).toBeCloseTo(sd, 10);
    expect(p.numeric?.skewness).toBeCloseTo(pandasSkew(present), 8);
    expect(p.numeric?.zeros).toBe(present.filter((v) => v === 0).length);
    expect(p.numeric?.negatives).toBe(present.filter((v) => v < 0).length);
    expect(p.numeric?.min).toBe(Math.min(...present));
    expect(p.numeric?.max).toBe(Math.max(...present));
    expect(p.numeric?.histogram.counts.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('lists the most frequent values, most frequent first', () => {
    const counts = new Map<number, number>();
    for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
    const best = Math.max(...counts.values());
    expect(p.top.length).toBe(10);
    expect(p.top[0].count).toBe(best);
    expect(counts.get(Number(p.top[0].value))).toBe(best);
    for (let i = 1; i < p.top.length; i++) expect(p.top[i].count).toBeLessThanOrEqual(p.top[i - 1].count);
  });

  it('gives the same profile for a filtered table as for its materialised copy', () => {
    const filtered = filterRows(table, (row) => row % 3 !== 0);
    const a = profileColumn(filtered, filtered.columns[0]);
    const dense = materialize(filtered);
    const b = profileColumn(dense, dense.columns[0]);
    expect(a).toEqual(b);
    expect(a.rows).toBe(filtered.rowCount);
  });

  it('handles a column with every value missing', () => {
    const empty = numberColumn('e', Float64Array.of(Number.NaN, Number.NaN));
    const q = profileColumn(createTable([empty]), empty);
    expect(q).toMatchObject({ rows: 2, missing: 2, unique: 0, top: [] });
    expect(q.numeric).toBeUndefined();
  });
});

describe('profileColumn — categories, booleans, dates', () => {
  it('counts categories by code and measures lengths per row', () => {
    const c = categoryColumn(
      'job',
      Int32Array.of(0, 1, 1, -1, 2, 1),
      ['admin.', 'technician', 'ökonom'],
      'categorical',
      {
        evidence: ['3 distinct labels'],
      },
    );
    const p = profileColumn(createTable([c]), c);
    expect(p).toMatchObject({ rows: 6, missing: 1, unique: 3, evidence: ['3 distinct labels'] });
    expect(p.top).toEqual([
      { value: 'technician', count: 3 },
      { value: 'admin.', count: 1 },
      { value: 'ökonom', count: 1 },
    ]);
    expect(p.length).toEqual({ min: 6, mean: (6 + 10 * 3 + 6) / 5, max: 10 });
  });

  it('counts true, false and missing booleans', () => {
    const b = booleanColumn('opt_in', Uint8Array.of(1, 0, 2, 1, 1));
    const p = profileColumn(createTable([b]), b);
    expect(p).toMatchObject({
      missing: 1,
      unique: 2,
      top: [
        { value: 'true', count: 3 },
        { value: 'false', count: 1 },
      ],
    });
  });

  it('summarises datetimes in epoch ms and shows dates as text', () => {
    const d = dateColumn(
      'day',
      Float64Array.of(Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 3), Number.NaN, Date.UTC(2020, 0, 1)),
    );
    const p = profileColumn(createTable([d]), d);
    expect(p.top[0]).toEqual({ value: '2020-01-01', count: 2 });
    expect(p.numeric?.min).toBe(Date.UTC(2020, 0, 1));
    expect(p.numeric?.max).toBe(Date.UTC(2020, 0, 3));
    expect(p.missing).toBe(1);
  });
});
