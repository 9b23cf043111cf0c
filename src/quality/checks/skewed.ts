/**
 * @module quality/checks/skewed
 * `skewed`: a numeric column with |skewness| > 2 (adjusted Fisher–Pearson, as pandas). Linear models and
 * neural networks do better on a transformed column: log(1 + x) when no value is negative, Yeo–Johnson
 * otherwise (`details.transform`: `log1p` or `yeo-johnson`). Binary and low-cardinality columns
 * (≤ 10 distinct values) and ids are skipped. `count` is the non-missing values.
 *
 * Severity: info (tree ensembles do not need a transform).
 *
 * @example
 * ```ts
 * import { skewedCheck } from './skewed.js';
 * skewedCheck(ctx)[0].details; // { skewness: 3.26, transform: 'log1p' }
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, round3 } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** |skewness| above which a column is reported. */
export const SKEW_LIMIT = 2;

/**
 * The `skewed` check.
 *
 * @example
 * ```ts
 * skewedCheck(ctx).map((f) => f.column); // ['duration', 'campaign']
 * ```
 */
export const skewedCheck: Check = (ctx) => {
  const out: Finding[] = [];
  for (const column of ctx.table.columns) {
    if (column.storage !== 'number' || column.type === 'id') continue;
    const profile = columnProfileOf(ctx, column);
    const s = profile.numeric;
    if (!s || profile.unique <= 10 || !(Math.abs(s.skewness) > SKEW_LIMIT)) continue;
    const transform = s.min >= 0 ? 'log1p' : 'yeo-johnson';
    out.push(
      catalogueFinding({
        check: 'skewed',
        severity: 'info',
        column: column.name,
        count: profile.rows - profile.missing,
        examples: [],
        messageId: 'quality.skewed',
        suggestionId: transform === 'log1p' ? 'quality.skewed.fixLog' : 'quality.skewed.fixYeoJohnson',
        params: { column: column.name, skewness: round3(s.skewness) },
        details: { skewness: s.skewness, transform },
      }),
    );
  }
  return out;
};
