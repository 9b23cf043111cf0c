/**
 * @module quality/checks/duplicate-rows
 * `duplicate-rows`: rows that are exact copies of an earlier row over all columns (missing equals missing).
 * `count` is the number of repeats — a row present k times counts k − 1 — as pandas' `duplicated()`.
 * `details.groups` is the number of distinct rows that occur more than once, `details.pairs` up to five
 * [repeat, first] pairs of 1-based rows. Hash-based, verified cell by cell (see `quality/row-groups.ts`).
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { duplicateRowsCheck } from './duplicate-rows.js';
 * duplicateRowsCheck(ctx)[0].count; // 5268 on online retail
 * ```
 */
import type { Check, CheckContext } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import { memoOf } from '../check-context.js';
import { groupRows, type RowGroups } from '../row-groups.js';

/**
 * The exact-duplicate grouping of all rows, shared through the context (the near-duplicate check reuses it).
 *
 * @example
 * ```ts
 * exactDuplicates(ctx).firstOf[10]; // −1 or the visible row it repeats
 * ```
 */
export function exactDuplicates(ctx: CheckContext): RowGroups {
  return memoOf(ctx, 'row-groups:all', () => groupRows(ctx.table, ctx.table.columns));
}

/**
 * The `duplicate-rows` check.
 *
 * @example
 * ```ts
 * duplicateRowsCheck(ctx)[0]?.details?.groups;
 * ```
 */
export const duplicateRowsCheck: Check = (ctx) => {
  const { table } = ctx;
  if (table.rowCount === 0 || table.columns.length === 0) return [];
  const groups = exactDuplicates(ctx);
  if (groups.repeats === 0) return [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < table.rowCount && pairs.length < 5; i++) {
    if (groups.firstOf[i] >= 0) pairs.push([i + 1, groups.firstOf[i] + 1]);
  }
  const share = groups.repeats / table.rowCount;
  return [
    catalogueFinding({
      check: 'duplicate-rows',
      severity: 'warning',
      column: null,
      columns: [],
      count: groups.repeats,
      share,
      examples: pairs.map((p) => p[0]),
      messageId: 'quality.duplicateRows',
      suggestionId: 'quality.duplicateRows.fix',
      params: { count: groups.repeats, percent: percent(share), groups: groups.groups },
      details: { groups: groups.groups, pairs },
    }),
  ];
};
