/**
 * @module quality/checks
 * The registry of data-quality checks `leitwerk inspect` runs, in report order. Each check lives in its own
 * file in this folder; `profileTable` runs them all with one shared `CheckContext`. (`skipped-rows` is not in
 * the list: `profileTable` always runs it.)
 *
 * @example
 * ```ts
 * import { DEFAULT_CHECKS } from './index.js';
 * const profile = profileTable(table, { target: 'y', checks: [...DEFAULT_CHECKS] });
 * ```
 */
import type { Check } from '../check.js';
import { constantColumnCheck } from './constant-column.js';
import { dataBiasCheck } from './data-bias.js';
import { disguisedMissingCheck } from './disguised-missing.js';
import { duplicateKeyCheck } from './duplicate-key.js';
import { duplicateRowsCheck } from './duplicate-rows.js';
import { futureDatesCheck } from './future-dates.js';
import { highCardinalityCheck } from './high-cardinality.js';
import { idColumnCheck } from './id-column.js';
import { inconsistentCategoriesCheck } from './inconsistent-categories.js';
import { inconsistentLabelsCheck } from './inconsistent-labels.js';
import { leakageCheck } from './leakage.js';
import { missingCheck } from './missing.js';
import { mixedTypesCheck } from './mixed-types.js';
import { nearConstantColumnCheck } from './near-constant-column.js';
import { nearDuplicateRecordsCheck } from './near-duplicate-records.js';
import { numbersAsTextCheck } from './numbers-as-text.js';
import { outliersCheck } from './outliers.js';
import { piiCheck } from './pii.js';
import { sentinelValueCheck } from './sentinel-value.js';
import { negativeValuesCheck } from './negative-values.js';
import { skewedCheck } from './skewed.js';
import { targetChecks } from './target.js';
import { unparseableDatesCheck } from './unparseable-dates.js';

export { constantColumnCheck } from './constant-column.js';
export { dataBiasCheck } from './data-bias.js';
export { disguisedMissingCheck, isMissingPlaceholder, MISSING_PLACEHOLDERS } from './disguised-missing.js';
export { duplicateKeyCheck } from './duplicate-key.js';
export { duplicateRowsCheck, exactDuplicates } from './duplicate-rows.js';
export { futureDatesCheck } from './future-dates.js';
export { highCardinalityCheck } from './high-cardinality.js';
export { idColumnCheck } from './id-column.js';
export { inconsistentCategoriesCheck, variantGroups } from './inconsistent-categories.js';
export { inconsistentLabelsCheck, labelKey } from './inconsistent-labels.js';
export { leakageCheck } from './leakage.js';
export { missingCheck } from './missing.js';
export { mixedTypesCheck } from './mixed-types.js';
export { nearConstantColumnCheck } from './near-constant-column.js';
export { nearDuplicateRecordsCheck } from './near-duplicate-records.js';
export { looksNumeric, numbersAsTextCheck } from './numbers-as-text.js';
export { outliersCheck } from './outliers.js';
export { piiCheck } from './pii.js';
export { isSentinelPattern, sentinelValueCheck } from './sentinel-value.js';
export { negativeValuesCheck } from './negative-values.js';
export { skewedCheck } from './skewed.js';
export { skippedRowsCheck } from './skipped-rows.js';
export { targetChecks } from './target.js';
export { unparseableDatesCheck } from './unparseable-dates.js';

/**
 * Every check `inspect` runs by default. The order only affects timing records; findings are sorted by
 * `compareFindings` afterwards.
 *
 * @example
 * ```ts
 * DEFAULT_CHECKS.length; // 23
 * ```
 */
export const DEFAULT_CHECKS: readonly Check[] = Object.freeze([
  missingCheck,
  disguisedMissingCheck,
  sentinelValueCheck,
  duplicateRowsCheck,
  duplicateKeyCheck,
  nearDuplicateRecordsCheck,
  inconsistentCategoriesCheck,
  inconsistentLabelsCheck,
  numbersAsTextCheck,
  mixedTypesCheck,
  unparseableDatesCheck,
  futureDatesCheck,
  constantColumnCheck,
  nearConstantColumnCheck,
  idColumnCheck,
  highCardinalityCheck,
  outliersCheck,
  negativeValuesCheck,
  skewedCheck,
  targetChecks,
  leakageCheck,
  piiCheck,
  dataBiasCheck,
]);
