import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { readCsvText } from '../../../src/data/csv/read-csv.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { looksNumeric, numbersAsTextCheck } from '../../../src/quality/checks/numbers-as-text.js';

describe('numbersAsTextCheck', () => {
  it('reports blank cells in a numeric column as read', async () => {
    const lines = ['id,total'];
    for (let i = 0; i < 30; i++) lines.push(`${i},${i === 4 || i === 9 ? ' ' : (i * 1.5).toFixed(2)}`);
    const t = await readCsvText(`${lines.join('\n')}\n`);
    const [f] = numbersAsTextCheck(createCheckContext(t, {}));
    expect(f).toMatchObject({ column: 'total', count: 2, examples: [5, 10], messageId: 'quality.numbersAsText.blank' });
  });

  it('reports a text column of mostly numbers, but not one of prefixed codes', () => {
    const values = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'ten', '12'];
    const mostly = categoryColumn(
      'amount',
      Int32Array.from(values, (_, i) => i),
      values,
    );
    const codes = ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109', 'C110', '111'];
    const invoice = categoryColumn(
      'invoice',
      Int32Array.from(codes, (_, i) => i),
      codes,
    );
    const plain = numberColumn('n', Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    const f = numbersAsTextCheck(createCheckContext(createTable([mostly, invoice, plain]), {}));
    expect(f.map((x) => [x.column, x.count, x.examples])).toEqual([['amount', 1, [11]]]);
    expect(f[0].details?.nonNumeric).toEqual([['ten', 1]]);
    expect(looksNumeric(' 3,5 ')).toBe(true);
    expect(looksNumeric('3 kg')).toBe(false);
  });
});
