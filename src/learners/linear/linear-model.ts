/**
 * @module learners/linear/linear-model
 * The fitted linear model — frozen plain data: the learned encoding (imputation values, one-hot levels,
 * centring and scaling), one `Float64Array` of coefficients per output on the standardised scale plus the
 * intercepts, and the same on the original scale of the model columns. Predictions are free functions: the
 * linear predictor is computed on the standardised columns exactly as in training; binary models apply the
 * sigmoid, multiclass models the softmax over their K outputs.
 *
 * @example
 * ```ts
 * import { predictProbaLinear } from './linear-model.js';
 * const p = predictProbaLinear(model, x); // rowCount × classCount, row-major
 * ```
 */
import { marginsToClasses, marginsToProba } from '../margins.js';
import { ValidationError } from '../../util/errors.js';
import { type FeatureMatrix, alignFeatures } from '../feature-matrix.js';
import type { FittedModel } from '../learner.js';
import { type LinearEncoding, encodeColumn } from './linear-encoding.js';
import type { LinearObjectiveName, LinearParams } from './linear-params.js';

/**
 * Format version of the linear model's JSON.
 *
 * @example
 * ```ts
 * if (json.formatVersion !== LINEAR_FORMAT_VERSION) throw …;
 * ```
 */
export const LINEAR_FORMAT_VERSION = 1;

/** A fitted linear model. */
export interface LinearModel extends FittedModel {
  readonly kind: 'linear';
  readonly objective: LinearObjectiveName;
  readonly params: LinearParams;
  readonly encoding: LinearEncoding;
  /** 1 for binary and regression, K for multiclass. */
  readonly outputs: number;
  /** Per output: one coefficient per model column, on the standardised scale. */
  readonly coefficients: readonly Float64Array[];
  /** Per output, standardised scale. */
  readonly intercepts: Float64Array;
  /** Per output: coefficients of the unstandardised model columns (imputed value, 0/1 flag). */
  readonly originalCoefficients: readonly Float64Array[];
  readonly originalIntercepts: Float64Array;
  /** Solver steps used (L-BFGS iterations, Newton steps, or coordinate-descent sweeps for regression). */
  readonly iterations: number;
  readonly converged: boolean;
  /** Largest optimality violation at the solution (≤ tol when converged). */
  readonly violation: number;
  readonly solver: 'lbfgs' | 'prox-newton-cd' | 'coordinate-descent';
}

/**
 * Coefficients and intercepts on the original scale of the model columns: β/scale and
 * b − Σ β·center/scale.
 *
 * @example
 * ```ts
 * const { coefficients, intercepts } = toOriginalScale(enc, model.coefficients, model.intercepts);
 * ```
 */
export function toOriginalScale(
  enc: LinearEncoding,
  coefficients: readonly Float64Array[],
  intercepts: Float64Array,
): { coefficients: Float64Array[]; intercepts: Float64Array } {
  const out = coefficients.map((c) => Float64Array.from(c, (v, j) => v / enc.scale[j]));
  const b = Float64Array.from(intercepts, (b0, k) => {
    let s = b0;
    for (let j = 0; j < enc.center.length; j++) s -= out[k][j] * enc.center[j];
    return s;
  });
  return { coefficients: out, intercepts: b };
}

/**
 * The linear predictor per output, row-major `rowCount × outputs`.
 *
 * @example
 * ```ts
 * predictRawLinear(model, x)[i]; // η of row i (binary / regression)
 * ```
 */
export function predictRawLinear(model: LinearModel, data: FeatureMatrix): Float64Array {
  const columns = alignFeatures(model.features, data);
  const n = data.rowCount;
  const k = model.outputs;
  const enc = model.encoding;
  const eta = new Float64Array(n * k);
  for (let o = 0; o < k; o++) for (let i = 0; i < n; i++) eta[i * k + o] = model.intercepts[o];
  const buffer = new Float64Array(n);
  for (let j = 0; j < enc.names.length; j++) {
    encodeColumn(enc, j, columns[enc.source[j]], n, buffer);
    const c = enc.center[j];
    const s = enc.scale[j];
    for (let i = 0; i < n; i++) buffer[i] = (buffer[i] - c) / s;
    for (let o = 0; o < k; o++) {
      const beta = model.coefficients[o][j];
      if (beta === 0) continue;
      for (let i = 0; i < n; i++) eta[i * k + o] += beta * buffer[i];
    }
  }
  return eta;
}

/**
 * Class probabilities, row-major `rowCount × classCount`. Throws `learner.noProba` for regression.
 *
 * @example
 * ```ts
 * predictProbaLinear(model, x)[2 * i + 1]; // P(class 1) of row i (binary)
 * ```
 */
export function predictProbaLinear(model: LinearModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') {
    throw new ValidationError('learner.noProba', { learner: 'linear', objective: model.objective });
  }
  return marginsToProba(model.task, predictRawLinear(model, data), data.rowCount, model.classCount);
}

/**
 * Predictions: the most probable class code (the first on a tie) for classifiers, the fitted value for
 * regression.
 *
 * @example
 * ```ts
 * predictLinear(model, x); // Float64Array of rowCount values
 * ```
 */
export function predictLinear(model: LinearModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') return predictRawLinear(model, data);
  // The argmax over the probability columns (binary too: two columns), the first class on a tie.
  return marginsToClasses('multiclass', predictProbaLinear(model, data), data.rowCount, model.classCount);
}
