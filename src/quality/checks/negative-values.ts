/**
 * @module quality/checks/negative-values
 * `negative-values`: a numeric column that is positive in the bulk (at least 90 % of its non-missing values
 * are ≥ 0) but holds some negative values — in marketing data these are returns and cancellations (Online
 * Retail's `Quantity`), refunds, or entry errors, and they distort sums such as revenue or CLV unless handled
 * on purpose. `count` is the negative values, `examples` the first rows holding one, `details` the share,
 * the minimum and the sum of the negative values. Columns that are negative in more than 10 % of rows (balances,
 * changes, rates) are normal and skipped; so are ids.
 *
 * Severity: warning (decide how to treat them before aggregating; `enrich --customer` excludes them from
 * purchases and reports them as returns).
 *
 * @example
 * ```ts
 * import { negativeValuesCheck } from './negative-values.js';
 * negativeValuesCheck(ctx)[0].details; // { share: 0.0196, min: -80995, sum: -436361 }
 * ```
 */
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Largest share of negative values for a column still counted as "positive in the bulk". */
export const NEGATIVE_SHARE_LIMIT = 0.1;

/**
 * The `negative-values` check.
 *
 * @example
 * ```ts
 * negativeValuesCheck(ctx).map((f) => f.column); // ['Quantity', 'UnitPrice']
 * ```
 */
export const negativeValuesCheck: Check = (ctx) => {
  const out: Finding[] = [];
  const { table } = ctx;
  for (const column of table.columns) {
    if (column.storage !== 'number' || column.type === 'id') continue;
    const s = columnProfileOf(ctx, column).numeric;
    if (!s || s.negatives === 0) continue;
    const profile = columnProfileOf(ctx, column);
    const present = profile.rows - profile.missing;
    const share = s.negatives / present;
    if (share > NEGATIVE_SHARE_LIMIT) continue;
    const values = column.values;
    let sum = 0;
    for (let i = 0; i < table.rowCount; i++) {
      const v = values[storageRow(table, i)];
      if (v < 0) sum += v;
    }
    out.push(
      catalogueFinding({
        check: 'negative-values',
        severity: 'warning',
        column: column.name,
        count: s.negatives,
        share: s.negatives / table.rowCount,
        examples: firstRows(table.rowCount, (i) => values[storageRow(table, i)] < 0),
        messageId: 'quality.negativeValues',
        suggestionId: 'quality.negativeValues.fix',
        params: { column: column.name, count: s.negatives, percent: percent(share), min: s.min },
        details: { share, min: s.min, sum },
      }),
    );
  }
  return out;
};
