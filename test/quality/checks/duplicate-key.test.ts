import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { duplicateKeyCheck } from '../../../src/quality/checks/duplicate-key.js';

describe('duplicateKeyCheck', () => {
  const t = createTable([
    categoryColumn('customer', Int32Array.of(0, 1, 0, 2, -1, -1, 0), ['c1', 'c2', 'c3']),
    numberColumn('year', Float64Array.of(2020, 2020, 2021, 2020, 2020, 2020, 2020)),
  ]);

  it('counts repeated keys, leaving out missing keys', () => {
    const [f] = duplicateKeyCheck(createCheckContext(t, { id: ['customer'] }));
    expect(f).toMatchObject({ check: 'duplicate-key', column: 'customer', count: 2, examples: [3, 7] });
    expect(f.details).toMatchObject({ groups: 1, keys: [{ key: 'c1', rows: 3 }], missingKeys: 2 });
  });

  it('treats several id columns as one composite key', () => {
    const [f] = duplicateKeyCheck(createCheckContext(t, { id: ['customer', 'year'] }));
    expect(f).toMatchObject({ count: 1, columns: ['customer', 'year'], examples: [7] });
  });

  it('does nothing without --id', () => {
    expect(duplicateKeyCheck(createCheckContext(t, {}))).toEqual([]);
  });
});
