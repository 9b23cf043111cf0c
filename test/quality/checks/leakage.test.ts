import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { leakageCheck } from '../../../src/quality/checks/leakage.js';
import { NotFoundError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';

function table(n = 1500, seed = 11) {
  const rng = createRng(seed);
  const y = new Int32Array(n);
  const cols = {
    leak: new Float64Array(n),
    noise: new Float64Array(n),
    call_duration: new Float64Array(n),
    flagged: new Float64Array(n),
    refund_date: new Float64Array(n),
    customer: new Int32Array(n),
    constant: new Float64Array(n).fill(3),
    leakCat: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    y[i] = rng.next() < 0.2 ? 1 : 0;
    cols.leak[i] = y[i] === 1 ? 50 + rng.next() * 50 : rng.next() * 50;
    cols.noise[i] = rng.normal();
    cols.call_duration[i] = rng.next() * 600;
    cols.flagged[i] = rng.normal();
    cols.refund_date[i] = y[i] === 1 ? 18_000 + rng.int(300) : Number.NaN;
    cols.customer[i] = i;
    // the category says the outcome, 2 % flipped
    cols.leakCat[i] = rng.next() < 0.02 ? 1 - y[i] : y[i];
  }
  return createTable([
    categoryColumn('y', y, ['no', 'yes']),
    numberColumn('leak', cols.leak),
    numberColumn('noise', cols.noise),
    numberColumn('call_duration', cols.call_duration),
    numberColumn('flagged', cols.flagged),
    numberColumn('refund_date', cols.refund_date),
    categoryColumn(
      'customer',
      cols.customer,
      Array.from({ length: n }, (_, i) => `C${i}`),
      'id',
    ),
    numberColumn('constant', cols.constant),
    categoryColumn('leakCat', cols.leakCat, ['lost', 'won']),
  ]);
}

describe('leakageCheck', () => {
  const t = table();
  const findings = leakageCheck(createCheckContext(t, { target: 'y', seed: 0, afterOutcome: ['flagged'] }));
  const byColumn = new Map(findings.map((f) => [f.column, f]));

  it('flags a perfectly predictive column (numeric and categorical) as an error by score', () => {
    const leak = byColumn.get('leak');
    expect(leak?.severity).toBe('error');
    expect(leak?.details?.rules).toEqual(['score']);
    expect(leak?.details?.auc).toBeGreaterThan(0.99);
    expect(leak?.columns).toEqual(['leak', 'y']);
    expect(leak?.messageId).toBe('quality.leakageSuspect.score');
    const cat = byColumn.get('leakCat');
    expect(cat?.details?.auc).toBeGreaterThan(0.95);
    expect(cat?.severity).toBe('error');
  });

  it('flags a column present only after the outcome through its missing values', () => {
    const refund = byColumn.get('refund_date');
    expect(refund?.details?.rules).toEqual(['score', 'name']);
    expect(refund?.details?.auc).toBe(1);
  });

  it('flags by name with the AUC, as a warning when the column does not predict', () => {
    const f = byColumn.get('call_duration');
    expect(f?.details?.rules).toEqual(['name']);
    expect(f?.details?.nameWord).toBe('duration');
    expect(Math.abs((f?.details?.auc as number) - 0.5)).toBeLessThan(0.1);
    expect(f?.severity).toBe('warning');
  });

  it('always flags declared after-outcome columns', () => {
    const f = byColumn.get('flagged');
    expect(f?.details?.rules).toEqual(['declared']);
    expect(f?.severity).toBe('error');
    expect(f?.messageId).toBe('quality.leakageSuspect.declared');
  });

  it('leaves noise, ids, constants and the target alone', () => {
    expect([...byColumn.keys()].sort()).toEqual(['call_duration', 'flagged', 'leak', 'leakCat', 'refund_date']);
  });

  it('is deterministic for a seed', () => {
    const again = leakageCheck(createCheckContext(t, { target: 'y', seed: 0, afterOutcome: ['flagged'] }));
    expect(again.map((f) => f.details?.auc)).toEqual(findings.map((f) => f.details?.auc));
  });

  it('judges a regression target by R²', () => {
    const rng = createRng(1);
    const n = 800;
    const x = Float64Array.from({ length: n }, () => rng.next() * 100);
    const spend = Float64Array.from(x, (v) => v * 2 + rng.normal());
    const other = Float64Array.from({ length: n }, () => rng.normal());
    const r = createTable([numberColumn('spend', spend), numberColumn('basket', x), numberColumn('other', other)]);
    const [f, ...rest] = leakageCheck(createCheckContext(r, { target: 'spend' }));
    expect(rest).toEqual([]);
    expect(f.column).toBe('basket');
    expect(f.details?.metric).toBe('r2');
    expect(f.details?.r2).toBeGreaterThan(0.95);
    expect(f.params?.metric).toBe('R²');
  });

  it('needs a target, and names unknown columns', () => {
    expect(leakageCheck(createCheckContext(t, {}))).toEqual([]);
    expect(() => leakageCheck(createCheckContext(t, { target: 'nope' }))).toThrow(NotFoundError);
    expect(() => leakageCheck(createCheckContext(t, { target: 'y', afterOutcome: ['nope'] }))).toThrow(NotFoundError);
  });
});
