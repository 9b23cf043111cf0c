/**
 * @module learners/gbdt/fit-gbdt
 * The boosting loop. Bin once; then each round computes gradients and hessians (interleaved per output),
 * draws the rows (`subsample`) and, per output, the features (`colsample_bytree`), grows a tree on the bins,
 * re-fits leaves for absolute error, and adds the tree to the training and validation scores. With a
 * validation set the loss is tracked every round; `early_stopping_rounds` stops growing and keeps the best
 * round. The signal is checked before every tree.
 *
 * @example
 * ```ts
 * import { fitGbdt } from './fit-gbdt.js';
 * const model = fitGbdt(params, x, y, { seed: 1, validation: { data: xv, target: yv } });
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng } from '../../util/rng.js';
import { throwIfAborted } from '../abort.js';
import { type FeatureMatrix, alignFeatures, checkCategoryCodes, featureInfos } from '../feature-matrix.js';
import type { FitOptions } from '../learner.js';
import { type TargetInput, checkWeights } from '../target.js';
import type { FeatureBins } from './bin-mapper.js';
import { binMatrix } from './binned-data.js';
import { GBDT_FORMAT_VERSION, type GbdtModel, prepareColumns } from './gbdt-model.js';
import type { GbdtParams } from './gbdt-params.js';
import { createGrower, growTree } from './grow-tree.js';
import { createParallelHistogram } from './parallel-histogram.js';
import { warmPredictPool } from './parallel-predict.js';
import { sampleFeatures } from './sample-features.js';
import { createObjective, weightedMedian } from './objectives.js';
import { findFeatureBins, monotoneVector, prepareTarget } from './prepare-fit.js';
import type { SplitContext } from './split-finder.js';
import { type Tree, addTreeValues } from './tree.js';

/**
 * Fit a GBDT with resolved parameters.
 *
 * @example
 * ```ts
 * fitGbdt(resolveParams('gbdt', gbdtSchema, { objective: 'poisson' }), x, counts, { seed: 3 });
 * ```
 */
