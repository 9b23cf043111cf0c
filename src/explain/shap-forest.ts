/**
 * @module explain/shap-forest
 * One tree layout for every tree model TreeSHAP explains: the trees of a gradient-boosted model, a random
 * forest or a single CART tree, flattened once (cached per model) into parallel typed arrays over all nodes.
 * Node i is a leaf when `left[i] < 0`; an inner node splits on `feature[i]`: numeric nodes send a value left
 * when `x < threshold` (GBDT, XGBoost) or `x ≤ threshold` (CART, flag `LESS_EQUAL`); categorical nodes test the
 * code against category set `threshold[i]` (`catBits[catStart[s] .. catStart[s + 1])`); missing values follow
 * the learned default direction. `fraction[i]` is the share of the parent's cover (hessian sum for GBDT, as
 * XGBoost; weighted sample count for CART and forests, as shap does for scikit-learn) that reached node i —
 * the weight of the path-dependent conditional expectation. A tree adds `scale × leaf value` to `width`
 * consecutive outputs starting at `treeOutput[t]`.
 *
 * @example
 * ```ts
 * import { shapForestOf } from './shap-forest.js';
 * const forest = shapForestOf(model); // gbdt, random_forest or decision_tree
 * forest.expected; // E[f(X)] per output, in margin space
 * ```
 */
import type { GbdtModel } from '../learners/gbdt/gbdt-model.js';
import type { Tree } from '../learners/gbdt/tree.js';
import type { ForestModel } from '../learners/forest/forest-model.js';
import type { CartTree } from '../learners/tree/cart-tree.js';
import type { TreeModel } from '../learners/tree/tree-model.js';

/** Node flag: missing values go left. */
export const DEFAULT_LEFT = 1;
/** Node flag: the split is categorical. */
export const CATEGORICAL = 2;
/** Node flag: numeric values go left when `x ≤ threshold` (else `x < threshold`). */
export const LESS_EQUAL = 4;

/** Trees flattened for TreeSHAP. */
export interface ShapForest {
  readonly treeCount: number;
  /** Scores per row. */
  readonly outputs: number;
  /** Outputs each leaf carries (1, or the class count of a multiclass forest). */
  readonly width: number;
  /** Root node of each tree. */
  readonly roots: Int32Array;
  /** First output each tree adds to. */
  readonly treeOutput: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly flags: Uint8Array;
  /** Cover of the node / cover of its parent (1 for a root). */
  readonly fraction: Float64Array;
  /** Leaf i: `width` values from `leafValue[i * width]` (scale applied). */
  readonly leafValue: Float64Array;
  readonly catStart: Int32Array;
  readonly catBits: Uint32Array;
  /** Added to output o of every row (GBDT base score; 0 for forests). */
  readonly base: Float64Array;
  /** Expected value per output: base + Σ over trees of the cover-weighted mean leaf value. */
  readonly expected: Float64Array;
  /** Depth of the deepest leaf. */
  readonly maxDepth: number;
  /** Number of features the trees index. */
  readonly featureCount: number;
}

/** One tree in a common shape, before flattening. */
export interface RawShapTree {
  readonly nodeCount: number;
  /** Child node index, or -1 at a leaf. */
  readonly left: ArrayLike<number>;
  readonly right: ArrayLike<number>;
  readonly feature: ArrayLike<number>;
  readonly threshold: ArrayLike<number>;
  readonly defaultLeft: ArrayLike<number>;
  readonly categorical: ArrayLike<number>;
  readonly cover: ArrayLike<number>;
  /** `width` values per node (read at leaves). */
  readonly value: ArrayLike<number>;
  readonly catBoundaries: ArrayLike<number>;
  readonly catBits: ArrayLike<number>;
  readonly output: number;
}

/** How the raw trees combine. */
export interface ShapForestSpec {
  readonly trees: readonly RawShapTree[];
  readonly outputs: number;
  readonly width: number;
  readonly lessEqual: boolean;
  readonly scale: number;
  readonly base: readonly number[];
  readonly featureCount: number;
}

/**
 * Flatten raw trees (any source) into a `ShapForest`.
 *
 * @example
 * ```ts
 * const forest = buildShapForest({ trees, outputs: 1, width: 1, lessEqual: false, scale: 1, base: [0], featureCount: 3 });
 * ```
 */
