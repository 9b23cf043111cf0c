/**
 * @module evaluation/accuracy
 * Share of rows predicted correctly: from predicted labels (`accuracy`) or from row-major class
 * probabilities, taking the most probable class, the first on ties (`multiclassAccuracy`).
 *
 * @example
 * ```ts
 * import { accuracy, multiclassAccuracy } from './accuracy.js';
 * accuracy([1, 0, 1], [1, 1, 1]); // 2/3
 * multiclassAccuracy([0.6, 0.4, 0.3, 0.7], [0, 0], 2); // 0.5
 * ```
 */
import { checkClassCodes, checkLength, checkWeights, weightedMean } from './check-input.js';

/**
 * Weighted share of rows with `pred[i] === labels[i]`.
 *
 * @example
 * ```ts
 * accuracy([0, 1], [0, 0], [3, 1]); // 0.75
 * ```
 */
export function accuracy(pred: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): number {
  checkLength('labels', labels.length, pred.length);
  const w = checkWeights(weights, pred.length);
  return weightedMean(pred.length, (i) => (pred[i] === labels[i] ? 1 : 0), w);
}

/**
 * Index of the largest of `classCount` values starting at `offset` (the first on ties).
 *
 * @example
 * ```ts
 * argmaxRow([0.1, 0.5, 0.4], 0, 3); // 1
 * ```
 */
export function argmaxRow(values: ArrayLike<number>, offset: number, classCount: number): number {
  let best = 0;
  for (let c = 1; c < classCount; c++) if (values[offset + c] > values[offset + best]) best = c;
  return best;
}

/**
 * Weighted share of rows whose most probable class (row-major `probs`, n·K) is the label.
 *
 * @example
 * ```ts
 * multiclassAccuracy([0.2, 0.5, 0.3], [1], 3); // 1
 * ```
 */
export function multiclassAccuracy(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  weights?: ArrayLike<number>,
): number {
  const n = labels.length;
  checkClassCodes(labels, classCount);
  checkLength('probabilities', probs.length, n * classCount);
  const w = checkWeights(weights, n);
  return weightedMean(n, (i) => (argmaxRow(probs, i * classCount, classCount) === labels[i] ? 1 : 0), w);
}
