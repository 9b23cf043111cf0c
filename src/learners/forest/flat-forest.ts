/**
 * @module learners/forest/flat-forest
 * Fast prediction for a fitted forest: all trees flattened once (cached per trees array) into one buffer of
 * 16-byte nodes — a threshold (a category-set id for categorical nodes; the value for a leaf) and, in the same
 * cache line, a code word (feature × 4 + flags, -1 for a leaf) and the right child (the left child is the next
 * node: depth-first order) or, for multiclass leaves, the slot of the leaf's class shares. So a step down a
 * tree touches one cache line instead of one per array, and the left path runs through consecutive memory.
 * Prediction walks tree by tree over all rows (a tree stays in cache while the rows stream through the
 * column-major input), with no per-row allocation; a row adds its trees in tree order, so results are
 * deterministic. Classification leaves hold class shares (a binary leaf its class-1 share, the class-0
 * probability being 1 − p1).
 *
 * @example
 * ```ts
 * import { flatForest, predictFlatForest } from './flat-forest.js';
 * const sums = predictFlatForest(flatForest(model.trees), columns, rowCount); // sums over the trees
 * ```
 */
import type { CartTree } from '../tree/cart-tree.js';

/** A forest flattened for prediction. */
export interface FlatForest {
  readonly treeCount: number;
  /** Sums per row: 1 for regression and binary (class 1), else the class count. */
  readonly outputs: number;
  /** Root node of each tree. */
  readonly roots: Int32Array;
  /** Node i: `f64[2i]` threshold / set id / leaf value. */
  readonly f64: Float64Array;
  /** Node i: `i32[4i + 2]` code (feature × 4 + 1 missing-left + 2 categorical; -1 leaf), `i32[4i + 3]` right child or leaf slot. */
  readonly i32: Int32Array;
  /** Multiclass: `slot × outputs + k` class shares of each leaf. */
  readonly leafValues: Float64Array;
  /** Category sets: words of set s are `catBits[catStart[s] .. catStart[s + 1])`. */
  readonly catStart: Int32Array;
  readonly catBits: Uint32Array;
}

const cache = new WeakMap<readonly CartTree[], FlatForest>();

/**
 * Flatten trees (cached per trees array).
 *
 * @example
 * ```ts
 * flatForest(model.trees).treeCount; // 100
 * ```
 */
