/**
 * @module explain/shap-values
 * The result of every SHAP estimator: one contribution per row, output and feature in margin space (log-odds
 * for binary GBDT / linear / MLP models, class scores for multiclass, the link-scale value for regression,
 * the averaged class share or value for forests and single trees), plus the expected value per output.
 * Local accuracy: for each row and output, Σ over features + expected = the model's margin.
 *
 * @example
 * ```ts
 * import { shapValue, shapRow } from './shap-values.js';
 * shapValue(shap, 0, 0, 2); // contribution of feature 2 to output 0 of row 0
 * shapRow(shap, 0); // Float64Array of the features' contributions to output 0 of row 0
 * ```
 */

/** SHAP values of a matrix. `values[(row * outputs + output) * features.length + feature]`. */
export interface ShapValues {
  /** Feature names, in the order of the values. */
  readonly features: readonly string[];
  readonly rowCount: number;
  /** 1, or the class count of a multiclass model. */
  readonly outputs: number;
  readonly values: Float64Array;
  /** E[f(X)] per output, in margin space. */
  readonly expected: number[];
  /** How the values were computed. */
  readonly method: 'tree' | 'linear' | 'permutation';
}

/**
 * One contribution.
 *
 * @example
 * ```ts
 * shapValue(shap, 10, 0, shap.features.indexOf('age'));
 * ```
 */
export function shapValue(shap: ShapValues, row: number, output: number, feature: number): number {
  return shap.values[(row * shap.outputs + output) * shap.features.length + feature];
}

/**
 * The contributions of all features to one output of one row (a view, not a copy).
 *
 * @example
 * ```ts
 * const phi = shapRow(shap, 3); // output 0
 * ```
 */
export function shapRow(shap: ShapValues, row: number, output = 0): Float64Array {
  const f = shap.features.length;
  const at = (row * shap.outputs + output) * f;
  return shap.values.subarray(at, at + f);
}

/**
 * The margin each row's values add up to: expected + Σ contributions, row-major `rowCount × outputs`.
 *
 * @example
 * ```ts
 * shapMargins(shap)[0]; // equals the model's raw score of row 0 (local accuracy)
 * ```
 */
export function shapMargins(shap: ShapValues): Float64Array {
  const f = shap.features.length;
  const k = shap.outputs;
  const out = new Float64Array(shap.rowCount * k);
  for (let i = 0; i < shap.rowCount * k; i++) {
    let s = shap.expected[i % k];
    for (let j = 0; j < f; j++) s += shap.values[i * f + j];
    out[i] = s;
  }
  return out;
}
