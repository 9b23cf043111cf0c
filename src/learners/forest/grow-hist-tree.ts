/**
 * @module learners/forest/grow-hist-tree
 * Grow one tree of a forest on binned data, depth-first. At each node a random subset of `maxFeatures`
 * features is tried, drawn as sklearn draws them (tree/feature-order.ts: features constant in a node do not
 * count and are skipped without a pass in its subtree). For each, a histogram of the node's in-bag rows per
 * bin — row count and weight per class (gini), or row count, weight and weighted target sum (variance) —
 * gives every split between bins in one scan; the rows in a feature's most common bin are not summed, that
 * bin is the node total minus the others (one-hot columns cost a fraction of a pass). Numeric bins are scanned
 * in order; categorical bins are ordered by class-1 share / mean target / majority-class share first (as the
 * CART). Extra trees draw one random cut per feature instead of searching: uniform over the gaps between the
 * bins present in the node (sklearn draws a value uniformly between the node's minimum and maximum). Rows with
 * missing values go to the better side; with none in the node, to the heavier child. Node sums are passed to
 * the children from the partition pass. The result is a `CartTree` on raw values: a cut after bin b becomes
 * `x ≤ t` with t the largest double below the bin's upper bound, so predictions need no binning.
 *
 * @example
 * ```ts
 * import { growHistTree } from './grow-hist-tree.js';
 * const tree = growHistTree(data, rows, weights, limits, rng);
 * ```
 */
import type { Rng } from '../../util/rng.js';
import type { FeatureBins } from '../gbdt/bin-mapper.js';
import type { CartTree } from '../tree/cart-tree.js';
import { below } from './bin-columns.js';
import { createFeatureOrder } from '../tree/feature-order.js';

/** The binned training data of a forest. */
export interface ForestData {
  readonly bins: readonly FeatureBins[];
  readonly columns: readonly Uint8Array[];
  /** Class codes or target values. */
  readonly y: Float64Array;
  /** Classes (≥ 2), or 0 for regression. */
  readonly classCount: number;
  /** Per feature: the bin holding at least half of all rows (its sums are derived, not summed), or -1. */
  readonly commonBin: Int32Array;
}

/** Growth limits of one tree. */
export interface HistTreeLimits {
  /** 0 = no limit. */
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly minSamplesLeaf: number;
  readonly maxFeatures: number;
  readonly extraTrees: boolean;
}

const EPSILON = 2.220446049250313e-16;
const NO_BINS: number[] = [];

/**
 * Grow a tree on `rows` (in-bag rows, permuted in place) with per-row weights `w` (bootstrap count × weight).
 *
 * @example
 * ```ts
 * growHistTree(data, rows, w, { maxDepth: 0, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 6, extraTrees: false }, rng);
 * ```
 */
