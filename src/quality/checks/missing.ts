/**
 * @module quality/checks/missing
 * `missing`: one finding per column with missing cells (as read: empty cells, `NA`, `?`, blank cells …),
 * with the tokens that were read as missing in `details.tokens`. The target column is left to the target
 * checks (`missing-target`).
 *
 * Severity: more than half of the rows missing → warning; otherwise info.
 *
 * @example
 * ```ts
 * import { missingCheck } from './missing.js';
 * missingCheck(ctx); // [{ check: 'missing', column: 'workclass', count: 1836, details: { tokens: { '?': 1836 } } }]
 * ```
 */
import { isMissingAt } from '../../data/column.js';
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Share of missing rows above which the finding is a warning. */
export const MISSING_WARNING_SHARE = 0.5;

/**
 * The `missing` check.
 *
 * @example
 * ```ts
 * missingCheck(createCheckContext(table, {})).map((f) => f.column);
 * ```
 */
export const missingCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.name === ctx.options.target) continue;
    const missing = columnProfileOf(ctx, column).missing;
    if (missing === 0) continue;
    const share = missing / table.rowCount;
    out.push(
      catalogueFinding({
        check: 'missing',
        severity: share > MISSING_WARNING_SHARE ? 'warning' : 'info',
        column: column.name,
        count: missing,
        share,
        examples: firstRows(table.rowCount, (i) => isMissingAt(column, storageRow(table, i))),
        messageId: 'quality.missing',
        suggestionId: share > MISSING_WARNING_SHARE ? 'quality.missing.fixMostly' : 'quality.missing.fix',
        params: { column: column.name, count: missing, rows: table.rowCount, percent: percent(share) },
        details: { tokens: { ...column.info.missingTokens }, blankCells: column.info.blankCells },
      }),
    );
  }
  return out;
};
