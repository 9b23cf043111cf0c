/**
 * @module explain/permutation-shap
 * Model-agnostic SHAP values by sampling permutations (Štrumbelj & Kononenko 2014; shap's
 * PermutationExplainer) for MLPs, ensembles and anything else with a margin function: for each explained row,
 * each sampled permutation of the features (in antithetic pairs: a permutation and its reverse) and each row
 * of a background sample, the features are switched from the background row to the explained row one by one
 * in permutation order, and each feature is credited with the change of the margin its switch caused. The
 * expected value is the mean margin over the background sample, and every row's values add up exactly to its
 * margin minus that mean (the credits telescope), whatever the number of permutations; more permutations
 * only reduce the sampling error. All hybrid rows of a batch of explained rows go through the model in one
 * call. Seeded.
 *
 * @example
 * ```ts
 * import { permutationShap } from './permutation-shap.js';
 * const shap = permutationShap(marginFunction(mlp), x, { background: train, seed: 7 });
 * ```
 */
import { createFeatureMatrix, type FeatureMatrix } from '../learners/feature-matrix.js';
import { ValidationError } from '../util/errors.js';
import { createRng, permutation } from '../util/rng.js';
import type { MarginFunction } from './model-margins.js';
import type { ShapValues } from './shap-values.js';

/** Options of `permutationShap`. */
export interface PermutationShapOptions {
  /**
   * Rows the features are switched from (the reference distribution), e.g. a sample of the training data; its
   * columns are matched by name and must use the same category codes as the explained matrix.
   */
  readonly background: FeatureMatrix;
  /** Background rows used (a seeded sample when the background has more). Default 50. */
  readonly backgroundSize?: number;
  /** Permutations per explained row, rounded up to an even number (antithetic pairs). Default 10. */
  readonly permutations?: number;
  readonly seed?: number;
  /** Hybrid rows per call of the model. Default 100,000. */
  readonly batchRows?: number;
  readonly signal?: AbortSignal;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) {
    throw new ValidationError('option.invalid', { name, expected: 'an integer of at least 1', got: String(v) });
  }
  return v;
}

function checkLength(got: number, rows: number, outputs: number): void {
  if (got !== rows * outputs) {
    throw new ValidationError('explain.predictionLength', { got, rows, expected: rows * outputs });
  }
}

/**
 * Sampled permutation SHAP values in the margin space of `predict` (which returns `rows × outputs`).
 *
 * @throws ValidationError `option.invalid` for a bad count, `explain.predictionLength` for a prediction of the
 *   wrong length.
 * @example
 * ```ts
 * const shap = permutationShap((m) => predictRawGbdt(model, m), x, { background: train, permutations: 20 });
 * ```
 */
export function permutationShap(
  predict: MarginFunction,
  matrix: FeatureMatrix,
  options: PermutationShapOptions,
): ShapValues {
  const F = matrix.columns.length;
  const n = matrix.rowCount;
  const rng = createRng(options.seed ?? 0);
  const bgAll = options.background;
  const bSize = Math.min(positiveInteger('backgroundSize', options.backgroundSize, 50), bgAll.rowCount);
  if (bSize < 1) {
    throw new ValidationError('option.invalid', { name: 'background', expected: 'at least one row', got: '0 rows' });
  }
  const pairs = Math.ceil(positiveInteger('permutations', options.permutations, 10) / 2);
  const P = 2 * pairs;
  const pick = bgAll.rowCount > bSize ? permutation(bgAll.rowCount, rng).subarray(0, bSize) : null;
  const bgCols = matrix.names.map((name) => {
    const j = bgAll.names.indexOf(name);
    if (j < 0) throw new ValidationError('explain.unknownFeature', { feature: name, features: bgAll.names.join(', ') });
    const col = bgAll.columns[j];
    return pick ? Float64Array.from(pick, (r) => col[r]) : col.slice(0, bSize);
  });
  const make = (cols: Float64Array[], rows: number): FeatureMatrix =>
    createFeatureMatrix(matrix.names, cols, {
      categorical: matrix.categorical,
      categories: matrix.categories,
      rowCount: rows,
    });
  const bgMargins = predict(make(bgCols, bSize));
  const K = Math.max(1, Math.round(bgMargins.length / bSize));
  checkLength(bgMargins.length, bSize, K);
  const expected = Array.from({ length: K }, (_, o) => {
    let s = 0;
    for (let b = 0; b < bSize; b++) s += bgMargins[b * K + o];
    return s / bSize;
  });
  const values = new Float64Array(n * K * F);
  const chain = F + 1;
  const perRow = P * bSize * chain;
  const batchRows = positiveInteger('batchRows', options.batchRows, 100_000);
  const rowsPerBatch = Math.max(1, Math.floor(batchRows / perRow));
  const orders = new Int32Array(P * F);
  const position = new Int32Array(F);
  for (let start = 0; start < n; start += rowsPerBatch) {
    options.signal?.throwIfAborted();
    const m = Math.min(rowsPerBatch, n - start);
    const total = m * perRow;
    const cols = Array.from({ length: F }, () => new Float64Array(total));
    const allOrders = new Int32Array(m * P * F);
    for (let i = 0; i < m; i++) {
      const row = start + i;
      for (let p = 0; p < pairs; p++) {
        const perm = permutation(F, rng);
        for (let s = 0; s < F; s++) {
          orders[2 * p * F + s] = perm[s];
          orders[(2 * p + 1) * F + s] = perm[F - 1 - s];
        }
      }
      allOrders.set(orders, i * P * F);
      for (let p = 0; p < P; p++) {
        for (let s = 0; s < F; s++) position[orders[p * F + s]] = s;
        for (let b = 0; b < bSize; b++) {
          const base = i * perRow + (p * bSize + b) * chain;
          for (let j = 0; j < F; j++) {
            const col = cols[j];
            const bv = bgCols[j][b];
            const xv = matrix.columns[j][row];
            const switchAt = position[j] + 1;
            for (let s = 0; s < switchAt; s++) col[base + s] = bv;
            for (let s = switchAt; s < chain; s++) col[base + s] = xv;
          }
        }
      }
    }
    const out = predict(make(cols, total));
    checkLength(out.length, total, K);
    const scale = 1 / (P * bSize);
    for (let i = 0; i < m; i++) {
      const vBase = (start + i) * K * F;
      for (let p = 0; p < P; p++) {
        const ord = i * P * F + p * F;
        for (let b = 0; b < bSize; b++) {
          const base = i * perRow + (p * bSize + b) * chain;
          for (let s = 0; s < F; s++) {
            const f = allOrders[ord + s];
            for (let o = 0; o < K; o++) {
              values[vBase + o * F + f] += (out[(base + s + 1) * K + o] - out[(base + s) * K + o]) * scale;
            }
          }
        }
      }
    }
  }
  return Object.freeze({
    features: [...matrix.names],
    rowCount: n,
    outputs: K,
    values,
    expected,
    method: 'permutation' as const,
  });
}
