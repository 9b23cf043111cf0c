/**
 * @module learners/mlp/mlp-model
 * The fitted MLP — frozen plain data: the input encoding, the layer sizes, float32 weights and biases, the
 * target scaling of regression and the loss curves — and prediction over it. Rows are encoded and passed
 * through the network in chunks; probabilities and regression values are computed in double precision from
 * the float32 logits, so a JSON round trip (weights stored as exact numbers) gives bit-identical predictions.
 *
 * @example
 * ```ts
 * import { predictProbaMlp } from './mlp-model.js';
 * const p = predictProbaMlp(model, x); // rowCount × classCount, row-major
 * ```
 */
import { marginsToClasses, marginsToProba } from '../margins.js';
import { ValidationError } from '../../util/errors.js';
import { type FeatureMatrix, alignFeatures } from '../feature-matrix.js';
import type { FittedModel } from '../learner.js';
import { type MlpInputEncoding, encodeInputs } from './mlp-inputs.js';
import { type Network, createWorkspace, forward } from './mlp-network.js';
import type { MlpActivation, MlpObjectiveName } from './mlp-params.js';

/**
 * The format version of `MlpModel` (checked when loading JSON).
 *
 * @example
 * ```ts
 * MLP_FORMAT_VERSION; // 1
 * ```
 */
export const MLP_FORMAT_VERSION = 1;

/** A fitted multilayer perceptron. */
export interface MlpModel extends FittedModel {
  readonly kind: 'mlp';
  readonly objective: MlpObjectiveName;
  readonly activation: MlpActivation;
  readonly encoding: MlpInputEncoding;
  /** Units per layer: inputs, hidden layers, outputs. */
  readonly sizes: readonly number[];
  /** Per layer: `sizes[l] × sizes[l + 1]` row-major float32 weights. */
  readonly weights: readonly Float32Array[];
  readonly biases: readonly Float32Array[];
  /** Regression: prediction = output · targetScale + targetMean (1 and 0 for classifiers). */
  readonly targetMean: number;
  readonly targetScale: number;
  /** Epochs trained; with early stopping, the kept weights are those after `bestEpoch`. */
  readonly epochs: number;
  readonly bestEpoch: number;
  /** Mean training loss per epoch (including the L2 term, as sklearn's `loss_curve_`). */
  readonly lossCurve: Float64Array;
  /** Validation loss per epoch, when a validation set was used. */
  readonly validLossCurve: Float64Array | null;
}

const CHUNK = 1024;

/**
 * The output logits (`rowCount × outputs`, float32) of a model on new data.
 *
 * @example
 * ```ts
 * predictRawMlp(model, x)[0]; // logit of row 0
 * ```
 */
export function predictRawMlp(model: MlpModel, data: FeatureMatrix): Float32Array {
  const cols = alignFeatures(model.features, data);
  const n = data.rowCount;
  const sizes = model.sizes;
  const k = sizes[sizes.length - 1];
  const out = new Float32Array(n * k);
  if (n === 0) return out;
  const net: Network = { sizes, weights: model.weights, biases: model.biases };
  const ws = createWorkspace(net, Math.min(CHUNK, n));
  const last = sizes.length - 2;
  const rows = new Uint32Array(Math.min(CHUNK, n));
  for (let start = 0; start < n; start += CHUNK) {
    const m = Math.min(CHUNK, n - start);
    for (let i = 0; i < m; i++) rows[i] = start + i;
    ws.a[0].set(encodeInputs(model.encoding, cols, n, rows.subarray(0, m)));
    forward(net, model.activation, ws, m, null);
    out.set(ws.z[last].subarray(0, m * k), start * k);
  }
  return out;
}

/**
 * Class probabilities, row-major `rowCount × classCount`. Throws `learner.noProba` for regression.
 *
 * @example
 * ```ts
 * predictProbaMlp(model, x)[2 * i + 1]; // P(class 1) of row i (binary)
 * ```
 */
export function predictProbaMlp(model: MlpModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') {
    throw new ValidationError('learner.noProba', { learner: 'mlp', objective: model.objective });
  }
  return marginsToProba(model.task, predictRawMlp(model, data), data.rowCount, model.classCount);
}

/**
 * Predictions: the most probable class code for classifiers, the value for regression.
 *
 * @example
 * ```ts
 * predictMlp(model, x); // Float64Array of rowCount values
 * ```
 */
export function predictMlp(model: MlpModel, data: FeatureMatrix): Float64Array {
  const n = data.rowCount;
  const raw = predictRawMlp(model, data);
  const out = new Float64Array(n);
  if (model.task === 'regression') {
    for (let i = 0; i < n; i++) out[i] = raw[i] * model.targetScale + model.targetMean;
    return out;
  }
  return marginsToClasses(model.task, raw, n, model.classCount);
}
