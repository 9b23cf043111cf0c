/**
 * @module learners/gbdt/gbdt-learner
 * The histogram gradient-boosting learner behind the learner contract: `gbdtLearner.create(settings)` checks
 * the settings against `gbdtSchema`, `fit` returns a frozen `GbdtModel`, and predictions, JSON and
 * importances are free functions over it.
 *
 * @example
 * ```ts
 * import { gbdtLearner } from './gbdt-learner.js';
 * const model = gbdtLearner.create({ objective: 'binary', n_rounds: 200, max_leaves: 31 }).fit(x, y, { seed: 1 });
 * gbdtLearner.predictProba(model, xTest);
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import type { FitOptions, Learner } from '../learner.js';
import { resolveParams } from '../params.js';
import type { TargetInput } from '../target.js';
import { fitGbdt } from './fit-gbdt.js';
import { gbdtFromJSON, gbdtToJSON } from './gbdt-json.js';
import { type GbdtModel, predictGbdt, predictProbaGbdt } from './gbdt-model.js';
import { gbdtSchema } from './gbdt-params.js';

/**
 * The GBDT learner.
 *
 * @example
 * ```ts
 * gbdtLearner.create({ objective: 'poisson' }).fit(x, counts).rounds; // 100
 * ```
 */
export const gbdtLearner: Learner<typeof gbdtSchema, GbdtModel> = Object.freeze({
  kind: 'gbdt',
  title: 'Gradient-boosted trees',
  description:
    'Histogram-based gradient boosting (as XGBoost hist / LightGBM): leaf-wise or depth-wise trees, native categorical splits, learned missing-value directions, monotone constraints, early stopping.',
  schema: gbdtSchema,
  variants: Object.freeze([
    { name: 'gbdt-binary', task: 'binary', settings: { objective: 'binary' } },
    { name: 'gbdt-multiclass', task: 'multiclass', settings: { objective: 'multiclass' } },
    { name: 'gbdt-squared-error', task: 'regression', settings: { objective: 'squared_error' } },
    { name: 'gbdt-absolute-error', task: 'regression', settings: { objective: 'absolute_error' } },
    { name: 'gbdt-huber', task: 'regression', settings: { objective: 'huber' } },
    { name: 'gbdt-poisson', task: 'regression', settings: { objective: 'poisson' } },
    { name: 'gbdt-tweedie', task: 'regression', settings: { objective: 'tweedie' } },
  ] as const),
  create(settings = {}) {
    const params = resolveParams('gbdt', gbdtSchema, settings);
    const task =
      params.objective === 'binary' ? 'binary' : params.objective === 'multiclass' ? 'multiclass' : 'regression';
    return Object.freeze({
      kind: 'gbdt' as const,
      settings: params,
      task,
      fit: (data: FeatureMatrix, target: TargetInput, options?: FitOptions) => fitGbdt(params, data, target, options),
    });
  },
  predict: predictGbdt,
  predictProba: predictProbaGbdt,
  toJSON: gbdtToJSON,
  fromJSON: gbdtFromJSON,
});
