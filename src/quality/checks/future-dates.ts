/**
 * @module quality/checks/future-dates
 * `future-dates`: datetime values after "now" (`options.now`, default the time of the run) — typing errors in
 * the year, or placeholders such as 2099-12-31. `details.max` is the latest date (ISO), `details.now` the
 * reference time.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { futureDatesCheck } from './future-dates.js';
 * futureDatesCheck(createCheckContext(table, { now: Date.UTC(2024, 0, 1) }));
 * ```
 */
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/**
 * The `future-dates` check.
 *
 * @example
 * ```ts
 * futureDatesCheck(ctx)[0]?.details?.max; // '2099-12-31T00:00:00.000Z'
 * ```
 */
export const futureDatesCheck: Check = (ctx) => {
  const { table } = ctx;
  const now = ctx.options.now ?? Date.now();
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'datetime') continue;
    const summary = columnProfileOf(ctx, column).numeric;
    if (!summary || summary.max <= now) continue;
    const values = column.values;
    const rows = table.index;
    let count = 0;
    for (let i = 0; i < table.rowCount; i++) if (values[rows ? rows[i] : i] > now) count++;
    const share = count / table.rowCount;
    const max = new Date(summary.max).toISOString();
    out.push(
      catalogueFinding({
        check: 'future-dates',
        severity: 'warning',
        column: column.name,
        count,
        share,
        examples: firstRows(table.rowCount, (i) => values[storageRow(table, i)] > now),
        messageId: 'quality.futureDates',
        suggestionId: 'quality.futureDates.fix',
        params: { column: column.name, count, percent: percent(share), max: max.slice(0, 10) },
        details: { max, now: new Date(now).toISOString() },
      }),
    );
  }
  return out;
};
