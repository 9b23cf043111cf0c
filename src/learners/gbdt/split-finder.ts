/**
 * @module learners/gbdt/split-finder
 * The best split of a node from its histogram. Numeric features scan thresholds over the value bins and try
 * the missing bin on either side (XGBoost's two-direction enumeration: missing values learn their direction);
 * categorical features use `categorical-split.ts`. Candidates must leave each child at least
 * `min_data_in_leaf` rows and `min_child_weight` hessian; with monotone constraints or `max_delta_step`, gains
 * are computed at the clamped leaf weights and a split on a constrained feature must order its children.
 *
 * @example
 * ```ts
 * import { emptySplit, findBestSplit } from './split-finder.js';
 * const best = emptySplit();
 * findBestSplit(ctx, hist, features, features.length, G, H, C, -Infinity, Infinity, best);
 * if (best.gain > 0) console.log(best.feature, best.bin);
 * ```
 */
import { scanCategorical } from './categorical-split.js';
import { type LeafRegularization, constrainedGain, gainAt, leafWeight, optimalGain } from './split-math.js';

/** What split finding needs to know about the features and the limits. */
export interface SplitContext {
  /** First bin of each feature in a histogram. */
  readonly offsets: Int32Array;
  /** Numbers per bin: 2 (gradient, hessian) or 3 (with the row count, needed by min_data_in_leaf > 1;
   * categorical splits estimate counts from hessians otherwise). */
  readonly channels: 2 | 3;
  /** Value bins per feature (the missing bin is `numBins[f]`). */
  readonly numBins: Int32Array;
  readonly categorical: Uint8Array;
  /** -1, 0, 1 per feature. */
  readonly monotone: Int8Array;
  readonly reg: LeafRegularization;
  /** Gains must use clamped weights (monotone constraints present or max_delta_step > 0). */
  readonly constrained: boolean;
  readonly minChildWeight: number;
  readonly minDataInLeaf: number;
  readonly minSplitGain: number;
  readonly maxCatToOnehot: number;
  readonly maxCatThreshold: number;
  readonly catSmooth: number;
  readonly catL2: number;
  readonly minDataPerGroup: number;
}

/** The best split found so far (mutable, reused). */
export interface SplitInfo {
  /** Loss reduction; -Infinity when there is no valid split. */
  gain: number;
  feature: number;
  /** Numeric: value bins 0..bin go left. */
  bin: number;
  /** Where missing values (and, for categorical features, unknown categories) go. */
  defaultLeft: boolean;
  categorical: boolean;
  /** Categorical: 1 for each bin (including the missing bin) that goes left. */
  readonly leftFlags: Uint8Array;
  leftG: number;
  leftH: number;
  leftC: number;
  rightG: number;
  rightH: number;
  rightC: number;
}

/**
 * A fresh "no split".
 *
 * @example
 * ```ts
 * emptySplit().gain; // -Infinity
 * ```
 */
export function emptySplit(): SplitInfo {
  return {
    gain: Number.NEGATIVE_INFINITY,
    feature: -1,
    bin: -1,
    defaultLeft: false,
    categorical: false,
    leftFlags: new Uint8Array(257),
    leftG: 0,
    leftH: 0,
    leftC: 0,
    rightG: 0,
    rightH: 0,
    rightC: 0,
  };
}

/**
 * The gain of a node on its own (the baseline a split must beat), at its clamped weight when constrained.
 *
 * @example
 * ```ts
 * nodeGain(ctx, G, H, -Infinity, Infinity);
 * ```
 */
export function nodeGain(ctx: SplitContext, g: number, h: number, lower: number, upper: number): number {
  if (!ctx.constrained) return optimalGain(g, h, ctx.reg.l1, ctx.reg.l2);
  return gainAt(g, h, leafWeight(g, h, ctx.reg, lower, upper), ctx.reg);
}

/**
 * Find the best split over `features[0..featureCount)` and store it in `out` (reset first). Only splits with
 * a gain above `min_split_gain` (and above rounding noise) are kept.
 *
 * @example
 * ```ts
 * findBestSplit(ctx, hist, feats, feats.length, G, H, C, lower, upper, out);
 * ```
 */
export function findBestSplit(
  ctx: SplitContext,
  hist: Float64Array,
  features: Int32Array,
  featureCount: number,
  g: number,
  h: number,
  c: number,
  lower: number,
  upper: number,
  out: SplitInfo,
): void {
  out.gain = Number.NEGATIVE_INFINITY;
  out.feature = -1;
  const parentGain = nodeGain(ctx, g, h, lower, upper);
  const floor = Math.max(ctx.minSplitGain, 1e-9 * Math.abs(parentGain));
  for (let j = 0; j < featureCount; j++) {
    const f = features[j];
    if (ctx.categorical[f]) scanCategorical(ctx, hist, f, g, h, c, parentGain, lower, upper, out);
    else scanNumeric(ctx, hist, f, g, h, c, parentGain, lower, upper, out);
  }
  if (!(out.gain > floor)) {
    out.gain = Number.NEGATIVE_INFINITY;
    out.feature = -1;
  }
}

