/**
 * @module quality/checks/skipped-rows
 * `skipped-rows`: rows the reader skipped (with `--skip-bad-rows`) are never dropped silently — they become a
 * finding with their lines and reasons (`details.lines`, up to 20 of them). `profileTable` always runs it,
 * whatever checks are registered. Skipped rows are not in the table, so `examples` is empty.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { skippedRowsCheck } from './skipped-rows.js';
 * skippedRowsCheck(ctx)[0]?.details?.lines; // [{ line: 7, reason: '…' }]
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';

/**
 * The `skipped-rows` check.
 *
 * @example
 * ```ts
 * skippedRowsCheck(ctx).length; // 0 or 1
 * ```
 */
export const skippedRowsCheck: Check = (ctx) => {
  const skipped = ctx.table.source.skipped ?? [];
  if (skipped.length === 0) return [];
  const total = ctx.table.rowCount + skipped.length;
  const share = skipped.length / total;
  return [
    catalogueFinding({
      check: 'skipped-rows',
      severity: 'warning',
      column: null,
      columns: [],
      count: skipped.length,
      share,
      examples: [],
      messageId: 'quality.skippedRows',
      suggestionId: 'quality.skippedRows.fix',
      params: {
        count: skipped.length,
        percent: percent(share),
        file: skipped[0].file ?? ctx.table.source.name,
        line: skipped[0].line,
        reason: skipped[0].reason,
      },
      details: { lines: skipped.slice(0, 20) },
    }),
  ];
};
