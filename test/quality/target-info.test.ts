import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, numberColumn } from '../../src/data/column.js';
import { createTable, filterRows } from '../../src/data/table.js';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import { choosePositive, targetInfo } from '../../src/quality/target-info.js';

describe('choosePositive', () => {
  it('picks the class whose label reads as positive', () => {
    expect(choosePositive(['no', 'yes'], [90, 10])).toEqual({ index: 1, reason: 'name' });
    expect(choosePositive(['<=50K', '>50K'], [75, 25])).toEqual({ index: 1, reason: 'name' });
    expect(choosePositive(['<=50K.', '>50K.'], [75, 25])).toEqual({ index: 1, reason: 'name' });
    expect(choosePositive(['0', '1'], [5, 95])).toEqual({ index: 1, reason: 'name' });
    expect(choosePositive(['No', 'Yes'], [70, 30])).toEqual({ index: 1, reason: 'name' });
  });

  it('takes the other class of a negative-sounding one, else the minority', () => {
    expect(choosePositive(['bought', 'none'], [3, 7]).index).toBe(0);
    expect(choosePositive(['stay', 'none'], [3, 7])).toEqual({ index: 0, reason: 'name' });
    expect(choosePositive(['A', 'B'], [10, 3])).toEqual({ index: 1, reason: 'minority' });
  });

  it('honours the option and rejects an unknown class', () => {
    expect(choosePositive(['no', 'yes'], [1, 1], 'no')).toEqual({ index: 0, reason: 'option' });
    expect(() => choosePositive(['no', 'yes'], [1, 1], 'maybe', 'y')).toThrow(ValidationError);
  });
});

describe('targetInfo', () => {
  it('reads a binary category target with missing rows', () => {
    const t = createTable([categoryColumn('y', Int32Array.of(0, 1, -1, 0, 0), ['no', 'yes'])]);
    const info = targetInfo(t, 'y');
    expect(info.kind).toBe('binary');
    expect(info.classes).toEqual(['no', 'yes']);
    expect(info.counts).toEqual([3, 1]);
    expect(info.missing).toBe(1);
    expect(info.classes[info.positive]).toBe('yes');
    expect([...info.labels]).toEqual([0, 1, -1, 0, 0]);
  });

  it('treats few whole numbers as classes and many decimals as regression', () => {
    const cls = createTable([numberColumn('rating', Float64Array.of(1, 2, 3, 2, 1, Number.NaN))]);
    expect(targetInfo(cls, 'rating').kind).toBe('multiclass');
    const reg = createTable([numberColumn('spend', Float64Array.of(1.5, 2.25, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))]);
    const info = targetInfo(reg, 'spend');
    expect(info.kind).toBe('regression');
    expect(info.positive).toBe(-1);
  });

  it('reads booleans, constants and empty targets', () => {
    const t = createTable([
      booleanColumn('b', Uint8Array.of(0, 1, 2)),
      categoryColumn('c', Int32Array.of(0, 0, 0), ['x']),
      categoryColumn('e', Int32Array.of(-1, -1, -1), ['x']),
    ]);
    expect(targetInfo(t, 'b').kind).toBe('binary');
    expect(targetInfo(t, 'b').classes[targetInfo(t, 'b').positive]).toBe('true');
    expect(targetInfo(t, 'c').kind).toBe('constant');
    expect(targetInfo(t, 'e').kind).toBe('empty');
  });

  it('follows the row index of a filtered table', () => {
    const t = createTable([categoryColumn('y', Int32Array.of(0, 1, 1, 0), ['no', 'yes'])]);
    const f = filterRows(t, (row) => row >= 1);
    expect([...targetInfo(f, 'y').labels]).toEqual([1, 1, 0]);
  });

  it('throws NotFoundError for an unknown target', () => {
    const t = createTable([numberColumn('x', Float64Array.of(1))]);
    expect(() => targetInfo(t, 'nope')).toThrow(NotFoundError);
  });
});
