import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { type BiasGroupRow, dataBiasCheck } from '../../../src/quality/checks/data-bias.js';
import { NotFoundError, ValidationError } from '../../../src/util/errors.js';

/**
 * 420 rows: F 150 (60 yes), M 250 (50 yes), X 20 (10 yes).
 * Hand-computed, each group a against the rest d:
 *   F: CI = (150 − 270)/420 = −2/7;  qa = 60/150 = 0.4;  qd = 60/270 = 2/9;  DPL = 0.4 − 2/9 = 8/45
 *   M: CI = (250 − 170)/420 = 4/21;  qa = 50/250 = 0.2;  qd = 70/170 = 7/17; DPL = 0.2 − 7/17 = −18/85
 *   X: CI = (20 − 400)/420 = −19/21; qa = 0.5;           qd = 110/400;       too small to judge
 */
function table() {
  const sex: number[] = [];
  const y: number[] = [];
  const push = (code: number, rows: number, yes: number) => {
    for (let i = 0; i < rows; i++) {
      sex.push(code);
      y.push(i < yes ? 1 : 0);
    }
  };
  push(0, 150, 60);
  push(1, 250, 50);
  push(2, 20, 10);
  return createTable([
    categoryColumn('sex', Int32Array.from(sex), ['F', 'M', 'X']),
    categoryColumn('y', Int32Array.from(y), ['no', 'yes']),
  ]);
}

describe('dataBiasCheck', () => {
  const findings = dataBiasCheck(createCheckContext(table(), { target: 'y', sensitive: ['sex'] }));
  const size = findings.find((f) => f.check === 'bias-group-size');
  const groups = size?.details?.groups as BiasGroupRow[];
  const row = (g: string) => groups.find((r) => r.group === g) as BiasGroupRow;

  it('computes CI and DPL per group as Clarify defines them', () => {
    expect(row('F').rows).toBe(150);
    expect(row('F').ci).toBeCloseTo(-2 / 7, 12);
    expect(row('F').labelRate).toBeCloseTo(0.4, 12);
    expect(row('F').restLabelRate).toBeCloseTo(2 / 9, 12);
    expect(row('F').dpl).toBeCloseTo(8 / 45, 12);
    expect(row('M').ci).toBeCloseTo(4 / 21, 12);
    expect(row('M').dpl).toBeCloseTo(-18 / 85, 12);
    expect(row('X').ci).toBeCloseTo(-19 / 21, 12);
    expect(row('X').restLabelRate).toBeCloseTo(110 / 400, 12);
  });

  it('flags label gaps of judged groups only, and small groups separately', () => {
    const gap = findings.find((f) => f.check === 'bias-label-gap');
    expect(gap?.count).toBe(2);
    expect((gap?.details?.flagged as { group: string }[]).map((g) => g.group)).toEqual(['F', 'M']);
    expect(gap?.params?.positive).toBe('yes');
    expect(gap?.columns).toEqual(['sex', 'y']);
    const small = findings.find((f) => f.check === 'small-group');
    expect(small?.count).toBe(1);
    expect(small?.params?.names).toBe('X (20)');
    expect(small?.examples).toEqual([401, 402, 403, 404, 405]);
    expect(row('X').small).toBe(true);
    expect(row('X').flags).toEqual([]);
  });

  it('carries the full table on an info finding when no group is over- or under-represented', () => {
    expect(size?.severity).toBe('info');
    expect(groups.map((r) => r.group)).toEqual(['F', 'M', 'X']);
    expect(size?.message).toContain('3 groups');
  });

  it('warns about groups with |CI| ≥ 0.8', () => {
    // 950 A vs 150 B: CI(A) = 800/1100 = 0.727; 1000 A vs 100 B: CI(A) = 900/1100 = 0.818
    const codes = Int32Array.from({ length: 1100 }, (_, i) => (i < 1000 ? 0 : 1));
    const t = createTable([categoryColumn('region', codes, ['A', 'B'])]);
    const [f] = dataBiasCheck(createCheckContext(t, { sensitive: ['region'] }));
    expect(f.severity).toBe('warning');
    expect(f.count).toBe(2);
    expect((f.details?.groups as BiasGroupRow[])[0].ci).toBeCloseTo(900 / 1100, 12);
    expect((f.details?.groups as BiasGroupRow[])[0].labelRate).toBeUndefined();
  });

  it('bands ages and shows the missing group', () => {
    const ages = Float64Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 22 : i % 3 === 1 ? 40 : Number.NaN));
    const t = createTable([numberColumn('age', ages)]);
    const [f, small] = dataBiasCheck(createCheckContext(t, { sensitive: ['age'] }));
    expect((f.details?.groups as BiasGroupRow[]).map((r) => [r.group, r.rows])).toEqual([
      ['< 25', 100],
      ['35–44', 100],
      ['(missing)', 100],
    ]);
    expect(f.details?.grouping).toBe('age-bands');
    expect(small).toBeUndefined();
  });

  it('shows the mean target per group for a regression target, without judging a gap', () => {
    const t = createTable([
      categoryColumn(
        'sex',
        Int32Array.from({ length: 200 }, (_, i) => i % 2),
        ['F', 'M'],
      ),
      // even rows (F): 10 + i/100, mean 10 + 0.99; odd rows (M): 30 + i/100, mean 30 + 1.00
      numberColumn(
        'spend',
        Float64Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 10 : 30) + i / 100),
      ),
    ]);
    const findings = dataBiasCheck(createCheckContext(t, { target: 'spend', sensitive: ['sex'] }));
    expect(findings.map((f) => f.check)).toEqual(['bias-group-size']);
    const means = (findings[0].details?.groups as BiasGroupRow[]).map((r) => r.meanTarget);
    expect(means[0]).toBeCloseTo(10.99, 10);
    expect(means[1]).toBeCloseTo(31, 10);
  });

  it('rejects a missing, all-missing or one-group sensitive column', () => {
    const t = createTable([
      categoryColumn('empty', Int32Array.of(-1, -1, -1), ['x']),
      categoryColumn('one', Int32Array.of(0, 0, 0), ['DE']),
      categoryColumn('y', Int32Array.of(0, 1, 0), ['no', 'yes']),
    ]);
    const run = (sensitive: string[]) => () => dataBiasCheck(createCheckContext(t, { target: 'y', sensitive }));
    expect(run(['nope'])).toThrow(NotFoundError);
    expect(run(['empty'])).toThrow(ValidationError);
    expect(run(['empty'])).toThrow(/missing in every row/);
    expect(run(['one'])).toThrow(/only one group \(DE\)/);
    expect(dataBiasCheck(createCheckContext(t, { target: 'y' }))).toEqual([]);
  });
});
