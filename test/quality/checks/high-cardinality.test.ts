import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { highCardinalityCheck } from '../../../src/quality/checks/high-cardinality.js';

describe('highCardinalityCheck', () => {
  it('reports categorical columns with many levels relative to the rows', () => {
    const n = 1000;
    const many = Array.from({ length: 200 }, (_, i) => `city ${i}`);
    const few = Array.from({ length: 60 }, (_, i) => `shop ${i}`);
    const t = createTable([
      categoryColumn(
        'city',
        Int32Array.from({ length: n }, (_, i) => (i < 810 ? i % 10 : i - 800)),
        many,
      ),
      categoryColumn(
        'shop',
        Int32Array.from({ length: n }, (_, i) => i % 40),
        few,
      ), // 40 levels
    ]);
    const [f, ...rest] = highCardinalityCheck(createCheckContext(t, {}));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ column: 'city', count: 200, details: { unique: 200, rare: 190 } });
  });
});
