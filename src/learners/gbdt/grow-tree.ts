/**
 * @module learners/gbdt/grow-tree
 * Grow one tree on binned data. Leaf-wise growth splits the leaf with the largest gain next (LightGBM,
 * XGBoost `lossguide`); depth-wise growth splits level by level (XGBoost `depthwise`); both stop at
 * `max_leaves`, `max_depth` or when no split gains enough. Each leaf owns a contiguous range of a row-index
 * buffer, partitioned in place at each split through a 256-entry bin → side table (one branch-free pass over
 * the split feature's byte column). Only the smaller child's histogram is built; the larger child's is the
 * parent's minus it; a large node's histogram is summed in row parts (`histogram-parts.ts`), on worker
 * threads when the fit has them (`parallel-histogram.ts`, which also partitions large nodes), with the same
 * bits either way. Monotone constraints pass bounds down: the children of a split on a rising feature are
 * kept below / above the midpoint of their weights (XGBoost's method).
 *
 * @example
 * ```ts
 * import { createGrower, growTree } from './grow-tree.js';
 * const grower = createGrower(data, bins, splitContext, settings, rng);
 * grower.rows.set(sampledRows); // rows of this round, ascending
 * const grown = growTree(grower, gh, sampledRows.length, treeFeatures);
 * ```
 */
import type { Rng } from '../../util/rng.js';
import type { FeatureBins } from './bin-mapper.js';
import type { BinnedData } from './binned-data.js';
import { fixMostFrequentBins, subtractHistogram } from './histogram.js';
import {
  type HistogramKernels,
  type KernelScratch,
  histogramKernels,
  kernelScratch,
  rowWords,
} from './histogram-kernel.js';
import { type SplitContext, type SplitInfo, emptySplit, findBestSplit } from './split-finder.js';
import { buildInParts, partCount } from './histogram-parts.js';
import type { ParallelHistogram } from './parallel-histogram.js';
import { partition } from './partition.js';
import { sampleFeatures } from './sample-features.js';
import { leafWeight } from './split-math.js';
import type { Tree } from './tree.js';

/** How trees grow. */
export interface GrowSettings {
  readonly growth: 'leafwise' | 'depthwise';
  readonly maxLeaves: number;
  readonly maxDepth: number;
  readonly learningRate: number;
  readonly colsampleByNode: number;
}

/** Buffers reused across the trees of one fit. */
export interface Grower {
  readonly data: BinnedData;
  readonly bins: readonly FeatureBins[];
  readonly split: SplitContext;
  readonly settings: GrowSettings;
  readonly rng: Rng;
  readonly histLength: number;
  readonly kernels: HistogramKernels;
  readonly scratch: KernelScratch;
  readonly rowWords: Uint32Array;
  readonly pool: Float64Array[];
  /** One histogram per row part of a large node (one-thread builds). */
  readonly parts: readonly Float64Array[];
  /** Row indices of the current tree's sample; leaves own ranges of it. */
  readonly rows: Uint32Array;
  readonly tmp: Uint32Array;
  readonly lut: Uint8Array;
  /** Worker threads for large nodes' histograms (`threads > 1`), else null. */
  readonly parallel: ParallelHistogram | null;
}

/** A grown tree and where its training rows ended up. */
export interface GrownTree {
  readonly tree: Tree;
  /** Range of `grower.rows` per leaf. */
  readonly leafBegin: Int32Array;
  readonly leafEnd: Int32Array;
  /** Monotone bounds per leaf (before shrinkage), for leaf renewal. */
  readonly leafLower: Float64Array;
  readonly leafUpper: Float64Array;
}

/**
 * Allocate the buffers for growing trees on `data`.
 *
 * @example
 * ```ts
 * const grower = createGrower(data, bins, ctx, { growth: 'leafwise', maxLeaves: 31, maxDepth: 64, learningRate: 0.1, colsampleByNode: 1 }, rng);
 * ```
 */
