/**
 * @module quality/checks/high-cardinality
 * `high-cardinality`: a categorical column with more than 50 distinct values that are also more than 5 % of
 * its non-missing values — one-hot encoding would explode, and rare levels cannot be learned. Identifier-like
 * columns (see `id-column`) and the target are left out. `details.unique`, `details.rare` (levels with fewer
 * than 10 rows).
 *
 * Severity: info.
 *
 * @example
 * ```ts
 * import { highCardinalityCheck } from './high-cardinality.js';
 * highCardinalityCheck(ctx)[0].details; // { unique: 4070, rare: 1320 }
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';
import { idReason } from './id-column.js';

/** More distinct values than this are many. */
export const HIGH_CARDINALITY_LEVELS = 50;
/** Distinct values as a share of the non-missing values above which the column is high-cardinality. */
export const HIGH_CARDINALITY_SHARE = 0.05;

/**
 * The `high-cardinality` check.
 *
 * @example
 * ```ts
 * highCardinalityCheck(ctx).map((f) => f.column);
 * ```
 */
export const highCardinalityCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.type !== 'categorical' || column.storage !== 'category') continue;
    if (column.name === ctx.options.target) continue;
    const profile = columnProfileOf(ctx, column);
    const present = profile.rows - profile.missing;
    if (profile.unique <= HIGH_CARDINALITY_LEVELS || profile.unique <= HIGH_CARDINALITY_SHARE * present) continue;
    if (idReason(ctx, column)) continue;
    const counts = ctx.categoryCounts(column.name);
    let rare = 0;
    for (let c = 0; c < counts.length; c++) if (counts[c] > 0 && counts[c] < 10) rare++;
    const share = profile.unique / Math.max(1, present);
    out.push(
      catalogueFinding({
        check: 'high-cardinality',
        severity: 'info',
        column: column.name,
        count: profile.unique,
        share,
        examples: [],
        messageId: 'quality.highCardinality',
        suggestionId: 'quality.highCardinality.fix',
        params: { column: column.name, unique: profile.unique, percent: percent(share), rare },
        details: { unique: profile.unique, rare },
      }),
    );
  }
  return out;
};
