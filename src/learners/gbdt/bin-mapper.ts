/**
 * @module learners/gbdt/bin-mapper
 * Bin once, train on bins (LightGBM's `BinMapper`, sklearn's `_BinMapper`). For each feature:
 * - numeric: up to `maxBins` (≤ 256) value bins with upper bounds: v falls in bin b when `upper[b-1] ≤ v < upper[b]`
 *   (the last bound is +Infinity). `quantile` binning uses XGBoost's weighted quantile sketch (so bins match
 *   XGBoost `hist`); `greedy` binning is LightGBM's rule (about equal counts, frequent values keep a bin of
 *   their own, bounds at midpoints). A feature with few distinct values gets one bin per value either way.
 * - categorical: the most frequent categories (up to 255) get a bin each; rarer codes are binned as
 *   unknown, which is the missing bin.
 * Bin `numBins` (after the value bins) holds missing values, so a split learns where they go; it exists in
 * the bytes only for features that have missing values.
 *
 * @example
 * ```ts
 * import { findBins } from './bin-mapper.js';
 * const bins = findBins(Float64Array.of(1, 2, 2, NaN, 5), null, false, 255, 'quantile');
 * bins.numBins; // 3 (values 1, 2, 5); missing → bin 3
 * ```
 */
import { sketchCuts } from './quantile-sketch.js';

/**
 * Largest bin code a byte holds; a feature with missing values has at most this many value bins.
 *
 * @example
 * ```ts
 * findBins(values, null, false, 256, 'quantile', true).numBins <= MAX_BIN_CODE; // true
 * ```
 */
export const MAX_BIN_CODE = 255;

/** How numeric bins are found. */
export type BinningMethod = 'quantile' | 'greedy';

/** The bins of one feature. */
export interface FeatureBins {
  readonly categorical: boolean;
  /** Value bins; the missing bin is `numBins`. A feature with `numBins` ≤ 1 cannot be split. */
  readonly numBins: number;
  /** Numeric: upper bound (exclusive) of each value bin; the last is +Infinity. Empty for categorical features. */
  readonly upper: Float64Array;
  /** Categorical: the code of each value bin. Empty for numeric features. */
  readonly binCodes: Int32Array;
}

/**
 * Find the bins of one feature from (a sample of) its values and optional sample weights. Up to `maxBins`
 * (≤ 256) value bins; when the feature has missing values (`hasMissing`, judged on all rows) at most 255, so
 * that the missing bin fits in a byte; categorical features at most 255 categories.
 *
 * @example
 * ```ts
 * findBins(Float64Array.of(0, 2, 0, 1), null, true, 255, 'quantile').binCodes; // Int32Array [0, 1, 2]
 * ```
 */
export function findBins(
  values: Float64Array,
  weights: Float64Array | null,
  categorical: boolean,
  maxBins: number,
  method: BinningMethod,
  hasMissing = true,
): FeatureBins {
  if (categorical) return categoricalBins(values, Math.min(maxBins, MAX_BIN_CODE));
  let cuts = method === 'quantile' ? sketchCuts(values, weights, maxBins) : greedyCuts(values, maxBins);
  if (hasMissing && cuts.length > MAX_BIN_CODE) {
    // the missing bin needs code 255: merge the two highest value bins
    const merged = new Float64Array(MAX_BIN_CODE);
    merged.set(cuts.subarray(0, MAX_BIN_CODE - 1));
    merged[MAX_BIN_CODE - 1] = cuts[cuts.length - 1];
    cuts = merged;
  }
  const upper = cuts.length === 0 ? Float64Array.of(Number.POSITIVE_INFINITY) : cuts.slice();
  upper[upper.length - 1] = Number.POSITIVE_INFINITY;
  return Object.freeze({ categorical: false, numBins: upper.length, upper, binCodes: new Int32Array(0) });
}

/** Bounds by LightGBM's rule; the last entry stands for +Infinity. */
function greedyCuts(values: Float64Array, maxBins: number): Float64Array {
  let n = 0;
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) sorted[n++] = v === 0 ? 0 : v;
  }
  if (n === 0) return new Float64Array(0);
  const s = sorted.subarray(0, n).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = s[i];
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]++;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  const upper: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) upper.push(between(distinct[i], distinct[i + 1]));
  } else {
    greedyEdges(distinct, counts, n, maxBins, upper);
  }
  upper.push(Number.POSITIVE_INFINITY);
  return Float64Array.from(upper);
}

/** A bound t with a < t ≤ b (a < b): the midpoint, or b when the midpoint rounds onto a. */
function between(a: number, b: number): number {
  const m = a + (b - a) / 2;
  return m > a && m <= b ? m : b;
}

/** LightGBM's GreedyFindBin: about equal counts per bin, frequent values keep a bin of their own. */
function greedyEdges(distinct: number[], counts: number[], total: number, maxBins: number, upper: number[]): void {
  let meanBinSize = total / maxBins;
  let restBins = maxBins;
  let restCount = total;
  const d = distinct.length;
  const isBig = new Uint8Array(d);
  for (let i = 0; i < d; i++) {
    if (counts[i] >= meanBinSize) {
      isBig[i] = 1;
      restBins--;
      restCount -= counts[i];
    }
  }
  meanBinSize = restBins > 0 ? restCount / restBins : Number.POSITIVE_INFINITY;
  let binCount = 0;
  let inBin = 0;
  for (let i = 0; i < d - 1; i++) {
    if (!isBig[i]) restCount -= counts[i];
    inBin += counts[i];
    if (isBig[i] || inBin >= meanBinSize || (isBig[i + 1] && inBin >= Math.max(1, meanBinSize * 0.5))) {
      upper.push(between(distinct[i], distinct[i + 1]));
      binCount++;
      if (binCount >= maxBins - 1) break;
      inBin = 0;
      if (!isBig[i]) {
        restBins--;
        meanBinSize = restBins > 0 ? restCount / restBins : Number.POSITIVE_INFINITY;
      }
    }
  }
}

function categoricalBins(values: Float64Array, maxBins: number): FeatureBins {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && v >= 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const codes = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxBins)
    .map(([code]) => code);
  return Object.freeze({
    categorical: true,
    numBins: Math.max(1, codes.length),
    upper: new Float64Array(0),
    binCodes: Int32Array.from(codes),
  });
}

/**
 * A function from raw value to bin for one feature (categorical codes unknown to the bins → missing bin).
 *
 * @example
 * ```ts
 * const toBin = binOf(bins); toBin(NaN) === bins.numBins; // true
 * ```
 */
export function binOf(bins: FeatureBins): (value: number) => number {
  const missing = bins.numBins;
  if (bins.categorical) {
    const lookup = codeToBin(bins);
    return (v) =>
      v === v && v >= 0 && v < lookup.length && Math.floor(v) === v && lookup[v] >= 0 ? lookup[v] : missing;
  }
  const upper = bins.upper;
  const last = upper.length - 1;
  return (v) => {
    if (v !== v) return missing;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v < upper[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * For a categorical feature: code → bin, or -1 for codes without a bin.
 *
 * @example
 * ```ts
 * codeToBin(bins)[3]; // bin of code 3
 * ```
 */
export function codeToBin(bins: FeatureBins): Int32Array {
  let max = -1;
  for (const c of bins.binCodes) if (c > max) max = c;
  const out = new Int32Array(max + 1).fill(-1);
  bins.binCodes.forEach((c, b) => {
    out[c] = b;
  });
  return out;
}
