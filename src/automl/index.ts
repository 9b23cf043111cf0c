/**
 * @module automl
 * The train workflow: data check and recipe, per-fold preprocessing, the budgeted search on worker threads,
 * ensembles, refit, analysis; and the model artefact with its scoring.
 *
 * @example
 * ```ts
 * import { trainTable, loadBundle, scoreTable } from 'leitwerk/automl';
 * const { result, bundle } = await trainTable(table, { target: 'y', trials: 20, seed: 1 });
 * const scored = scoreTable(loadBundle(JSON.parse(JSON.stringify(bundle))), newRows);
 * ```
 */
export { DEFAULT_LEARNERS, type Family, familyOf } from './candidates.js';
export {
  type BundleMember,
  type LoadedBundle,
  type ModelBundle,
  type ScoredRows,
  MODEL_BUNDLE_FORMAT_VERSION,
  decileOf,
  loadBundle,
  replayRecipe,
  scoreTable,
} from './model-bundle.js';
export {
  MIN_TRAIN_ROWS,
  type PrepareOptions,
  type PreparedTraining,
  ROW_ORDER,
  prepareTraining,
} from './prepare-training.js';
export { type Candidate, type SearchOptions, type SearchOutcome, runSearch } from './search.js';
export { type TrainOptions, type TrainOutput, type TrainProgress, trainTable } from './train.js';
export type * from './train-result.js';
