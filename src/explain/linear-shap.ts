/**
 * @module explain/linear-shap
 * Exact SHAP values of a linear model (interventional, features independent): φ_f = Σ over the model columns
 * of feature f of β_j · (z_j(x) − E[z_j]), on the standardised columns the model was fitted on (a categorical
 * feature's one-hot columns and a numeric feature's missing flag add up to the feature). The expectation is
 * taken over, in this order: a background matrix when given; the training means stored in the model when it
 * was standardised (its centring values — then the expected value is the intercept); otherwise the rows being
 * explained. Margin space: the linear predictor η (log-odds, class scores, or the value).
 *
 * @example
 * ```ts
 * import { linearShap } from './linear-shap.js';
 * const shap = linearShap(model, x); // shap.expected[0] === model.intercepts[0] when standardised
 * ```
 */
import { alignFeatures, type FeatureMatrix } from '../learners/feature-matrix.js';
import { encodeColumn } from '../learners/linear/linear-encoding.js';
import type { LinearModel } from '../learners/linear/linear-model.js';
import { ValidationError } from '../util/errors.js';
import type { ShapValues } from './shap-values.js';

/** Options of `linearShap`. */
export interface LinearShapOptions {
  /** Rows whose mean is the reference (default: the training means when standardised, else `matrix`). */
  readonly background?: FeatureMatrix;
}

/** Means of the standardised model columns over a matrix. */
function columnMeans(model: LinearModel, data: FeatureMatrix): Float64Array {
  const enc = model.encoding;
  const cols = alignFeatures(model.features, data);
  const n = data.rowCount;
  const buffer = new Float64Array(n);
  return Float64Array.from(enc.names, (_, j) => {
    encodeColumn(enc, j, cols[enc.source[j]], n, buffer);
    let s = 0;
    for (let i = 0; i < n; i++) s += (buffer[i] - enc.center[j]) / enc.scale[j];
    return n > 0 ? s / n : 0;
  });
}

/**
 * SHAP values of a linear model.
 *
 * @throws ValidationError `explain.unsupportedModel` for another kind of model.
 * @example
 * ```ts
 * const { values, expected } = linearShap(model, x, { background: train });
 * ```
 */
export function linearShap(model: LinearModel, matrix: FeatureMatrix, options: LinearShapOptions = {}): ShapValues {
  if (model.kind !== 'linear') {
    throw new ValidationError('explain.unsupportedModel', { kind: String(model.kind), expected: 'linear' });
  }
  const enc = model.encoding;
  const standardised = model.params.standardize === true;
  const means = options.background
    ? columnMeans(model, options.background)
    : standardised
      ? new Float64Array(enc.names.length)
      : columnMeans(model, matrix);
  const cols = alignFeatures(model.features, matrix);
  const n = matrix.rowCount;
  const F = model.features.length;
  const K = model.outputs;
  const values = new Float64Array(n * K * F);
  const expected = Array.from(model.intercepts);
  const buffer = new Float64Array(n);
  for (let j = 0; j < enc.names.length; j++) {
    const f = enc.source[j];
    encodeColumn(enc, j, cols[f], n, buffer);
    const c = enc.center[j];
    const s = enc.scale[j];
    for (let o = 0; o < K; o++) {
      const beta = model.coefficients[o][j];
      if (beta === 0) continue;
      expected[o] += beta * means[j];
      for (let i = 0; i < n; i++) values[(i * K + o) * F + f] += beta * ((buffer[i] - c) / s - means[j]);
    }
  }
  return Object.freeze({
    features: model.features.map((x) => x.name),
    rowCount: n,
    outputs: K,
    values,
    expected,
    method: 'linear' as const,
  });
}