export function growHistTree(
  data: ForestData,
  rows: Uint32Array,
  w: Float64Array,
  limits: HistTreeLimits,
  rng: Rng,
): CartTree {
  const { bins, columns, y, commonBin } = data;
  const nf = columns.length;
  const K = data.classCount;
  const regression = K === 0;
  const outputs = regression ? 1 : K;
  // histogram per bin: [count, w_0 … w_{K-1}] or [count, w, w·y]
  const stride = regression ? 3 : 1 + K;
  let maxBins = 0;
  for (const b of bins) maxBins = Math.max(maxBins, b.numBins + 1);
  const hist = new Float64Array(maxBins * stride);
  const featureOrder = createFeatureOrder(nf, limits.maxFeatures, rng.int(2 ** 31) + 1);
  // node stats: [count, w per class] or [count, w, w·y, w·y²]
  const S = stride + 1;
  const node = new Float64Array(S);
  const leftStats = new Float64Array(S);
  const rightStats = new Float64Array(S);
  const addRow = regression
    ? (a: Float64Array, r: number): void => {
        const wi = w[r];
        const yi = y[r];
        a[1] += wi;
        a[2] += wi * yi;
        a[3] += wi * yi * yi;
      }
    : (a: Float64Array, r: number): void => {
        a[1 + y[r]] += w[r];
      };
  const left = new Float64Array(stride);
  const order = new Int32Array(maxBins);
  const keys = new Float64Array(maxBins);
  const clear = (bins: Int32Array, count: number): void => {
    for (let u = 0; u < count; u++) hist.fill(0, bins[u] * stride, bins[u] * stride + stride);
  };
  const maxDepth = limits.maxDepth > 0 ? limits.maxDepth : Number.POSITIVE_INFINITY;
  const msl = limits.minSamplesLeaf;

  const L: number[] = [];
  const R: number[] = [];
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

  /** Proxy of a split with left stats `a` and right = node − a (larger is better). */
  const proxy = (a: Float64Array): number => {
    if (regression) {
      const wl = a[1];
      const wr = node[1] - wl;
      if (!(wl > 0 && wr > 0)) return Number.NEGATIVE_INFINITY;
      const sl = a[2];
      const sr = node[2] - sl;
      return (sl * sl) / wl + (sr * sr) / wr;
    }
    let wl = 0;
    let wr = 0;
    let ql = 0;
    let qr = 0;
    for (let k = 1; k <= K; k++) {
      const cl = a[k];
      const cr = node[k] - cl;
      wl += cl;
      wr += cr;
      ql += cl * cl;
      qr += cr * cr;
    }
    if (!(wl > 0 && wr > 0)) return Number.NEGATIVE_INFINITY;
    return ql / wl + qr / wr;
  };

  // the node being split and its best split so far (read by tryFeature)
  let start = 0;
  let end = 0;
  let count = 0;
  let bestProxy = Number.NEGATIVE_INFINITY;
  let bestFeature = -1;
  let bestLastBin = -1; // numeric: the last bin going left
  let bestMissingLeft = false;
  let bestSawMissing = false;
  let bestOrder: number[] = NO_BINS;
  const goLeft = new Uint8Array(maxBins);
  const tryFeature = (f: number): boolean => {
    const fb = bins[f];
    const nb = fb.numBins;
    const col = columns[f];
    // histogram of the node's rows; `order` collects the bins touched (only those are cleared afterwards)
    // rows in the feature's most common bin are skipped; that bin's sums are the node's minus the others
    let touched = 0;
    const skip = commonBin[f];
    if (regression) {
      for (let i = start; i < end; i++) {
        const r = rows[i];
        const b = col[r];
        if (b === skip) continue;
        const at = b * 3;
        if (hist[at] === 0) order[touched++] = b;
        const wi = w[r];
        hist[at] += 1;
        hist[at + 1] += wi;
        hist[at + 2] += wi * y[r];
      }
    } else {
      for (let i = start; i < end; i++) {
        const r = rows[i];
        const b = col[r];
        if (b === skip) continue;
        const at = b * stride;
        if (hist[at] === 0) order[touched++] = b;
        hist[at] += 1;
        hist[at + 1 + y[r]] += w[r];
      }
    }
    if (skip >= 0) {
      let rest = count;
      for (let u = 0; u < touched; u++) rest -= hist[order[u] * stride];
      if (rest > 0) {
        const at = skip * stride;
        hist[at] = rest;
        for (let k = 1; k < stride; k++) {
          let v = node[k];
          for (let u = 0; u < touched; u++) v -= hist[order[u] * stride + k];
          hist[at + k] = v;
        }
        order[touched++] = skip;
      }
    }
    // the value bins present, in scan order (missing bin last, kept out of the scan)
    order.subarray(0, touched).sort();
    const missingCount = hist[nb * stride];
    const m = missingCount > 0 ? touched - 1 : touched;
    if (m < 2) {
      clear(order, touched);
      return false; // constant in this node (or only missing): skipped in its subtree
    }
    if (fb.categorical) {
      let majority = 1;
      if (!regression) for (let c = 2; c <= K; c++) if (node[c] > node[majority]) majority = c;
      if (K === 2) majority = 2;
      for (let u = 0; u < m; u++) {
        const at = order[u] * stride;
        if (regression) keys[u] = hist[at + 2] / hist[at + 1];
        else {
          let s = 0;
          for (let c = 1; c <= K; c++) s += hist[at + c];
          keys[u] = hist[at + majority] / s;
        }
      }
      const idx = Array.from({ length: m }, (_, u) => u).sort((a, b) => keys[a] - keys[b] || order[a] - order[b]);
      const sorted = idx.map((u) => order[u]);
      for (let u = 0; u < m; u++) order[u] = sorted[u];
    }
    const cutLo = 0;
    const cutHi = m - 2;
    const randomCut = limits.extraTrees ? cutLo + rng.int(cutHi - cutLo + 1) : -1;
    for (let d = 0; d < (missingCount > 0 ? 2 : 1); d++) {
      const mLeft = d === 1;
      left.fill(0);
      if (mLeft) for (let s = 0; s < stride; s++) left[s] = hist[nb * stride + s];
      for (let u = 0; u <= cutHi; u++) {
        const at = order[u] * stride;
        for (let s = 0; s < stride; s++) left[s] += hist[at + s];
        if (randomCut >= 0 && u !== randomCut) continue;
        const nLeft = left[0];
        if (nLeft < msl || count - nLeft < msl) continue;
        const p = proxy(left);
        if (p > bestProxy) {
          bestProxy = p;
          bestFeature = f;
          bestLastBin = order[u];
          bestMissingLeft = mLeft;
          bestSawMissing = missingCount > 0;
          bestOrder = fb.categorical ? Array.from(order.subarray(0, u + 1)) : NO_BINS;
        }
      }
    }
    if (missingCount > 0) order[m] = nb;
    clear(order, touched);
    return true;
  };
  // stack entries: start, end, depth, parent, isLeft, known constant features
  const stack: number[] = [0, rows.length, 0, -1, 0, 0];
  while (stack.length > 0) {
    const constants = stack.pop() as number;
    const isLeft = stack.pop() as number;
    const parent = stack.pop() as number;
    const depth = stack.pop() as number;
    end = stack.pop() as number;
    start = stack.pop() as number;
    const id = L.length;
    if (parent >= 0) {
      if (isLeft) L[parent] = id;
      else R[parent] = id;
    }
    // node stats: [count, …hist block…, w·y² (regression)]
    // node stats come with the node from its parent's partition (the root sums its rows)
    if (parent < 0) {
      node.fill(0);
      for (let i = start; i < end; i++) addRow(node, rows[i]);
    } else for (let k = S - 1; k >= 0; k--) node[k] = stack.pop() as number;
    node[0] = end - start;
    let wNode = 0;
    let impurity: number;
    if (regression) {
      wNode = node[1];
      const mean = node[2] / wNode;
      impurity = node[3] / wNode - mean * mean;
      value.push(mean);
    } else {
      let sq = 0;
      for (let k = 1; k <= K; k++) {
        wNode += node[k];
        sq += node[k] * node[k];
      }
      impurity = 1 - sq / (wNode * wNode);
      for (let k = 1; k <= K; k++) value.push(node[k]);
    }
    L.push(-1);
    R.push(-1);
    feature.push(-1);
    threshold.push(-2);
    missingLeft.push(0);
    categorical.push(0);
    nSamples.push(end - start);
    weighted.push(wNode);
    impurities.push(impurity);
    count = end - start;
    if (depth >= maxDepth || count < limits.minSamplesSplit || count < 2 * msl || impurity <= EPSILON) continue;

    bestProxy = Number.NEGATIVE_INFINITY;
    bestFeature = -1;
    bestLastBin = -1;
    bestMissingLeft = false;
    bestSawMissing = false;
    bestOrder = NO_BINS;
    const childConstants = featureOrder.visit(constants, tryFeature);
    if (bestFeature < 0) continue;
    const fb = bins[bestFeature];
    const col = columns[bestFeature];
    const missingBin = fb.numBins;
    goLeft.fill(0, 0, missingBin + 1);
    if (fb.categorical) for (const b of bestOrder) goLeft[b] = 1;
    else {
      for (let b = 0; b <= bestLastBin; b++) goLeft[b] = 1;
      threshold[id] = below(fb.upper[bestLastBin]);
    }
    goLeft[missingBin] = bestMissingLeft ? 1 : 0;
    // partition, summing the children's stats on the way
    leftStats.fill(0);
    rightStats.fill(0);
    let i = start;
    let j = end - 1;
    while (i <= j) {
      const r = rows[i];
      if (goLeft[col[r]] === 1) {
        addRow(leftStats, r);
        i++;
      } else {
        addRow(rightStats, r);
        rows[i] = rows[j];
        rows[j] = r;
        j--;
      }
    }
    const mid = i;
    if (mid === start || mid === end) continue;
    let wl = 0;
    let wr = 0;
    for (let k = 1; k <= (regression ? 1 : K); k++) {
      wl += leftStats[k];
      wr += rightStats[k];
    }
    feature[id] = bestFeature;
    missingLeft[id] = (bestSawMissing ? bestMissingLeft : wl >= wr) ? 1 : 0;
    if (fb.categorical) {
      categorical[id] = 1;
      threshold[id] = catBoundaries.length - 1;
      let max = 0;
      for (const b of bestOrder) max = Math.max(max, fb.binCodes[b]);
      const words = new Array<number>((max >>> 5) + 1).fill(0);
      for (const b of bestOrder) {
        const code = fb.binCodes[b];
        words[code >>> 5] = (words[code >>> 5] | (1 << (code & 31))) >>> 0;
      }
      catBits.push(...words);
      catBoundaries.push(catBits.length);
    }
    for (let k = 0; k < S; k++) stack.push(rightStats[k]);
    stack.push(mid, end, depth + 1, id, 0, childConstants);
    for (let k = 0; k < S; k++) stack.push(leftStats[k]);
    stack.push(start, mid, depth + 1, id, 1, childConstants);
  }
  return Object.freeze({
    nodeCount: L.length,
    outputs,
    left: Int32Array.from(L),
    right: Int32Array.from(R),
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
