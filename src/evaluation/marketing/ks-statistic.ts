/**
 * @module evaluation/marketing/ks-statistic
 * The Kolmogorov–Smirnov statistic of a score: the largest gap between the share of positives and the
 * share of negatives scoring at or above a threshold, max(TPR − FPR) over all thresholds. 0 means no
 * separation, 1 perfect separation; credit and marketing teams read it beside the AUC.
 *
 * @example
 * ```ts
 * import { ksStatistic } from './ks-statistic.js';
 * ksStatistic([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]); // 0.5
 * ```
 */
import { rankGroups } from '../ranked-groups.js';

/**
 * max over thresholds of (TPR − FPR); NaN when one class is absent.
 *
 * @example
 * ```ts
 * ksStatistic([0.9, 0.1], [1, 0]); // 1
 * ```
 */
export function ksStatistic(scores: ArrayLike<number>, labels01: ArrayLike<number>): number {
  const g = rankGroups(scores, labels01);
  if (g.totalPositive <= 0 || g.totalNegative <= 0) return Number.NaN;
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let k = 0; k < g.scores.length; k++) {
    tp += g.positives[k];
    fp += g.negatives[k];
    const gap = tp / g.totalPositive - fp / g.totalNegative;
    if (gap > best) best = gap;
  }
  return best;
}
