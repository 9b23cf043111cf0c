/**
 * @module quality/checks/duplicate-key
 * `duplicate-key`: with `--id`, the named columns together must identify a row; rows whose key repeats the
 * key of an earlier row are counted (k rows with one key count k − 1). Rows with a missing key cell are
 * left out here (the `missing` check reports them). `details.keys` holds up to five repeated keys with
 * their row counts.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { duplicateKeyCheck } from './duplicate-key.js';
 * duplicateKeyCheck(createCheckContext(table, { id: ['customerID'] }));
 * ```
 */
import { textAt } from '../../data/column.js';
import { getColumn, storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import { memoOf } from '../check-context.js';
import { groupRows } from '../row-groups.js';

/**
 * The `duplicate-key` check.
 *
 * @example
 * ```ts
 * duplicateKeyCheck(ctx)[0]?.count; // rows repeating an earlier key
 * ```
 */
export const duplicateKeyCheck: Check = (ctx) => {
  const names = ctx.options.id ?? [];
  const { table } = ctx;
  if (names.length === 0 || table.rowCount === 0) return [];
  const columns = names.map((n) => getColumn(table, n));
  const groups = memoOf(ctx, `row-groups:key:${names.join('\u0000')}`, () =>
    groupRows(table, columns, { skipMissing: true }),
  );
  if (groups.repeats === 0) return [];
  const examples: number[] = [];
  const firstRows = new Map<number, number>();
  for (let i = 0; i < table.rowCount; i++) {
    const first = groups.firstOf[i];
    if (first < 0) continue;
    if (examples.length < 5) examples.push(i + 1);
    if (firstRows.size < 5 || firstRows.has(first)) firstRows.set(first, (firstRows.get(first) ?? 1) + 1);
  }
  const keys = [...firstRows].map(([first, rows]) => ({
    key: columns.map((c) => textAt(c, storageRow(table, first))).join(' | '),
    rows,
  }));
  const share = groups.repeats / table.rowCount;
  const label = names.join(', ');
  return [
    catalogueFinding({
      check: 'duplicate-key',
      severity: 'warning',
      column: names[0],
      columns: names,
      count: groups.repeats,
      share,
      examples,
      messageId: 'quality.duplicateKey',
      suggestionId: 'quality.duplicateKey.fix',
      params: { column: label, count: groups.repeats, percent: percent(share), groups: groups.groups },
      details: { groups: groups.groups, keys, missingKeys: groups.skipped },
    }),
  ];
};
