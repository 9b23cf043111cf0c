/**
 * @module learners/tree/tree-model
 * The fitted decision tree: frozen plain data (`kind: 'decision_tree'`) holding one `CartTree`, the training
 * features and, per categorical feature, the codes seen in training (others predict as missing). Prediction
 * reads raw (unbinned) values, matched by feature name.
 *
 * @example
 * ```ts
 * import { predictProbaTree } from './tree-model.js';
 * const p = predictProbaTree(model, x); // rowCount × classCount
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { type FeatureMatrix, alignFeatures } from '../feature-matrix.js';
import type { FittedModel } from '../learner.js';
import { prepareColumns } from '../gbdt/gbdt-model.js';
import { type CartTree, cartLeaf } from './cart-tree.js';
import type { CriterionName } from './criterion.js';
import type { TreeObjective } from './tree-params.js';

/**
 * Format version of `TreeModel` JSON.
 *
 * @example
 * ```ts
 * model.formatVersion === TREE_FORMAT_VERSION; // true
 * ```
 */
export const TREE_FORMAT_VERSION = 1;

/** A fitted decision tree. */
export interface TreeModel extends FittedModel {
  readonly kind: 'decision_tree';
  readonly objective: TreeObjective;
  readonly criterion: CriterionName;
  readonly tree: CartTree;
  /** Per feature: the sorted category codes seen in training, or null for numeric features. */
  readonly knownCategories: readonly (Int32Array | null)[];
  /** Name of the target, when known (used in rules). */
  readonly targetName: string | null;
}

/**
 * The leaf node index each row reaches.
 *
 * @example
 * ```ts
 * treeLeaves(model, x)[0];
 * ```
 */
export function treeLeaves(model: TreeModel, data: FeatureMatrix): Int32Array {
  const columns = prepareColumns(model.knownCategories, alignFeatures(model.features, data));
  const out = new Int32Array(data.rowCount);
  for (let i = 0; i < data.rowCount; i++) out[i] = cartLeaf(model.tree, columns, i);
  return out;
}

/**
 * Class probabilities (row-major `rowCount × classCount`); `learner.noProba` for regression.
 *
 * @example
 * ```ts
 * predictProbaTree(model, x)[1]; // P(class 1) of row 0
 * ```
 */
export function predictProbaTree(model: TreeModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') {
    throw new ValidationError('learner.noProba', { learner: 'decision_tree', objective: model.objective });
  }
  const k = model.classCount;
  const leaves = treeLeaves(model, data);
  const out = new Float64Array(leaves.length * k);
  const value = model.tree.value;
  for (let i = 0; i < leaves.length; i++) {
    const at = leaves[i] * k;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += value[at + c];
    for (let c = 0; c < k; c++) out[i * k + c] = value[at + c] / sum;
  }
  return out;
}

/**
 * Predicted class codes (classifiers; the first class on ties) or values (regression).
 *
 * @example
 * ```ts
 * predictTree(model, x);
 * ```
 */
export function predictTree(model: TreeModel, data: FeatureMatrix): Float64Array {
  const leaves = treeLeaves(model, data);
  const out = new Float64Array(leaves.length);
  const value = model.tree.value;
  if (model.task === 'regression') {
    for (let i = 0; i < leaves.length; i++) out[i] = value[leaves[i]];
    return out;
  }
  const k = model.classCount;
  for (let i = 0; i < leaves.length; i++) {
    const at = leaves[i] * k;
    let best = 0;
    for (let c = 1; c < k; c++) if (value[at + c] > value[at + best]) best = c;
    out[i] = best;
  }
  return out;
}
