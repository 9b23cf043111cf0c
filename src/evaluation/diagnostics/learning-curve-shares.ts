/**
 * @module evaluation/diagnostics/learning-curve-shares
 * The training-set shares a learning curve is measured at by default: a tenth, a quarter, half and all of
 * each training fold.
 *
 * @example
 * ```ts
 * import { learningCurveShares } from './learning-curve-shares.js';
 * for (const share of learningCurveShares) fitOn(Math.round(share * train.length));
 * ```
 */

/**
 * Default shares of the training rows for a learning curve.
 *
 * @example
 * ```ts
 * learningCurveShares; // [0.1, 0.25, 0.5, 1]
 * ```
 */
export const learningCurveShares: readonly number[] = Object.freeze([0.1, 0.25, 0.5, 1]);
