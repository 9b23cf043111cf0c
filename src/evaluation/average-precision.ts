/**
 * @module evaluation/average-precision
 * Average precision: the precision at each threshold weighted by the recall gained there,
 * `AP = Σ (R_k − R_{k−1}) · P_k` over the distinct scores from highest to lowest — scikit-learn's
 * `average_precision_score` (no interpolation). Tied scores form one threshold.
 *
 * @example
 * ```ts
 * import { averagePrecision } from './average-precision.js';
 * averagePrecision([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]); // (1 + 2/3) / 2
 * ```
 */
import { rankGroups } from './ranked-groups.js';

/**
 * Average precision of `scores` for labels 0/1, optionally weighted. NaN when there are no positives.
 *
 * @example
 * ```ts
 * averagePrecision([0.9, 0.1], [1, 0]); // 1
 * ```
 */
export function averagePrecision(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  weights?: ArrayLike<number>,
): number {
  const g = rankGroups(scores, labels01, weights);
  if (g.totalPositive <= 0) return Number.NaN;
  let ap = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < g.scores.length; k++) {
    tp += g.positives[k];
    fp += g.negatives[k];
    if (g.positives[k] > 0) ap += (g.positives[k] / g.totalPositive) * (tp / (tp + fp));
  }
  return ap;
}
