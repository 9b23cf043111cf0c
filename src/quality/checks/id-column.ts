/**
 * @module quality/checks/id-column
 * `id-column`: a column that identifies rows rather than describing them — typed `id` by the reader or a
 * schema, or whole numbers / short texts without spaces that are different in (almost) every row (Telco
 * `customerID`). As a feature it lets a model memorise rows. Columns named with `--id` and the target are
 * not reported. `details.unique` and `details.reason` (`type`, `unique-integers`, `unique-texts`).
 *
 * Severity: info.
 *
 * @example
 * ```ts
 * import { idColumnCheck } from './id-column.js';
 * idColumnCheck(ctx).map((f) => f.column); // ['customerID']
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { CheckContext } from '../check.js';
import type { Column } from '../../data/column.js';
import type { Finding } from '../finding.js';

/** Fewest rows for the "unique in every row" rule (tiny tables are unique by chance). */
export const ID_MIN_ROWS = 20;

/**
 * Why a column looks like an identifier, or null. Shared with `high-cardinality`, which leaves such columns out.
 *
 * @example
 * ```ts
 * idReason(ctx, getColumn(table, 'customerID')); // 'unique-texts'
 * ```
 */
export function idReason(ctx: CheckContext, column: Column): 'type' | 'unique-integers' | 'unique-texts' | null {
  if (column.type === 'id') return 'type';
  const profile = columnProfileOf(ctx, column);
  const present = profile.rows - profile.missing;
  if (profile.rows < ID_MIN_ROWS || present < 0.95 * profile.rows || profile.unique !== present) return null;
  if (column.storage === 'number' && column.type === 'integer') return 'unique-integers';
  if (column.storage === 'category') {
    const counts = ctx.categoryCounts(column.name);
    let checked = 0;
    let spaced = 0;
    for (let c = 0; c < counts.length && checked < 1000; c++) {
      if (counts[c] === 0) continue;
      checked++;
      if (/\s/.test(column.dictionary[c].trim())) spaced++;
    }
    return spaced <= 0.1 * checked ? 'unique-texts' : null;
  }
  return null;
}

/**
 * The `id-column` check.
 *
 * @example
 * ```ts
 * idColumnCheck(ctx)[0]?.details?.reason;
 * ```
 */
export const idColumnCheck: Check = (ctx) => {
  const { table } = ctx;
  const declared = new Set(ctx.options.id ?? []);
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (declared.has(column.name) || column.name === ctx.options.target) continue;
    const reason = idReason(ctx, column);
    if (!reason) continue;
    const profile = columnProfileOf(ctx, column);
    out.push(
      catalogueFinding({
        check: 'id-column',
        severity: 'info',
        column: column.name,
        count: profile.unique,
        share: profile.unique / Math.max(1, table.rowCount),
        examples: [],
        messageId: 'quality.idColumn',
        suggestionId: 'quality.idColumn.fix',
        params: { column: column.name, unique: profile.unique, rows: table.rowCount },
        details: { unique: profile.unique, reason },
      }),
    );
  }
  return out;
};
