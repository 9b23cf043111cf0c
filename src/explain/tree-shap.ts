/**
 * @module explain/tree-shap
 * Exact TreeSHAP values of a gradient-boosted model, a random forest or a single decision tree for every
 * row of a feature matrix (columns matched to the model's features by name, unknown categories missing,
 * as in prediction). GBDT: the trees' contributions add up, plus the base score in the expected value; a
 * forest averages its trees. Values are in margin space (see shap-values.ts). The algorithm is
 * tree-shap-kernel.ts, or for shallow trees its tabulated form (tree-shap-tables.ts); rows are explained in
 * blocks of 64, tree by tree, so that a tree and its tables stay in cache while the block uses them.
 *
 * @example
 * ```ts
 * import { treeShap } from './tree-shap.js';
 * const shap = treeShap(gbdtModel, x);
 * shap.values; // rowCount × features (× classes)
 * shap.expected; // [E f(X)] per output
 * ```
 */
import { alignFeatures, type FeatureMatrix } from '../learners/feature-matrix.js';
import { prepareColumns } from '../learners/gbdt/gbdt-model.js';
import { ValidationError } from '../util/errors.js';
import type { ShapValues } from './shap-values.js';
import { type ShapForest, shapForestOf, type TreeEnsembleModel } from './shap-forest.js';
import { createTreeShapKernel } from './tree-shap-kernel.js';
import { type ShapTables, addTableShap, buildShapTables } from './tree-shap-tables.js';

/** Table entries allowed per tree and over a whole forest (8 bytes each). */
const TREE_TABLE_LIMIT = 1 << 16;
const FOREST_TABLE_LIMIT = 1 << 23;
/** Below this many rows the tables do not pay for their building. */
const TABLE_MIN_ROWS = 16;
/** Rows explained together, tree by tree. */
const BLOCK = 64;

const tableCache = new WeakMap<ShapForest, readonly (ShapTables | null)[]>();

/** Per tree: its tables, or null for the path algorithm (deep paths, zero covers, memory budget). */
function tablesOf(forest: ShapForest): readonly (ShapTables | null)[] {
  const hit = tableCache.get(forest);
  if (hit) return hit;
  let total = 0;
  const out: (ShapTables | null)[] = [];
  for (let t = 0; t < forest.treeCount; t++) {
    const tables = total < FOREST_TABLE_LIMIT ? buildShapTables(forest, t) : null;
    if (tables && tables.g.length <= TREE_TABLE_LIMIT && total + tables.g.length <= FOREST_TABLE_LIMIT) {
      total += tables.g.length;
      out.push(tables);
    } else out.push(null);
  }
  tableCache.set(forest, out);
  return out;
}

/** Options of `treeShap`. */
export interface TreeShapOptions {
  /** Explain only these rows (indices into the matrix), in this order. */
  readonly rows?: ArrayLike<number>;
  /** Stops with the signal's reason soon after it aborts (checked every 64 rows). */
  readonly signal?: AbortSignal;
  /** `'path'` forces Algorithm 2 for every tree (the reference); default `'auto'` tabulates shallow trees. */
  readonly algorithm?: 'auto' | 'path';
}

/**
 * Exact path-dependent TreeSHAP values.
 *
 * @throws ValidationError `explain.unsupportedModel` for a model that is not a tree model.
 * @example
 * ```ts
 * const { values, expected } = treeShap(model, x);
 * // Σ_f values[i * F + f] + expected[0] === raw score of row i (binary / regression)
 * ```
 */
export function treeShap(model: TreeEnsembleModel, matrix: FeatureMatrix, options: TreeShapOptions = {}): ShapValues {
  const kind = (model as { kind: string }).kind;
  if (kind !== 'gbdt' && kind !== 'random_forest' && kind !== 'decision_tree') {
    throw new ValidationError('explain.unsupportedModel', {
      kind,
      expected: 'gbdt, random_forest, decision_tree',
    });
  }
  const forest = shapForestOf(model);
  const columns = prepareColumns(model.knownCategories, alignFeatures(model.features, matrix));
  const F = columns.length;
  const K = forest.outputs;
  const rows = options.rows;
  const n = rows ? rows.length : matrix.rowCount;
  const values = new Float64Array(n * K * F);
  const kernel = createTreeShapKernel(forest);
  const useTables = options.algorithm !== 'path' && n >= TABLE_MIN_ROWS;
  const tables = useTables ? tablesOf(forest) : null;
  let scratch = 0;
  for (const tb of tables ?? []) if (tb) scratch = Math.max(scratch, tb.nodes.length);
  const dir = new Uint8Array(scratch);
  // rows in blocks, trees outer: a tree's tables stay in cache while the block's rows use them
  const block = new Float64Array(BLOCK * F);
  const rowViews = Array.from({ length: BLOCK }, (_, i) => block.subarray(i * F, (i + 1) * F));
  const stride = K * F;
  for (let start = 0; start < n; start += BLOCK) {
    options.signal?.throwIfAborted();
    const m = Math.min(BLOCK, n - start);
    for (let i = 0; i < m; i++) {
      const r = rows ? rows[start + i] : start + i;
      for (let j = 0; j < F; j++) block[i * F + j] = columns[j][r];
    }
    if (!tables) {
      for (let i = 0; i < m; i++) {
        kernel.explainRow(rowViews[i], values.subarray((start + i) * stride, (start + i + 1) * stride));
      }
      continue;
    }
    for (let t = 0; t < tables.length; t++) {
      const tb = tables[t];
      const outBase = forest.treeOutput[t] * F;
      for (let i = 0; i < m; i++) {
        const at = (start + i) * stride;
        if (tb) addTableShap(forest, tb, block, i * F, values, at + outBase, dir);
        else kernel.explainTree(rowViews[i], values.subarray(at, at + stride), t);
      }
    }
  }
  return Object.freeze({
    features: model.features.map((f) => f.name),
    rowCount: n,
    outputs: K,
    values,
    expected: Array.from(forest.expected),
    method: 'tree' as const,
  });
}
