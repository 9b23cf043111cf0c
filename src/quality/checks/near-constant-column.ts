/**
 * @module quality/checks/near-constant-column
 * `near-constant-column`: one value holds at least 99 % of the non-missing values (a rarely set flag), or a
 * numeric column varies by less than a millionth of its mean. `count` is the rows with the dominant value,
 * `share` its share of the non-missing values; the examples are rows with one of the rare other values.
 * Constant columns are left to `constant-column`, the target to the target checks.
 *
 * Severity: info (rare values can matter: keep the column when they do).
 *
 * @example
 * ```ts
 * import { nearConstantColumnCheck } from './near-constant-column.js';
 * nearConstantColumnCheck(ctx)[0].details; // { value: '0', share: 0.995 }
 * ```
 */
import type { Column } from '../../data/column.js';
import { storageRow, type Table } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Share of the non-missing values from which one value makes a column near-constant. */
export const NEAR_CONSTANT_SHARE = 0.99;
/** Standard deviation relative to |mean| below which a numeric column is near-constant. */
export const NEAR_CONSTANT_CV = 1e-6;

/**
 * The `near-constant-column` check.
 *
 * @example
 * ```ts
 * nearConstantColumnCheck(ctx).map((f) => f.column);
 * ```
 */
export const nearConstantColumnCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.name === ctx.options.target) continue;
    const profile = columnProfileOf(ctx, column);
    if (profile.unique < 2) continue;
    const present = profile.rows - profile.missing;
    const top = profile.top[0];
    const share = top.count / present;
    const summary = profile.numeric;
    const tinySpread =
      summary !== undefined && summary.mean !== 0 && summary.sd < NEAR_CONSTANT_CV * Math.abs(summary.mean);
    if (share < NEAR_CONSTANT_SHARE && !tinySpread) continue;
    out.push(
      catalogueFinding({
        check: 'near-constant-column',
        severity: 'info',
        column: column.name,
        count: top.count,
        share,
        examples: otherRows(table, column, top.value),
        messageId:
          tinySpread && share < NEAR_CONSTANT_SHARE
            ? 'quality.nearConstantColumn.spread'
            : 'quality.nearConstantColumn',
        suggestionId: 'quality.nearConstantColumn.fix',
        params: { column: column.name, value: top.value, count: top.count, percent: percent(share) },
        details: { value: top.value, share, ...(tinySpread ? { sd: summary.sd, mean: summary.mean } : {}) },
      }),
    );
  }
  return out;
};

/** Up to five rows holding a non-missing value other than `value` (none for datetimes). */
function otherRows(table: Table, column: Column, value: string): number[] {
  switch (column.storage) {
    case 'category': {
      const code = column.dictionary.indexOf(value);
      const codes = column.codes;
      return firstRows(table.rowCount, (i) => {
        const c = codes[storageRow(table, i)];
        return c >= 0 && c !== code;
      });
    }
    case 'number': {
      const v = Number(value);
      const values = column.values;
      return firstRows(table.rowCount, (i) => {
        const x = values[storageRow(table, i)];
        return x === x && x !== v;
      });
    }
    case 'boolean': {
      const v = value === 'true' ? 1 : 0;
      const values = column.values;
      return firstRows(table.rowCount, (i) => {
        const x = values[storageRow(table, i)];
        return x !== 2 && x !== v;
      });
    }
    default:
      return [];
  }
}
