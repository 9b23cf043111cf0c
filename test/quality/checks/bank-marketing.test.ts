/**
 * The target, leakage and data-bias checks on the real UCI bank marketing data (bank-additional-full,
 * 41,188 rows, target y). Expected counts are taken independently from the raw text of the file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/csv/read-csv.js';
import type { Table } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { type BiasGroupRow, dataBiasCheck } from '../../../src/quality/checks/data-bias.js';
import { leakageCheck } from '../../../src/quality/checks/leakage.js';
import { targetChecks } from '../../../src/quality/checks/target.js';

const FILE = 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv';

/** The raw records: header names → unquoted field values, split by hand (no field holds a ';'). */
function rawRecords(): Record<string, string>[] {
  const lines = readFileSync(FILE, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const unquote = (s: string) => s.replace(/^"|"$/g, '');
  const header = lines[0].split(';').map(unquote);
  return lines.slice(1).map((line) => {
    const fields = line.split(';').map(unquote);
    return Object.fromEntries(header.map((h, i) => [h, fields[i]]));
  });
}

describe('checks on bank-additional-full (target y)', () => {
  let table: Table;
  let raw: Record<string, string>[];
  beforeAll(async () => {
    table = await readCsv(FILE);
    raw = rawRecords();
  });

  it('reports the imbalance of y with the positive rate of yes', () => {
    const yes = raw.filter((r) => r.y === 'yes').length;
    const [f] = targetChecks(createCheckContext(table, { target: 'y' }));
    expect(f.check).toBe('class-imbalance');
    expect(f.severity).toBe('warning');
    expect(f.details?.positiveClass).toBe('yes');
    expect(f.details?.positiveCount).toBe(yes);
    expect(f.details?.positiveRate).toBeCloseTo(yes / raw.length, 12);
    // published: 4,640 yes of 41,188 = 11.3 %
    expect(f.details?.positiveRate).toBeGreaterThan(0.112);
    expect(f.details?.positiveRate).toBeLessThan(0.113);
    expect(f.message).toContain('11.3%');
  });

  it('flags duration as a leakage suspect, and nothing else', () => {
    const findings = leakageCheck(createCheckContext(table, { target: 'y', seed: 0 }));
    expect(findings.map((f) => f.column)).toEqual(['duration']);
    const [duration] = findings;
    expect(duration.severity).toBe('error');
    expect(duration.details?.rules).toContain('name');
    const auc = duration.details?.auc as number;
    expect(auc).toBeGreaterThan(0.78);
    expect(auc).toBeLessThan(0.9);
    expect(duration.details?.rowsScored).toBe(raw.length);
  });

  it('gives label rates per marital status and per age band', () => {
    const findings = dataBiasCheck(createCheckContext(table, { target: 'y', sensitive: ['marital', 'age'] }));
    const tableOf = (column: string) =>
      findings.find((f) => f.check === 'bias-group-size' && f.column === column)?.details?.groups as BiasGroupRow[];

    const single = raw.filter((r) => r.marital === 'single');
    const singleRow = tableOf('marital').find((g) => g.group === 'single');
    expect(singleRow?.rows).toBe(single.length);
    expect(singleRow?.labelRate).toBeCloseTo(single.filter((r) => r.y === 'yes').length / single.length, 12);

    const old = raw.filter((r) => Number(r.age) >= 65);
    const oldYes = old.filter((r) => r.y === 'yes').length;
    const rest = raw.length - old.length;
    const restYes = raw.filter((r) => r.y === 'yes').length - oldYes;
    const oldRow = tableOf('age').find((g) => g.group === '≥ 65');
    expect(oldRow?.rows).toBe(old.length);
    expect(oldRow?.labelRate).toBeCloseTo(oldYes / old.length, 12);
    expect(oldRow?.dpl).toBeCloseTo(oldYes / old.length - restYes / rest, 12);
    expect(oldRow?.ci).toBeCloseTo((old.length - rest) / raw.length, 12);

    // 'unknown' marital status has fewer than 100 rows: too small to judge
    const unknown = raw.filter((r) => r.marital === 'unknown').length;
    expect(unknown).toBeLessThan(100);
    const small = findings.find((f) => f.check === 'small-group' && f.column === 'marital');
    expect(small?.params?.names).toBe(`unknown (${unknown})`);
    // the over-65s buy far more often than the rest: a label gap
    const gap = findings.find((f) => f.check === 'bias-label-gap' && f.column === 'age');
    expect((gap?.details?.flagged as { group: string }[]).map((g) => g.group)).toContain('≥ 65');
  });
});
