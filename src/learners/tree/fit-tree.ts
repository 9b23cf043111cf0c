/**
 * @module learners/tree/fit-tree
 * Fit a decision tree: check data, target and weights, grow the tree on the raw values (exact splits), prune
 * it with `ccp_alpha`, and freeze the model.
 *
 * @example
 * ```ts
 * import { fitTree } from './fit-tree.js';
 * const model = fitTree(resolveParams('decision_tree', treeSchema, { max_depth: 4 }), x, y, { seed: 1 });
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { throwIfAborted } from '../abort.js';
import { type FeatureMatrix, checkCategoryCodes, featureInfos } from '../feature-matrix.js';
import type { FitOptions } from '../learner.js';
import { type TargetInput, checkTarget, checkWeights, classTarget } from '../target.js';
import { type CriterionName, createCriterion } from './criterion.js';
import { growCart } from './grow-cart.js';
import { pruneCart } from './prune-cart.js';
import { TREE_FORMAT_VERSION, type TreeModel } from './tree-model.js';
import type { TreeParams } from './tree-params.js';

/**
 * The criterion of the settings (`auto` → gini or squared_error); a mismatch with the objective is a
 * `learner.badParam`.
 *
 * @example
 * ```ts
 * resolveCriterion('decision_tree', 'auto', 'regression'); // 'squared_error'
 * ```
 */
export function resolveCriterion(learner: string, criterion: string, objective: string): CriterionName {
  const regression = objective === 'regression';
  if (criterion === 'auto') return regression ? 'squared_error' : 'gini';
  if (regression !== (criterion === 'squared_error')) {
    throw new ValidationError('learner.badParam', {
      learner,
      param: 'criterion',
      expected: regression ? "'squared_error' for regression" : "'gini' or 'entropy' for classification",
      got: `'${criterion}'`,
    });
  }
  return criterion as CriterionName;
}

/**
 * The sorted codes each categorical feature has in the data (null for numeric features).
 *
 * @example
 * ```ts
 * seenCategories(x)[3]; // Int32Array [0, 1, 2, 4]
 * ```
 */
export function seenCategories(data: FeatureMatrix): (Int32Array | null)[] {
  return data.columns.map((col, j) => {
    if (!data.categorical[j]) return null;
    const seen = new Set<number>();
    for (let i = 0; i < col.length; i++) if (col[i] === col[i]) seen.add(col[i]);
    return Int32Array.from(seen).sort();
  });
}

/**
 * Fit a CART with resolved settings.
 *
 * @example
 * ```ts
 * fitTree(params, x, { values: y, classes: ['no', 'yes'], name: 'subscribed' });
 * ```
 */
export function fitTree(
  params: TreeParams,
  data: FeatureMatrix,
  target: TargetInput,
  options: FitOptions = {},
): TreeModel {
  const n = data.rowCount;
  const nf = data.names.length;
  if (nf === 0) throw new ValidationError('learner.noFeatures', { learner: 'decision_tree' });
  if (n === 0) throw new ValidationError('learner.emptyData', { learner: 'decision_tree' });
  checkCategoryCodes(data);
  const objective = params.objective;
  const criterionName = resolveCriterion('decision_tree', params.criterion, objective);
  const regression = objective === 'regression';
  const t = regression
    ? { ...checkTarget(target, n), classCount: 0 }
    : classTarget(target, 'decision_tree', objective, {
        rowCount: n,
        exactClasses: objective === 'binary' ? 2 : undefined,
      });
  if (objective === 'binary' && t.classCount !== 2) {
    throw new ValidationError('learner.badLabel', {
      learner: 'decision_tree',
      objective,
      expected: 'two classes',
      got: `${t.classCount} classes`,
      row: 1,
    });
  }
  const w = checkWeights(options.weights, n) ?? new Float64Array(n).fill(1);
  throwIfAborted(options.signal, 'decision_tree');
  const criterion = createCriterion(criterionName, t.classCount);
  const ctx = {
    columns: data.columns,
    categorical: data.categorical,
    y: t.values,
    w,
    criterion,
    minSamplesLeaf: params.min_samples_leaf,
  };
  const grown = growCart(
    ctx,
    {
      maxDepth: params.max_depth,
      minSamplesSplit: params.min_samples_split,
      minImpurityDecrease: params.min_impurity_decrease,
      maxFeatures: Math.max(1, Math.floor(params.max_features * nf)),
      outputs: regression ? 1 : t.classCount,
      signal: options.signal,
      onProgress: options.onProgress,
    },
    options.seed ?? 0,
  );
  const tree = params.ccp_alpha > 0 ? pruneCart(grown, params.ccp_alpha) : grown;
  return Object.freeze({
    kind: 'decision_tree' as const,
    formatVersion: TREE_FORMAT_VERSION,
    task: regression ? 'regression' : objective,
    features: featureInfos(data),
    classes: regression ? null : (t.classes ?? null),
    classCount: t.classCount,
    objective,
    criterion: criterionName,
    tree,
    knownCategories: Object.freeze(seenCategories(data)),
    targetName: t.name,
  });
}
