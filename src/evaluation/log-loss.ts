/**
 * @module evaluation/log-loss
 * Logarithmic loss (cross-entropy) for binary and multiclass probabilities, as scikit-learn's `log_loss`
 * (1.2, `eps="auto"`): probabilities are clipped to [ε, 1 − ε] with ε the float64 machine epsilon and
 * each row renormalised to sum to one before the log is taken.
 *
 * @example
 * ```ts
 * import { logLoss, multiclassLogLoss } from './log-loss.js';
 * logLoss([0.9, 0.2], [1, 0]); // −(ln 0.9 + ln 0.8) / 2
 * multiclassLogLoss([0.7, 0.2, 0.1, 0.1, 0.1, 0.8], [0, 2], 3); // −(ln 0.7 + ln 0.8) / 2
 * ```
 */
import { checkBinaryInput, checkClassCodes, checkFinite, checkLength, checkWeights } from './check-input.js';

const EPS = 2 ** -52;

function clip(p: number): number {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

/**
 * Mean negative log-likelihood of labels 0/1 under P(class 1) = `prob1`, optionally weighted.
 *
 * @example
 * ```ts
 * logLoss([0.5, 0.5], [0, 1]); // ln 2
 * ```
 */
export function logLoss(prob1: ArrayLike<number>, labels01: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = prob1.length;
  checkBinaryInput('probabilities', prob1, labels01);
  const w = checkWeights(weights, n);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p1 = clip(prob1[i]);
    const p0 = clip(1 - prob1[i]);
    const p = (labels01[i] === 1 ? p1 : p0) / (p0 + p1);
    const wi = w === undefined ? 1 : w[i];
    sum -= wi * Math.log(p);
    total += wi;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/**
 * Mean negative log-likelihood of class codes `labels` (0..K-1) under row-major probabilities `probs` (n·K).
 *
 * @example
 * ```ts
 * multiclassLogLoss([1 / 3, 1 / 3, 1 / 3], [1], 3); // ln 3
 * ```
 */
export function multiclassLogLoss(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  weights?: ArrayLike<number>,
): number {
  const n = labels.length;
  checkClassCodes(labels, classCount);
  checkLength('probabilities', probs.length, n * classCount);
  checkFinite('probabilities', probs);
  const w = checkWeights(weights, n);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < classCount; c++) rowSum += clip(probs[i * classCount + c]);
    const p = clip(probs[i * classCount + labels[i]]) / rowSum;
    const wi = w === undefined ? 1 : w[i];
    sum -= wi * Math.log(p);
    total += wi;
  }
  return total > 0 ? sum / total : Number.NaN;
}
