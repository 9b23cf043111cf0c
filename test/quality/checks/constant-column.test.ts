import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { constantColumnCheck } from '../../../src/quality/checks/constant-column.js';

describe('constantColumnCheck', () => {
  it('reports single-valued and empty columns; an error for the target', () => {
    const t = createTable([
      categoryColumn('country', Int32Array.of(0, 0, -1, 0), ['DE']),
      numberColumn('blank', Float64Array.of(Number.NaN, Number.NaN, Number.NaN, Number.NaN)),
      numberColumn('x', Float64Array.of(1, 2, 3, 4)),
      numberColumn('y', Float64Array.of(1, 1, 1, 1)),
    ]);
    const f = constantColumnCheck(createCheckContext(t, { target: 'y' }));
    expect(f.map((x) => [x.column, x.severity, x.details?.value, x.messageId])).toEqual([
      ['country', 'warning', 'DE', 'quality.constantColumn'],
      ['blank', 'warning', null, 'quality.constantColumn.empty'],
      ['y', 'error', '1', 'quality.constantColumn'],
    ]);
  });
});
