/**
 * @module learners/mlp/mlp-learner
 * The multilayer perceptron behind the learner contract: dense layers with ReLU, GELU or tanh, dropout,
 * Adam, mini-batches and early stopping, on `Float32Array`s; inputs imputed, standardised and one-hot encoded
 * inside the model. Binary (sigmoid + log loss), multiclass (softmax + cross-entropy) and regression
 * (identity + squared error).
 *
 * Why our own implementation and not `@tensorflow/tfjs` (wasm backend) as an optional dependency. Measured
 * against sklearn's `MLPClassifier(solver='adam')` with the same architecture (64, 32), alpha, learning rate,
 * batch size and 50 epochs on telco churn (scripts/reference/mlp_sklearn.py → test/fixtures/learners/
 * mlp-sklearn-telco.json; bench/learners/mlp-bench.mjs measures both in one session): holdout AUC 0.8157 over
 * five seeds against sklearn's 0.8122 (each side's seeds spread ±0.005) — equal quality; fit time 4–5.5×
 * sklearn's (numpy/OpenBLAS with AVX-512, one thread: 2.3–2.9 s against 0.53–0.56 s of CPU on a shared
 * 2-core machine) — seconds, for the size of network marketers fit on tabular data (tens of inputs, a few
 * dozen units). tfjs would add a large optional dependency with a second numeric runtime and its own tensor
 * lifetimes, a model format that is not our frozen plain data, and results that differ between backends;
 * its wasm SIMD kernels might win back part of the gap on wider layers, but that was not measured (tfjs is
 * not installed). Our few hundred lines of arithmetic are seeded, bit-reproducible through JSON and run
 * wherever Node runs; a WebAssembly SIMD version of the three matrix loops (mlp-kernels.ts) is the way to
 * go faster without giving that up.
 *
 * @example
 * ```ts
 * import { mlpLearner } from './mlp-learner.js';
 * const model = mlpLearner.create({ objective: 'binary', hidden_layer_1: 64, hidden_layer_2: 32 }).fit(x, y, { seed: 1 });
 * mlpLearner.predictProba(model, xTest);
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import type { FitOptions, Learner } from '../learner.js';
import { resolveParams } from '../params.js';
import type { TargetInput } from '../target.js';
import { fitMlp } from './fit-mlp.js';
import { mlpFromJSON, mlpToJSON } from './mlp-json.js';
import { type MlpModel, predictMlp, predictProbaMlp } from './mlp-model.js';
import { mlpSchema } from './mlp-params.js';

/**
 * The MLP learner.
 *
 * @example
 * ```ts
 * mlpLearner.create({ objective: 'squared_error', activation: 'gelu' }).fit(x, y).epochs;
 * ```
 */
export const mlpLearner: Learner<typeof mlpSchema, MlpModel> = Object.freeze({
  kind: 'mlp',
  title: 'Neural network (MLP)',
  description:
    'Multilayer perceptron: dense layers with ReLU/GELU/tanh, dropout, Adam on mini-batches, L2 penalty and early stopping (as sklearn MLPClassifier/MLPRegressor); standardisation, mean imputation and one-hot encoding inside.',
  schema: mlpSchema,
  variants: Object.freeze([
    { name: 'mlp-binary', task: 'binary', settings: { objective: 'binary' } },
    { name: 'mlp-multiclass', task: 'multiclass', settings: { objective: 'multiclass' } },
    { name: 'mlp-regression', task: 'regression', settings: { objective: 'squared_error' } },
  ] as const),
  create(settings = {}) {
    const params = resolveParams('mlp', mlpSchema, settings);
    const task =
      params.objective === 'binary' ? 'binary' : params.objective === 'multiclass' ? 'multiclass' : 'regression';
    return Object.freeze({
      kind: 'mlp' as const,
      settings: params,
      task,
      fit: (data: FeatureMatrix, target: TargetInput, options?: FitOptions) => fitMlp(params, data, target, options),
    });
  },
  predict: predictMlp,
  predictProba: predictProbaMlp,
  toJSON: mlpToJSON,
  fromJSON: mlpFromJSON,
});