export function createGrower(
  data: BinnedData,
  bins: readonly FeatureBins[],
  split: SplitContext,
  settings: GrowSettings,
  rng: Rng,
  parallel: ParallelHistogram | null = null,
): Grower {
  const histLength = data.totalBins * split.channels;
  return {
    data,
    bins,
    split,
    settings,
    rng,
    histLength,
    kernels: histogramKernels(data, split.channels),
    scratch: kernelScratch(data),
    rowWords: rowWords(data),
    pool: [],
    parts: parallel
      ? []
      : Array.from(
          { length: partCount(data.rowCount) > 1 ? partCount(data.rowCount) : 0 },
          () => new Float64Array(histLength),
        ),
    rows: parallel ? parallel.rows : new Uint32Array(data.rowCount),
    tmp: parallel ? parallel.tmp : new Uint32Array(data.rowCount),
    lut: new Uint8Array(257),
    parallel,
  };
}

interface LeafState {
  begin: number;
  end: number;
  g: number;
  h: number;
  c: number;
  depth: number;
  lower: number;
  upper: number;
  order: number;
  hist: Float64Array | null;
  readonly best: SplitInfo;
  parent: number;
  isLeft: boolean;
}

/**
 * Grow one tree from the gradients `gh` of the rows `grower.rows[0..sampleCount)`, using `treeFeatures`.
 *
 * @example
 * ```ts
 * const { tree, leafBegin, leafEnd } = growTree(grower, gh, n, features);
 * ```
 */
