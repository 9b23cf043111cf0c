/**
 * @module learners/gbdt/tree
 * A regression tree as parallel typed arrays (LightGBM `tree.h`), not node objects. Internal node i splits on
 * `feature[i]`; its children `left[i]`/`right[i]` are node indices (≥ 0) or leaves (`~leafIndex`, < 0).
 * Numeric nodes send a value left when `value < threshold[i]` (as XGBoost); categorical nodes hold in `threshold[i]` the
 * index of a bitset (`catBits[catBoundaries[k] .. catBoundaries[k+1])`) of the codes that go left. Missing
 * values (NaN) — and categories the model never saw, which prediction turns into NaN — follow `defaultLeft`.
 * Node and leaf hessian sums and row counts are kept for explanations (TreeSHAP covers) and reports.
 *
 * @example
 * ```ts
 * import { treeValue } from './tree.js';
 * const contribution = treeValue(tree, columns, row); // leaf value reached by the row
 * ```
 */

/** One tree. A single-leaf tree has no nodes. */
export interface Tree {
  readonly numLeaves: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly defaultLeft: Uint8Array;
  /** 1 when the node's split is categorical. */
  readonly categorical: Uint8Array;
  /** Loss reduction of each split (for gain importance). */
  readonly gain: Float64Array;
  readonly nodeHess: Float64Array;
  readonly nodeCount: Int32Array;
  /** Leaf outputs, learning rate applied. */
  readonly leafValue: Float64Array;
  readonly leafHess: Float64Array;
  readonly leafCount: Int32Array;
  readonly catBoundaries: Int32Array;
  readonly catBits: Uint32Array;
}

/**
 * The leaf index a row reaches (columns in the model's feature order; unknown categories already NaN).
 *
 * @example
 * ```ts
 * treeLeaf(tree, columns, 0); // e.g. 5
 * ```
 */
export function treeLeaf(tree: Tree, columns: readonly Float64Array[], row: number): number {
  if (tree.numLeaves <= 1) return 0;
  const { left, right, feature, threshold, defaultLeft, categorical } = tree;
  let node = 0;
  while (node >= 0) {
    const x = columns[feature[node]][row];
    let goLeft: boolean;
    if (x !== x) goLeft = defaultLeft[node] === 1;
    else if (categorical[node] === 1) goLeft = inBitset(tree, threshold[node], x);
    else goLeft = x < threshold[node];
    node = goLeft ? left[node] : right[node];
  }
  return ~node;
}

function inBitset(tree: Tree, k: number, code: number): boolean {
  const start = tree.catBoundaries[k];
  const word = code >>> 5;
  if (word >= tree.catBoundaries[k + 1] - start) return false;
  return ((tree.catBits[start + word] >>> (code & 31)) & 1) === 1;
}

/**
 * The leaf value a row reaches.
 *
 * @example
 * ```ts
 * treeValue(tree, columns, 0);
 * ```
 */
export function treeValue(tree: Tree, columns: readonly Float64Array[], row: number): number {
  return tree.leafValue[treeLeaf(tree, columns, row)];
}

/**
 * Add the tree's values for rows 0..n-1 into `out` (or, with `rows`, for the listed rows only).
 *
 * @example
 * ```ts
 * addTreeValues(tree, columns, scores, scores.length);
 * ```
 */
export function addTreeValues(
  tree: Tree,
  columns: readonly Float64Array[],
  out: Float64Array,
  n: number,
  rows?: Uint32Array,
): void {
  const values = tree.leafValue;
  const count = rows ? rows.length : n;
  if (tree.numLeaves <= 1) {
    const v = values[0];
    for (let i = 0; i < count; i++) out[rows ? rows[i] : i] += v;
    return;
  }
  const { left, right, feature, threshold, defaultLeft, categorical, catBoundaries, catBits } = tree;
  for (let i = 0; i < count; i++) {
    const row = rows ? rows[i] : i;
    let node = 0;
    while (node >= 0) {
      const x = columns[feature[node]][row];
      let goLeft: boolean;
      if (x !== x) goLeft = defaultLeft[node] === 1;
      else if (categorical[node] === 0) goLeft = x < threshold[node];
      else {
        const k = threshold[node];
        const start = catBoundaries[k];
        const word = x >>> 5;
        goLeft = word < catBoundaries[k + 1] - start && ((catBits[start + word] >>> (x & 31)) & 1) === 1;
      }
      node = goLeft ? left[node] : right[node];
    }
    out[row] += values[~node];
  }
}

/**
 * Depth of the deepest leaf (0 for a single leaf).
 *
 * @example
 * ```ts
 * treeDepth(tree); // e.g. 7
 * ```
 */
export function treeDepth(tree: Tree): number {
  if (tree.numLeaves <= 1) return 0;
  let max = 0;
  const stack: number[] = [0, 0];
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const node = stack.pop() as number;
    for (const child of [tree.left[node], tree.right[node]]) {
      if (child < 0) max = Math.max(max, depth + 1);
      else stack.push(child, depth + 1);
    }
  }
  return max;
}
