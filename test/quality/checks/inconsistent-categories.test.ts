import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { inconsistentCategoriesCheck, variantGroups } from '../../../src/quality/checks/inconsistent-categories.js';

/** A column holding each label `count` times. */
function column(name: string, spec: [string, number][]) {
  const codes: number[] = [];
  spec.forEach(([, n], code) => {
    for (let i = 0; i < n; i++) codes.push(code);
  });
  return categoryColumn(
    name,
    Int32Array.from(codes),
    spec.map(([v]) => v),
  );
}

describe('inconsistentCategoriesCheck', () => {
  it('groups case, white-space and spelling variants', () => {
    const t = createTable([
      column('sex', [
        ['Male', 50],
        ['Female', 45],
        ['male', 3],
        ['Male ', 2],
      ]),
      column('status', [
        ['married', 40],
        ['single', 40],
        ['marreid', 2],
        ['divorced', 18],
      ]),
      column('product', [
        ['Premium subscription', 60],
        ['Premium subscirption', 1],
        ['Premium subscription plus', 39],
      ]),
    ]);
    const f = inconsistentCategoriesCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.count, x.details?.groups, x.details?.kinds])).toEqual([
      [
        'sex',
        5,
        [
          [
            ['Male', 50],
            ['male', 3],
            ['Male ', 2],
          ],
        ],
        ['whitespace'],
      ],
      [
        'status',
        2,
        [
          [
            ['married', 40],
            ['marreid', 2],
          ],
        ],
        ['spelling'],
      ],
      [
        'product',
        1,
        [
          [
            ['Premium subscription', 60],
            ['Premium subscirption', 1],
          ],
        ],
        ['spelling'],
      ],
    ]);
    expect(f[0].examples).toEqual([96, 97, 98, 99, 100]);
  });

  it('skips labels that differ only in digits, frequent distinct words, short labels, and the target', () => {
    const t = createTable([
      column('education', [
        ['basic.4y', 30],
        ['basic.6y', 30],
        ['basic.9y', 34],
        ['Group 1', 3],
        ['Group 10', 3],
      ]),
      column('campaign', [
        ['Mens E-Mail', 33],
        ['Womens E-Mail', 33],
        ['No E-Mail', 34],
      ]),
      column('month', [
        ['jun', 50],
        ['jul', 50],
      ]),
      column('y', [
        ['yes', 50],
        ['Yes', 50],
      ]),
    ]);
    expect(inconsistentCategoriesCheck(createCheckContext(t, { target: 'y' }))).toEqual([]);
  });

  it('tells case variants from white-space variants', () => {
    expect(variantGroups(['Paris', 'PARIS', 'Rome'], Int32Array.of(5, 1, 4))).toEqual([
      { codes: [0, 1], kind: 'case' },
    ]);
  });
});
