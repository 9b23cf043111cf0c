import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { nearDuplicateRecordsCheck } from '../../../src/quality/checks/near-duplicate-records.js';

function textColumn(name: string, values: (string | null)[]) {
  const dict: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    let c = dict.indexOf(v);
    if (c < 0) c = dict.push(v) - 1;
    return c;
  });
  return categoryColumn(name, codes, dict, 'text');
}

describe('nearDuplicateRecordsCheck', () => {
  it('finds records sharing a normalised e-mail that are not exact copies', () => {
    const t = createTable([
      textColumn('contact', [
        'Anna@Example.de',
        'bob@example.de',
        ' anna@example.de',
        'carl@example.de',
        'bob@example.de',
        'bob@example.de',
      ]),
      numberColumn('spend', Float64Array.of(10, 20, 12, 5, 20, 21)),
    ]);
    const f = nearDuplicateRecordsCheck(createCheckContext(t, {}));
    // row 3 (anna, other spelling) and row 6 (bob, other spend) count; row 5 is an exact copy of row 2
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ column: 'contact', count: 2, examples: [3, 6], severity: 'warning' });
    expect(f[0].details).toMatchObject({ kind: 'email', groups: 2 });
    expect(f[0].details?.pairs).toEqual([
      [3, 1, ' anna@example.de', 'Anna@Example.de'],
      [6, 2, 'bob@example.de', 'bob@example.de'],
    ]);
  });

  it('normalises phones in a column named like one, and combines first and last names', () => {
    const t = createTable([
      textColumn('Telefon', ['+49 170 1234567', '0170/1234567', '030 999999', null]),
      textColumn('Vorname', ['Jörg', 'Anna', 'jorg', 'Anna']),
      textColumn('Nachname', ['Müller', 'Schmidt', 'MUELLER', 'Schmidt']),
    ]);
    const f = nearDuplicateRecordsCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.columns.join('+'), x.details?.kind, x.count, x.examples])).toEqual([
      ['Telefon', 'phone', 1, [2]],
      ['Vorname+Nachname', 'name', 1, [4]],
    ]);
  });

  it('ignores columns that only look like contacts by name', () => {
    const t = createTable([textColumn('PhoneService', ['Yes', 'No', 'Yes', 'Yes'])]);
    expect(nearDuplicateRecordsCheck(createCheckContext(t, {}))).toEqual([]);
  });
});
