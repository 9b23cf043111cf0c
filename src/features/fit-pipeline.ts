/**
 * @module features/fit-pipeline
 * `fitPipeline`: learn the preprocessing of the given TRAINING rows (the caller passes a row view made with
 * `takeRows`, so nothing leaks from validation rows) and return the fitted pipeline and the training matrix.
 * For the training matrix, target-encoded columns hold out-of-fold encodings; every other column equals
 * what `applyPipeline` gives on the same rows.
 *
 * @example
 * ```ts
 * import { fitPipeline } from './fit-pipeline.js';
 * const train = takeRows(table, trainRows);
 * const { pipeline, matrix } = fitPipeline(train, { features: ['age', 'job'], family: 'encoded', task: 'binary' }, {
 *   target: y, seed: 42,
 * });
 * ```
 */
import { getColumn, type Table } from '../data/table.js';
import { ValidationError } from '../util/errors.js';
import { applySteps } from './apply-steps.js';
import { fitContextCount } from './context-count.js';
import { type FitContext, type FittedColumnStep, fitColumnSteps } from './fit-column-steps.js';
import {
  checkInputColumns,
  type FittedPipeline,
  freezePipeline,
  matrixOfSteps,
  PIPELINE_FORMAT_VERSION,
  PIPELINE_KIND,
} from './fitted-pipeline.js';
import type { NumericMatrix } from './numeric-matrix.js';
import { type PipelineSpec, resolveSpec } from './pipeline-spec.js';
import { stepOutputs } from './pipeline-step.js';

/** Options of `fitPipeline`. */
export interface FitPipelineOptions {
  /** One number per visible row: class code 0..K-1 (classification) or value (regression). Needed for target encoding. */
  readonly target?: ArrayLike<number>;
  /** Seed of the target-encoding folds (default 0). */
  readonly seed?: number;
  /** Number of target-encoding folds (default 5). */
  readonly folds?: number;
}

/** Default number of out-of-fold target-encoding folds. */
export const DEFAULT_ENCODING_FOLDS = 5;

function nameClaimer(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let k = 2; taken.has(candidate); k++) candidate = `${name}#${k}`;
    taken.add(candidate);
    return candidate;
  };
}

/**
 * Fit a pipeline on the table's visible rows; return it with the training matrix.
 *
 * @example
 * ```ts
 * const { pipeline, matrix } = fitPipeline(train, { features: ['tenure', 'Contract'], family: 'native', task: 'binary' });
 * matrix.categorical; // [false, true]
 * ```
 */
export function fitPipeline(
  table: Table,
  spec: PipelineSpec,
  options: FitPipelineOptions = {},
): { readonly pipeline: FittedPipeline; readonly matrix: NumericMatrix } {
  const resolved = resolveSpec(spec);
  checkInputColumns(table, resolved.features);
  let target: Float64Array | null = null;
  if (options.target !== undefined) {
    if (options.target.length !== table.rowCount) {
      throw new ValidationError('learner.targetLength', { got: options.target.length, expected: table.rowCount });
    }
    target = Float64Array.from(options.target);
  }
  const folds = options.folds ?? DEFAULT_ENCODING_FOLDS;
  if (!Number.isInteger(folds) || folds < 2) {
    throw new ValidationError('option.invalid', { name: 'folds', expected: 'an integer ≥ 2', got: String(folds) });
  }
  const context: FitContext = { spec: resolved, target, seed: options.seed ?? 0, folds, claim: nameClaimer() };
  const fitted: FittedColumnStep[] = resolved.features.flatMap((name) =>
    fitColumnSteps(table, getColumn(table, name), context),
  );
  if (resolved.context.length > 0) {
    const output = context.claim('rows in context');
    fitted.push({ step: fitContextCount(table, resolved.context, resolved.family, output), training: null });
  }
  const steps = fitted.map((f) => f.step);
  const applied = applySteps(table, steps).columns;
  // Replace target-encoded outputs by their out-of-fold training values.
  const columns: Float64Array[] = [];
  let at = 0;
  for (const f of fitted) {
    const width = stepOutputs(f.step).length;
    if (f.training) columns.push(f.training);
    else columns.push(...applied.slice(at, at + width));
    at += width;
  }
  const matrix = matrixOfSteps(steps, columns, table.rowCount);
  const pipeline = freezePipeline({
    kind: PIPELINE_KIND,
    formatVersion: PIPELINE_FORMAT_VERSION,
    spec: resolved,
    steps,
    outputNames: matrix.names,
    trainingRows: table.rowCount,
  });
  return Object.freeze({ pipeline, matrix });
}
