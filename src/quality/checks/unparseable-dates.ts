/**
 * @module quality/checks/unparseable-dates
 * `unparseable-dates`: a datetime column in which some cells could not be read as dates in the detected
 * format (`31.02.2021`, `2021-13-01`, `soon`); the reader made them missing and recorded how many, with up to
 * 20 examples. `details.values` lists the texts, `details.format` the detected format.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { unparseableDatesCheck } from './unparseable-dates.js';
 * unparseableDatesCheck(ctx)[0].details; // { values: ['31.02.2021'], format: 'DD.MM.YYYY' }
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import type { Finding } from '../finding.js';
import { visibleRowNumbers } from '../visible-rows.js';

/**
 * The `unparseable-dates` check.
 *
 * @example
 * ```ts
 * unparseableDatesCheck(ctx).map((f) => f.column);
 * ```
 */
export const unparseableDatesCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'datetime' || column.info.invalidCount === 0) continue;
    const { invalidCount, invalidExamples, dateFormat } = column.info;
    const values = [...new Set(invalidExamples.map((e) => e.value))];
    const share = invalidCount / Math.max(1, column.length);
    out.push(
      catalogueFinding({
        check: 'unparseable-dates',
        severity: 'warning',
        column: column.name,
        count: invalidCount,
        share,
        examples: visibleRowNumbers(
          table,
          invalidExamples.map((e) => e.row),
        ).slice(0, 5),
        messageId: 'quality.unparseableDates',
        suggestionId: 'quality.unparseableDates.fix',
        params: {
          column: column.name,
          count: invalidCount,
          percent: percent(share),
          format: dateFormat ?? '?',
          values: values
            .slice(0, 3)
            .map((v) => `'${v}'`)
            .join(', '),
        },
        details: { values: values.slice(0, 20), format: dateFormat ?? null },
      }),
    );
  }
  return out;
};
