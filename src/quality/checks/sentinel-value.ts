/**
 * @module quality/checks/sentinel-value
 * `sentinel-value`: a numeric code for "not applicable" or "missing" — such as 999, 9999, −1, −999, 99 —
 * detected from the distribution: the value is the smallest or the largest of its column, holds at least
 * 0.1 % of the rows (and 5 rows), and sits far outside the other values:
 * - all nines (9, 99, 999, …, either sign) at least half the range of the other values beyond them
 *   (bank-additional `pdays = 999` in 39,673 rows, the other values 0–27), or
 * - a negative all-nines or −1 in a column whose other values are all ≥ 0 (bank-full `pdays = -1`).
 * Ordinary modes next to the other values (0 in `previous`, whose other values are 1–7) are not flagged;
 * columns with fewer than four distinct values are skipped (−1/0/1 scales).
 *
 * Severity: warning (models read the code as a real quantity: 999 days).
 *
 * @example
 * ```ts
 * import { sentinelValueCheck } from './sentinel-value.js';
 * sentinelValueCheck(ctx)[0].details; // { value: 999, count: 39673, share: 0.963, otherMin: 0, otherMax: 27 }
 * ```
 */
import type { NumberColumn } from '../../data/column.js';
import { storageRow, type Table } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Smallest share of the rows a sentinel holds. */
export const SENTINEL_MIN_SHARE = 0.001;
/** Smallest number of rows a sentinel holds. */
export const SENTINEL_MIN_ROWS = 5;

/**
 * Whether a number looks like a sentinel code: −1, or all nines (9, 99, 999, …) of either sign.
 *
 * @example
 * ```ts
 * isSentinelPattern(999); // true
 * isSentinelPattern(100); // false
 * ```
 */
export function isSentinelPattern(v: number): boolean {
  if (v === -1) return true;
  const a = Math.abs(v);
  return Number.isInteger(a) && a >= 9 && a <= 999_999_999 && /^9+$/.test(String(a));
}

/**
 * The `sentinel-value` check.
 *
 * @example
 * ```ts
 * sentinelValueCheck(ctx).map((f) => [f.column, f.details?.value]); // [['pdays', 999]]
 * ```
 */
export const sentinelValueCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'number' || column.type === 'id') continue;
    const profile = columnProfileOf(ctx, column);
    const summary = profile.numeric;
    if (!summary || profile.unique < 4) continue;
    for (const v of new Set([summary.min, summary.max])) {
      if (!isSentinelPattern(v)) continue;
      const stats = othersOf(table, column, v);
      const range = stats.otherMax - stats.otherMin;
      const farAbove = v > stats.otherMax && v - stats.otherMax >= 0.5 * Math.max(range, 1);
      const farBelow = v < stats.otherMin && stats.otherMin - v >= 0.5 * Math.max(range, 1);
      const signOnly = v < 0 && stats.otherMin >= 0;
      if (!(farAbove || farBelow || signOnly)) continue;
      if (stats.count < SENTINEL_MIN_ROWS || stats.count < SENTINEL_MIN_SHARE * table.rowCount) continue;
      const share = stats.count / table.rowCount;
      const values = column.values;
      out.push(
        catalogueFinding({
          check: 'sentinel-value',
          severity: 'warning',
          column: column.name,
          count: stats.count,
          share,
          examples: firstRows(table.rowCount, (i) => values[storageRow(table, i)] === v),
          messageId: 'quality.sentinelValue',
          suggestionId: 'quality.sentinelValue.fix',
          params: {
            column: column.name,
            value: v,
            count: stats.count,
            percent: percent(share),
            low: stats.otherMin,
            high: stats.otherMax,
          },
          details: { value: v, count: stats.count, share, otherMin: stats.otherMin, otherMax: stats.otherMax },
        }),
      );
    }
  }
  return out;
};

/** How often `v` occurs, and the range of the other non-missing values. One pass. */
function othersOf(table: Table, column: NumberColumn, v: number) {
  const values = column.values;
  const rows = table.index;
  let count = 0;
  let otherMin = Number.POSITIVE_INFINITY;
  let otherMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < table.rowCount; i++) {
    const x = values[rows ? rows[i] : i];
    if (x === v) count++;
    else if (x === x) {
      if (x < otherMin) otherMin = x;
      if (x > otherMax) otherMax = x;
    }
  }
  return { count, otherMin, otherMax };
}
