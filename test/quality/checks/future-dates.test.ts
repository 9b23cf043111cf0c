import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../src/data/csv/read-csv.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { futureDatesCheck } from '../../../src/quality/checks/future-dates.js';

async function sample() {
  const rows = ['weight,day'];
  for (let i = 0; i < 100; i++) rows.push(`${i},2021-01-${String((i % 28) + 1).padStart(2, '0')}`);
  rows.push('12 kg,2021-02-30');
  rows.push('x,2099-12-31');
  rows.push('7,soon');
  return readCsvText(`${rows.join('\n')}\n`);
}

describe('futureDatesCheck', () => {
  it('reports dates after "now"', async () => {
    const t = await sample();
    const [f] = futureDatesCheck(createCheckContext(t, { now: Date.UTC(2024, 0, 1) }));
    expect(f).toMatchObject({ check: 'future-dates', column: 'day', count: 1, examples: [102] });
    expect(f.details?.max).toBe('2099-12-31T00:00:00.000Z');
    expect(futureDatesCheck(createCheckContext(t, { now: Date.UTC(2100, 0, 1) }))).toEqual([]);
  });
});
