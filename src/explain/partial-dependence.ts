/**
 * @module explain/partial-dependence
 * Partial dependence and ICE curves (Friedman 2001; Goldstein et al. 2015): set one feature to each value of
 * a grid for every row, predict, and average (PD) or keep single rows' curves (ICE). Numeric features use a
 * grid of quantiles of the observed values between the 5th and 95th percentile (all distinct values when
 * there are fewer than the grid size, as scikit-learn); categorical features use every level that occurs.
 * The average runs over at most `sampleRows` rows (a seeded sample), ICE over `ice` of them.
 *
 * @example
 * ```ts
 * import { partialDependence } from './partial-dependence.js';
 * const pd = partialDependence((m) => scores(m), x, 'age', { grid: 20, ice: 50, seed: 1 });
 * pd.grid; pd.average; // grid values and the mean prediction at each
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import { ValidationError } from '../util/errors.js';
import { createRng, permutation } from '../util/rng.js';

/** Options of `partialDependence`. */
export interface PartialDependenceOptions {
  /** Grid points of a numeric feature. Default 20. */
  readonly grid?: number;
  /** Percentiles bounding a numeric grid. Default [0.05, 0.95]. */
  readonly percentiles?: readonly [number, number];
  /** ICE curves to keep. Default 0. */
  readonly ice?: number;
  /** Rows averaged (a seeded sample when the matrix has more). Default 2000. */
  readonly sampleRows?: number;
  readonly seed?: number;
}

/** A partial-dependence result. */
export interface PartialDependence {
  readonly feature: string;
  readonly kind: 'numeric' | 'categorical';
  /** Grid values (category codes for a categorical feature). */
  readonly grid: Float64Array;
  /** Category labels of the grid (categorical features with labels), else null. */
  readonly labels: readonly string[] | null;
  /** Mean prediction at each grid value. */
  readonly average: Float64Array;
  /** Rows (indices into the matrix) of the ICE curves. */
  readonly iceRows: Int32Array;
  /** ICE curves, row-major `iceRows.length × grid.length`. */
  readonly ice: Float64Array;
}

function featureIndex(matrix: FeatureMatrix, feature: string | number): number {
  const j = typeof feature === 'number' ? feature : matrix.names.indexOf(feature);
  if (!(j >= 0 && j < matrix.names.length)) {
    throw new ValidationError('explain.unknownFeature', {
      feature: String(feature),
      features: matrix.names.join(', '),
    });
  }
  return j;
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function numericGrid(values: Float64Array, size: number, percentiles: readonly [number, number]): Float64Array {
  const sorted = values.filter((v) => v === v).sort();
  const distinct = [...new Set(sorted)];
  if (distinct.length <= size) return Float64Array.from(distinct);
  const lo = quantile(sorted, percentiles[0]);
  const hi = quantile(sorted, percentiles[1]);
  const grid = Array.from({ length: size }, (_, k) => lo + ((hi - lo) * k) / (size - 1));
  return Float64Array.from(new Set(grid));
}

/**
 * Partial dependence (and ICE) of `predict` (one number per row) on one feature.
 *
 * @throws ValidationError `explain.unknownFeature`, `explain.noValues`, `explain.predictionLength`.
 * @example
 * ```ts
 * partialDependence(predict, x, 'contact').labels; // ['cellular', 'telephone']
 * ```
 */
export function partialDependence(
  predict: (x: FeatureMatrix) => Float64Array,
  matrix: FeatureMatrix,
  feature: string | number,
  options: PartialDependenceOptions = {},
): PartialDependence {
  const j = featureIndex(matrix, feature);
  const name = matrix.names[j];
  const col = matrix.columns[j];
  const categorical = matrix.categorical[j] === true;
  let grid: Float64Array;
  if (categorical) {
    const codes = new Set<number>();
    for (const v of col) if (v === v) codes.add(v);
    grid = Float64Array.from([...codes].sort((a, b) => a - b));
  } else {
    grid = numericGrid(col, Math.max(2, options.grid ?? 20), options.percentiles ?? [0.05, 0.95]);
  }
  if (grid.length === 0) throw new ValidationError('explain.noValues', { feature: name });
  const labels =
    categorical && matrix.categories[j] ? Array.from(grid, (c) => matrix.categories[j]?.[c] ?? String(c)) : null;
  const rng = createRng(options.seed ?? 0);
  const n = matrix.rowCount;
  const sampleSize = Math.min(n, options.sampleRows ?? 2000);
  const rows =
    sampleSize < n
      ? Int32Array.from(permutation(n, rng).subarray(0, sampleSize)).sort()
      : Int32Array.from({ length: n }, (_, i) => i);
  const iceCount = Math.min(rows.length, Math.max(0, options.ice ?? 0));
  const iceRows = Int32Array.from(permutation(rows.length, rng).subarray(0, iceCount), (k) => rows[k]).sort();
  const icePos = new Map<number, number>();
  for (let k = 0; k < iceRows.length; k++) icePos.set(iceRows[k], k);
  const G = grid.length;
  const m = rows.length;
  const average = new Float64Array(G);
  const ice = new Float64Array(iceCount * G);
  // all rows at one grid value per call, copying the sampled rows once
  const base = matrix.columns.map((c) => Float64Array.from(rows, (r) => c[r]));
  const varied = new Float64Array(m);
  for (let g = 0; g < G; g++) {
    varied.fill(grid[g]);
    const columns = base.map((c, k) => (k === j ? varied : c));
    const p = predict({ ...matrix, columns, rowCount: m });
    if (p.length !== m) throw new ValidationError('explain.predictionLength', { got: p.length, rows: m, expected: m });
    let s = 0;
    for (let i = 0; i < m; i++) {
      s += p[i];
      const k = icePos.get(rows[i]);
      if (k !== undefined) ice[k * G + g] = p[i];
    }
    average[g] = s / m;
  }
  return Object.freeze({
    feature: name,
    kind: categorical ? 'categorical' : 'numeric',
    grid,
    labels,
    average,
    iceRows,
    ice,
  });
}
