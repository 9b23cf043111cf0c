/**
 * @module learners/gbdt/split-math
 * Second-order leaf math shared by split finding and leaf values (XGBoost's `param.h`): the optimal leaf
 * weight −T(G)/(H+λ) with L1 soft-thresholding T, limited by `max_delta_step` and by monotone bounds, and the
 * gain of a leaf at a given weight, −(2Gw + (H+λ)w² + 2α|w|), which equals T(G)²/(H+λ) at the optimum.
 *
 * @example
 * ```ts
 * import { leafWeight, gainAt } from './split-math.js';
 * const reg = { l1: 0, l2: 1, maxDeltaStep: 0 };
 * const w = leafWeight(-4, 3, reg, -Infinity, Infinity); // 1
 * gainAt(-4, 3, w, reg); // 4
 * ```
 */

/** Regularisation of leaf values. */
export interface LeafRegularization {
  readonly l1: number;
  readonly l2: number;
  /** 0 = no limit. */
  readonly maxDeltaStep: number;
}

/**
 * L1 soft-thresholding of a gradient sum.
 *
 * @example
 * ```ts
 * thresholdL1(5, 2); // 3
 * ```
 */
export function thresholdL1(g: number, l1: number): number {
  return g > l1 ? g - l1 : g < -l1 ? g + l1 : 0;
}

/**
 * The leaf weight (before shrinkage), clamped to `max_delta_step` and to [lower, upper].
 *
 * @example
 * ```ts
 * leafWeight(-4, 3, { l1: 0, l2: 1, maxDeltaStep: 0.5 }, -Infinity, Infinity); // 0.5
 * ```
 */
export function leafWeight(g: number, h: number, reg: LeafRegularization, lower: number, upper: number): number {
  const denom = h + reg.l2;
  let w = denom > 0 ? -thresholdL1(g, reg.l1) / denom : 0;
  if (reg.maxDeltaStep > 0) {
    if (w > reg.maxDeltaStep) w = reg.maxDeltaStep;
    else if (w < -reg.maxDeltaStep) w = -reg.maxDeltaStep;
  }
  if (w < lower) w = lower;
  else if (w > upper) w = upper;
  return w;
}

/**
 * The gain (negative loss) of a leaf with gradient sum g and hessian sum h at weight w.
 *
 * @example
 * ```ts
 * gainAt(-4, 3, 1, { l1: 0, l2: 1, maxDeltaStep: 0 }); // 4
 * ```
 */
export function gainAt(g: number, h: number, w: number, reg: LeafRegularization): number {
  return -(2 * g * w + (h + reg.l2) * w * w + 2 * reg.l1 * Math.abs(w));
}

/**
 * The gain of a leaf at its optimal unconstrained weight, T(g)²/(h+λ).
 *
 * @example
 * ```ts
 * optimalGain(-4, 3, 0, 1); // 4
 * ```
 */
export function optimalGain(g: number, h: number, l1: number, l2: number): number {
  const t = thresholdL1(g, l1);
  const denom = h + l2;
  return denom > 0 ? (t * t) / denom : 0;
}

/**
 * Sum of both children's gains at their clamped weights; -Infinity when the children of a split on a
 * monotone feature (mono = 1 rising, -1 falling) are out of order.
 *
 * @example
 * ```ts
 * constrainedGain({ l1: 0, l2: 1, maxDeltaStep: 0 }, 1, lg, lh, rg, rh, -Infinity, Infinity);
 * ```
 */
export function constrainedGain(
  reg: LeafRegularization,
  mono: number,
  lg: number,
  lh: number,
  rg: number,
  rh: number,
  lower: number,
  upper: number,
): number {
  const wl = leafWeight(lg, lh, reg, lower, upper);
  const wr = leafWeight(rg, rh, reg, lower, upper);
  if ((mono > 0 && wl > wr) || (mono < 0 && wl < wr)) return Number.NEGATIVE_INFINITY;
  return gainAt(lg, lh, wl, reg) + gainAt(rg, rh, wr, reg);
}
