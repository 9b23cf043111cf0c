/**
 * @module learners
 * The public surface of the learners (`leitwerk/learners`): the estimator contract (settings validated
 * against a parameter schema → `fit` → a frozen, JSON-serialisable fitted model), the numeric input every
 * learner takes (`FeatureMatrix`, built from a `Table` by `tableToMatrix`), the registry the conformance
 * suite runs over, and the histogram gradient-boosting learner.
 *
 * @example
 * ```ts
 * import { gbdtLearner, tableToMatrix, tableTarget } from 'leitwerk/learners';
 * const x = tableToMatrix(table, { exclude: ['y'] });
 * const model = gbdtLearner.create({ objective: 'binary', n_rounds: 200 }).fit(x, tableTarget(table, 'y'));
 * const p = gbdtLearner.predictProba(model, x);
 * const json = JSON.stringify(gbdtLearner.toJSON(model));
 * ```
 */

// ---- the contract
export type {
  AnyLearner,
  Estimator,
  FitOptions,
  FitProgress,
  FittedModel,
  Learner,
  LearnerVariant,
  Task,
  ValidationSet,
} from './learner.js';
export {
  type BooleanParam,
  type EnumParam,
  type FeatureMapParam,
  type IntegerParam,
  type NumberParam,
  type ParamSchema,
  type ParamSpec,
  type ParamsOf,
  type ParamValue,
  type SearchHint,
  type SettingsOf,
  defaultParams,
  describeExpected,
  isValidParam,
  parseParam,
  resolveParams,
} from './params.js';
export {
  type FeatureInfo,
  type FeatureMatrix,
  MAX_CATEGORY_CODE,
  alignFeatures,
  createFeatureMatrix,
  featureInfos,
} from './feature-matrix.js';
export {
  type CheckedTarget,
  type Target,
  type TargetInput,
  checkTarget,
  checkWeights,
  classTarget,
} from './target.js';
export { columnValues, tableTarget, tableToMatrix } from './table-matrix.js';
export { LEARNERS, getLearner } from './registry.js';

// ---- gradient boosting
export { gbdtLearner } from './gbdt/gbdt-learner.js';
export { GBDT_OBJECTIVES, type GbdtObjectiveName, type GbdtParams, gbdtSchema } from './gbdt/gbdt-params.js';
export {
  GBDT_FORMAT_VERSION,
  type GbdtModel,
  predictGbdt,
  predictProbaGbdt,
  predictRawGbdt,
} from './gbdt/gbdt-model.js';
export { type FeatureImportance, gbdtImportance } from './gbdt/gbdt-importance.js';
export { type Tree, treeDepth, treeLeaf, treeValue } from './gbdt/tree.js';

// ---- neural network (MLP)
export { mlpLearner } from './mlp/mlp-learner.js';
export { MLP_FORMAT_VERSION, type MlpModel, predictMlp, predictProbaMlp, predictRawMlp } from './mlp/mlp-model.js';
export { type MlpParams, hiddenLayers, mlpSchema } from './mlp/mlp-params.js';

// ---- linear models (logistic and linear regression)
export { linearLearner } from './linear/linear-learner.js';
export {
  LINEAR_OBJECTIVES,
  type LinearObjectiveName,
  type LinearParams,
  linearSchema,
  penaltyWeights,
} from './linear/linear-params.js';
export {
  LINEAR_FORMAT_VERSION,
  type LinearModel,
  predictLinear,
  predictProbaLinear,
  predictRawLinear,
} from './linear/linear-model.js';
export { type LinearCoefficient, linearCoefficients } from './linear/linear-coefficients.js';
export type { LinearEncoding } from './linear/linear-encoding.js';

// ---- decision tree (CART)
export { decisionTreeLearner } from './tree/tree-learner.js';
export { TREE_CRITERIA, TREE_OBJECTIVES, type TreeObjective, type TreeParams, treeSchema } from './tree/tree-params.js';
export { TREE_FORMAT_VERSION, type TreeModel, predictProbaTree, predictTree, treeLeaves } from './tree/tree-model.js';
export { type CartTree, cartLeaf, cartShape } from './tree/cart-tree.js';
export { type PruningPath, pruneCart, pruningPath } from './tree/prune-cart.js';
export { type TreeRule, type TreeRuleOptions, treeRuleList, treeRules } from './tree/tree-rules.js';

// ---- random forest and extra trees
export { randomForestLearner } from './forest/forest-learner.js';
export { FOREST_OBJECTIVES, type ForestObjective, type ForestParams, forestSchema } from './forest/forest-params.js';
export { FOREST_FORMAT_VERSION, type ForestModel, predictForest, predictProbaForest } from './forest/forest-model.js';
