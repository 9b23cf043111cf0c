/**
 * End-to-end checks of profiling on the real example datasets: every expected figure is computed here
 * independently from the raw file text (split lines and fields by hand), never copied from leitwerk's output.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/csv/read-csv.js';
import type { Finding } from '../../src/quality/finding.js';
import { profileTable } from '../../src/quality/profile-table.js';

const DATA = new URL('../../examples/data/', import.meta.url).pathname;
const NOW = Date.UTC(2024, 0, 1);

/** Data lines of a file without the header (and without a trailing empty line). */
function dataLines(text: string, header = true): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return header ? lines.slice(1) : lines;
}

/** How many lines repeat an earlier line. */
function repeatedLines(lines: readonly string[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const line of lines) {
    if (seen.has(line)) repeats++;
    else seen.add(line);
  }
  return repeats;
}

function find(findings: readonly Finding[], check: string, column: string | null): Finding | undefined {
  return findings.find((f) => f.check === check && f.column === column);
}

describe('bank-additional-full', () => {
  const path = `${DATA}bank-marketing/bank-additional/bank-additional-full.csv`;
  const text = readFileSync(path, 'utf8');
  const lines = dataLines(text);
  const header = text
    .slice(0, text.indexOf('\n'))
    .split(';')
    .map((h) => h.replaceAll('"', ''));
  const cells = lines.map((l) => l.split(';'));
  const column = (name: string) => cells.map((c) => c[header.indexOf(name)].replaceAll('"', ''));
  const profiled = readCsv(path).then((t) => profileTable(t, { now: NOW }));

  it('flags "unknown" as disguised missing, with the counts of the raw file', async () => {
    const p = await profiled;
    for (const name of ['job', 'marital', 'education', 'default', 'housing', 'loan']) {
      const raw = column(name).filter((v) => v === 'unknown').length;
      const f = find(p.findings, 'disguised-missing', name);
      expect(f?.count, name).toBe(raw);
      expect(f?.details?.token).toBe('unknown');
      // the example rows hold the placeholder
      for (const row of f?.examples ?? []) expect(column(name)[row - 1]).toBe('unknown');
    }
    expect(column('job').filter((v) => v === 'unknown').length).toBe(330);
  });

  it('flags pdays = 999 as a sentinel and counts the exact duplicate rows', async () => {
    const p = await profiled;
    const pdays = column('pdays').map(Number);
    const others = pdays.filter((v) => v !== 999);
    const f = find(p.findings, 'sentinel-value', 'pdays');
    expect(f?.details).toMatchObject({
      value: 999,
      count: pdays.length - others.length,
      otherMin: Math.min(...others),
      otherMax: Math.max(...others),
    });
    expect(find(p.findings, 'sentinel-value', 'previous')).toBeUndefined();
    const dup = find(p.findings, 'duplicate-rows', null);
    expect(dup?.count).toBe(repeatedLines(lines));
    // each example pair is two equal raw lines
    for (const [row, first] of dup?.details?.pairs as [number, number][]) expect(lines[row - 1]).toBe(lines[first - 1]);
  });
});

describe('telco churn', () => {
  const path = `${DATA}telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv`;
  const text = readFileSync(path, 'utf8');
  const header = text.slice(0, text.indexOf('\n')).trim().split(',');
  const cells = dataLines(text).map((l) => l.split(','));

  it('reports TotalCharges blank cells as numbers-as-text and customerID as an id column', async () => {
    const p = profileTable(await readCsv(path), { now: NOW });
    const at = header.indexOf('TotalCharges');
    const blankRows = cells.flatMap((c, i) => (c[at].trim() === '' ? [i + 1] : []));
    const f = find(p.findings, 'numbers-as-text', 'TotalCharges');
    expect(f?.count).toBe(blankRows.length);
    expect(f?.examples).toEqual(blankRows.slice(0, 5));
    expect(blankRows.length).toBe(11);
    expect(find(p.findings, 'id-column', 'customerID')).toBeDefined();
    const customers = new Set(cells.map((c) => c[header.indexOf('customerID')]));
    expect(find(p.findings, 'id-column', 'customerID')?.count).toBe(customers.size);
  });
});

describe('adult.data', () => {
  const path = `${DATA}adult/adult.data`;
  const cells = dataLines(readFileSync(path, 'utf8'), false)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',').map((c) => c.trim()));

  it('counts "?" as missing in workclass, occupation and native-country', async () => {
    const table = await readCsv(path);
    const p = profileTable(table, { now: NOW });
    for (const index of [1, 6, 13]) {
      const name = table.columns[index].name;
      const raw = cells.filter((c) => c[index] === '?').length;
      expect(raw).toBeGreaterThan(500);
      const f = find(p.findings, 'missing', name);
      expect(f?.count, name).toBe(raw);
      expect(p.columns[index].missing).toBe(raw);
    }
    expect(find(p.findings, 'duplicate-rows', null)?.count).toBe(repeatedLines(cells.map((c) => c.join(','))));
  });
});

describe('online retail', () => {
  it('counts the exact duplicate rows of the raw CSV', async () => {
    const path = `${DATA}online-retail/online_retail.csv.gz`;
    const lines = dataLines(gunzipSync(readFileSync(path)).toString('utf8'));
    const p = profileTable(await readCsv(path), { now: NOW });
    expect(p.rows).toBe(lines.length);
    const expected = repeatedLines(lines);
    expect(expected).toBe(5268);
    expect(find(p.findings, 'duplicate-rows', null)?.count).toBe(expected);
    // Returns and cancellations: negative quantities (4th field, after a possibly quoted Description),
    // counted independently from the raw text.
    const negativeQuantities = lines.filter((l) => /^[^,]*,[^,]*,("([^"]|"")*"|[^,]*),-\d/.test(l)).length;
    expect(negativeQuantities).toBe(10624);
    expect(find(p.findings, 'negative-values', 'Quantity')?.count).toBe(negativeQuantities);
    // Missing customers: empty 7th field, counted from the raw text.
    const missingCustomers = lines.filter((l) => /,,[^,]*$/.test(l)).length;
    expect(missingCustomers).toBe(135080);
    expect(find(p.findings, 'missing', 'CustomerID')?.count).toBe(missingCustomers);
  });
});
