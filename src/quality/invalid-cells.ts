/**
 * @module quality/invalid-cells
 * The shared body of the checks that report cells the reader could not take for the column's type and made
 * missing (`ColumnInfo.invalidCount` / `invalidExamples`): `mixed-types` for numeric columns and
 * `unparseable-dates` for datetime columns. Counts are the reader's (all storage rows); example rows are
 * mapped to the table's visible rows.
 *
 * @example
 * ```ts
 * import { invalidCellFindings } from './invalid-cells.js';
 * invalidCellFindings(ctx, { storage: 'number', check: 'mixed-types', messageId: 'quality.mixedTypes',
 *   suggestionId: 'quality.mixedTypes.fix' });
 * ```
 */
import type { Column } from '../data/column.js';
import type { MessageId } from '../util/messages.js';
import type { CheckContext } from './check.js';
import { catalogueFinding, percent } from './catalogue-finding.js';
import type { CheckId, Finding } from './finding.js';
import { visibleRowNumbers } from './visible-rows.js';

/** What differs between the checks built on invalid cells. */
export interface InvalidCellSpec {
  readonly storage: Column['storage'];
  readonly check: CheckId;
  readonly messageId: MessageId;
  readonly suggestionId: MessageId;
  /** Extra message parameters and details of a column (e.g. the date format). */
  readonly extra?: (column: Column) => Readonly<Record<string, string | number | null>>;
}

/**
 * One warning per column of the given storage that has invalid cells; `details.values` lists up to 20 of
 * their texts.
 *
 * @example
 * ```ts
 * invalidCellFindings(ctx, spec).map((f) => f.count);
 * ```
 */
export function invalidCellFindings(ctx: CheckContext, spec: InvalidCellSpec): Finding[] {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== spec.storage || column.info.invalidCount === 0) continue;
    const { invalidCount, invalidExamples } = column.info;
    const values = [...new Set(invalidExamples.map((e) => e.value))];
    const share = invalidCount / Math.max(1, column.length);
    const extra = spec.extra?.(column) ?? {};
    const params: Record<string, string | number> = {
      column: column.name,
      count: invalidCount,
      percent: percent(share),
      values: values
        .slice(0, 3)
        .map((v) => `'${v}'`)
        .join(', '),
    };
    for (const [k, v] of Object.entries(extra)) params[k] = v ?? '?';
    out.push(
      catalogueFinding({
        check: spec.check,
        severity: 'warning',
        column: column.name,
        count: invalidCount,
        share,
        examples: visibleRowNumbers(
          table,
          invalidExamples.map((e) => e.row),
        ).slice(0, 5),
        messageId: spec.messageId,
        suggestionId: spec.suggestionId,
        params,
        details: { values: values.slice(0, 20), ...extra },
      }),
    );
  }
  return out;
}
