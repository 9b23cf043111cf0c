import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { idColumnCheck } from '../../../src/quality/checks/id-column.js';

describe('idColumnCheck', () => {
  const n = 50;
  const ids = Array.from({ length: n }, (_, i) => `${1000 + i}-AB${i}`);
  const sentences = Array.from({ length: n }, (_, i) => `free text number ${i}`);
  const t = createTable([
    categoryColumn(
      'customerID',
      Int32Array.from(ids, (_, i) => i),
      ids,
    ),
    numberColumn(
      'row',
      Float64Array.from({ length: n }, (_, i) => i + 1),
    ),
    numberColumn(
      'amount',
      Float64Array.from({ length: n }, (_, i) => i + 0.5),
    ),
    categoryColumn(
      'comment',
      Int32Array.from(sentences, (_, i) => i),
      sentences,
    ),
    categoryColumn(
      'declared',
      Int32Array.from({ length: n }, (_, i) => i % 2),
      ['a', 'b'],
      'id',
    ),
  ]);

  it('flags id-typed columns and unique whole numbers or short texts', () => {
    const f = idColumnCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.details?.reason])).toEqual([
      ['customerID', 'unique-texts'],
      ['row', 'unique-integers'],
      ['declared', 'type'],
    ]);
  });

  it('leaves out columns named with --id', () => {
    const f = idColumnCheck(createCheckContext(t, { id: ['customerID'] }));
    expect(f.map((x) => x.column)).toEqual(['row', 'declared']);
  });
});
