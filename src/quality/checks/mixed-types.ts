/**
 * @module quality/checks/mixed-types
 * `mixed-types`: a numeric column in which some cells were not numbers (`12 kg`, `n.v.`, `1.234,5` among
 * plain numbers); the reader made them missing and recorded how many (`ColumnInfo.invalidCount`) with up to
 * 20 examples. `details.values` lists the example texts. Counts are those of the reader (all storage rows).
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { mixedTypesCheck } from './mixed-types.js';
 * mixedTypesCheck(ctx)[0].details?.values; // ['12 kg', 'n.v.']
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import type { Finding } from '../finding.js';
import { visibleRowNumbers } from '../visible-rows.js';

/**
 * The `mixed-types` check.
 *
 * @example
 * ```ts
 * mixedTypesCheck(ctx).map((f) => f.count);
 * ```
 */
export const mixedTypesCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'number' || column.info.invalidCount === 0) continue;
    const { invalidCount, invalidExamples } = column.info;
    const values = [...new Set(invalidExamples.map((e) => e.value))];
    const share = invalidCount / Math.max(1, column.length);
    out.push(
      catalogueFinding({
        check: 'mixed-types',
        severity: 'warning',
        column: column.name,
        count: invalidCount,
        share,
        examples: visibleRowNumbers(
          table,
          invalidExamples.map((e) => e.row),
        ).slice(0, 5),
        messageId: 'quality.mixedTypes',
        suggestionId: 'quality.mixedTypes.fix',
        params: {
          column: column.name,
          count: invalidCount,
          percent: percent(share),
          values: values
            .slice(0, 3)
            .map((v) => `'${v}'`)
            .join(', '),
        },
        details: { values: values.slice(0, 20) },
      }),
    );
  }
  return out;
};