export function growTree(grower: Grower, gh: Float64Array, sampleCount: number, treeFeatures: Int32Array): GrownTree {
  const { split: ctx, settings, rows } = grower;
  const maxLeaves = settings.maxLeaves;
  const data = grower.data;
  const { direct, gathered } = grower.kernels;
  const nodeFeatures = new Int32Array(treeFeatures.length);
  const reg = ctx.reg;

  // node arrays
  const maxNodes = maxLeaves - 1;
  const left = new Int32Array(maxNodes);
  const right = new Int32Array(maxNodes);
  const feature = new Int32Array(maxNodes);
  const threshold = new Float64Array(maxNodes);
  const defaultLeft = new Uint8Array(maxNodes);
  const categorical = new Uint8Array(maxNodes);
  const gain = new Float64Array(maxNodes);
  const nodeHess = new Float64Array(maxNodes);
  const nodeCount = new Int32Array(maxNodes);
  const catBoundaries: number[] = [0];
  const catBits: number[] = [];
  let numNodes = 0;

  const leaves: LeafState[] = [];
  let orderCounter = 0;
  const newLeaf = (): LeafState => ({
    begin: 0,
    end: 0,
    g: 0,
    h: 0,
    c: 0,
    depth: 0,
    lower: Number.NEGATIVE_INFINITY,
    upper: Number.POSITIVE_INFINITY,
    order: orderCounter++,
    hist: null,
    best: emptySplit(),
    parent: -1,
    isLeft: false,
  });

  const acquire = (): Float64Array => {
    const h = grower.pool.pop();
    if (h) {
      h.fill(0);
      return h;
    }
    return new Float64Array(grower.histLength);
  };
  const release = (leaf: LeafState): void => {
    if (leaf.hist) grower.pool.push(leaf.hist);
    leaf.hist = null;
  };
  const build = (leaf: LeafState): void => {
    const hist = acquire();
    // all rows in order: read in place; a child's scattered rows: gather chunks first
    const m = leaf.end - leaf.begin;
    const all = m === data.rowCount;
    const kernel = all ? direct : gathered;
    if (partCount(m) > 1) {
      // large nodes are summed in row parts, on worker threads or one after another: the same bits
      if (grower.parallel) grower.parallel.build(hist, gh, leaf.begin, leaf.end, !all);
      else {
        const { rowMajor, rowPtr, entries } = data;
        const parts = grower.parts;
        const words = grower.rowWords;
        buildInParts(
          kernel,
          hist,
          parts,
          rowMajor,
          words,
          gh,
          rows,
          leaf.begin,
          leaf.end,
          rowPtr,
          entries,
          grower.scratch,
        );
      }
    } else {
      kernel(
        hist,
        data.rowMajor,
        grower.rowWords,
        gh,
        rows,
        leaf.begin,
        leaf.end,
        data.rowPtr,
        data.entries,
        grower.scratch,
      );
    }
    fixMostFrequentBins(hist, data, data.sparseFeatures, ctx.channels, leaf.g, leaf.h, leaf.c);
    leaf.hist = hist;
  };
  const canSplit = (leaf: LeafState): boolean =>
    leaf.depth < settings.maxDepth && leaf.c >= 2 * Math.max(1, ctx.minDataInLeaf) && leaf.h >= 2 * ctx.minChildWeight;
  const evaluate = (leaf: LeafState): void => {
    leaf.best.gain = Number.NEGATIVE_INFINITY;
    if (!leaf.hist) return;
    let feats = treeFeatures;
    let count = treeFeatures.length;
    if (settings.colsampleByNode < 1) {
      count = sampleFeatures(treeFeatures, settings.colsampleByNode, grower.rng, nodeFeatures);
      feats = nodeFeatures;
    }
    findBestSplit(ctx, leaf.hist, feats, count, leaf.g, leaf.h, leaf.c, leaf.lower, leaf.upper, leaf.best);
    if (leaf.best.gain === Number.NEGATIVE_INFINITY) release(leaf);
  };

  // root
  const root = newLeaf();
  root.begin = 0;
  root.end = sampleCount;
  let g = 0;
  let h = 0;
  for (let i = 0; i < sampleCount; i++) {
    const r = rows[i];
    g += gh[2 * r];
    h += gh[2 * r + 1];
  }
  root.g = g;
  root.h = h;
  root.c = sampleCount;
  leaves.push(root);
  if (maxLeaves > 1 && canSplit(root)) {
    build(root);
    evaluate(root);
  }

  while (leaves.length < maxLeaves) {
    const pick = chooseLeaf(leaves, settings.growth);
    if (pick < 0) break;
    const leaf = leaves[pick];
    const s = leaf.best;
    const node = numNodes++;
    const f = s.feature;
    feature[node] = f;
    defaultLeft[node] = s.defaultLeft ? 1 : 0;
    gain[node] = s.gain;
    nodeHess[node] = leaf.h;
    nodeCount[node] = leaf.c;
    const nb = ctx.numBins[f];
    const lut = grower.lut;
    if (s.categorical) {
      categorical[node] = 1;
      threshold[node] = catBoundaries.length - 1;
      appendBitset(grower.bins[f].binCodes, s.leftFlags, nb, catBits, catBoundaries);
      for (let b = 0; b < nb; b++) lut[b] = s.leftFlags[b];
    } else {
      threshold[node] = grower.bins[f].upper[s.bin];
      for (let b = 0; b < nb; b++) lut[b] = b <= s.bin ? 1 : 0;
    }
    lut[nb] = s.defaultLeft ? 1 : 0;
    if (leaf.parent >= 0) {
      if (leaf.isLeft) left[leaf.parent] = node;
      else right[leaf.parent] = node;
    }
    const mid = grower.parallel
      ? grower.parallel.partition(f, lut, leaf.begin, leaf.end)
      : partition(rows, grower.tmp, grower.data.columns[f], lut, leaf.begin, leaf.end);

    const child = newLeaf();
    leaves.push(child);
    const rightIndex = leaves.length - 1;
    left[node] = ~pick;
    right[node] = ~rightIndex;
    child.begin = mid;
    child.end = leaf.end;
    child.g = s.rightG;
    child.h = s.rightH;
    child.c = leaf.end - mid;
    child.depth = leaf.depth + 1;
    child.parent = node;
    child.isLeft = false;
    child.lower = leaf.lower;
    child.upper = leaf.upper;
    const parentHist = leaf.hist;
    leaf.hist = null;
    leaf.c = mid - leaf.begin;
    leaf.end = mid;
    leaf.g = s.leftG;
    leaf.h = s.leftH;
    leaf.depth += 1;
    leaf.parent = node;
    leaf.isLeft = true;
    leaf.order = orderCounter++;
    const mono = ctx.monotone[f];
    if (mono !== 0) {
      const wl = leafWeight(leaf.g, leaf.h, reg, leaf.lower, leaf.upper);
      const wr = leafWeight(child.g, child.h, reg, child.lower, child.upper);
      const m = (wl + wr) / 2;
      if (mono > 0) {
        leaf.upper = Math.min(leaf.upper, m);
        child.lower = Math.max(child.lower, m);
      } else {
        leaf.lower = Math.max(leaf.lower, m);
        child.upper = Math.min(child.upper, m);
      }
    }

    const more = leaves.length < maxLeaves;
    const splitLeft = more && canSplit(leaf);
    const splitRight = more && canSplit(child);
    if (parentHist && (splitLeft || splitRight)) {
      const small = leaf.c <= child.c ? leaf : child;
      const large = small === leaf ? child : leaf;
      build(small);
      subtractHistogram(parentHist, small.hist as Float64Array);
      large.hist = parentHist;
      if (splitLeft) evaluate(leaf);
      else release(leaf);
      if (splitRight) evaluate(child);
      else release(child);
    } else if (parentHist) {
      grower.pool.push(parentHist);
    }
    if (!splitLeft) leaf.best.gain = Number.NEGATIVE_INFINITY;
    if (!splitRight) child.best.gain = Number.NEGATIVE_INFINITY;
  }
  for (const leaf of leaves) release(leaf);

  const numLeaves = leaves.length;
  const leafValue = new Float64Array(numLeaves);
  const leafHess = new Float64Array(numLeaves);
  const leafCount = new Int32Array(numLeaves);
  const leafBegin = new Int32Array(numLeaves);
  const leafEnd = new Int32Array(numLeaves);
  const leafLower = new Float64Array(numLeaves);
  const leafUpper = new Float64Array(numLeaves);
  leaves.forEach((leaf, i) => {
    leafValue[i] = leafWeight(leaf.g, leaf.h, reg, leaf.lower, leaf.upper) * settings.learningRate;
    leafHess[i] = leaf.h;
    leafCount[i] = leaf.c;
    leafBegin[i] = leaf.begin;
    leafEnd[i] = leaf.end;
    leafLower[i] = leaf.lower;
    leafUpper[i] = leaf.upper;
  });
  const tree: Tree = Object.freeze({
    numLeaves,
    left: left.slice(0, numNodes),
    right: right.slice(0, numNodes),
    feature: feature.slice(0, numNodes),
    threshold: threshold.slice(0, numNodes),
    defaultLeft: defaultLeft.slice(0, numNodes),
    categorical: categorical.slice(0, numNodes),
    gain: gain.slice(0, numNodes),
    nodeHess: nodeHess.slice(0, numNodes),
    nodeCount: nodeCount.slice(0, numNodes),
    leafValue,
    leafHess,
    leafCount,
    catBoundaries: Int32Array.from(catBoundaries),
    catBits: Uint32Array.from(catBits),
  });
  return { tree, leafBegin, leafEnd, leafLower, leafUpper };
}

