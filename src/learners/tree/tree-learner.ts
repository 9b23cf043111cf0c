/**
 * @module learners/tree/tree-learner
 * The decision tree (CART) learner behind the learner contract: exact splits as scikit-learn's
 * `DecisionTreeClassifier` / `DecisionTreeRegressor`, minimal cost-complexity pruning (`ccp_alpha`), learned
 * missing-value directions and categorical splits by ordered categories; `treeRules` turns the fitted tree
 * into readable rules.
 *
 * @example
 * ```ts
 * import { decisionTreeLearner } from './tree-learner.js';
 * const model = decisionTreeLearner.create({ max_depth: 4, ccp_alpha: 0.001 }).fit(x, y);
 * decisionTreeLearner.predictProba(model, xTest);
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import type { FitOptions, Learner } from '../learner.js';
import { resolveParams } from '../params.js';
import type { TargetInput } from '../target.js';
import { fitTree, resolveCriterion } from './fit-tree.js';
import { treeFromJSON, treeToJSON } from './tree-json.js';
import { type TreeModel, predictProbaTree, predictTree } from './tree-model.js';
import { treeSchema } from './tree-params.js';

/**
 * The decision tree learner.
 *
 * @example
 * ```ts
 * decisionTreeLearner.create({ objective: 'regression' }).fit(x, spend).tree.nodeCount;
 * ```
 */
export const decisionTreeLearner: Learner<typeof treeSchema, TreeModel> = Object.freeze({
  kind: 'decision_tree',
  title: 'Decision tree',
  description:
    'One CART tree (exact splits as scikit-learn), cost-complexity pruning, learned missing-value directions, categorical splits; exports readable IF … THEN rules.',
  schema: treeSchema,
  variants: Object.freeze([
    { name: 'tree-binary', task: 'binary', settings: { objective: 'binary' } },
    { name: 'tree-binary-entropy', task: 'binary', settings: { objective: 'binary', criterion: 'entropy' } },
    { name: 'tree-multiclass', task: 'multiclass', settings: { objective: 'multiclass' } },
    { name: 'tree-regression', task: 'regression', settings: { objective: 'regression' } },
  ] as const),
  create(settings = {}) {
    const params = resolveParams('decision_tree', treeSchema, settings);
    resolveCriterion('decision_tree', params.criterion, params.objective);
    return Object.freeze({
      kind: 'decision_tree' as const,
      settings: params,
      task: params.objective,
      fit: (data: FeatureMatrix, target: TargetInput, options?: FitOptions) => fitTree(params, data, target, options),
    });
  },
  predict: predictTree,
  predictProba: predictProbaTree,
  toJSON: treeToJSON,
  fromJSON: treeFromJSON,
});