export function fitGbdt(
  params: GbdtParams,
  data: FeatureMatrix,
  target: TargetInput,
  options: FitOptions = {},
): GbdtModel {
  const n = data.rowCount;
  const nf = data.names.length;
  if (nf === 0) throw new ValidationError('learner.noFeatures', { learner: 'gbdt' });
  if (n === 0) throw new ValidationError('learner.emptyData', { learner: 'gbdt' });
  checkCategoryCodes(data);
  const { y, classes, classCount } = prepareTarget(params.objective, target, n);
  const w = checkWeights(options.weights, n);
  const monotone = monotoneVector(params.monotone_constraints, data);
  throwIfAborted(options.signal, 'gbdt');

  const rng = createRng(options.seed ?? 0);
  const bins = findFeatureBins(data, w, params, rng);
  const binned = binMatrix(data.columns, bins, n, undefined, params.threads > 1);
  const knownCategories = bins.map((b) => (b.categorical ? Int32Array.from(b.binCodes).sort() : null));
  const trainColumns = prepareColumns(knownCategories, data.columns);
  const ctx = splitContext(params, bins, binned.offsets, monotone);
  const usable = usableFeatures(binned.columns, bins);
  const objective = createObjective(params.objective, params, classCount);
  const k = objective.outputs;
  // threads > 1: histograms, partitions, score updates (and gradients, binary) on worker threads; closed whatever happens
  const range = objective.gradientRange;
  const parallel =
    params.threads > 1
      ? createParallelHistogram(
          binned,
          ctx.channels,
          params.threads,
          k,
          params.max_leaves,
          range ? { range, y, w } : undefined,
        )
      : null;
  // the model predicts on the same number of threads: its workers boot while this fit runs
  warmPredictPool(params.threads);
  try {
    const grower = createGrower(
      binned,
      bins,
      ctx,
      {
        growth: params.growth,
        maxLeaves: params.max_leaves,
        maxDepth: params.max_depth,
        learningRate: params.learning_rate,
        colsampleByNode: params.colsample_bynode,
      },
      rng,
      parallel,
    );

    const baseScores = params.boost_from_average ? objective.initScores(y, w) : new Array<number>(k).fill(0);
    const scores = parallel
      ? parallel.scores.map((s, o) => s.fill(baseScores[o]))
      : baseScores.map((s) => new Float64Array(n).fill(s));
    const gh = parallel ? [...parallel.gradients] : baseScores.map(() => new Float64Array(2 * n));

    const valid = options.validation ? prepareValidation(options, data, params, knownCategories) : null;
    const validScores = valid ? baseScores.map((s) => new Float64Array(valid.n).fill(s)) : null;
    const validLoss: number[] = [];

    const sampleRows = new Uint32Array(n);
    const rest = new Uint32Array(n);
    const treeFeatures = new Int32Array(usable.length);
    const trees: Tree[] = [];
    let bestLoss = Number.POSITIVE_INFINITY;
    let bestRound = -1;
    const rounds = params.n_rounds;
    let round = 0;
    for (; round < rounds; round++) {
      if (parallel?.computeGradients) parallel.computeGradients();
      else objective.gradients(y, w, scores, gh, n);
      let m = 0;
      let restCount = 0;
      if (params.subsample < 1) {
        for (let i = 0; i < n; i++) {
          if (rng.next() < params.subsample) sampleRows[m++] = i;
          else rest[restCount++] = i;
        }
      }
      if (m === 0) {
        for (let i = 0; i < n; i++) sampleRows[i] = i;
        m = n;
        restCount = 0;
      }
      for (let o = 0; o < k; o++) {
        throwIfAborted(options.signal, 'gbdt');
        let features = usable;
        if (params.colsample_bytree < 1 && usable.length > 0) {
          const count = sampleFeatures(usable, params.colsample_bytree, rng, treeFeatures);
          features = treeFeatures.slice(0, count);
        }
        grower.rows.set(sampleRows.subarray(0, m));
        const grown = growTree(grower, gh[o], m, features);
        const tree = grown.tree;
        const rows = grower.rows;
        if (objective.renewLeavesByMedian) renewLeaves(grown, rows, y, w, scores[o], params.learning_rate);
        const s = scores[o];
        if (parallel) parallel.addLeafValues(o, grown.leafBegin, grown.leafEnd, tree.leafValue, m);
        else {
          for (let leaf = 0; leaf < tree.numLeaves; leaf++) {
            const v = tree.leafValue[leaf];
            const end = grown.leafEnd[leaf];
            for (let i = grown.leafBegin[leaf]; i < end; i++) s[rows[i]] += v;
          }
        }
        if (restCount > 0) addTreeValues(tree, trainColumns, s, n, rest.subarray(0, restCount));
        if (valid && validScores) addTreeValues(tree, valid.columns, validScores[o], valid.n);
        trees.push(tree);
      }
      let validValue: number | undefined;
      if (valid && validScores) {
        validValue = objective.loss(valid.y, valid.w, validScores, valid.n);
        validLoss.push(validValue);
        if (validValue < bestLoss) {
          bestLoss = validValue;
          bestRound = round;
        }
      }
      if (options.onProgress) {
        options.onProgress({
          step: round + 1,
          total: rounds,
          metric: objective.metric,
          train: objective.loss(y, w, scores, n),
          valid: validValue,
        });
      }
      if (valid && params.early_stopping_rounds > 0 && round - bestRound >= params.early_stopping_rounds) {
        round++;
        break;
      }
    }
    let kept = round;
    if (valid && params.early_stopping_rounds > 0 && bestRound >= 0) kept = bestRound + 1;
    return Object.freeze({
      kind: 'gbdt',
      formatVersion: GBDT_FORMAT_VERSION,
      task: objective.task,
      features: featureInfos(data),
      classes,
      classCount,
      objective: params.objective,
      params,
      outputs: k,
      baseScores: Object.freeze([...baseScores]),
      trees: Object.freeze(trees.slice(0, kept * k)),
      rounds: kept,
      knownCategories: Object.freeze(knownCategories),
      metric: objective.metric,
      validLoss: valid ? Float64Array.from(validLoss) : null,
    });
  } finally {
    parallel?.close();
  }
}