function scanNumeric(
  ctx: SplitContext,
  hist: Float64Array,
  f: number,
  g: number,
  h: number,
  c: number,
  parentGain: number,
  lower: number,
  upper: number,
  out: SplitInfo,
): void {
  const nb = ctx.numBins[f];
  const ch = ctx.channels;
  const base = ctx.offsets[f] * ch;
  const miss = base + nb * ch;
  const mg = hist[miss];
  const mh = hist[miss + 1];
  const counted = ch === 3;
  const mc = counted ? hist[miss + 2] : 0;
  const hasMissing = counted ? mc > 0 : mh > 0;
  const l1 = ctx.reg.l1;
  const l2 = ctx.reg.l2;
  const minH = ctx.minChildWeight;
  const minC = counted ? ctx.minDataInLeaf : 0;
  const constrained = ctx.constrained;
  const mono = ctx.monotone[f];
  // best of this feature so far (kept in locals; written to `out` once at the end)
  let bestGain = out.gain;
  let target = bestGain + parentGain + tieMargin(bestGain);
  let bestT = -1;
  let bestLeft = false;
  let bestG = 0;
  let bestH = 0;
  let bestC = 0;
  let lg = 0;
  let lh = 0;
  let lc = 0;
  for (let t = 0; t < nb; t++) {
    const k = base + t * ch;
    if (counted) {
      const binCount = hist[k + 2];
      if (binCount === 0) continue;
      lc += binCount;
    }
    lg += hist[k];
    lh += hist[k + 1];
    const last = t === nb - 1;
    if (last && !hasMissing) break;
    // missing values go right
    const rh = h - lh;
    if (lh >= minH && rh >= minH && lc >= minC && c - lc >= minC) {
      const rg = g - lg;
      let gain = Number.NEGATIVE_INFINITY;
      if (!constrained) {
        // inlined L1 soft-thresholding (hot loop; see split-math.ts); compared without dividing
        const tl = lg > l1 ? lg - l1 : lg < -l1 ? lg + l1 : 0;
        const tr = rg > l1 ? rg - l1 : rg < -l1 ? rg + l1 : 0;
        const dl = lh + l2;
        const dr = rh + l2;
        const num = tl * tl * dr + tr * tr * dl;
        const den = dl * dr;
        if (num > target * den) gain = num / den - parentGain;
      } else {
        gain = constrainedGain(ctx.reg, mono, lg, lh, rg, rh, lower, upper) - parentGain;
      }
      if (gain > bestGain + tieMargin(bestGain)) {
        bestGain = gain;
        target = gain + parentGain + tieMargin(gain);
        bestT = t;
        bestLeft = hasMissing ? false : lh >= rh;
        bestG = lg;
        bestH = lh;
        bestC = lc;
      }
    }
    // missing values go left
    if (hasMissing && !last) {
      const xg = lg + mg;
      const xh = lh + mh;
      const xc = lc + mc;
      const xr = h - xh;
      if (xh >= minH && xr >= minH && xc >= minC && c - xc >= minC) {
        const rg = g - xg;
        let gain = Number.NEGATIVE_INFINITY;
        if (!constrained) {
          const tl = xg > l1 ? xg - l1 : xg < -l1 ? xg + l1 : 0;
          const tr = rg > l1 ? rg - l1 : rg < -l1 ? rg + l1 : 0;
          const dl = xh + l2;
          const dr = xr + l2;
          const num = tl * tl * dr + tr * tr * dl;
          const den = dl * dr;
          if (num > target * den) gain = num / den - parentGain;
        } else {
          gain = constrainedGain(ctx.reg, mono, xg, xh, rg, xr, lower, upper) - parentGain;
        }
        if (gain > bestGain + tieMargin(bestGain)) {
          bestGain = gain;
          target = gain + parentGain + tieMargin(gain);
          bestT = t;
          bestLeft = true;
          bestG = xg;
          bestH = xh;
          bestC = xc;
        }
      }
    }
  }
  if (bestT >= 0) record(out, f, bestT, bestLeft, bestG, bestH, bestC, g, h, c, bestGain);
}

/**
 * How much a candidate must beat the best gain by to replace it. Gains equal up to rounding (the same
 * partition reached through another feature or threshold, sums taken in another order) count as ties, and
 * ties keep the earlier candidate: the lower feature index, then the lower threshold — as XGBoost, whose
 * float32 gains tie exactly.
 *
 * @example
 * ```ts
 * if (gain > best + tieMargin(best)) best = gain;
 * ```
 */
export function tieMargin(best: number): number {
  return best > 0 ? best * 1e-9 : 0;
}

function record(
  out: SplitInfo,
  f: number,
  bin: number,
  defaultLeft: boolean,
  lg: number,
  lh: number,
  lc: number,
  g: number,
  h: number,
  c: number,
  gain: number,
): void {
  out.gain = gain;
  out.feature = f;
  out.bin = bin;
  out.defaultLeft = defaultLeft;
  out.categorical = false;
  out.leftG = lg;
  out.leftH = lh;
  out.leftC = lc;
  out.rightG = g - lg;
  out.rightH = h - lh;
  out.rightC = c - lc;
}
