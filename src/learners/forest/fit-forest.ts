/**
 * @module learners/forest/fit-forest
 * Fit a random forest or extra trees: check data, target and weights, bin the features once (numeric bounds
 * found on at most `bin_sample_rows` rows drawn with the seed), then grow each
 * tree on its own bootstrap sample (n rows drawn with replacement; a row drawn c times weighs c × its
 * weight, as sklearn) with its own RNG stream (seeds drawn from the fit seed by tree index, so each tree is
 * reproducible on its own), on `threads` threads (forest-pool.ts) — the model is identical for any thread
 * count. The out-of-bag score uses, for every row, the trees that did not draw it (their bootstrap draws
 * replayed from the seeds, in tree order): accuracy for classifiers, R² for regression (as sklearn).
 *
 * @example
 * ```ts
 * import { fitForest } from './fit-forest.js';
 * const model = fitForest(resolveParams('random_forest', forestSchema, {}), x, y, { seed: 1 });
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng } from '../../util/rng.js';
import { throwIfAborted } from '../abort.js';
import { type FeatureMatrix, checkCategoryCodes, featureInfos } from '../feature-matrix.js';
import type { FitOptions } from '../learner.js';
import { type TargetInput, checkTarget, checkWeights, classTarget } from '../target.js';
import type { CartTree } from '../tree/cart-tree.js';
import { seenCategories } from '../tree/fit-tree.js';
import { binColumns, commonBins, sampleForBins } from './bin-columns.js';
import { FOREST_FORMAT_VERSION, type ForestModel, addTreePrediction } from './forest-model.js';
import type { ForestParams } from './forest-params.js';
import { flatForest } from './flat-forest.js';
import { createForestPool } from './forest-pool.js';
import { type TreePlan, createTreeScratch, sampleRows } from './forest-tree-task.js';

/**
 * Features tried per node for the settings and a feature count (sklearn's rules: int(sqrt), int(log2),
 * int(fraction × n), at least 1).
 *
 * @example
 * ```ts
 * featuresPerNode(params, 51); // 7 for 'sqrt'
 * ```
 */
export function featuresPerNode(params: ForestParams, featureCount: number): number {
  const m =
    params.max_features === 'sqrt'
      ? Math.floor(Math.sqrt(featureCount))
      : params.max_features === 'log2'
        ? Math.floor(Math.log2(featureCount))
        : params.max_features === 'all'
          ? featureCount
          : Math.floor(params.max_features_fraction * featureCount);
  return Math.max(1, Math.min(featureCount, m));
}

/**
 * Fit a forest with resolved settings.
 *
 * @example
 * ```ts
 * fitForest(params, x, { values: y, classes: ['no', 'yes'] }, { seed: 3 }).trees.length; // 100
 * ```
 */
