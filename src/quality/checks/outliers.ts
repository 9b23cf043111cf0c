/**
 * @module quality/checks/outliers
 * `outliers`: values far from the bulk of a numeric column, by robust rules that extreme values cannot
 * mask: a value is an outlier when its robust z-score |x − median| / (1.4826 · MAD) exceeds 5 *and* it lies
 * beyond the fences Q1 − 3·IQR / Q3 + 3·IQR (requiring both keeps multimodal columns such as bank
 * `euribor3m`, whose MAD describes only the larger mode, from being reported as one third outliers). When the
 * MAD is 0 (over half the values equal) the fences alone decide; when the IQR is 0 too, the column is left to
 * `near-constant-column`, `skewed` and `sentinel-value`. Binary and low-cardinality whole-number columns (≤ 10 distinct values) and ids are
 * skipped. The examples are the rows with the most extreme values; `details` has the bounds, the method,
 * the counts below and above, and the extreme values.
 *
 * Severity: info (outliers are often real — large customers — and only sometimes errors).
 *
 * @example
 * ```ts
 * import { outliersCheck } from './outliers.js';
 * outliersCheck(ctx)[0].details; // { method: 'mad+iqr', lower: -1200, upper: 4800, below: 3, above: 417, … }
 * ```
 */
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, percent, round3 } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Robust z-score beyond which a value is an outlier. */
export const OUTLIER_Z = 5;
/** IQR multiple beyond the quartiles (when the MAD is 0). */
export const OUTLIER_IQR = 3;
/** Columns with at most this many distinct values are skipped. */
export const OUTLIER_MIN_UNIQUE = 10;

/**
 * The `outliers` check.
 *
 * @example
 * ```ts
 * outliersCheck(ctx).map((f) => [f.column, f.count]);
 * ```
 */
export const outliersCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'number' || column.type === 'id') continue;
    const profile = columnProfileOf(ctx, column);
    const s = profile.numeric;
    if (!s || profile.unique <= OUTLIER_MIN_UNIQUE) continue;
    const median = s.quantiles.p50;
    const mad = s.mad ?? Number.NaN;
    const iqr = s.quantiles.p75 - s.quantiles.p25;
    if (!(iqr > 0)) continue;
    let lower = s.quantiles.p25 - OUTLIER_IQR * iqr;
    let upper = s.quantiles.p75 + OUTLIER_IQR * iqr;
    let method: 'mad+iqr' | 'iqr' = 'iqr';
    if (mad > 0) {
      method = 'mad+iqr';
      lower = Math.min(lower, median - OUTLIER_Z * 1.4826 * mad);
      upper = Math.max(upper, median + OUTLIER_Z * 1.4826 * mad);
    }
    if (s.min >= lower && s.max <= upper) continue;
    const values = column.values;
    const rows = table.index;
    let below = 0;
    let above = 0;
    // The five most extreme outliers: [distance, visible row], most extreme first.
    const extreme: [number, number][] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const x = values[rows ? rows[i] : i];
      if (x < lower) below++;
      else if (x > upper) above++;
      else continue;
      const d = Math.abs(x - median);
      if (extreme.length < 5 || d > extreme[extreme.length - 1][0]) {
        let at = extreme.length;
        while (at > 0 && extreme[at - 1][0] < d) at--;
        extreme.splice(at, 0, [d, i]);
        if (extreme.length > 5) extreme.pop();
      }
    }
    const count = below + above;
    const share = count / table.rowCount;
    const extremes = extreme.map(([, i]) => values[storageRow(table, i)]);
    out.push(
      catalogueFinding({
        check: 'outliers',
        severity: 'info',
        column: column.name,
        count,
        share,
        examples: extreme.map(([, i]) => i + 1),
        messageId: 'quality.outliers',
        suggestionId: 'quality.outliers.fix',
        params: {
          column: column.name,
          count,
          percent: percent(share),
          lower: round3(lower),
          upper: round3(upper),
          values: extremes.join(', '),
        },
        details: { method, lower, upper, median, mad, below, above, extremes },
      }),
    );
  }
  return out;
};
