/**
 * @module learners/forest/forest-learner
 * The random forest / extra trees learner behind the learner contract: histogram trees on features binned
 * once, bootstrap samples, `max_features` per node, out-of-bag score; classification (gini) and regression
 * (variance). With `threads > 1` trees are grown on worker threads as well (forest-pool.ts); the forest is the
 * same for any thread count. Predictions run on the flattened trees (flat-forest.ts).
 *
 * @example
 * ```ts
 * import { randomForestLearner } from './forest-learner.js';
 * const model = randomForestLearner.create({ n_estimators: 200, oob_score: true }).fit(x, y, { seed: 1 });
 * model.oobScore; // e.g. 0.90
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import type { FitOptions, Learner } from '../learner.js';
import { resolveParams } from '../params.js';
import type { TargetInput } from '../target.js';
import { fitForest } from './fit-forest.js';
import { forestFromJSON, forestToJSON } from './forest-json.js';
import { type ForestModel, predictForest, predictProbaForest } from './forest-model.js';
import { forestSchema } from './forest-params.js';

/**
 * The random forest learner (extra trees with `extra_trees: true`).
 *
 * @example
 * ```ts
 * randomForestLearner.create({ objective: 'regression', max_features: 'all' }).fit(x, spend);
 * ```
 */
export const randomForestLearner: Learner<typeof forestSchema, ForestModel> = Object.freeze({
  kind: 'random_forest',
  title: 'Random forest',
  description:
    'Random forest or extremely randomised trees: histogram trees on bootstrap samples, random features per node, out-of-bag score, grown on worker threads; classification and regression.',
  schema: forestSchema,
  variants: Object.freeze([
    { name: 'forest-binary', task: 'binary', settings: { objective: 'binary', oob_score: true } },
    { name: 'forest-multiclass', task: 'multiclass', settings: { objective: 'multiclass', threads: 2 } },
    { name: 'forest-regression', task: 'regression', settings: { objective: 'regression', max_features: 'all' } },
    {
      name: 'extra-trees-binary',
      task: 'binary',
      settings: { objective: 'binary', extra_trees: true, bootstrap: false },
    },
    {
      name: 'extra-trees-regression',
      task: 'regression',
      settings: { objective: 'regression', extra_trees: true, bootstrap: false, max_features: 'all' },
    },
  ] as const),
  create(settings = {}) {
    const params = resolveParams('random_forest', forestSchema, settings);
    return Object.freeze({
      kind: 'random_forest' as const,
      settings: params,
      task: params.objective,
      fit: (data: FeatureMatrix, target: TargetInput, options?: FitOptions) => fitForest(params, data, target, options),
    });
  },
  predict: predictForest,
  predictProba: predictProbaForest,
  toJSON: forestToJSON,
  fromJSON: forestFromJSON,
});