export function fitForest(
  params: ForestParams,
  data: FeatureMatrix,
  target: TargetInput,
  options: FitOptions = {},
): ForestModel {
  const learner = 'random_forest';
  const n = data.rowCount;
  const nf = data.names.length;
  if (nf === 0) throw new ValidationError('learner.noFeatures', { learner });
  if (n === 0) throw new ValidationError('learner.emptyData', { learner });
  checkCategoryCodes(data);
  const objective = params.objective;
  const regression = objective === 'regression';
  const t = regression
    ? { ...checkTarget(target, n), classCount: 0 }
    : classTarget(target, learner, objective, { rowCount: n, exactClasses: objective === 'binary' ? 2 : undefined });
  if (objective === 'binary' && t.classCount !== 2) {
    throw new ValidationError('learner.badLabel', {
      learner,
      objective,
      expected: 'two classes',
      got: `${t.classCount} classes`,
      row: 1,
    });
  }
  const weights = checkWeights(options.weights, n);
  throwIfAborted(options.signal, learner);
  const threads = Math.min(params.threads, params.n_estimators);
  const shared = threads > 1;
  const binSample = sampleForBins(n, params.bin_sample_rows, createRng((options.seed ?? 0) ^ 0x5eed));
  const { bins, columns, ranges } = binColumns(data, params.max_bins, shared, binSample);
  const forestData = {
    bins,
    columns,
    ranges,
    y: shared ? toShared(t.values) : t.values,
    classCount: t.classCount,
    commonBin: commonBins(columns),
  };
  const plan: TreePlan = {
    bootstrap: params.bootstrap,
    weights: weights && shared ? toShared(weights) : weights,
    limits: {
      maxDepth: params.max_depth,
      minSamplesSplit: params.min_samples_split,
      minSamplesLeaf: params.min_samples_leaf,
      maxFeatures: featuresPerNode(params, nf),
      extraTrees: params.extra_trees,
    },
  };
  const master = createRng(options.seed ?? 0);
  const seeds = Array.from({ length: params.n_estimators }, () => master.int(2 ** 31));
  const pool = createForestPool(forestData, seeds, plan, threads);
  let trees: CartTree[];
  try {
    trees = pool.grow(options.signal, (done) =>
      options.onProgress?.({ step: done, total: params.n_estimators, metric: 'trees' }),
    );
  } finally {
    pool.close();
  }
  const k = regression ? 1 : t.classCount;
  let oobScore: number | null = null;
  if (params.oob_score && params.bootstrap) {
    const oobSum = new Float64Array(n * k);
    const oobCount = new Uint32Array(n);
    const scratch = createTreeScratch(n);
    const out = new Uint32Array(n);
    trees.forEach((tree, index) => {
      throwIfAborted(options.signal, learner);
      sampleRows(createRng(seeds[index]), n, true, weights, scratch);
      let m = 0;
      for (let i = 0; i < n; i++) if (scratch.drawn[i] === 0) out[m++] = i;
      const rows = out.subarray(0, m);
      addTreePrediction(tree, data.columns, oobSum, rows);
      for (const i of rows) oobCount[i]++;
    });
    oobScore = oobScoreOf(oobSum, oobCount, t.values, k);
  }
  throwIfAborted(options.signal, learner);
  const frozen = Object.freeze(trees);
  flatForest(frozen); // the prediction layout, built once with the model
  return Object.freeze({
    kind: 'random_forest' as const,
    formatVersion: FOREST_FORMAT_VERSION,
    task: regression ? 'regression' : objective,
    features: featureInfos(data),
    classes: regression ? null : (t.classes ?? null),
    classCount: t.classCount,
    objective,
    extraTrees: params.extra_trees,
    trees: frozen,
    knownCategories: Object.freeze(seenCategories(data)),
    oobScore,
  });
}

/** A copy in a `SharedArrayBuffer`. */
function toShared(values: Float64Array): Float64Array {
  const out = new Float64Array(new SharedArrayBuffer(8 * values.length));
  out.set(values);
  return out;
}

/** Accuracy (k > 1) or R² (k = 1) over the rows with at least one out-of-bag prediction; null when none. */
function oobScoreOf(sum: Float64Array, count: Uint32Array, y: Float64Array, k: number): number | null {
  let rows = 0;
  if (k > 1) {
    let hits = 0;
    for (let i = 0; i < count.length; i++) {
      if (count[i] === 0) continue;
      rows++;
      let best = 0;
      for (let c = 1; c < k; c++) if (sum[i * k + c] > sum[i * k + best]) best = c;
      if (best === y[i]) hits++;
    }
    return rows > 0 ? hits / rows : null;
  }
  let mean = 0;
  for (let i = 0; i < count.length; i++) {
    if (count[i] === 0) continue;
    rows++;
    mean += y[i];
  }
  if (rows === 0) return null;
  mean /= rows;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < count.length; i++) {
    if (count[i] === 0) continue;
    const e = y[i] - sum[i] / count[i];
    ssRes += e * e;
    ssTot += (y[i] - mean) * (y[i] - mean);
  }
  return ssTot > 0 ? 1 - ssRes / ssTot : null;
}