export function buildShapForest(spec: ShapForestSpec): ShapForest {
  const { trees, width } = spec;
  let nodes = 0;
  let sets = 0;
  let bits = 0;
  for (const t of trees) {
    nodes += t.nodeCount;
    sets += Math.max(0, t.catBoundaries.length - 1);
    bits += t.catBits.length;
  }
  const left = new Int32Array(nodes);
  const right = new Int32Array(nodes);
  const feature = new Int32Array(nodes);
  const threshold = new Float64Array(nodes);
  const flags = new Uint8Array(nodes);
  const fraction = new Float64Array(nodes);
  const leafValue = new Float64Array(nodes * width);
  const catStart = new Int32Array(sets + 1);
  const catBits = new Uint32Array(bits);
  const roots = new Int32Array(trees.length);
  const treeOutput = new Int32Array(trees.length);
  const expected = Float64Array.from({ length: spec.outputs }, (_, o) => spec.base[o] ?? 0);
  let at = 0;
  let set = 0;
  let bit = 0;
  let maxDepth = 0;
  const depth = new Int32Array(nodes);
  const mean = new Float64Array(width);
  trees.forEach((t, ti) => {
    roots[ti] = at;
    treeOutput[ti] = t.output;
    const setBase = set;
    for (let s = 0; s + 1 < t.catBoundaries.length; s++) catStart[set++] = bit + t.catBoundaries[s];
    for (let b = 0; b < t.catBits.length; b++) catBits[bit + b] = t.catBits[b];
    bit += t.catBits.length;
    catStart[set] = bit;
    fraction[at] = 1;
    for (let i = 0; i < t.nodeCount; i++) {
      const g = at + i;
      if (t.left[i] < 0) {
        left[g] = -1;
        right[g] = -1;
        feature[g] = -1;
        for (let k = 0; k < width; k++) leafValue[g * width + k] = spec.scale * t.value[i * width + k];
        if (depth[g] > maxDepth) maxDepth = depth[g];
        continue;
      }
      const l = at + t.left[i];
      const r = at + t.right[i];
      left[g] = l;
      right[g] = r;
      feature[g] = t.feature[i];
      const cat = t.categorical[i] === 1;
      threshold[g] = cat ? setBase + t.threshold[i] : t.threshold[i];
      flags[g] = (t.defaultLeft[i] === 1 ? DEFAULT_LEFT : 0) | (cat ? CATEGORICAL : spec.lessEqual ? LESS_EQUAL : 0);
      const c = t.cover[i];
      fraction[l] = c > 0 ? t.cover[t.left[i]] / c : 0.5;
      fraction[r] = c > 0 ? t.cover[t.right[i]] / c : 0.5;
      depth[l] = depth[g] + 1;
      depth[r] = depth[g] + 1;
    }
    // expected value: children-first pass over nodes in reverse order needs children after parents
    treeMean(left, right, fraction, leafValue, width, at, mean);
    for (let k = 0; k < width; k++) expected[t.output + k] += mean[k];
    at += t.nodeCount;
  });
  return Object.freeze({
    treeCount: trees.length,
    outputs: spec.outputs,
    width,
    roots,
    treeOutput,
    left,
    right,
    feature,
    threshold,
    flags,
    fraction,
    leafValue,
    catStart,
    catBits,
    base: Float64Array.from({ length: spec.outputs }, (_, o) => spec.base[o] ?? 0),
    expected,
    maxDepth,
    featureCount: spec.featureCount,
  });
}

/** Cover-weighted mean leaf value of the tree rooted at `root` (iterative, product of fractions). */
function treeMean(
  left: Int32Array,
  right: Int32Array,
  fraction: Float64Array,
  leafValue: Float64Array,
  width: number,
  root: number,
  out: Float64Array,
): void {
  out.fill(0);
  const stack: number[] = [root, 1];
  while (stack.length > 0) {
    const w = stack.pop() as number;
    const node = stack.pop() as number;
    if (left[node] < 0) {
      for (let k = 0; k < width; k++) out[k] += w * leafValue[node * width + k];
      continue;
    }
    stack.push(right[node], w * fraction[right[node]]);
    stack.push(left[node], w * fraction[left[node]]);
  }
}

