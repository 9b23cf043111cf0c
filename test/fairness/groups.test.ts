import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../src/data/column.js';
import { createTable } from '../../src/data/table.js';
import { checkGroups, groupsFromLabels, sensitiveGroups } from '../../src/fairness/groups.js';
import { rowGroups } from '../../src/fairness/row-groups.js';
import { MISSING_GROUP } from '../../src/quality/sensitive-groups.js';
import { ValidationError } from '../../src/util/errors.js';

function messageIdOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).messageId;
  }
  throw new Error('expected a ValidationError');
}

const table = createTable([
  categoryColumn('sex', Int32Array.of(0, 1, 1, 0, 0, -1), ['Male', 'Female']),
  numberColumn('age', Float64Array.of(19, 30, 47, 66, 30, Number.NaN)),
  numberColumn('score', Float64Array.of(0.5, 1.5, 2.5, 3.5, 4.5, 5.5)),
]);

describe('sensitiveGroups', () => {
  it('groups categories by value and ages in the default bands, with (missing) as a group', () => {
    const [sex, age] = sensitiveGroups(table, ['sex', 'age']);
    expect(sex.labels).toEqual(['Female', 'Male', MISSING_GROUP]);
    expect([...sex.group]).toEqual([1, 0, 0, 1, 1, 2]);
    expect(sex.sizes).toEqual([2, 3, 1]);
    expect(age.groupings).toEqual(['age-bands']);
    expect(age.labels).toEqual(['< 25', '25–34', '45–54', '≥ 65', MISSING_GROUP]);
    expect([...age.group]).toEqual([0, 1, 2, 3, 1, 4]);
    expect(age.spec.bands.age.labels).toEqual(['< 25', '25–34', '35–44', '45–54', '55–64', '≥ 65']);
  });

  it('cuts at given band edges (whole numbers: inner bands end one below the next edge)', () => {
    const [age, score] = sensitiveGroups(table, ['age', 'score'], { bands: { age: [30, 50], score: [2, 4] } });
    expect(age.labels).toEqual(['< 30', '30–49', '≥ 50', MISSING_GROUP]);
    expect([...age.group]).toEqual([0, 1, 1, 2, 1, 3]);
    expect(score.labels).toEqual(['< 2', '2–4', '≥ 4']);
    expect([...score.group]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('forms intersections with labels joined by ×', () => {
    const groups = sensitiveGroups(table, ['sex', 'age'], { bands: { age: [40] }, intersections: true });
    expect(groups).toHaveLength(3);
    const both = groups[2];
    expect(both.name).toBe('sex × age');
    expect(both.labels).toEqual([
      'Female × < 40',
      'Female × ≥ 40',
      'Male × < 40',
      'Male × ≥ 40',
      '(missing) × (missing)',
    ]);
    expect(both.labels[both.group[2]]).toBe('Female × ≥ 40');
    expect(both.sizes.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('rejects an unknown column, a column with one group, an all-missing column and bad bands', () => {
    const t = createTable([
      categoryColumn('one', Int32Array.of(0, 0, -1), ['F']),
      numberColumn('gone', Float64Array.of(Number.NaN, Number.NaN, Number.NaN)),
      numberColumn('x', Float64Array.of(1, 2, 3)),
    ]);
    expect(messageIdOf(() => sensitiveGroups(t, ['nope']))).toBe('fairness.unknownColumn');
    expect(messageIdOf(() => sensitiveGroups(t, ['one']))).toBe('sensitive.oneGroup');
    expect(messageIdOf(() => sensitiveGroups(t, ['gone']))).toBe('sensitive.allMissing');
    expect(messageIdOf(() => sensitiveGroups(t, []))).toBe('fairness.noColumns');
    expect(messageIdOf(() => sensitiveGroups(t, ['x'], { bands: { x: [3, 2] } }))).toBe('fairness.badBands');
    expect(new ValidationError('fairness.unknownColumn', { column: 'sexx', columns: 'a, b' }).localized('de')).toBe(
      'Die sensible Spalte sexx gibt es nicht; vorhanden sind: a, b',
    );
  });

  it('checks group codes and needs two groups with rows', () => {
    expect(checkGroups(groupsFromLabels(['a', 'b', 'a']), 3)).toBe(2);
    expect(messageIdOf(() => checkGroups({ labels: ['a', 'b'], group: [0, 0] }, 2))).toBe('fairness.oneGroup');
    expect(messageIdOf(() => checkGroups({ labels: ['a', 'b'], group: [0, 2] }, 2))).toBe('fairness.badGroups');
    expect(messageIdOf(() => checkGroups({ labels: ['a', 'b'], group: [0, 1] }, 3))).toBe('evaluation.lengthMismatch');
  });
});

describe('rowGroups', () => {
  it('groups new rows by the stored spec, even a single row', () => {
    const [, , both] = sensitiveGroups(table, ['sex', 'age'], { intersections: true });
    const again = rowGroups(table, both.spec);
    for (let i = 0; i < table.rowCount; i++) expect(again.labels[again.group[i]]).toBe(both.labels[both.group[i]]);
    const one = createTable([
      categoryColumn('sex', Int32Array.of(0), ['Female']),
      numberColumn('age', Float64Array.of(58)),
    ]);
    const g = rowGroups(one, both.spec);
    expect(g.labels).toEqual(['Female × 55–64']);
    expect(messageIdOf(() => rowGroups(createTable([numberColumn('age', Float64Array.of(1))]), both.spec))).toBe(
      'fairness.unknownColumn',
    );
  });
});
