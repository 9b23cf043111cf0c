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
import { invalidCellFindings } from '../invalid-cells.js';

/**
 * The `mixed-types` check.
 *
 * @example
 * ```ts
 * mixedTypesCheck(ctx).map((f) => f.count);
 * ```
 */
export const mixedTypesCheck: Check = (ctx) =>
  invalidCellFindings(ctx, {
    storage: 'number',
    check: 'mixed-types',
    messageId: 'quality.mixedTypes',
    suggestionId: 'quality.mixedTypes.fix',
  });
