/**
 * @module learners/tree/grow-cart
 * Grow one CART tree depth-first, as scikit-learn's `DepthFirstTreeBuilder` with the `BestSplitter`: a node
 * becomes a leaf when it is at `max_depth`, has fewer than `min_samples_split` (or 2 × `min_samples_leaf`)
 * rows, is pure (impurity ≤ machine epsilon), has no valid split, or its best split decreases the weighted
 * impurity by less than `min_impurity_decrease`. Nodes are numbered in sklearn's order (depth-first, left
 * child first). Features are tried in sklearn's random order (`feature-order.ts`, the seed is the state of
 * sklearn's `rand_r`), so ties fall as in sklearn; with `max_features` < 1 each node tries a random subset.
 *
 * @example
 * ```ts
 * import { growCart } from './grow-cart.js';
 * const tree = growCart(ctx, { maxDepth: 0, minSamplesSplit: 2, minImpurityDecrease: 0, maxFeatures: 4, outputs: 2 }, 7);
 * ```
 */
import { throwIfAborted } from '../abort.js';
import type { FitProgress } from '../learner.js';
import type { CartTree } from './cart-tree.js';
import { createFeatureOrder } from './feature-order.js';
import { type SplitContext, createSplitSearch, emptySplit } from './find-split.js';

/** Growth limits (already resolved from the settings). */
export interface GrowLimits {
  /** 0 = no limit. */
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly minImpurityDecrease: number;
  /** Features tried per node (≥ 1). */
  readonly maxFeatures: number;
  /** Number of outputs per node value (K classes, or 1). */
  readonly outputs: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FitProgress) => void;
}

const EPSILON = 2.220446049250313e-16;

/**
 * Grow a tree on all rows of the context.
 *
 * @example
 * ```ts
 * growCart(ctx, limits, 7).nodeCount;
 * ```
 */
export function growCart(ctx: SplitContext, limits: GrowLimits, seed: number): CartTree {
  const n = ctx.y.length;
  const nf = ctx.columns.length;
  const c = ctx.criterion;
  const size = c.size;
  const search = createSplitSearch(ctx);
  const samples = new Uint32Array(n);
  for (let i = 0; i < n; i++) samples[i] = i;
  const order = createFeatureOrder(nf, limits.maxFeatures, seed);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += ctx.w[i];

  const left: number[] = [];
  const right: number[] = [];
  const feature: number[] = [];
  const threshold: number[] = [];
  const missingLeft: number[] = [];
  const categorical: number[] = [];
  const value: number[] = [];
  const nSamples: number[] = [];
  const weighted: number[] = [];
  const impurities: number[] = [];
  const catBoundaries: number[] = [0];
  const catBits: number[] = [];
  const stats = new Float64Array(size * 3);
  const nodeStats = new Float64Array(size);
  const maxDepth = limits.maxDepth > 0 ? limits.maxDepth : Number.POSITIVE_INFINITY;
  let splits = 0;

  // stack entries: start, end, depth, parent, isLeft, known constant features
  const stack: number[] = [0, n, 0, -1, 0, 0];
  while (stack.length > 0) {
    const constants = stack.pop() as number;
    const isLeft = stack.pop() as number;
    const parent = stack.pop() as number;
    const depth = stack.pop() as number;
    const end = stack.pop() as number;
    const start = stack.pop() as number;
    const node = left.length;
    if (parent >= 0) {
      if (isLeft) left[parent] = node;
      else right[parent] = node;
    }
    stats.fill(0, 0, size);
    for (let i = start; i < end; i++) c.add(stats, 0, ctx.y[samples[i]], ctx.w[samples[i]]);
    nodeStats.set(stats.subarray(0, size));
    const wNode = c.weight(stats, 0);
    const impurity = c.impurity(stats, 0);
    left.push(-1);
    right.push(-1);
    feature.push(-1);
    threshold.push(-2);
    missingLeft.push(0);
    categorical.push(0);
    nSamples.push(end - start);
    weighted.push(wNode);
    impurities.push(impurity);
    if (size === 3 && limits.outputs === 1) value.push(stats[1] / stats[0]);
    else for (let k = 0; k < size; k++) value.push(stats[k]);

    const count = end - start;
    if (depth >= maxDepth || count < limits.minSamplesSplit || count < 2 * ctx.minSamplesLeaf || impurity <= EPSILON) {
      continue;
    }
    const best = emptySplit();
    const childConstants = order.visit(constants, (f) => search.feature(best, f, samples, start, end, nodeStats));
    if (!best.found) continue;
    const mid = partition(ctx, samples, start, end, best);
    stats.fill(0, size, 3 * size);
    for (let i = start; i < mid; i++) c.add(stats, size, ctx.y[samples[i]], ctx.w[samples[i]]);
    for (let i = mid; i < end; i++) c.add(stats, 2 * size, ctx.y[samples[i]], ctx.w[samples[i]]);
    const wl = c.weight(stats, size);
    const wr = c.weight(stats, 2 * size);
    const improvement =
      (wNode / totalWeight) *
      (impurity - (wr / wNode) * c.impurity(stats, 2 * size) - (wl / wNode) * c.impurity(stats, size));
    if (improvement + EPSILON < limits.minImpurityDecrease) continue;

    feature[node] = best.feature;
    missingLeft[node] = (best.sawMissing ? best.missingLeft : wl >= wr) ? 1 : 0;
    if (best.categorical) {
      categorical[node] = 1;
      threshold[node] = catBoundaries.length - 1;
      let max = 0;
      for (const code of best.leftCodes) if (code > max) max = code;
      const words = new Array<number>((max >>> 5) + 1).fill(0);
      for (const code of best.leftCodes) words[code >>> 5] = (words[code >>> 5] | (1 << (code & 31))) >>> 0;
      catBits.push(...words);
      catBoundaries.push(catBits.length);
    } else threshold[node] = best.threshold;
    splits++;
    limits.onProgress?.({ step: splits, total: Math.max(splits, n - 1), metric: 'splits' });
    throwIfAborted(limits.signal, 'decision_tree');
    stack.push(mid, end, depth + 1, node, 0, childConstants);
    stack.push(start, mid, depth + 1, node, 1, childConstants);
  }
  return Object.freeze({
    nodeCount: left.length,
    outputs: limits.outputs,
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    missingLeft: Uint8Array.from(missingLeft),
    categorical: Uint8Array.from(categorical),
    value: Float64Array.from(value),
    nSamples: Int32Array.from(nSamples),
    weightedNSamples: Float64Array.from(weighted),
    impurity: Float64Array.from(impurities),
    catBoundaries: Int32Array.from(catBoundaries),
    catBits: Uint32Array.from(catBits),
  });
}

/** Put the rows going left first; returns the first right position. */
function partition(
  ctx: SplitContext,
  samples: Uint32Array,
  start: number,
  end: number,
  best: ReturnType<typeof emptySplit>,
): number {
  const col = ctx.columns[best.feature];
  const codes = best.categorical ? new Set(best.leftCodes) : null;
  let i = start;
  let j = end - 1;
  const goesLeft = (r: number): boolean => {
    const v = col[r];
    if (v !== v) return best.missingLeft;
    return codes ? codes.has(v) : v <= best.threshold;
  };
  while (i <= j) {
    if (goesLeft(samples[i])) i++;
    else {
      const t = samples[i];
      samples[i] = samples[j];
      samples[j] = t;
      j--;
    }
  }
  return i;
}
