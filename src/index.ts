/**
 * @module leitwerk
 * The small public surface of leitwerk: read data, check it, clean it, enrich it, report on it. Everything
 * else is on the subpaths `leitwerk/data`, `leitwerk/quality` and `leitwerk/report`.
 *
 * @example
 * ```ts
 * import { readTable, profileTable, proposeRecipe, applyRecipe } from 'leitwerk';
 * const table = await readTable('customers.csv');
 * const profile = profileTable(table, { target: 'churn' });
 * const { table: clean } = applyRecipe(table, proposeRecipe(profile, table), { mode: 'fit' });
 * ```
 */

// ---- data
export {
  type Column,
  type ColumnType,
  type ReadTableOptions,
  type SqlInput,
  type Table,
  type WriteTableOptions,
  columnNames,
  createTable,
  filterRows,
  getColumn,
  readTable,
  writeTable,
} from './data/index.js';

// ---- data check, recipes, enrichment
export {
  type Finding,
  type InspectOptions,
  type Recipe,
  type TableProfile,
  addDateParts,
  applyRecipe,
  customerFeatures,
  leftJoin,
  loadOrCreateProjectKey,
  parseRecipe,
  profileTable,
  proposeRecipe,
  serializeRecipe,
} from './quality/index.js';

// ---- train and predict
export { type TrainCallOptions, type TrainJobOutput, train } from './jobs/train-job.js';
export { type PredictJobOutput, predict } from './jobs/predict-job.js';
export type { TrainResult } from './automl/train-result.js';

// ---- reports
export { formatInspectSummary, renderInspectReport } from './report/index.js';

// ---- errors
export { DataError, LeitwerkError, NotFoundError, ValidationError, isLeitwerkError } from './util/errors.js';
export { type Language, formatMessage } from './util/messages.js';
