/**
 * @module learners/forest/grow-hist-tree
 * Grow one tree of a forest on binned data, depth-first. At each node a random subset of `maxFeatures`
 * features is tried, drawn as sklearn draws them (tree/feature-order.ts: features constant in a node do not
 * count and are skipped without a pass in its subtree). For each, a histogram of the node's in-bag rows per
 * bin — row count and weight per class (gini), or row count, weight and weighted target sum (variance) —
 * gives every split between bins in one scan; the rows in a feature's most common bin are not summed, that
 * bin is the node total minus the others (one-hot columns cost a fraction of a pass). Numeric bins are scanned
 * in order; categorical bins are ordered by class-1 share / mean target / majority-class share first (as the
 * CART). Extra trees draw one random threshold per numeric feature instead of searching, as sklearn's
 * `RandomSplitter`: uniform between the feature's minimum and maximum in the node (taken as the smallest
 * training value of the lowest bin present and the largest of the highest — exact when every bin holds one
 * value); the cut falls after the last bin whose mid-range is at or below the draw (at least one bin on each
 * side) — found without a histogram: one pass for the node's bin range, one for the left side's sums.
 * Categorical features get a uniform cut in their sorted bin order. Rows with
 * missing values go to the better side; with none in the node, to the heavier child. Node sums are passed to
 * the children from the partition pass. The result is a `CartTree` on raw values: a cut after bin b becomes
 * `x ≤ t` with t the largest double below the bin's upper bound, so predictions need no binning.
 * The function is self-contained (its helpers come in as arguments, no module-level names), so its source
 * text also runs on worker threads (forest-worker-source.ts).
 *
 * @example
 * ```ts
 * import { growHistTree } from './grow-hist-tree.js';
 * const tree = growHistTree(data, rows, weights, limits, rng, createFeatureOrder(nf, 6, 1), makeBelow());
 * ```
 */
import type { Rng } from '../../util/rng.js';
import type { FeatureBins } from '../gbdt/bin-mapper.js';
import type { CartTree } from '../tree/cart-tree.js';
import type { FeatureOrder } from '../tree/feature-order.js';

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
  /** Per feature: `[min, max]` training value of each numeric bin (bin-columns.ts); empty for categorical. */
  readonly ranges: readonly Float64Array[];
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

/**
 * Grow a tree on `rows` (in-bag rows, permuted in place) with per-row weights `w` (bootstrap count × weight),
 * trying features in the order `featureOrder` gives; `below` turns bin bounds into thresholds.
 *
 * @example
 * ```ts
 * const limits = { maxDepth: 0, minSamplesSplit: 2, minSamplesLeaf: 1, maxFeatures: 6, extraTrees: false };
 * growHistTree(data, rows, w, limits, rng, createFeatureOrder(35, 6, 7), makeBelow());
 * ```
 */
export function growHistTree(
  data: ForestData,
  rows: Uint32Array,
  w: Float64Array,
  limits: HistTreeLimits,
  rng: Rng,
  featureOrder: FeatureOrder,
  below: (x: number) => number,
): CartTree {
  const EPSILON = 2.220446049250313e-16;
  const NO_BINS: number[] = [];
  const { bins, columns, y, commonBin, ranges } = data;
  const K = data.classCount;
  const regression = K === 0;
  const outputs = regression ? 1 : K;
  // histogram per bin: [count, w_0 … w_{K-1}] or [count, w, w·y]
  const stride = regression ? 3 : 1 + K;
  let maxBins = 0;
  for (const b of bins) maxBins = Math.max(maxBins, b.numBins + 1);
  const hist = new Float64Array(maxBins * stride);
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
  const missing = new Float64Array(stride);
  const xf = limits.extraTrees ? new Uint8Array(rows.length) : new Uint8Array(0);
  /** Extra trees on a numeric feature: no histogram — the node's bin range, one draw, one pass for the left side. */
  const tryRandomCut = (f: number): boolean => {
    const nb = bins[f].numBins;
    const col = columns[f];
    let lo = nb;
    let hi = -1;
    let sawMissing = false;
    // the node's bins, gathered once into consecutive bytes for the second pass
    for (let i = start; i < end; i++) {
      const b = col[rows[i]];
      xf[i - start] = b;
      if (b === nb) {
        sawMissing = true;
        continue;
      }
      if (b < lo) lo = b;
      if (b > hi) hi = b;
    }
    if (hi <= lo) return false; // constant in this node (or only missing)
    const range = ranges[f];
    const t = range[2 * lo] + rng.next() * (range[2 * hi + 1] - range[2 * lo]);
    // the last bin in [lo, hi − 1] whose mid-range is ≤ t (bins are in value order), at least lo
    let cut = lo;
    let a = lo + 1;
    let z = hi - 1;
    while (a <= z) {
      const mid = (a + z) >> 1;
      if ((range[2 * mid] + range[2 * mid + 1]) / 2 <= t) {
        cut = mid;
        a = mid + 1;
      } else z = mid - 1;
    }
    left.fill(0);
    missing.fill(0);
    if (regression || K === 2) {
      // sums in locals: [count, w, w·y] (for two classes w·y is the class-1 weight)
      let c = 0;
      let sw = 0;
      let swy = 0;
      for (let i = start; i < end; i++) {
        if (xf[i - start] <= cut) {
          const r = rows[i];
          const wi = w[r];
          c++;
          sw += wi;
          swy += wi * y[r];
        }
      }
      left[0] = c;
      if (regression) {
        left[1] = sw;
        left[2] = swy;
      } else {
        left[1] = sw - swy;
        left[2] = swy;
      }
    } else {
      for (let i = start; i < end; i++) {
        const r = rows[i];
        if (xf[i - start] <= cut) {
          left[0] += 1;
          left[1 + y[r]] += w[r];
        }
      }
    }
    if (sawMissing) {
      for (let i = start; i < end; i++) {
        if (xf[i - start] !== nb) continue;
        const r = rows[i];
        missing[0] += 1;
        if (regression) {
          missing[1] += w[r];
          missing[2] += w[r] * y[r];
        } else missing[1 + y[r]] += w[r];
      }
    }
    for (let d = 0; d < (sawMissing ? 2 : 1); d++) {
      if (d === 1) for (let s = 0; s < stride; s++) left[s] += missing[s];
      const nLeft = left[0];
      if (nLeft < msl || count - nLeft < msl) continue;
      const p = proxy(left);
      if (p > bestProxy) {
        bestProxy = p;
        bestFeature = f;
        bestLastBin = cut;
        bestMissingLeft = d === 1;
        bestSawMissing = sawMissing;
        bestOrder = NO_BINS;
      }
    }
    return true;
  };
  const tryFeature = (f: number): boolean => {
    const fb = bins[f];
    if (limits.extraTrees && !fb.categorical) return tryRandomCut(f);
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
    if (touched <= 32) {
      // insertion sort: most nodes touch few bins (and a subarray per call would allocate)
      for (let u = 1; u < touched; u++) {
        const b = order[u];
        let v = u - 1;
        while (v >= 0 && order[v] > b) {
          order[v + 1] = order[v];
          v--;
        }
        order[v + 1] = b;
      }
    } else order.subarray(0, touched).sort();
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
    const cutHi = m - 2;
    // extra trees reach here for categorical features only: a uniform cut in the sorted bin order
    const randomCut = limits.extraTrees ? rng.int(cutHi + 1) : -1;
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