function chooseLeaf(leaves: readonly LeafState[], growth: 'leafwise' | 'depthwise'): number {
  let pick = -1;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i];
    if (leaf.best.gain === Number.NEGATIVE_INFINITY) continue;
    if (pick < 0) {
      pick = i;
      continue;
    }
    const p = leaves[pick];
    const better =
      growth === 'leafwise'
        ? leaf.best.gain > p.best.gain || (leaf.best.gain === p.best.gain && leaf.order < p.order)
        : leaf.depth < p.depth || (leaf.depth === p.depth && leaf.order < p.order);
    if (better) pick = i;
  }
  return pick;
}

function appendBitset(
  binCodes: Int32Array,
  flags: Uint8Array,
  nb: number,
  catBits: number[],
  catBoundaries: number[],
): void {
  let maxCode = -1;
  for (let b = 0; b < nb; b++) if (flags[b] && binCodes[b] > maxCode) maxCode = binCodes[b];
  const words = new Uint32Array(maxCode < 0 ? 0 : (maxCode >>> 5) + 1);
  for (let b = 0; b < nb; b++) {
    if (!flags[b]) continue;
    const code = binCodes[b];
    words[code >>> 5] |= 1 << (code & 31);
  }
  for (const w of words) catBits.push(w);
  catBoundaries.push(catBits.length);
}
