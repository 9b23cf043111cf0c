import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { skippedRowsCheck } from '../../../src/quality/checks/skipped-rows.js';

describe('skippedRowsCheck', () => {
  it('turns rows the reader skipped into a finding', () => {
    const t = createTable([numberColumn('a', Float64Array.of(1, 2, 3))], {
      name: 'x.csv',
      format: 'csv',
      skipped: [
        { line: 4, reason: '3 fields, expected 1' },
        { line: 9, reason: 'stray quote' },
      ],
    });
    const [f] = skippedRowsCheck(createCheckContext(t, {}));
    expect(f).toMatchObject({ check: 'skipped-rows', count: 2, column: null, examples: [] });
    expect(f.share).toBeCloseTo(2 / 5, 12);
    expect(f.message).toContain('line 4');
    expect(f.details?.lines).toHaveLength(2);
  });
});
