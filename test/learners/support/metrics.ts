/**
 * @module test/learners/support/metrics
 * TEST-ONLY: holdout metrics for the reference comparisons (the evaluation layer sits above learners).
 * AUC counts ties as half, as sklearn's roc_auc_score does.
 *
 * @example
 * ```ts
 * auc(Float64Array.of(0, 1), Float64Array.of(0.2, 0.9)); // 1
 * ```
 */

/**
 * Area under the ROC curve (ties count half).
 *
 * @example
 * ```ts
 * auc([0, 1, 1], [0.1, 0.4, 0.35]); // 1
 * ```
 */
export function auc(y: ArrayLike<number>, score: ArrayLike<number>): number {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a] - score[b]);
  let rankSum = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && score[order[j + 1]] === score[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]] === 1) {
        rankSum += rank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Root mean squared error.
 *
 * @example
 * ```ts
 * rmse([1, 2], [1, 4]); // √2
 * ```
 */
export function rmse(y: ArrayLike<number>, pred: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (y[i] - pred[i]) ** 2;
  return Math.sqrt(s / y.length);
}

/**
 * Mean Poisson deviance (sklearn's mean_poisson_deviance).
 *
 * @example
 * ```ts
 * meanPoissonDeviance([1, 2], [1, 2]); // 0
 * ```
 */
export function meanPoissonDeviance(y: ArrayLike<number>, mu: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i];
    s += 2 * ((yi > 0 ? yi * Math.log(yi / mu[i]) : 0) - (yi - mu[i]));
  }
  return s / y.length;
}