export function flatForest(trees: readonly CartTree[]): FlatForest {
  const hit = cache.get(trees);
  if (hit) return hit;
  const classes = trees.length > 0 ? trees[0].outputs : 1;
  const outputs = classes === 2 ? 1 : classes;
  let nodes = 0;
  let largest = 0;
  let leaves = 0;
  let setCount = 0;
  let bitCount = 0;
  for (const tree of trees) {
    nodes += tree.nodeCount;
    largest = Math.max(largest, tree.nodeCount);
    for (let i = 0; i < tree.nodeCount; i++) if (tree.left[i] < 0) leaves++;
    setCount += tree.catBoundaries.length - 1;
    bitCount += tree.catBits.length;
  }
  const buffer = new ArrayBuffer(16 * nodes);
  const f64 = new Float64Array(buffer);
  const i32 = new Int32Array(buffer);
  const roots = new Int32Array(trees.length);
  const leafValues = new Float64Array(outputs > 1 ? leaves * outputs : 0);
  const catStart = new Int32Array(setCount + 1);
  const catBits = new Uint32Array(bitCount);
  let at = 0;
  let slot = 0;
  let sets = 0;
  let bits = 0;
  // depth-first stack: original node and the flat parent waiting for it as its right child (-1: none)
  const stack = new Int32Array(largest + 1);
  const fixRight = new Int32Array(largest + 1);
  trees.forEach((tree, t) => {
    const setBase = sets;
    for (let s = 0; s + 1 < tree.catBoundaries.length; s++) catStart[sets++] = bits + tree.catBoundaries[s];
    catBits.set(tree.catBits, bits);
    bits += tree.catBits.length;
    catStart[sets] = bits;
    roots[t] = at;
    const v = tree.value;
    const { left, right, feature, threshold, missingLeft, categorical } = tree;
    const nc = tree.nodeCount;
    let preorder = true;
    for (let i = 0; i < nc && preorder; i++) preorder = left[i] < 0 || left[i] === i + 1;
    if (preorder) {
      // the growers number nodes depth-first, left child next: copy straight through
      for (let i = 0; i < nc; i++) {
        const flat = at + i;
        if (left[i] < 0) {
          i32[4 * flat + 2] = -1;
          if (classes === 1) f64[2 * flat] = v[i];
          else if (outputs === 1) f64[2 * flat] = v[2 * i + 1] / (v[2 * i] + v[2 * i + 1]);
          else {
            let sum = 0;
            for (let k = 0; k < classes; k++) sum += v[i * classes + k];
            i32[4 * flat + 3] = slot;
            for (let k = 0; k < classes; k++) leafValues[slot * classes + k] = v[i * classes + k] / sum;
            slot++;
          }
          continue;
        }
        const cat = categorical[i] === 1;
        i32[4 * flat + 2] = feature[i] * 4 + (missingLeft[i] === 1 ? 1 : 0) + (cat ? 2 : 0);
        i32[4 * flat + 3] = at + right[i];
        f64[2 * flat] = cat ? setBase + threshold[i] : threshold[i];
      }
      at += nc;
      return;
    }
    let top = 0;
    stack[0] = 0;
    fixRight[0] = -1;
    while (top >= 0) {
      const node = stack[top];
      const parent = fixRight[top--];
      const flat = at++;
      if (parent >= 0) i32[4 * parent + 3] = flat;
      if (tree.left[node] < 0) {
        i32[4 * flat + 2] = -1;
        if (classes === 1) f64[2 * flat] = v[node];
        else {
          let sum = 0;
          for (let k = 0; k < classes; k++) sum += v[node * classes + k];
          if (outputs === 1) f64[2 * flat] = v[node * 2 + 1] / sum;
          else {
            i32[4 * flat + 3] = slot;
            for (let k = 0; k < classes; k++) leafValues[slot * classes + k] = v[node * classes + k] / sum;
            slot++;
          }
        }
        continue;
      }
      const cat = tree.categorical[node] === 1;
      i32[4 * flat + 2] = tree.feature[node] * 4 + (tree.missingLeft[node] === 1 ? 1 : 0) + (cat ? 2 : 0);
      f64[2 * flat] = cat ? setBase + tree.threshold[node] : tree.threshold[node];
      stack[++top] = tree.right[node];
      fixRight[top] = flat;
      stack[++top] = tree.left[node];
      fixRight[top] = -1;
    }
  });
  const flat: FlatForest = Object.freeze({
    treeCount: trees.length,
    outputs,
    roots,
    f64,
    i32,
    leafValues,
    catStart,
    catBits,
  });
  cache.set(trees, flat);
  return flat;
}

/**
 * Sums over all trees of the leaf values each row reaches (row-major `rowCount × outputs`; binary: the
 * class-1 shares); columns in the model's feature order, unknown categories NaN.
 *
 * @example
 * ```ts
 * const sums = predictFlatForest(flat, columns, n); // divide by flat.treeCount for the average
 * ```
 */
export function predictFlatForest(flat: FlatForest, columns: readonly Float64Array[], rowCount: number): Float64Array {
  const { roots, f64, i32, leafValues, catStart, catBits, outputs } = flat;
  const out = new Float64Array(rowCount * outputs);
  // one contiguous column-major matrix: a feature's value is one typed-array load away
  const n = rowCount;
  const x = new Float64Array(n * columns.length);
  for (let f = 0; f < columns.length; f++) x.set(columns[f].subarray(0, n), f * n);
  for (let t = 0; t < roots.length; t++) {
    const root = roots[t];
    for (let row = 0; row < n; row++) {
      let node = root;
      let code = i32[4 * node + 2];
      while (code >= 0) {
        const v = x[(code >> 2) * n + row];
        if ((code & 2) === 0) {
          if (v <= f64[2 * node] || (v !== v && (code & 1) === 1)) node++;
          else node = i32[4 * node + 3];
        } else {
          let left: boolean;
          if (v !== v) left = (code & 1) === 1;
          else {
            const s = f64[2 * node];
            const from = catStart[s];
            const word = v >>> 5;
            left = word < catStart[s + 1] - from && ((catBits[from + word] >>> (v & 31)) & 1) === 1;
          }
          node = left ? node + 1 : i32[4 * node + 3];
        }
        code = i32[4 * node + 2];
      }
      if (outputs === 1) out[row] += f64[2 * node];
      else {
        const leaf = i32[4 * node + 3] * outputs;
        const o = row * outputs;
        for (let k = 0; k < outputs; k++) out[o + k] += leafValues[leaf + k];
      }
    }
  }
  return out;
}
