/**
 * @module evaluation/brier-score
 * Brier score: the mean squared difference between P(class 1) and the 0/1 outcome — scikit-learn's
 * `brier_score_loss`. Lower is better; 0.25 is what a constant 0.5 scores.
 *
 * @example
 * ```ts
 * import { brierScore } from './brier-score.js';
 * brierScore([0.8, 0.3], [1, 0]); // (0.04 + 0.09) / 2
 * ```
 */
import { checkBinaryInput, checkWeights, weightedMean } from './check-input.js';

/**
 * Weighted mean of (prob1 − label)².
 *
 * @example
 * ```ts
 * brierScore([1, 0], [1, 0]); // 0
 * ```
 */
export function brierScore(prob1: ArrayLike<number>, labels01: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = prob1.length;
  checkBinaryInput('probabilities', prob1, labels01);
  const w = checkWeights(weights, n);
  return weightedMean(n, (i) => (prob1[i] - labels01[i]) ** 2, w);
}
