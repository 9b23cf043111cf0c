import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { createTable } from '../../src/data/table.js';
import { MISSING_GROUP, sensitiveGroups } from '../../src/quality/sensitive-groups.js';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';

describe('sensitiveGroups', () => {
  it('cuts an age column into the default bands, with a (missing) group', () => {
    const ages = Float64Array.of(18, 24.9, 25, 34, 35, 44, 45, 54, 55, 64, 65, 97, Number.NaN);
    const g = sensitiveGroups(createTable([numberColumn('age', ages)]), 'age');
    expect(g.grouping).toBe('age-bands');
    expect(g.labels).toEqual(['< 25', '25–34', '35–44', '45–54', '55–64', '≥ 65', MISSING_GROUP]);
    expect([...g.group]).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6]);
    expect(g.sizes).toEqual([2, 2, 2, 2, 2, 2, 1]);
  });

  it('leaves out empty bands', () => {
    const g = sensitiveGroups(createTable([numberColumn('Alter', Float64Array.of(30, 31, 70))]), 'Alter');
    expect(g.labels).toEqual(['25–34', '≥ 65']);
  });

  it('groups categories by value (sorted) and few whole numbers by value', () => {
    const t = createTable([
      categoryColumn('marital', Int32Array.of(1, 0, 2, 1, -1), ['single', 'married', 'divorced']),
      numberColumn('SeniorCitizen', Float64Array.of(0, 1, 0, 0, 1)),
      booleanColumn('vip', Uint8Array.of(0, 1, 1, 0, 0)),
    ]);
    const m = sensitiveGroups(t, 'marital');
    expect(m.labels).toEqual(['divorced', 'married', 'single', MISSING_GROUP]);
    expect(m.sizes).toEqual([1, 2, 1, 1]); // codes 1,0,2,1 → married twice
    expect(sensitiveGroups(t, 'SeniorCitizen').labels).toEqual(['0', '1']);
    expect(sensitiveGroups(t, 'vip').sizes).toEqual([3, 2]);
  });

  it('cuts other numbers at quintiles and dates by year', () => {
    const income = Float64Array.from({ length: 100 }, (_, i) => i * 1.5);
    const g = sensitiveGroups(createTable([numberColumn('income', income)]), 'income');
    expect(g.grouping).toBe('quintile-bands');
    expect(g.sizes).toEqual([20, 20, 20, 20, 20]);
    const d = dateColumn('joined', Float64Array.of(Date.UTC(2019, 5, 1), Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 31)));
    expect(sensitiveGroups(createTable([d]), 'joined').labels).toEqual(['2019', '2020']);
  });

  it('rejects unknown, all-missing and one-group columns with catalogue errors', () => {
    const t = createTable([
      categoryColumn('gone', Int32Array.of(-1, -1), ['x']),
      categoryColumn('one', Int32Array.of(0, 0), ['F']),
      categoryColumn('oneAndMissing', Int32Array.of(0, -1), ['F']),
    ]);
    expect(() => sensitiveGroups(t, 'nope')).toThrow(NotFoundError);
    expect(() => sensitiveGroups(t, 'gone')).toThrow(ValidationError);
    try {
      sensitiveGroups(t, 'gone');
    } catch (e) {
      expect((e as ValidationError).messageId).toBe('sensitive.allMissing');
    }
    for (const name of ['one', 'oneAndMissing']) {
      try {
        sensitiveGroups(t, name);
        expect.unreachable();
      } catch (e) {
        expect((e as ValidationError).messageId).toBe('sensitive.oneGroup');
        expect((e as ValidationError).message).toContain('(F)');
      }
    }
  });
});
