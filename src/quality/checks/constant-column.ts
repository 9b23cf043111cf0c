/**
 * @module quality/checks/constant-column
 * `constant-column`: a column with a single distinct non-missing value, or with every value missing. It
 * carries no information for a model. `details.value` is the value (null when all missing).
 *
 * Severity: warning; error for the target (nothing to learn).
 *
 * @example
 * ```ts
 * import { constantColumnCheck } from './constant-column.js';
 * constantColumnCheck(ctx); // [{ column: 'country', details: { value: 'DE' } }]
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/**
 * The `constant-column` check.
 *
 * @example
 * ```ts
 * constantColumnCheck(ctx).map((f) => f.column);
 * ```
 */
export const constantColumnCheck: Check = (ctx) => {
  const { table } = ctx;
  if (table.rowCount === 0) return [];
  const out: Finding[] = [];
  for (const column of table.columns) {
    const profile = columnProfileOf(ctx, column);
    if (profile.unique > 1) continue;
    const empty = profile.unique === 0;
    const value = empty ? null : profile.top[0].value;
    out.push(
      catalogueFinding({
        check: 'constant-column',
        severity: column.name === ctx.options.target ? 'error' : 'warning',
        column: column.name,
        count: table.rowCount,
        share: 1,
        examples: [],
        messageId: empty ? 'quality.constantColumn.empty' : 'quality.constantColumn',
        suggestionId: 'quality.constantColumn.fix',
        params: { column: column.name, value: value ?? '', count: table.rowCount },
        details: { value, missing: profile.missing },
      }),
    );
  }
  return out;
};
