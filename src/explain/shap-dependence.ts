/**
 * @module explain/shap-dependence
 * SHAP dependence: a feature's value against its SHAP value over the explained rows, with the feature it
 * interacts with most for colouring — chosen as shap's `approximate_interactions` does: rows sorted by the
 * feature are cut into about ten bins, and the candidate whose values correlate most (|Pearson r| summed over
 * the bins) with the feature's SHAP values within bins wins. `topInteractions` ranks all candidates.
 *
 * @example
 * ```ts
 * import { shapDependence } from './shap-dependence.js';
 * const dep = shapDependence(shap, x, 'age');
 * dep.interaction; // 'balance' — colour the points by it
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import { ValidationError } from '../util/errors.js';
import type { ShapValues } from './shap-values.js';

/** Points of a dependence plot. */
export interface ShapDependence {
  readonly feature: string;
  /** The feature's value per row (NaN missing; category codes for categorical features). */
  readonly values: Float64Array;
  /** Its SHAP value per row. */
  readonly shap: Float64Array;
  /** The feature with the strongest approximate interaction, or null when there is no other feature. */
  readonly interaction: string | null;
  /** That feature's value per row (for colour), or null. */
  readonly interactionValues: Float64Array | null;
}

function column(matrix: FeatureMatrix, name: string, rows: number): Float64Array {
  const j = matrix.names.indexOf(name);
  if (j < 0) throw new ValidationError('explain.unknownFeature', { feature: name, features: matrix.names.join(', ') });
  return matrix.columns[j].subarray(0, rows);
}

function absCorrelation(a: Float64Array, b: Float64Array, from: number, to: number, order: Int32Array): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let k = from; k < to; k++) {
    const i = order[k];
    if (b[i] !== b[i]) continue;
    n++;
    sa += a[i];
    sb += b[i];
  }
  if (n < 3) return 0;
  const ma = sa / n;
  const mb = sb / n;
  let cab = 0;
  let caa = 0;
  let cbb = 0;
  for (let k = from; k < to; k++) {
    const i = order[k];
    if (b[i] !== b[i]) continue;
    const da = a[i] - ma;
    const db = b[i] - mb;
    cab += da * db;
    caa += da * da;
    cbb += db * db;
  }
  return caa > 0 && cbb > 0 ? Math.abs(cab / Math.sqrt(caa * cbb)) : 0;
}

/**
 * Other features ranked by their approximate interaction with `feature` (strongest first).
 *
 * @example
 * ```ts
 * topInteractions(shap, x, 'age').slice(0, 3); // [{ feature: 'balance', score: 2.1 }, …]
 * ```
 */
export function topInteractions(
  shap: ShapValues,
  matrix: FeatureMatrix,
  feature: string,
  output = 0,
): { feature: string; score: number }[] {
  const f = shap.features.indexOf(feature);
  if (f < 0) throw new ValidationError('explain.unknownFeature', { feature, features: shap.features.join(', ') });
  const n = shap.rowCount;
  const F = shap.features.length;
  const x = column(matrix, feature, n);
  const phi = Float64Array.from({ length: n }, (_, i) => shap.values[(i * shap.outputs + output) * F + f]);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const xa = x[a] === x[a] ? x[a] : Number.POSITIVE_INFINITY;
    const xb = x[b] === x[b] ? x[b] : Number.POSITIVE_INFINITY;
    return xa - xb || a - b;
  });
  const step = Math.max(1, Math.floor(n / 10));
  return shap.features
    .filter((name) => name !== feature)
    .map((name) => {
      const other = column(matrix, name, n);
      let score = 0;
      for (let from = 0; from < n; from += step)
        score += absCorrelation(phi, other, from, Math.min(n, from + step), order);
      return { feature: name, score };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Dependence-plot data of one feature.
 *
 * @throws ValidationError `explain.unknownFeature`.
 * @example
 * ```ts
 * shapDependence(shap, x, 'duration').shap[0]; // SHAP value of duration in row 0
 * ```
 */
export function shapDependence(shap: ShapValues, matrix: FeatureMatrix, feature: string, output = 0): ShapDependence {
  const ranked = topInteractions(shap, matrix, feature, output);
  const f = shap.features.indexOf(feature);
  const n = shap.rowCount;
  const F = shap.features.length;
  const interaction = ranked.length > 0 ? ranked[0].feature : null;
  return Object.freeze({
    feature,
    values: column(matrix, feature, n).slice(),
    shap: Float64Array.from({ length: n }, (_, i) => shap.values[(i * shap.outputs + output) * F + f]),
    interaction,
    interactionValues: interaction ? column(matrix, interaction, n).slice() : null,
  });
}
