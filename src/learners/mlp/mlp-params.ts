/**
 * @module learners/mlp/mlp-params
 * The parameter schema of the multilayer perceptron: the single source of its defaults, bounds and
 * descriptions. Names and defaults follow scikit-learn's `MLPClassifier` / `MLPRegressor` where they exist
 * (`l2` is sklearn's `alpha`, `max_epochs` its `max_iter`, `patience` its `n_iter_no_change`). The schema has
 * no list type, so the architecture is given as up to three layer widths, `hidden_layer_1..3` (0 = no layer):
 * sklearn's `hidden_layer_sizes=(64, 32)` is `{ hidden_layer_1: 64, hidden_layer_2: 32 }`.
 *
 * @example
 * ```ts
 * import { mlpSchema, hiddenLayers } from './mlp-params.js';
 * import { resolveParams } from '../params.js';
 * hiddenLayers(resolveParams('mlp', mlpSchema, { hidden_layer_1: 128 })); // [128, 32]
 * ```
 */
import type { ParamSchema, ParamsOf } from '../params.js';

/**
 * The objectives of the MLP: logistic output with log loss, softmax with cross-entropy, identity with squared
 * error.
 *
 * @example
 * ```ts
 * MLP_OBJECTIVES.includes('multiclass'); // true
 * ```
 */
export const MLP_OBJECTIVES = ['binary', 'multiclass', 'squared_error'] as const;

/** One MLP objective name. */
export type MlpObjectiveName = (typeof MLP_OBJECTIVES)[number];

/**
 * The hidden-layer activations.
 *
 * @example
 * ```ts
 * MLP_ACTIVATIONS[0]; // 'relu'
 * ```
 */
export const MLP_ACTIVATIONS = ['relu', 'gelu', 'tanh'] as const;

/** One activation name. */
export type MlpActivation = (typeof MLP_ACTIVATIONS)[number];

/**
 * The MLP parameter schema.
 *
 * @example
 * ```ts
 * mlpSchema.learning_rate.default; // 0.001
 * ```
 */
export const mlpSchema = {
  objective: {
    type: 'enum',
    values: MLP_OBJECTIVES,
    default: 'binary',
    description: 'Loss to minimise: binary (sigmoid + log loss), multiclass (softmax + cross-entropy), squared_error.',
  },
  hidden_layer_1: {
    type: 'integer',
    default: 64,
    min: 1,
    max: 4096,
    description: 'Units in the first hidden layer.',
    search: { min: 8, max: 256, log: true },
  },
  hidden_layer_2: {
    type: 'integer',
    default: 32,
    min: 0,
    max: 4096,
    description: 'Units in the second hidden layer (0 = no second layer).',
    search: { min: 0, max: 128 },
  },
  hidden_layer_3: {
    type: 'integer',
    default: 0,
    min: 0,
    max: 4096,
    description: 'Units in the third hidden layer (0 = none; needs a second layer).',
  },
  activation: {
    type: 'enum',
    values: MLP_ACTIVATIONS,
    default: 'relu',
    description: 'Activation of the hidden layers: relu, gelu (tanh approximation) or tanh.',
  },
  dropout: {
    type: 'number',
    default: 0,
    min: 0,
    max: 1,
    exclusiveMax: true,
    description: 'Share of hidden units dropped in each training step (inverted dropout; none at prediction).',
    search: { min: 0, max: 0.5 },
  },
  learning_rate: {
    type: 'number',
    default: 0.001,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: "Adam's step size (sklearn learning_rate_init).",
    search: { min: 0.0001, max: 0.01, log: true },
  },
  batch_size: {
    type: 'integer',
    default: 200,
    min: 1,
    max: 1_000_000,
    description: 'Rows per mini-batch (capped at the number of rows, as sklearn does).',
    search: { min: 32, max: 512, log: true },
  },
  max_epochs: {
    type: 'integer',
    default: 200,
    min: 1,
    max: 100_000,
    description: 'Passes over the training rows at most (sklearn max_iter).',
  },
  l2: {
    type: 'number',
    default: 0.0001,
    min: 0,
    max: 1000,
    description: "L2 penalty on the weights (sklearn alpha): adds l2 / (2 · batch rows) · ‖W‖² to each batch's loss.",
    search: { min: 0.000001, max: 0.1, log: true },
  },
  early_stopping: {
    type: 'boolean',
    default: false,
    description:
      'Stop when the validation loss has not improved by tol for `patience` epochs and keep the best weights. Uses the validation set given to fit, else `validation_fraction` of the training rows.',
  },
  validation_fraction: {
    type: 'number',
    default: 0.1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    exclusiveMax: true,
    description:
      'Share of training rows held out (stratified for classifiers) when early stopping has no validation set.',
  },
  patience: {
    type: 'integer',
    default: 10,
    min: 1,
    max: 100_000,
    description: 'Epochs without an improvement of at least tol before training stops (sklearn n_iter_no_change).',
  },
  tol: {
    type: 'number',
    default: 0.0001,
    min: 0,
    max: 1,
    description:
      'Smallest improvement of the loss (training loss, or validation loss with early stopping) that counts.',
  },
  standardize: {
    type: 'boolean',
    default: true,
    description: 'Scale numeric features to mean 0 and standard deviation 1 inside the model (the scaling is stored).',
  },
} as const satisfies ParamSchema;

/** Resolved MLP settings. */
export type MlpParams = ParamsOf<typeof mlpSchema>;

/**
 * The hidden-layer widths of resolved settings (a zero ends the list).
 *
 * @example
 * ```ts
 * hiddenLayers({ ...params, hidden_layer_1: 64, hidden_layer_2: 0, hidden_layer_3: 16 }); // [64]
 * ```
 */
export function hiddenLayers(params: MlpParams): number[] {
  const out = [params.hidden_layer_1];
  if (params.hidden_layer_2 > 0) {
    out.push(params.hidden_layer_2);
    if (params.hidden_layer_3 > 0) out.push(params.hidden_layer_3);
  }
  return out;
}
