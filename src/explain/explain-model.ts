/**
 * @module explain/explain-model
 * SHAP values for any registered learner's fitted model, with the best method it allows: exact TreeSHAP for
 * gradient boosting, random forests and decision trees, exact linear SHAP for linear models, and sampled
 * permutation SHAP (background sample, seed) for MLPs. Ensembles of several models are explained by the
 * caller with `permutationShap` over the blended margin (the members' pipelines live in automl).
 *
 * @example
 * ```ts
 * import { explainModel } from './explain-model.js';
 * const shap = explainModel(model, x, { background: train, seed: 1 });
 * shap.method; // 'tree' | 'linear' | 'permutation'
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import type { FittedModel } from '../learners/learner.js';
import type { LinearModel } from '../learners/linear/linear-model.js';
import { linearShap } from './linear-shap.js';
import { marginFunction } from './model-margins.js';
import { permutationShap } from './permutation-shap.js';
import type { TreeEnsembleModel } from './shap-forest.js';
import type { ShapValues } from './shap-values.js';
import { treeShap } from './tree-shap.js';

/** Options of `explainModel`. */
export interface ExplainModelOptions {
  /** Reference rows for linear and permutation SHAP (default: the explained rows). */
  readonly background?: FeatureMatrix;
  readonly permutations?: number;
  readonly backgroundSize?: number;
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

/**
 * SHAP values of a fitted model for every row of `matrix`, in margin space.
 *
 * @throws ValidationError `explain.unsupportedModel` for a kind no method covers.
 * @example
 * ```ts
 * explainModel(gbdtModel, x).method; // 'tree'
 * ```
 */
export function explainModel(model: FittedModel, matrix: FeatureMatrix, options: ExplainModelOptions = {}): ShapValues {
  if (model.kind === 'gbdt' || model.kind === 'random_forest' || model.kind === 'decision_tree') {
    return treeShap(model as TreeEnsembleModel, matrix, { signal: options.signal });
  }
  if (model.kind === 'linear') return linearShap(model as LinearModel, matrix, { background: options.background });
  const predict = marginFunction(model);
  const names = model.features.map((f) => f.name);
  const select = (m: FeatureMatrix): FeatureMatrix => {
    const at = names.map((n) => m.names.indexOf(n));
    return {
      names,
      columns: at.map((j) => m.columns[j]),
      rowCount: m.rowCount,
      categorical: at.map((j) => m.categorical[j]),
      categories: at.map((j) => m.categories[j]),
    };
  };
  return permutationShap(predict, select(matrix), {
    background: select(options.background ?? matrix),
    permutations: options.permutations,
    backgroundSize: options.backgroundSize,
    seed: options.seed,
    signal: options.signal,
  });
}
