/**
 * @module learners/forest/forest-tree-task
 * One tree of a forest from its seed: the tree's RNG stream starts at its own seed (drawn from the fit seed
 * by tree index), which first draws the bootstrap sample (n rows with replacement; a row drawn c times
 * weighs c × its weight, as sklearn), then the feature-order state, then whatever the growth draws. So a tree
 * depends only on the data and its index — the forest is identical for any number of threads. Everything a
 * tree needs (RNG, feature order, threshold helper, grower) comes in as `TreeTools`, self-contained functions
 * whose source text forest-worker-source.ts sends to the worker threads.
 *
 * @example
 * ```ts
 * import { FOREST_TREE_TOOLS, createTreeScratch, growForestTree } from './forest-tree-task.js';
 * const tree = growForestTree(data, seed, plan, createTreeScratch(n), FOREST_TREE_TOOLS);
 * ```
 */
import { createRng } from '../../util/rng.js';
import type { Rng } from '../../util/rng.js';
import type { CartTree } from '../tree/cart-tree.js';
import { createFeatureOrder } from '../tree/feature-order.js';
import { makeBelow } from './bin-columns.js';
import { type ForestData, type HistTreeLimits, growHistTree } from './grow-hist-tree.js';

/** How every tree of a fit is grown. */
export interface TreePlan {
  readonly bootstrap: boolean;
  /** Sample weights, or null (all 1). */
  readonly weights: Float64Array | null;
  readonly limits: HistTreeLimits;
}

/** Per-thread scratch of tree growth: row weights of the current tree and bootstrap counts. */
export interface TreeScratch {
  readonly w: Float64Array;
  readonly drawn: Uint32Array;
}

/** The self-contained functions a tree is grown with (passed in, so worker threads can get their source). */
export interface TreeTools {
  readonly createRng: typeof createRng;
  readonly createFeatureOrder: typeof createFeatureOrder;
  readonly makeBelow: typeof makeBelow;
  readonly growHistTree: typeof growHistTree;
  readonly sampleRows: typeof sampleRows;
}

/**
 * Scratch for `n` rows.
 *
 * @example
 * ```ts
 * createTreeScratch(1000).w.length; // 1000
 * ```
 */
export function createTreeScratch(n: number): TreeScratch {
  return { w: new Float64Array(n), drawn: new Uint32Array(n) };
}

/**
 * Draw a tree's rows: with `bootstrap`, n draws with replacement (`drawn` counts them, `w` = count ×
 * weight); else every row (`w` = weight). Returns the rows of positive weight, ascending.
 *
 * @example
 * ```ts
 * const rows = sampleRows(createRng(5), 100, true, null, createTreeScratch(100));
 * ```
 */
export function sampleRows(
  rng: Rng,
  n: number,
  bootstrap: boolean,
  weights: Float64Array | null,
  scratch: TreeScratch,
): Uint32Array {
  const { w, drawn } = scratch;
  let m = 0;
  if (bootstrap) {
    drawn.fill(0);
    for (let i = 0; i < n; i++) drawn[rng.int(n)]++;
    for (let i = 0; i < n; i++) {
      w[i] = drawn[i] * (weights ? weights[i] : 1);
      if (w[i] > 0) m++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      w[i] = weights ? weights[i] : 1;
      if (w[i] > 0) m++;
    }
  }
  const rows = new Uint32Array(m);
  m = 0;
  for (let i = 0; i < n; i++) if (w[i] > 0) rows[m++] = i;
  return rows;
}

/**
 * Grow the tree of one seed.
 *
 * @example
 * ```ts
 * growForestTree(data, 1234, { bootstrap: true, weights: null, limits }, createTreeScratch(n), FOREST_TREE_TOOLS);
 * ```
 */
export function growForestTree(
  data: ForestData,
  seed: number,
  plan: TreePlan,
  scratch: TreeScratch,
  tools: TreeTools,
): CartTree {
  const rng = tools.createRng(seed);
  const rows = tools.sampleRows(rng, data.y.length, plan.bootstrap, plan.weights, scratch);
  const order = tools.createFeatureOrder(data.columns.length, plan.limits.maxFeatures, rng.int(2 ** 31) + 1);
  return tools.growHistTree(data, rows, scratch.w, plan.limits, rng, order, tools.makeBelow());
}

/**
 * The tools on the calling thread (the real module functions).
 *
 * @example
 * ```ts
 * FOREST_TREE_TOOLS.createRng(1).next();
 * ```
 */
export const FOREST_TREE_TOOLS: TreeTools = Object.freeze({
  createRng,
  createFeatureOrder,
  makeBelow,
  growHistTree,
  sampleRows,
});
