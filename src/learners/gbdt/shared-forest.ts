/**
 * @module learners/gbdt/shared-forest
 * A forest's prediction arrays packed into a few `SharedArrayBuffer`s, so worker threads can walk the trees
 * without a copy: per-tree offsets in `meta`, and every tree's nodes, leaves and category bitsets end to end.
 * `viewTrees` turns the packed form back into `PredictTree`s (views, no copies). Both are self-contained, so
 * the prediction workers run their source text (a worker packs and views a made-up forest to warm up).
 *
 * @example
 * ```ts
 * import { shareTrees, viewTrees } from './shared-forest.js';
 * const packed = shareTrees(model.trees.map(predictForm));
 * viewTrees(packed)[0].leafValue; // same values as model.trees[0].leafValue
 * ```
 */
import type { PredictTree } from './predict-forest.js';

/** A forest packed into shared memory. */
export interface SharedForest {
  /**
   * 8 numbers per tree: node offset and count (splitting nodes and leaves), leaf offset and count, bit
   * offset and count, 1 when the tree has category spans, splitting-node count.
   */
  readonly meta: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly children: Int32Array;
  readonly leafValue: Float64Array;
  readonly catBits: Uint32Array;
  /** Category spans per node, `[from, words]` (valid where the tree's flag is 1). */
  readonly catSpans: Int32Array;
}

/**
 * Pack trees into shared memory.
 *
 * @example
 * ```ts
 * shareTrees(model.trees.map(predictForm)).meta.length; // 8 × trees
 * ```
 */
export function shareTrees(trees: readonly PredictTree[]): SharedForest {
  const META = 8;
  let nodes = 0;
  let leaves = 0;
  let bits = 0;
  for (const t of trees) {
    nodes += t.feature.length;
    leaves += t.leafValue.length;
    bits += t.catBits.length;
  }
  const shared = <T>(make: new (b: SharedArrayBuffer) => T, bytes: number, length: number): T =>
    new make(new SharedArrayBuffer(Math.max(1, length) * bytes));
  const forest: SharedForest = {
    meta: shared(Int32Array, 4, META * trees.length),
    feature: shared(Int32Array, 4, nodes),
    threshold: shared(Float64Array, 8, nodes),
    children: shared(Int32Array, 4, 3 * nodes),
    leafValue: shared(Float64Array, 8, leaves),
    catBits: shared(Uint32Array, 4, bits),
    catSpans: shared(Int32Array, 4, 2 * nodes),
  };
  let n = 0;
  let l = 0;
  let c = 0;
  trees.forEach((t, i) => {
    const k = t.feature.length;
    const word = t.catSpans === null ? 0 : 1;
    forest.meta.set([n, k, l, t.leafValue.length, c, t.catBits.length, word, t.inner], META * i);
    if (t.catSpans !== null) forest.catSpans.set(t.catSpans, 2 * n);
    forest.feature.set(t.feature, n);
    forest.threshold.set(t.threshold, n);
    forest.children.set(t.children, 3 * n);
    forest.leafValue.set(t.leafValue, l);
    forest.catBits.set(t.catBits, c);
    n += k;
    l += t.leafValue.length;
    c += t.catBits.length;
  });
  return forest;
}

/**
 * The trees of a packed forest, as views over its arrays. Self-contained (the workers run its source).
 *
 * @example
 * ```ts
 * const trees = viewTrees(packed);
 * ```
 */
export function viewTrees(forest: SharedForest): PredictTree[] {
  const out: PredictTree[] = [];
  const m = forest.meta;
  for (let i = 0; i + 8 <= m.length; i += 8) {
    const n = m[i];
    const k = m[i + 1];
    out.push({
      numLeaves: m[i + 3],
      inner: m[i + 7],
      feature: forest.feature.subarray(n, n + k),
      threshold: forest.threshold.subarray(n, n + k),
      children: forest.children.subarray(3 * n, 3 * (n + k)),
      leafValue: forest.leafValue.subarray(m[i + 2], m[i + 2] + m[i + 3]),
      catBits: forest.catBits.subarray(m[i + 4], m[i + 4] + m[i + 5]),
      catSpans: m[i + 6] === 1 ? forest.catSpans.subarray(2 * n, 2 * (n + k)) : null,
    });
  }
  return out;
}
