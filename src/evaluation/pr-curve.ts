/**
 * @module evaluation/pr-curve
 * The precision–recall curve: precision and recall at every distinct score taken as threshold, starting at
 * recall 0 with precision 1 (as scikit-learn's `precision_recall_curve` ends). Ordered by increasing recall
 * (decreasing threshold), thinned to at most 200 points.
 *
 * @example
 * ```ts
 * import { prCurve } from './pr-curve.js';
 * prCurve([0.9, 0.4, 0.6], [1, 0, 1]).precision; // [1, 1, 1, 2/3]
 * ```
 */
import { rankGroups, thinIndexes } from './ranked-groups.js';
import { MAX_CURVE_POINTS } from './roc-curve.js';

/** Points of a precision–recall curve, in order of decreasing threshold. */
export interface PrCurve {
  readonly precision: number[];
  readonly recall: number[];
  readonly thresholds: number[];
}

/**
 * Precision–recall curve of `scores` for labels 0/1 (optionally weighted), at most `maxPoints` points.
 *
 * @example
 * ```ts
 * prCurve([0.2, 0.8], [0, 1]).recall; // [0, 1, 1]
 * ```
 */
export function prCurve(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  weights?: ArrayLike<number>,
  maxPoints: number = MAX_CURVE_POINTS,
): PrCurve {
  const g = rankGroups(scores, labels01, weights);
  const precision = [1];
  const recall = [0];
  const thresholds = [g.scores.length > 0 ? g.scores[0] + 1 : 1];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < g.scores.length; k++) {
    tp += g.positives[k];
    fp += g.negatives[k];
    precision.push(tp + fp > 0 ? tp / (tp + fp) : 1);
    recall.push(g.totalPositive > 0 ? tp / g.totalPositive : Number.NaN);
    thresholds.push(g.scores[k]);
  }
  const keep = thinIndexes(precision.length, maxPoints);
  return {
    precision: keep.map((i) => precision[i]),
    recall: keep.map((i) => recall[i]),
    thresholds: keep.map((i) => thresholds[i]),
  };
}
