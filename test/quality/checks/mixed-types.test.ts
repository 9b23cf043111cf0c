import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../src/data/csv/read-csv.js';
import { filterRows } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { mixedTypesCheck } from '../../../src/quality/checks/mixed-types.js';

async function sample() {
  const rows = ['weight,day'];
  for (let i = 0; i < 100; i++) rows.push(`${i},2021-01-${String((i % 28) + 1).padStart(2, '0')}`);
  rows.push('12 kg,2021-02-30');
  rows.push('x,2099-12-31');
  rows.push('7,soon');
  return readCsvText(`${rows.join('\n')}\n`);
}

describe('mixedTypesCheck', () => {
  it('reports values that were not numbers, with their rows', async () => {
    const t = await sample();
    const [f] = mixedTypesCheck(createCheckContext(t, {}));
    expect(f).toMatchObject({ check: 'mixed-types', column: 'weight', count: 2, examples: [101, 102] });
    expect(f.details?.values).toEqual(['12 kg', 'x']);
  });

  it('maps example rows through a row index', async () => {
    const t = filterRows(await sample(), (row) => row >= 50);
    const [f] = mixedTypesCheck(createCheckContext(t, {}));
    expect(f.examples).toEqual([51, 52]);
  });
});