/**
 * A GBDT tree in the common shape: leaves (`~k` children) become nodes after the inner nodes; covers are the
 * hessian sums (as XGBoost's `sum_hess`).
 *
 * @example
 * ```ts
 * const raw = rawGbdtTree(model.trees[0], 0);
 * ```
 */
export function rawGbdtTree(tree: Tree, output: number): RawShapTree {
  const inner = tree.left.length;
  const n = inner + tree.numLeaves;
  if (tree.numLeaves <= 1 || inner === 0) {
    return {
      nodeCount: 1,
      left: [-1],
      right: [-1],
      feature: [-1],
      threshold: [0],
      defaultLeft: [0],
      categorical: [0],
      cover: [tree.leafHess[0] ?? 1],
      value: [tree.leafValue[0]],
      catBoundaries: [0],
      catBits: [],
      output,
    };
  }
  const idx = (c: number): number => (c >= 0 ? c : inner + ~c);
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const value = new Float64Array(n);
  const cover = new Float64Array(n);
  for (let i = 0; i < inner; i++) {
    left[i] = idx(tree.left[i]);
    right[i] = idx(tree.right[i]);
    cover[i] = tree.nodeHess[i];
  }
  for (let k = 0; k < tree.numLeaves; k++) {
    value[inner + k] = tree.leafValue[k];
    cover[inner + k] = tree.leafHess[k];
  }
  return {
    nodeCount: n,
    left,
    right,
    feature: tree.feature,
    threshold: tree.threshold,
    defaultLeft: tree.defaultLeft,
    categorical: tree.categorical,
    cover,
    value,
    catBoundaries: tree.catBoundaries,
    catBits: tree.catBits,
    output,
  };
}

/**
 * A CART tree in the common shape. Classifier leaves become class shares (binary: the class-1 share only,
 * `width` 1); covers are the weighted sample counts.
 *
 * @example
 * ```ts
 * const raw = rawCartTree(model.tree, 1);
 * ```
 */
export function rawCartTree(tree: CartTree, width: number): RawShapTree {
  const k = tree.outputs;
  const n = tree.nodeCount;
  const value = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    if (tree.left[i] >= 0) continue;
    if (k === 1) {
      value[i] = tree.value[i];
      continue;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) sum += tree.value[i * k + c];
    if (width === 1) value[i] = tree.value[i * k + 1] / sum;
    else for (let c = 0; c < k; c++) value[i * width + c] = tree.value[i * k + c] / sum;
  }
  return {
    nodeCount: n,
    left: tree.left,
    right: tree.right,
    feature: tree.feature,
    threshold: tree.threshold,
    defaultLeft: tree.missingLeft,
    categorical: tree.categorical,
    cover: tree.weightedNSamples,
    value,
    catBoundaries: tree.catBoundaries,
    catBits: tree.catBits,
    output: 0,
  };
}

/** A model TreeSHAP explains. */
export type TreeEnsembleModel = GbdtModel | ForestModel | TreeModel;

const cache = new WeakMap<object, ShapForest>();

/**
 * The flattened trees of a GBDT, random forest or decision tree (cached per model object). Margin space:
 * GBDT raw scores (log-odds, class scores, link-scale values); forests and trees their averaged class-1
 * share (binary), class shares (multiclass) or value (regression).
 *
 * @example
 * ```ts
 * shapForestOf(gbdtModel).expected[0]; // base score + mean tree output
 * ```
 */
export function shapForestOf(model: TreeEnsembleModel): ShapForest {
  const hit = cache.get(model);
  if (hit) return hit;
  const featureCount = model.features.length;
  let forest: ShapForest;
  if (model.kind === 'gbdt') {
    const k = model.outputs;
    forest = buildShapForest({
      trees: model.trees.map((t, i) => rawGbdtTree(t, i % k)),
      outputs: k,
      width: 1,
      lessEqual: false,
      scale: 1,
      base: model.baseScores,
      featureCount,
    });
  } else {
    const width = model.task === 'multiclass' ? model.classCount : 1;
    const trees = model.kind === 'random_forest' ? model.trees : [model.tree];
    forest = buildShapForest({
      trees: trees.map((t) => rawCartTree(t, width)),
      outputs: width,
      width,
      lessEqual: true,
      scale: trees.length > 0 ? 1 / trees.length : 1,
      base: new Array<number>(width).fill(0),
      featureCount,
    });
  }
  cache.set(model, forest);
  return forest;
}
