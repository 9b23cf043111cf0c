/**
 * @module learners/tree/cart-tree
 * A CART tree as parallel typed arrays in scikit-learn's layout (`tree_.children_left`, `threshold`, `value` …):
 * every node — inner or leaf — has an entry, numbered depth-first with the left child first. A leaf has
 * `left[i] = right[i] = -1`. Numeric nodes send a value left when `value ≤ threshold[i]` (as sklearn);
 * categorical nodes hold in `threshold[i]` the index k of a bitset `catBits[catBoundaries[k] ..
 * catBoundaries[k+1])` of the category codes that go left. Missing values (and categories unknown to the
 * model) follow `missingLeft`. `value` holds `outputs` numbers per node: weighted class counts for
 * classifiers (as sklearn 1.2), the weighted mean for regression.
 *
 * @example
 * ```ts
 * import { cartLeaf } from './cart-tree.js';
 * const leaf = cartLeaf(tree, columns, 0); // node index of the leaf row 0 reaches
 * ```
 */

/** One CART tree. */
export interface CartTree {
  readonly nodeCount: number;
  /** Numbers per node in `value`: class count K, or 1 for regression. */
  readonly outputs: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Split feature, -1 for leaves. */
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly missingLeft: Uint8Array;
  readonly categorical: Uint8Array;
  readonly value: Float64Array;
  readonly nSamples: Int32Array;
  readonly weightedNSamples: Float64Array;
  readonly impurity: Float64Array;
  readonly catBoundaries: Int32Array;
  readonly catBits: Uint32Array;
}

/**
 * Whether code `x` is in bitset k of the tree.
 *
 * @example
 * ```ts
 * inCategorySet(tree, 0, 3); // true when code 3 goes left at the node using bitset 0
 * ```
 */
export function inCategorySet(tree: CartTree, k: number, x: number): boolean {
  const start = tree.catBoundaries[k];
  const word = x >>> 5;
  return word < tree.catBoundaries[k + 1] - start && ((tree.catBits[start + word] >>> (x & 31)) & 1) === 1;
}

/**
 * The index of the leaf node a row reaches (columns in the model's feature order; unknown categories NaN).
 *
 * @example
 * ```ts
 * tree.value[cartLeaf(tree, columns, 4) * tree.outputs]; // first output of row 4's leaf
 * ```
 */
export function cartLeaf(tree: CartTree, columns: readonly Float64Array[], row: number): number {
  const { left, right, feature, threshold, missingLeft, categorical } = tree;
  let node = 0;
  while (left[node] >= 0) {
    const x = columns[feature[node]][row];
    let goLeft: boolean;
    if (x !== x) goLeft = missingLeft[node] === 1;
    else if (categorical[node] === 1) goLeft = inCategorySet(tree, threshold[node], x);
    else goLeft = x <= threshold[node];
    node = goLeft ? left[node] : right[node];
  }
  return node;
}

/**
 * The parent of every node (-1 for the root).
 *
 * @example
 * ```ts
 * cartParents(tree)[3]; // parent of node 3
 * ```
 */
export function cartParents(tree: CartTree): Int32Array {
  const parent = new Int32Array(tree.nodeCount).fill(-1);
  for (let i = 0; i < tree.nodeCount; i++) {
    if (tree.left[i] >= 0) {
      parent[tree.left[i]] = i;
      parent[tree.right[i]] = i;
    }
  }
  return parent;
}

/**
 * Depth of the deepest leaf (0 for a single leaf) and the number of leaves.
 *
 * @example
 * ```ts
 * cartShape(tree); // { depth: 4, leaves: 11 }
 * ```
 */
export function cartShape(tree: CartTree): { depth: number; leaves: number } {
  const depth = new Int32Array(tree.nodeCount);
  let max = 0;
  let leaves = 0;
  for (let i = 0; i < tree.nodeCount; i++) {
    if (tree.left[i] < 0) {
      leaves++;
      continue;
    }
    depth[tree.left[i]] = depth[i] + 1;
    depth[tree.right[i]] = depth[i] + 1;
    if (depth[i] + 1 > max) max = depth[i] + 1;
  }
  return { depth: max, leaves };
}
