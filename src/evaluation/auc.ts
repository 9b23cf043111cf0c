/**
 * @module evaluation/auc
 * Area under the ROC curve with optional sample weights. Tied scores count one half (the average-rank
 * convention), which is what the trapezoid over the ROC curve gives, so the value equals scikit-learn's
 * `roc_auc_score(labels, scores, sample_weight=weights)`.
 *
 * @example
 * ```ts
 * import { auc } from './auc.js';
 * auc(new Float64Array([0.1, 0.4, 0.35, 0.8]), new Float64Array([0, 0, 1, 1])); // 0.75
 * ```
 */
import { rankGroups } from './ranked-groups.js';

/**
 * ROC AUC of `scores` for labels 0/1, optionally weighted. NaN when one class is absent (zero weight).
 *
 * @example
 * ```ts
 * auc([0.5, 0.5, 0.2, 0.9, 0.2], [1, 0, 0, 1, 1]); // 4/6
 * ```
 */
export function auc(scores: ArrayLike<number>, labels01: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const g = rankGroups(scores, labels01, weights);
  if (g.totalPositive <= 0 || g.totalNegative <= 0) return Number.NaN;
  // walk from the highest score: each negative scores below every positive seen so far, half the tied ones
  let area = 0;
  let positivesAbove = 0;
  for (let k = 0; k < g.scores.length; k++) {
    area += g.negatives[k] * (positivesAbove + g.positives[k] / 2);
    positivesAbove += g.positives[k];
  }
  return area / (g.totalPositive * g.totalNegative);
}
