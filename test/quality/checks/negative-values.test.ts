import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/data/column.js';
import { createTable, filterRows } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { negativeValuesCheck } from '../../../src/quality/checks/negative-values.js';

describe('negativeValuesCheck', () => {
  it('reports a few negatives in a positive column, not a column that is often negative', () => {
    const quantity = Float64Array.from({ length: 100 }, (_, i) => (i % 25 === 3 ? -(i + 1) : i + 1));
    const balance = Float64Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? -i : i));
    const t = createTable([numberColumn('quantity', quantity), numberColumn('balance', balance)]);
    const f = negativeValuesCheck(createCheckContext(t, {}));
    expect(f.map((x) => x.column)).toEqual(['quantity']);
    expect(f[0].count).toBe(4);
    expect(f[0].examples).toEqual([4, 29, 54, 79]);
    expect(f[0].details).toEqual({ share: 0.04, min: -79, sum: -(4 + 29 + 54 + 79) });
    expect(f[0].severity).toBe('warning');
  });

  it('counts only the visible rows of a filtered table', () => {
    const quantity = Float64Array.of(5, -1, 7, -2, 9, 4, 3, 2, 8, 6, 1, 5);
    const t = filterRows(createTable([numberColumn('q', quantity)]), (row) => row !== 1);
    const f = negativeValuesCheck(createCheckContext(t, {}));
    expect(f[0].count).toBe(1);
    expect(f[0].examples).toEqual([3]);
  });
});
