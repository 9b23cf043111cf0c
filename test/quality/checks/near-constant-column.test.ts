import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { nearConstantColumnCheck } from '../../../src/quality/checks/near-constant-column.js';

describe('nearConstantColumnCheck', () => {
  it('reports a value holding ≥ 99 % of the non-missing values, with rows of the rare values', () => {
    const n = 300;
    const flag = Float64Array.from({ length: n }, (_, i) => (i === 150 ? 1 : 0));
    const spread = Float64Array.from({ length: n }, (_, i) => 1000 + (i % 3) * 1e-7);
    const normal = Float64Array.from({ length: n }, (_, i) => i % 10);
    const cat = categoryColumn(
      'c',
      Int32Array.from({ length: n }, (_, i) => (i < 297 ? 0 : 1)),
      ['a', 'b'],
    );
    const t = createTable([
      numberColumn('flag', flag),
      numberColumn('spread', spread),
      numberColumn('normal', normal),
      cat,
    ]);
    const f = nearConstantColumnCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.count, x.examples])).toEqual([
      ['flag', 299, [151]],
      ['spread', 100, [2, 3, 5, 6, 8]],
      ['c', 297, [298, 299, 300]],
    ]);
    expect(f[0].share).toBeCloseTo(299 / 300, 12);
    expect(f[1].messageId).toBe('quality.nearConstantColumn.spread');
  });
});
