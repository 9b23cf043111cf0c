import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../src/data/csv/read-csv.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { unparseableDatesCheck } from '../../../src/quality/checks/unparseable-dates.js';

async function sample() {
  const rows = ['weight,day'];
  for (let i = 0; i < 100; i++) rows.push(`${i},2021-01-${String((i % 28) + 1).padStart(2, '0')}`);
  rows.push('12 kg,2021-02-30');
  rows.push('x,2099-12-31');
  rows.push('7,soon');
  return readCsvText(`${rows.join('\n')}\n`);
}

describe('unparseableDatesCheck', () => {
  it('reports dates that could not be read', async () => {
    const t = await sample();
    const [f] = unparseableDatesCheck(createCheckContext(t, {}));
    expect(f).toMatchObject({ check: 'unparseable-dates', column: 'day', count: 2, examples: [101, 103] });
    expect(f.details?.values).toEqual(['2021-02-30', 'soon']);
  });
});