function splitContext(
  params: GbdtParams,
  bins: readonly FeatureBins[],
  offsets: Int32Array,
  monotone: Int8Array,
): SplitContext {
  const numBins = new Int32Array(bins.length);
  const categorical = new Uint8Array(bins.length);
  bins.forEach((b, f) => {
    numBins[f] = b.numBins;
    categorical[f] = b.categorical ? 1 : 0;
  });
  return {
    offsets,
    // exact row counts per bin cost a third histogram channel: only when min_data_in_leaf asks for them
    channels: params.min_data_in_leaf > 1 ? 3 : 2,
    numBins,
    categorical,
    monotone,
    reg: { l1: params.lambda_l1, l2: params.lambda_l2, maxDeltaStep: params.max_delta_step },
    constrained: params.max_delta_step > 0 || monotone.some((m) => m !== 0),
    minChildWeight: params.min_child_weight,
    minDataInLeaf: params.min_data_in_leaf,
    minSplitGain: params.min_split_gain,
    maxCatToOnehot: params.max_cat_to_onehot,
    maxCatThreshold: params.max_cat_threshold,
    catSmooth: params.cat_smooth,
    catL2: params.cat_l2,
    minDataPerGroup: params.min_data_per_group,
  };
}

/** Features whose rows fall into at least two bins (counting the missing bin); the others cannot split. */
function usableFeatures(columns: readonly Uint8Array[], bins: readonly FeatureBins[]): Int32Array {
  const out: number[] = [];
  columns.forEach((col, f) => {
    if (bins[f].numBins + 1 < 2 || col.length === 0) return;
    const first = col[0];
    for (let i = 1; i < col.length; i++) {
      if (col[i] !== first) {
        out.push(f);
        return;
      }
    }
  });
  return Int32Array.from(out);
}

interface PreparedValidation {
  readonly n: number;
  readonly columns: Float64Array[];
  readonly y: Float64Array;
  readonly w: Float64Array | null;
}

function prepareValidation(
  options: FitOptions,
  data: FeatureMatrix,
  params: GbdtParams,
  knownCategories: readonly (Int32Array | null)[],
): PreparedValidation {
  const v = options.validation as NonNullable<FitOptions['validation']>;
  const aligned = alignFeatures(featureInfos(data), v.data);
  const columns = prepareColumns(knownCategories, aligned);
  const nv = v.data.rowCount;
  const t = prepareTarget(params.objective, v.target, nv, false);
  return { n: nv, columns, y: t.y, w: checkWeights(v.weights, nv) };
}

/** Absolute error: each leaf becomes the weighted median of its rows' residuals (LightGBM's leaf renewal). */
function renewLeaves(
  grown: ReturnType<typeof growTree>,
  rows: Uint32Array,
  y: Float64Array,
  w: Float64Array | null,
  score: Float64Array,
  learningRate: number,
): void {
  const tree = grown.tree;
  for (let leaf = 0; leaf < tree.numLeaves; leaf++) {
    const begin = grown.leafBegin[leaf];
    const end = grown.leafEnd[leaf];
    const m = end - begin;
    if (m === 0) continue;
    const residual = new Float64Array(m);
    const weights = w ? new Float64Array(m) : null;
    for (let i = 0; i < m; i++) {
      const r = rows[begin + i];
      residual[i] = y[r] - score[r];
      if (weights && w) weights[i] = w[r];
    }
    let value = weightedMedian(residual, weights, m);
    value = Math.min(grown.leafUpper[leaf], Math.max(grown.leafLower[leaf], value));
    tree.leafValue[leaf] = value * learningRate;
  }
}
