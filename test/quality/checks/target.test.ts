import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { targetChecks } from '../../../src/quality/checks/target.js';
import { NotFoundError, ValidationError } from '../../../src/util/errors.js';
import { formatMessage } from '../../../src/util/messages.js';

/** A category column from labels ('' = missing). */
function labels(name: string, values: readonly string[]) {
  const dict = [...new Set(values.filter((v) => v !== ''))];
  return categoryColumn(
    name,
    Int32Array.from(values, (v) => (v === '' ? -1 : dict.indexOf(v))),
    dict,
  );
}

function run(values: readonly string[], options: { positive?: string } = {}) {
  const table = createTable([
    labels('y', values),
    numberColumn(
      'x',
      Float64Array.from(values, (_, i) => i),
    ),
  ]);
  return targetChecks(createCheckContext(table, { target: 'y', ...options }));
}

describe('targetChecks', () => {
  it('does nothing without a target, and throws for an unknown one', () => {
    const table = createTable([labels('y', ['a', 'b'])]);
    expect(targetChecks(createCheckContext(table, {}))).toEqual([]);
    expect(() => targetChecks(createCheckContext(table, { target: 'nope' }))).toThrow(NotFoundError);
  });

  it('reports a binary imbalance below 20 % as a warning with the positive rate', () => {
    // 15 yes of 100
    const values = Array.from({ length: 100 }, (_, i) => (i % 20 < 3 ? 'yes' : 'no'));
    const [f] = run(values);
    expect(f.check).toBe('class-imbalance');
    expect(f.severity).toBe('warning');
    expect(f.count).toBe(15);
    expect(f.share).toBeCloseTo(0.15, 12);
    expect(f.details?.positiveClass).toBe('yes');
    expect(f.details?.positiveRate).toBeCloseTo(0.15, 12);
    expect(f.examples).toEqual([1, 2, 3, 21, 22]);
    expect(f.messageId).toBe('quality.classImbalance');
    expect(f.message).toBe(formatMessage('quality.classImbalance', f.params));
    expect(f.message).toContain('15%');
  });

  it('notes a mild imbalance as info and stays silent when balanced', () => {
    const mild = Array.from({ length: 100 }, (_, i) => (i < 30 ? 'yes' : 'no'));
    expect(run(mild)[0].severity).toBe('info');
    const balanced = Array.from({ length: 100 }, (_, i) => (i < 45 ? 'yes' : 'no'));
    expect(run(balanced)).toEqual([]);
  });

  it('reports the positive rate of the class chosen by --positive', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i < 15 ? 'yes' : 'no'));
    const [f] = run(values, { positive: 'no' });
    expect(f.details?.positiveClass).toBe('no');
    expect(f.details?.positiveRate).toBeCloseTo(0.85, 12);
    expect(f.details?.minorityClass).toBe('yes');
    expect(() => run(values, { positive: 'maybe' })).toThrow(ValidationError);
  });

  it('is an error when the minority has fewer than 10 rows or there is one class', () => {
    const few = Array.from({ length: 200 }, (_, i) => (i < 4 ? 'churn' : 'stay'));
    const [f] = run(few);
    expect(f.severity).toBe('error');
    expect(f.messageId).toBe('quality.classImbalance.tooFew');
    const one = run(['a', 'a', 'a']);
    expect(one[0].messageId).toBe('quality.classImbalance.oneClass');
    expect(one[0].severity).toBe('error');
  });

  it('counts missing targets with examples', () => {
    const values = ['yes', '', 'no', 'no', '', 'yes', 'no', 'no', 'no', 'no'];
    const f = run(values).find((x) => x.check === 'missing-target');
    expect(f?.count).toBe(2);
    expect(f?.share).toBeCloseTo(0.2, 12);
    expect(f?.examples).toEqual([2, 5]);
    expect(f?.severity).toBe('warning');
  });

  it('flags rare classes of a multiclass target (< 1 % or < 10 rows)', () => {
    // 600 a, 380 b, 12 c (1.2 %, kept), 5 d (rare: < 10 rows), 3 e (rare)
    const values = [
      ...Array(600).fill('a'),
      ...Array(380).fill('b'),
      ...Array(12).fill('c'),
      ...Array(5).fill('d'),
      ...Array(3).fill('e'),
    ];
    const findings = run(values);
    const rare = findings.find((f) => f.check === 'rare-classes');
    expect(rare?.count).toBe(8);
    expect((rare?.details?.rareClasses as { class: string }[]).map((r) => r.class)).toEqual(['d', 'e']);
    expect(rare?.examples).toEqual([993, 994, 995, 996, 997]);
    const imbalance = findings.find((f) => f.check === 'class-imbalance');
    expect(imbalance?.severity).toBe('warning');
    expect(imbalance?.details?.ratio).toBe(200);
  });

  it('treats a numeric 0/1 target as binary with positive class 1', () => {
    const y = Float64Array.from({ length: 50 }, (_, i) => (i < 5 ? 1 : 0));
    const table = createTable([numberColumn('churn', y)]);
    const [f] = targetChecks(createCheckContext(table, { target: 'churn' }));
    expect(f.details?.positiveClass).toBe('1');
    expect(f.details?.positiveRate).toBeCloseTo(0.1, 12);
  });
});
