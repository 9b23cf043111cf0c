/**
 * @module automl/fold-data
 * The matrices every trial trains on, prepared once per run: for each preprocessing kind a learner family needs
 * (`native`, `encoded`) and each cross-validation fold, the pipeline is fitted on that fold's training rows only
 * (so imputation medians, scaling and target encodings never see the validation rows) and applied to its
 * validation rows. The arrays live in `SharedArrayBuffer`s, so worker threads read them without a copy.
 *
 * @example
 * ```ts
 * import { prepareFoldData } from './fold-data.js';
 * const data = prepareFoldData(table, y, folds, { features, task: 'binary', kinds: ['native'], seed: 1 });
 * data.native[0].train.rowCount; // rows of fold 1's training part
 * ```
 */
import { type Table, takeRows } from '../data/table.js';
import type { Fold } from '../evaluation/index.js';
import { type FittedPipeline, applyPipeline, fitPipeline } from '../features/index.js';
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import type { Task } from '../learners/learner.js';

/** One fold's matrices of one preprocessing kind. */
export interface FoldMatrices {
  readonly train: FeatureMatrix;
  readonly trainY: Float64Array;
  readonly valid: FeatureMatrix;
  readonly validY: Float64Array;
  /** Sample weights of the training rows (fairness reweighing), or null. */
  readonly trainWeights: Float64Array | null;
  /** Visible-row numbers (of the training table) of the validation rows. */
  readonly validRows: Uint32Array;
}

/** Matrices per preprocessing kind and fold. */
export interface FoldData {
  readonly task: Task;
  readonly classCount: number;
  readonly native: readonly FoldMatrices[];
  readonly encoded: readonly FoldMatrices[];
}

/**
 * A Float64Array copied into shared memory.
 *
 * @example
 * ```ts
 * sharedCopy([1, 2, 3]).buffer instanceof SharedArrayBuffer; // true
 * ```
 */
export function sharedCopy(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(new SharedArrayBuffer(values.length * 8));
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

function sharedMatrix(m: {
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
  readonly rowCount: number;
  readonly categorical: readonly boolean[];
  readonly categories: readonly (readonly string[] | null)[];
}): FeatureMatrix {
  return {
    names: m.names,
    columns: m.columns.map(sharedCopy),
    rowCount: m.rowCount,
    categorical: m.categorical,
    categories: m.categories,
  };
}

/**
 * Some rows of per-row values, `k` values per row (row-major), as a new Float64Array.
 *
 * @example
 * ```ts
 * pickRows(Float64Array.of(5, 6, 7), [0, 2]); // Float64Array [5, 7]
 * pickRows(probs, [1], 3); // the 3 class probabilities of row 1
 * ```
 */
export function pickRows(values: ArrayLike<number>, rows: ArrayLike<number>, k = 1): Float64Array {
  const out = new Float64Array(rows.length * k);
  for (let j = 0; j < rows.length; j++) {
    for (let c = 0; c < k; c++) out[j * k + c] = values[rows[j] * k + c];
  }
  return out;
}

/**
 * The rows `rows` of a matrix (a copy).
 *
 * @example
 * ```ts
 * sliceMatrix(x, Uint32Array.of(0, 5, 9)).rowCount; // 3
 * ```
 */
export function sliceMatrix(matrix: FeatureMatrix, rows: ArrayLike<number>): FeatureMatrix {
  return {
    names: matrix.names,
    columns: matrix.columns.map((c) => pickRows(c, rows)),
    rowCount: rows.length,
    categorical: matrix.categorical,
    categories: matrix.categories,
  };
}

/**
 * Fit a pipeline of one kind on some rows of the table; returns the pipeline and the training matrix.
 *
 * @example
 * ```ts
 * const { pipeline, matrix } = fitRows(table, y, rows, { features, task: 'binary', kind: 'native', seed: 0 });
 * ```
 */
export function fitRows(
  table: Table,
  y: Float64Array,
  rows: ArrayLike<number>,
  options: {
    readonly features: readonly string[];
    readonly task: Task;
    readonly kind: 'native' | 'encoded';
    readonly seed: number;
    /** Context columns for the context-size feature (default none). */
    readonly context?: readonly string[];
  },
): { readonly pipeline: FittedPipeline; readonly matrix: FeatureMatrix; readonly y: Float64Array } {
  const part = takeRows(table, rows);
  const partY = pickRows(y, rows);
  const { pipeline, matrix } = fitPipeline(
    part,
    { features: options.features, family: options.kind, task: options.task, context: options.context },
    { target: partY, seed: options.seed },
  );
  return { pipeline, matrix, y: partY };
}

/**
 * Fit the pipelines of the requested kinds inside every fold and apply them to the fold's validation rows.
 *
 * @example
 * ```ts
 * prepareFoldData(table, y, folds, { features: ['age', 'job'], task: 'binary', classCount: 2, kinds: ['native', 'encoded'], seed: 0 });
 * ```
 */
export function prepareFoldData(
  table: Table,
  y: Float64Array,
  folds: readonly Fold[],
  options: {
    readonly features: readonly string[];
    readonly task: Task;
    readonly classCount: number;
    readonly kinds: readonly ('native' | 'encoded')[];
    readonly seed: number;
    /** Context columns for the context-size feature (default none). */
    readonly context?: readonly string[];
    /** Sample weights for some training rows, computed from those rows only (e.g. reweighing). */
    readonly weightsOf?: (rows: Uint32Array) => Float64Array;
  },
): FoldData {
  const build = (kind: 'native' | 'encoded'): FoldMatrices[] =>
    !options.kinds.includes(kind)
      ? []
      : folds.map((fold, f) => {
          const fitted = fitRows(table, y, fold.train, { ...options, kind, seed: options.seed + f });
          const valid = applyPipeline(fitted.pipeline, takeRows(table, fold.valid));
          return {
            train: sharedMatrix(fitted.matrix),
            trainY: sharedCopy(fitted.y),
            valid: sharedMatrix(valid),
            validY: sharedCopy(pickRows(y, fold.valid)),
            trainWeights: options.weightsOf ? sharedCopy(options.weightsOf(fold.train)) : null,
            validRows: fold.valid,
          };
        });
  return { task: options.task, classCount: options.classCount, native: build('native'), encoded: build('encoded') };
}
