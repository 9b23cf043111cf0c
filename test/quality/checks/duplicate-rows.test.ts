import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable, filterRows } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { duplicateRowsCheck } from '../../../src/quality/checks/duplicate-rows.js';

describe('duplicateRowsCheck', () => {
  const t = createTable([
    numberColumn('a', Float64Array.of(1, 2, 1, 1, 3, 2)),
    categoryColumn('b', Int32Array.of(0, 1, 0, 0, 0, 1), ['x', 'y']),
  ]);

  it('counts k − 1 per row present k times, with [repeat, first] pairs', () => {
    const [f] = duplicateRowsCheck(createCheckContext(t, {}));
    expect(f).toMatchObject({ check: 'duplicate-rows', column: null, count: 3, examples: [3, 4, 6] });
    expect(f.details).toEqual({
      groups: 2,
      pairs: [
        [3, 1],
        [4, 1],
        [6, 2],
      ],
    });
    expect(f.share).toBeCloseTo(0.5, 12);
  });

  it('uses visible row numbers of a filtered table', () => {
    const filtered = filterRows(t, (row) => row !== 0);
    const [f] = duplicateRowsCheck(createCheckContext(filtered, {}));
    expect(f.count).toBe(2);
    expect(f.details?.pairs).toEqual([
      [3, 2],
      [5, 1],
    ]);
  });

  it('reports nothing without repeats', () => {
    const u = createTable([numberColumn('a', Float64Array.of(1, 2, 3))]);
    expect(duplicateRowsCheck(createCheckContext(u, {}))).toEqual([]);
  });
});
