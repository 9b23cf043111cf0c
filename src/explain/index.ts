/**
 * @module explain
 * Explanations of fitted models (layer L5): exact TreeSHAP for gradient boosting, forests and trees, exact
 * linear SHAP, sampled permutation SHAP for anything else, the global views (mean |SHAP|, permutation
 * importance with confidence intervals, partial dependence and ICE) and plain-language reason codes.
 *
 * @example
 * ```ts
 * import { explainModel, meanAbsShap, reasonCodes, rowFeatureValues, shapRow } from './index.js';
 * const shap = explainModel(model, x);
 * meanAbsShap(shap)[0].feature; // most influential feature
 * reasonCodes(shapRow(shap, 0), rowFeatureValues(x, 0), 3).up[0].text;
 * ```
 */
export { type ShapValues, shapMargins, shapRow, shapValue } from './shap-values.js';
export { type TreeShapOptions, treeShap } from './tree-shap.js';
export { type ShapForest, type TreeEnsembleModel, shapForestOf } from './shap-forest.js';
export { type LinearShapOptions, linearShap } from './linear-shap.js';
export { type PermutationShapOptions, permutationShap } from './permutation-shap.js';
export { EXPLAINABLE_KINDS, type MarginFunction, marginFunction, marginOutputs } from './model-margins.js';
export { type ExplainModelOptions, explainModel } from './explain-model.js';
export { type FeatureScore, meanAbsShap } from './mean-abs-shap.js';
export {
  type PermutationImportance,
  type PermutationImportanceOptions,
  type ScoreFunction,
  permutationImportance,
  tQuantile975,
} from './permutation-importance.js';
export { type PartialDependence, type PartialDependenceOptions, partialDependence } from './partial-dependence.js';
export {
  type FeatureValue,
  type ReasonCode,
  type ReasonCodeOptions,
  type ReasonCodes,
  formatReasonValue,
  reasonCodes,
  rowFeatureValues,
} from './reason-codes.js';
export { gbdtFromXgboostJson } from './xgboost-model.js';
export { type ShapDependence, shapDependence, topInteractions } from './shap-dependence.js';
