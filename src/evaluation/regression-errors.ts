/**
 * @module evaluation/regression-errors
 * Error measures for numeric targets, all taking `(pred, y, weights?)`: root mean squared error, mean
 * absolute error, the coefficient of determination R² (scikit-learn's `r2_score`: 1 for a perfect fit of a
 * constant target, 0 for an imperfect one), and the mean Poisson deviance for counts and amounts
 * (`mean_poisson_deviance`: predictions > 0, targets ≥ 0).
 *
 * @example
 * ```ts
 * import { rmse, mae, r2, poissonDeviance } from './regression-errors.js';
 * rmse([1, 2], [1, 4]); // √2
 * mae([1, 2], [1, 4]); // 1
 * r2([1, 2, 3], [1, 2, 3]); // 1
 * poissonDeviance([1, 1], [0, 2]); // (2 + 2·(2 ln 2 − 1)) / 2
 * ```
 */
import { ValidationError } from '../util/errors.js';
import { checkFinite, checkLength, checkWeights, weightedMean } from './check-input.js';

function checkPair(pred: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>) {
  checkLength('targets', y.length, pred.length);
  checkFinite('predictions', pred);
  checkFinite('targets', y);
  return checkWeights(weights, pred.length);
}

/**
 * Root of the weighted mean squared error.
 *
 * @example
 * ```ts
 * rmse([0, 0], [3, 4]); // √12.5
 * ```
 */
export function rmse(pred: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const w = checkPair(pred, y, weights);
  return Math.sqrt(weightedMean(pred.length, (i) => (pred[i] - y[i]) ** 2, w));
}

/**
 * Weighted mean absolute error.
 *
 * @example
 * ```ts
 * mae([0, 0], [3, -4]); // 3.5
 * ```
 */
export function mae(pred: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const w = checkPair(pred, y, weights);
  return weightedMean(pred.length, (i) => Math.abs(pred[i] - y[i]), w);
}

/**
 * Coefficient of determination, 1 − SS_res / SS_tot, weighted. For a constant target: 1 when every
 * prediction is exact, else 0 (as scikit-learn).
 *
 * @example
 * ```ts
 * r2([2, 2, 2], [1, 2, 3]); // 0
 * ```
 */
export function r2(pred: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const w = checkPair(pred, y, weights);
  const n = pred.length;
  const mean = weightedMean(n, (i) => y[i], w);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const wi = w === undefined ? 1 : w[i];
    ssRes += wi * (y[i] - pred[i]) ** 2;
    ssTot += wi * (y[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/**
 * Mean Poisson deviance 2·(y·ln(y/μ) − y + μ), weighted; the y·ln term is 0 for y = 0.
 *
 * @example
 * ```ts
 * poissonDeviance([2, 3], [2, 3]); // 0
 * ```
 */
export function poissonDeviance(pred: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const w = checkPair(pred, y, weights);
  for (let i = 0; i < pred.length; i++) {
    if (!(pred[i] > 0)) {
      throw new ValidationError('evaluation.badValue', {
        what: 'predictions',
        expected: 'a number > 0',
        got: pred[i],
        row: i + 1,
      });
    }
    if (!(y[i] >= 0)) {
      throw new ValidationError('evaluation.badValue', {
        what: 'targets',
        expected: 'a number ≥ 0',
        got: y[i],
        row: i + 1,
      });
    }
  }
  return weightedMean(pred.length, (i) => 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / pred[i]) : 0) - y[i] + pred[i]), w);
}
