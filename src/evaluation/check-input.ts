/**
 * @module evaluation/check-input
 * Checks shared by the metrics: equal lengths, binary labels, finite scores, non-negative weights. Each
 * failure is a `ValidationError` that says what was expected and what came (catalogue `evaluation.*`).
 *
 * @example
 * ```ts
 * import { checkLength, checkBinaryLabels } from './check-input.js';
 * checkLength('labels', labels.length, scores.length);
 * checkBinaryLabels(labels);
 * ```
 */
import { ValidationError } from '../util/errors.js';

/**
 * Throw unless `got === expected`.
 *
 * @example
 * ```ts
 * checkLength('weights', 3, 3); // passes
 * ```
 */
export function checkLength(what: string, got: number, expected: number): void {
  if (got !== expected) throw new ValidationError('evaluation.lengthMismatch', { what, got, expected });
}

/**
 * Throw unless every label is 0 or 1.
 *
 * @example
 * ```ts
 * checkBinaryLabels([0, 1, 1]); // passes
 * ```
 */
export function checkBinaryLabels(labels: ArrayLike<number>, what = 'labels'): void {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y !== 0 && y !== 1)
      throw new ValidationError('evaluation.badValue', { what, expected: '0 or 1', got: y, row: i + 1 });
  }
}

/**
 * Throw unless every value is a finite number.
 *
 * @example
 * ```ts
 * checkFinite('scores', [0.2, 0.9]); // passes
 * ```
 */
export function checkFinite(what: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new ValidationError('evaluation.badValue', {
        what,
        expected: 'a finite number',
        got: values[i],
        row: i + 1,
      });
    }
  }
}

/**
 * Throw unless every label is an integer class code in 0..classCount-1.
 *
 * @example
 * ```ts
 * checkClassCodes([0, 2, 1], 3); // passes
 * ```
 */
export function checkClassCodes(labels: ArrayLike<number>, classCount: number): void {
  if (!Number.isInteger(classCount) || classCount < 2) {
    throw new ValidationError('evaluation.badOption', {
      name: 'classCount',
      expected: 'an integer ≥ 2',
      got: classCount,
    });
  }
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!Number.isInteger(y) || y < 0 || y >= classCount) {
      throw new ValidationError('evaluation.badValue', {
        what: 'labels',
        expected: `a class code 0..${classCount - 1}`,
        got: y,
        row: i + 1,
      });
    }
  }
}

/**
 * Check optional sample weights (length, finite, ≥ 0) and return them, or `undefined` when absent.
 *
 * @example
 * ```ts
 * const w = checkWeights(weights, labels.length);
 * ```
 */
export function checkWeights(weights: ArrayLike<number> | undefined, n: number): ArrayLike<number> | undefined {
  if (weights === undefined) return undefined;
  checkLength('weights', weights.length, n);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new ValidationError('evaluation.badValue', {
        what: 'weights',
        expected: 'a finite number ≥ 0',
        got: w,
        row: i + 1,
      });
    }
  }
  return weights;
}

/**
 * Weighted mean of `f(i)` over rows (unweighted when `weights` is undefined). NaN for zero total weight.
 *
 * @example
 * ```ts
 * weightedMean(3, (i) => i, undefined); // 1
 * ```
 */
export function weightedMean(n: number, f: (i: number) => number, weights: ArrayLike<number> | undefined): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i];
    sum += w * f(i);
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/**
 * The checks every binary measure makes, in this order: as many labels as values, finite values, labels 0/1.
 *
 * @throws ValidationError `evaluation.lengthMismatch`, `evaluation.badValue` or a bad-label error.
 * @example
 * ```ts
 * checkBinaryInput('scores', [0.2, 0.9], [0, 1]);
 * ```
 */
export function checkBinaryInput(what: string, values: ArrayLike<number>, labels01: ArrayLike<number>): void {
  checkLength('labels', labels01.length, values.length);
  checkFinite(what, values);
  checkBinaryLabels(labels01);
}
