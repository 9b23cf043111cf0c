/**
 * @module evaluation/roc-curve
 * The ROC curve: false- and true-positive rate at every distinct score taken as threshold (score ≥
 * threshold counts as positive), from (0, 0) to (1, 1). Thinned to at most 200 points for reports; the first
 * point's threshold is the highest score + 1 (as scikit-learn 1.2), so the curve stays plain JSON.
 *
 * @example
 * ```ts
 * import { rocCurve } from './roc-curve.js';
 * const { fpr, tpr, thresholds } = rocCurve([0.9, 0.4, 0.6], [1, 0, 1]);
 * // fpr [0, 0, 0, 1], tpr [0, 0.5, 1, 1], thresholds [1.9, 0.9, 0.6, 0.4]
 * ```
 */
import { rankGroups, thinIndexes } from './ranked-groups.js';

/** Points of a ROC curve, in order of decreasing threshold. */
export interface RocCurve {
  readonly fpr: number[];
  readonly tpr: number[];
  readonly thresholds: number[];
}

/** The most points a curve returned for reports holds. */
export const MAX_CURVE_POINTS = 200;

/**
 * ROC curve of `scores` for labels 0/1 (optionally weighted), at most `maxPoints` points.
 *
 * @example
 * ```ts
 * rocCurve([0.2, 0.8], [0, 1]).tpr; // [0, 1, 1]
 * ```
 */
export function rocCurve(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  weights?: ArrayLike<number>,
  maxPoints: number = MAX_CURVE_POINTS,
): RocCurve {
  const g = rankGroups(scores, labels01, weights);
  const fpr = [0];
  const tpr = [0];
  const thresholds = [g.scores.length > 0 ? g.scores[0] + 1 : 1];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < g.scores.length; k++) {
    tp += g.positives[k];
    fp += g.negatives[k];
    fpr.push(g.totalNegative > 0 ? fp / g.totalNegative : Number.NaN);
    tpr.push(g.totalPositive > 0 ? tp / g.totalPositive : Number.NaN);
    thresholds.push(g.scores[k]);
  }
  const keep = thinIndexes(fpr.length, maxPoints);
  return { fpr: keep.map((i) => fpr[i]), tpr: keep.map((i) => tpr[i]), thresholds: keep.map((i) => thresholds[i]) };
}
