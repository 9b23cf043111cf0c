/**
 * @module explain/permutation-importance
 * Permutation importance (Breiman 2001; scikit-learn's `permutation_importance`): how much a model's score
 * drops when one feature's values are shuffled across rows, breaking its link to the target while keeping its
 * distribution. Each feature is shuffled `repeats` times (seeded); the result per feature is the mean drop,
 * its standard deviation over the repeats and a 95 % confidence interval for the mean (Student t with
 * repeats − 1 degrees of freedom). A drop is positive when the model gets worse, for metrics where higher is
 * better (AUC, accuracy, R²) and, with `higherIsBetter: false`, for losses (log loss, RMSE).
 *
 * @example
 * ```ts
 * import { permutationImportance } from './permutation-importance.js';
 * const imp = permutationImportance((m) => scoreOf(m), x, y, auc, { repeats: 5, seed: 1 });
 * imp[0]; // { feature: 'duration', mean: 0.21, sd: 0.01, low: 0.2, high: 0.22, … }
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import { ValidationError } from '../util/errors.js';
import { createRng, permutation } from '../util/rng.js';

/** A model score from the targets and the predictions (whatever `predict` returns). */
export type ScoreFunction = (y: Float64Array, predictions: Float64Array) => number;

/** Options of `permutationImportance`. */
export interface PermutationImportanceOptions {
  /** Shuffles per feature (≥ 2 for a spread). Default 5. */
  readonly repeats?: number;
  readonly seed?: number;
  /** false for losses. Default true. */
  readonly higherIsBetter?: boolean;
  readonly signal?: AbortSignal;
}

/** The importance of one feature. */
export interface PermutationImportance {
  readonly feature: string;
  readonly index: number;
  /** Mean score drop over the repeats. */
  readonly mean: number;
  /** Sample standard deviation over the repeats (0 with one repeat). */
  readonly sd: number;
  /** 95 % confidence interval of the mean. */
  readonly low: number;
  readonly high: number;
  /** Each repeat's drop. */
  readonly drops: readonly number[];
}

// two-sided 95 % quantiles of Student's t, df = 1..30
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * The 97.5 % quantile of Student's t with df degrees of freedom (table to 30, then a 1/df expansion).
 *
 * @example
 * ```ts
 * tQuantile975(4); // 2.776
 * ```
 */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= 30) return T975[Math.round(df) - 1];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/**
 * Permutation importance of every feature of `matrix`, in matrix order.
 *
 * @throws ValidationError `option.invalid` for a bad repeat count or a target of the wrong length.
 * @example
 * ```ts
 * permutationImportance(predict, x, y, (t, p) => -rmse(t, p), { repeats: 10 });
 * ```
 */
export function permutationImportance(
  predict: (x: FeatureMatrix) => Float64Array,
  matrix: FeatureMatrix,
  y: ArrayLike<number>,
  metric: ScoreFunction,
  options: PermutationImportanceOptions = {},
): PermutationImportance[] {
  const repeats = options.repeats ?? 5;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new ValidationError('option.invalid', {
      name: 'repeats',
      expected: 'an integer of at least 1',
      got: String(repeats),
    });
  }
  const n = matrix.rowCount;
  if (y.length !== n) {
    throw new ValidationError('option.invalid', {
      name: 'y',
      expected: `${n} values (one per row)`,
      got: String(y.length),
    });
  }
  const target = Float64Array.from(y);
  const sign = options.higherIsBetter === false ? -1 : 1;
  const baseline = metric(target, predict(matrix));
  const rng = createRng(options.seed ?? 0);
  const shuffled = new Float64Array(n);
  return matrix.names.map((feature, index) => {
    const drops: number[] = [];
    const col = matrix.columns[index];
    for (let r = 0; r < repeats; r++) {
      options.signal?.throwIfAborted();
      const perm = permutation(n, rng);
      for (let i = 0; i < n; i++) shuffled[i] = col[perm[i]];
      const columns = matrix.columns.map((c, j) => (j === index ? shuffled : c));
      const score = metric(target, predict({ ...matrix, columns }));
      drops.push(sign * (baseline - score));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / repeats;
    const sd = repeats > 1 ? Math.sqrt(drops.reduce((a, d) => a + (d - mean) ** 2, 0) / (repeats - 1)) : 0;
    const half = repeats > 1 ? (tQuantile975(repeats - 1) * sd) / Math.sqrt(repeats) : 0;
    return Object.freeze({
      feature,
      index,
      mean,
      sd,
      low: mean - half,
      high: mean + half,
      drops: Object.freeze(drops),
    });
  });
}
