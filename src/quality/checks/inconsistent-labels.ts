/**
 * @module quality/checks/inconsistent-labels
 * `inconsistent-labels`: classes of the target that differ only by case, white space or surrounding
 * punctuation — adult's `>50K` in adult.data and `>50K.` in adult.test — so that a model would learn them as
 * different classes. Labels are compared after lower-casing, removing white space and stripping `.` `,` `;`
 * `:` `!` `?` and quotes at either end (signs such as `<`, `>`, `=` are kept: `<=50K` stays apart from `>50K`).
 * `details.groups` lists each group as [[variant, count], …], most frequent first.
 *
 * Severity: error (the target's classes are split as they stand).
 *
 * @example
 * ```ts
 * import { inconsistentLabelsCheck } from './inconsistent-labels.js';
 * inconsistentLabelsCheck(ctx)[0].details?.groups; // [[['<=50K', 24720], ['<=50K.', 12435]], [['>50K', 7841], ['>50K.', 3846]]]
 * ```
 */
import { getColumn, hasColumn, storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';

/**
 * The label key: lower case, no white space, no punctuation at either end.
 *
 * @example
 * ```ts
 * labelKey(' >50K. '); // '>50k'
 * ```
 */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[.,;:!?'"`]+|[.,;:!?'"`]+$/g, '');
}

/**
 * The `inconsistent-labels` check (needs `options.target`).
 *
 * @example
 * ```ts
 * inconsistentLabelsCheck(createCheckContext(table, { target: 'income' }));
 * ```
 */
export const inconsistentLabelsCheck: Check = (ctx) => {
  const { table } = ctx;
  const target = ctx.options.target;
  if (target === undefined || !hasColumn(table, target)) return [];
  const column = getColumn(table, target);
  if (column.storage !== 'category') return [];
  const counts = ctx.categoryCounts(target);
  const byKey = new Map<string, number[]>();
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] === 0) continue;
    const key = labelKey(column.dictionary[c]);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const groups = [...byKey.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((x, y) => counts[y] - counts[x] || x - y))
    .sort((g, h) => counts[h[0]] - counts[g[0]]);
  if (groups.length === 0) return [];
  const minor = new Uint8Array(counts.length);
  let count = 0;
  for (const g of groups) {
    for (const c of g.slice(1)) {
      minor[c] = 1;
      count += counts[c];
    }
  }
  const named = groups.map((g) => g.map((c) => [column.dictionary[c], counts[c]] as [string, number]));
  const share = count / table.rowCount;
  const codes = column.codes;
  return [
    catalogueFinding({
      check: 'inconsistent-labels',
      severity: 'error',
      column: target,
      count,
      share,
      examples: firstRows(table.rowCount, (i) => {
        const c = codes[storageRow(table, i)];
        return c >= 0 && minor[c] === 1;
      }),
      messageId: 'quality.inconsistentLabels',
      suggestionId: 'quality.inconsistentLabels.fix',
      params: {
        column: target,
        example: named
          .slice(0, 3)
          .map((g) => g.map(([v]) => `'${v}'`).join(' / '))
          .join(', '),
        count,
        percent: percent(share),
      },
      details: { groups: named },
    }),
  ];
};
