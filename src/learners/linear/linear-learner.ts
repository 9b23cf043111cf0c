/**
 * @module learners/linear/linear-learner
 * The linear learner behind the learner contract — logistic regression (binary, multinomial) and linear
 * regression with none / l2 / l1 / elasticnet penalties, imputation, one-hot encoding and standardisation
 * inside: `linearLearner.create(settings)` checks the settings against `linearSchema`, `fit` returns a frozen
 * `LinearModel`; predictions, JSON and coefficients by name are free functions over it.
 *
 * @example
 * ```ts
 * import { linearLearner } from './linear-learner.js';
 * const model = linearLearner.create({ objective: 'binary', penalty: 'l2', alpha: 1e-3 }).fit(x, y);
 * linearLearner.predictProba(model, xTest);
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import type { FitOptions, Learner } from '../learner.js';
import { resolveParams } from '../params.js';
import type { TargetInput } from '../target.js';
import { fitLinear } from './fit-linear.js';
import { linearFromJSON, linearToJSON } from './linear-json.js';
import { type LinearModel, predictLinear, predictProbaLinear } from './linear-model.js';
import { linearSchema } from './linear-params.js';

/**
 * The linear learner.
 *
 * @example
 * ```ts
 * linearLearner.create({ objective: 'squared_error', penalty: 'l1', alpha: 0.1 }).fit(x, spend).solver; // 'coordinate-descent'
 * ```
 */
export const linearLearner: Learner<typeof linearSchema, LinearModel> = Object.freeze({
  kind: 'linear',
  title: 'Linear and logistic regression',
  description:
    'Logistic regression (binary, multinomial) and linear regression with l2 / l1 / elastic-net penalties; one-hot encoding, mean imputation and standardisation inside; solved by L-BFGS or coordinate descent to tight tolerance; coefficients by feature name.',
  schema: linearSchema,
  variants: Object.freeze([
    { name: 'linear-binary', task: 'binary', settings: { objective: 'binary' } },
    { name: 'linear-multiclass', task: 'multiclass', settings: { objective: 'multiclass' } },
    { name: 'linear-regression', task: 'regression', settings: { objective: 'squared_error' } },
  ] as const),
  create(settings = {}) {
    const params = resolveParams('linear', linearSchema, settings);
    const task =
      params.objective === 'binary' ? 'binary' : params.objective === 'multiclass' ? 'multiclass' : 'regression';
    return Object.freeze({
      kind: 'linear' as const,
      settings: params,
      task,
      fit: (data: FeatureMatrix, target: TargetInput, options?: FitOptions) => fitLinear(params, data, target, options),
    });
  },
  predict: predictLinear,
  predictProba: predictProbaLinear,
  toJSON: linearToJSON,
  fromJSON: linearFromJSON,
});
