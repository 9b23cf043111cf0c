/**
 * @module quality
 * The public surface of the quality layer (`leitwerk/quality`): profiling (`profileTable`, `profileColumn`),
 * the finding and check contract, and the registry of data-quality checks `leitwerk inspect` runs.
 *
 * @example
 * ```ts
 * import { profileTable } from 'leitwerk/quality';
 * import { readTable } from 'leitwerk/data';
 * const profile = profileTable(await readTable('bank-additional-full.csv'), { target: 'y' });
 * profile.findings.filter((f) => f.severity !== 'info');
 * ```
 */

// ---- profiling
export { type ProfileProgress, type ProfileTableOptions, profileTable } from './profile-table.js';
export { profileColumn, TOP_VALUES } from './profile-column.js';
export type { ColumnProfile, Histogram, NumericSummary, TableProfile, ValueCount } from './column-profile.js';

// ---- findings and checks
export { CHECK_IDS, type CheckId, compareFindings, type Finding, type Severity } from './finding.js';
export type { Check, CheckContext, InspectOptions } from './check.js';
export { columnProfileOf, createCheckContext, memoOf } from './check-context.js';
export {
  DEFAULT_CHECKS,
  constantColumnCheck,
  dataBiasCheck,
  disguisedMissingCheck,
  duplicateKeyCheck,
  duplicateRowsCheck,
  futureDatesCheck,
  highCardinalityCheck,
  idColumnCheck,
  inconsistentCategoriesCheck,
  inconsistentLabelsCheck,
  leakageCheck,
  missingCheck,
  mixedTypesCheck,
  nearConstantColumnCheck,
  nearDuplicateRecordsCheck,
  numbersAsTextCheck,
  negativeValuesCheck,
  outliersCheck,
  piiCheck,
  sentinelValueCheck,
  skewedCheck,
  skippedRowsCheck,
  targetChecks,
  unparseableDatesCheck,
} from './checks/index.js';

// ---- cleaning recipes and enrichment
export * from './clean/index.js';
export * from './enrich/index.js';
