/**
 * @module learners/forest/forest-model
 * The fitted random forest / extra trees: frozen plain data (`kind: 'random_forest'`) holding its trees as
 * `CartTree`s on raw values (thresholds `x ≤ t`, category bitsets, learned missing directions). Classifiers
 * average each tree's leaf class shares (as sklearn's `predict_proba`); regressors average leaf means.
 * Predictions run on the flattened trees of flat-forest.ts; `addTreePrediction` (one tree, chosen rows) serves
 * the out-of-bag score.
 *
 * @example
 * ```ts
 * import { predictProbaForest } from './forest-model.js';
 * const p = predictProbaForest(model, x); // rowCount × classCount
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { type FeatureMatrix, alignFeatures } from '../feature-matrix.js';
import { prepareColumns } from '../gbdt/gbdt-model.js';
import type { FittedModel } from '../learner.js';
import { type CartTree, cartLeaf } from '../tree/cart-tree.js';
import { flatForest, predictFlatForest } from './flat-forest.js';
import type { ForestObjective } from './forest-params.js';

/**
 * Format version of `ForestModel` JSON.
 *
 * @example
 * ```ts
 * model.formatVersion === FOREST_FORMAT_VERSION; // true
 * ```
 */
export const FOREST_FORMAT_VERSION = 1;

/** A fitted forest. */
export interface ForestModel extends FittedModel {
  readonly kind: 'random_forest';
  readonly objective: ForestObjective;
  readonly extraTrees: boolean;
  readonly trees: readonly CartTree[];
  /** Per feature: the sorted category codes seen in training, or null for numeric features. */
  readonly knownCategories: readonly (Int32Array | null)[];
  /** Out-of-bag accuracy (classifiers) or R² (regression), when computed. */
  readonly oobScore: number | null;
}

/**
 * Add one tree's prediction for the given rows to `out` (class shares: `out[row*K + k]`; regression: `out[row]`).
 *
 * @example
 * ```ts
 * addTreePrediction(tree, columns, sums, rows);
 * ```
 */
export function addTreePrediction(
  tree: CartTree,
  columns: readonly Float64Array[],
  out: Float64Array,
  rows: ArrayLike<number>,
): void {
  const k = tree.outputs;
  const { left, right, feature, threshold, missingLeft, value } = tree;
  const hasCategorical = tree.catBoundaries.length > 1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let leaf: number;
    if (hasCategorical) leaf = cartLeaf(tree, columns, row);
    else {
      // numeric-only trees: the traversal inlined
      let node = 0;
      while (left[node] >= 0) {
        const x = columns[feature[node]][row];
        node = (x !== x ? missingLeft[node] === 1 : x <= threshold[node]) ? left[node] : right[node];
      }
      leaf = node;
    }
    if (k === 1) {
      out[row] += value[leaf];
      continue;
    }
    const at = leaf * k;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += value[at + c];
    for (let c = 0; c < k; c++) out[row * k + c] += value[at + c] / sum;
  }
}

function averaged(model: ForestModel, data: FeatureMatrix): Float64Array {
  const columns = prepareColumns(model.knownCategories, alignFeatures(model.features, data));
  const sums = predictFlatForest(flatForest(model.trees), columns, data.rowCount);
  const t = model.trees.length;
  if (model.task !== 'binary') {
    for (let i = 0; i < sums.length; i++) sums[i] /= t;
    return sums;
  }
  // binary: the sums are class-1 shares
  const out = new Float64Array(2 * data.rowCount);
  for (let i = 0; i < sums.length; i++) {
    const p = sums[i] / t;
    out[2 * i] = 1 - p;
    out[2 * i + 1] = p;
  }
  return out;
}

/**
 * Class probabilities (row-major `rowCount × classCount`); `learner.noProba` for regression.
 *
 * @example
 * ```ts
 * predictProbaForest(model, x)[1]; // P(class 1) of row 0
 * ```
 */
export function predictProbaForest(model: ForestModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') {
    throw new ValidationError('learner.noProba', { learner: 'random_forest', objective: model.objective });
  }
  return averaged(model, data);
}

/**
 * Predicted class codes (the first class on ties) or values (regression).
 *
 * @example
 * ```ts
 * predictForest(model, x);
 * ```
 */
export function predictForest(model: ForestModel, data: FeatureMatrix): Float64Array {
  const p = averaged(model, data);
  if (model.task === 'regression') return p;
  const k = model.classCount;
  const n = data.rowCount;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (p[i * k + c] > p[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}
