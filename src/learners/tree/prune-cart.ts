/**
 * @module learners/tree/prune-cart
 * Minimal cost-complexity pruning (Breiman et al. 1984, ch. 3; scikit-learn's `_cost_complexity_prune`).
 * The risk of a node is R(t) = W_t / W · impurity(t); a branch's risk R(T_t) is the sum over its leaves.
 * Repeatedly the inner node with the smallest effective alpha (R(t) − R(T_t)) / (|leaves(T_t)| − 1) (the
 * first in node order on ties) is cut back to a leaf, while that alpha is at most `ccpAlpha`.
 * `pruningPath` records every step as sklearn's `cost_complexity_pruning_path` does.
 *
 * @example
 * ```ts
 * import { pruneCart, pruningPath } from './prune-cart.js';
 * const pruned = pruneCart(tree, 0.01);
 * pruningPath(tree).alphas; // Float64Array [0, …]
 * ```
 */
import type { CartTree } from './cart-tree.js';
import { cartParents } from './cart-tree.js';

/** The pruning path: the effective alphas and the total leaf impurity of the tree after each step. */
export interface PruningPath {
  readonly alphas: Float64Array;
  readonly impurities: Float64Array;
}

/** Run the weakest-link loop; returns which nodes stay inner nodes, and the path. */
function weakestLinks(tree: CartTree, ccpAlpha: number): { inner: Uint8Array; path: PruningPath } {
  const n = tree.nodeCount;
  const parent = cartParents(tree);
  let total = 0;
  for (let i = 0; i < n; i++) if (parent[i] < 0) total = tree.weightedNSamples[i];
  const rNode = new Float64Array(n);
  for (let i = 0; i < n; i++) rNode[i] = (tree.weightedNSamples[i] * tree.impurity[i]) / total;
  const rBranch = new Float64Array(n);
  const leaves = new Int32Array(n);
  const inner = new Uint8Array(n);
  // children have larger indices than their parent (depth-first numbering): accumulate bottom-up
  for (let i = n - 1; i >= 0; i--) {
    if (tree.left[i] < 0) {
      rBranch[i] = rNode[i];
      leaves[i] = 1;
    } else {
      inner[i] = 1;
      rBranch[i] = rBranch[tree.left[i]] + rBranch[tree.right[i]];
      leaves[i] = leaves[tree.left[i]] + leaves[tree.right[i]];
    }
  }
  const alphas = [0];
  const impurities = [rBranch[0]];
  while (inner[0] === 1) {
    let alpha = Number.POSITIVE_INFINITY;
    let at = -1;
    for (let i = 0; i < n; i++) {
      if (inner[i] !== 1) continue;
      const a = (rNode[i] - rBranch[i]) / (leaves[i] - 1);
      if (a < alpha) {
        alpha = a;
        at = i;
      }
    }
    if (alpha > ccpAlpha) break;
    // cut the branch at `at`: its descendants are gone
    const stack = [at];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      inner[i] = 0;
      if (tree.left[i] >= 0) stack.push(tree.left[i], tree.right[i]);
    }
    const pruned = leaves[at] - 1;
    const diff = rNode[at] - rBranch[at];
    for (let i = at; i >= 0; i = parent[i]) {
      leaves[i] -= pruned;
      rBranch[i] += diff;
    }
    alphas.push(alpha);
    impurities.push(rBranch[0]);
  }
  return { inner, path: { alphas: Float64Array.from(alphas), impurities: Float64Array.from(impurities) } };
}

/**
 * The tree pruned with a complexity parameter (the same tree when nothing is cut).
 *
 * @example
 * ```ts
 * pruneCart(tree, 0.02).nodeCount <= tree.nodeCount; // true
 * ```
 */
export function pruneCart(tree: CartTree, ccpAlpha: number): CartTree {
  if (tree.nodeCount <= 1) return tree;
  const { inner } = weakestLinks(tree, ccpAlpha);
  return keepReachable(tree, inner);
}

/**
 * The cost-complexity pruning path of a (fully grown) tree, as sklearn's `cost_complexity_pruning_path`.
 *
 * @example
 * ```ts
 * const { alphas, impurities } = pruningPath(tree);
 * ```
 */
export function pruningPath(tree: CartTree): PruningPath {
  return weakestLinks(tree, Number.POSITIVE_INFINITY).path;
}

/** Copy the nodes reachable from the root through nodes that stay inner, renumbered depth-first. */
function keepReachable(tree: CartTree, inner: Uint8Array): CartTree {
  const k = tree.outputs;
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    order.push(i);
    if (inner[i] === 1) stack.push(tree.right[i], tree.left[i]);
  }
  const newIndex = new Map<number, number>();
  order.forEach((old, i) => {
    newIndex.set(old, i);
  });
  const m = order.length;
  const left = new Int32Array(m).fill(-1);
  const right = new Int32Array(m).fill(-1);
  const feature = new Int32Array(m).fill(-1);
  const threshold = new Float64Array(m).fill(-2);
  const missingLeft = new Uint8Array(m);
  const categorical = new Uint8Array(m);
  const value = new Float64Array(m * k);
  const nSamples = new Int32Array(m);
  const weightedNSamples = new Float64Array(m);
  const impurity = new Float64Array(m);
  order.forEach((old, i) => {
    if (inner[old] === 1) {
      left[i] = newIndex.get(tree.left[old]) as number;
      right[i] = newIndex.get(tree.right[old]) as number;
      feature[i] = tree.feature[old];
      threshold[i] = tree.threshold[old];
      missingLeft[i] = tree.missingLeft[old];
      categorical[i] = tree.categorical[old];
    }
    value.set(tree.value.subarray(old * k, old * k + k), i * k);
    nSamples[i] = tree.nSamples[old];
    weightedNSamples[i] = tree.weightedNSamples[old];
    impurity[i] = tree.impurity[old];
  });
  return Object.freeze({
    ...tree,
    nodeCount: m,
    left,
    right,
    feature,
    threshold,
    missingLeft,
    categorical,
    value,
    nSamples,
    weightedNSamples,
    impurity,
  });
}
