/**
 * @module learners/margins
 * From raw margins (log-odds for binary, one score per class for multiclass, row-major) to class
 * probabilities and to predicted class codes — the same link for every learner that predicts margins
 * (gradient boosting, linear models, neural networks), so they agree on ties and numerics.
 *
 * @example
 * ```ts
 * import { marginsToProba, marginsToClasses } from './margins.js';
 * marginsToProba('binary', Float64Array.of(0), 1, 2); // Float64Array [0.5, 0.5]
 * marginsToClasses('multiclass', Float64Array.of(0.1, 2, -1), 1, 3); // Float64Array [1]
 * ```
 */
import type { Task } from './learner.js';

/**
 * Class probabilities, row-major `rows × classes`: the logistic function for binary margins (2 columns:
 * P(class 0), P(class 1)), a numerically stable softmax for multiclass margins.
 *
 * @example
 * ```ts
 * marginsToProba('multiclass', Float64Array.of(0, 0, 0), 1, 3); // Float64Array [1/3, 1/3, 1/3]
 * ```
 */
export function marginsToProba(
  task: Exclude<Task, 'regression'>,
  raw: ArrayLike<number>,
  rows: number,
  classes: number,
): Float64Array {
  if (task === 'binary') {
    const out = new Float64Array(2 * rows);
    for (let i = 0; i < rows; i++) {
      const p = 1 / (1 + Math.exp(-raw[i]));
      out[2 * i] = 1 - p;
      out[2 * i + 1] = p;
    }
    return out;
  }
  const k = classes;
  const out = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) max = Math.max(max, raw[i * k + c]);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp(raw[i * k + c] - max);
      out[i * k + c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) out[i * k + c] /= sum;
  }
  return out;
}

/**
 * The predicted class code per row: 1 when the binary margin is positive, else 0; for multiclass the class
 * with the largest score (the first on a tie). `scores` may be margins or probabilities (same order).
 *
 * @example
 * ```ts
 * marginsToClasses('binary', Float64Array.of(-0.2, 1.3), 2, 2); // Float64Array [0, 1]
 * ```
 */
export function marginsToClasses(
  task: Exclude<Task, 'regression'>,
  scores: ArrayLike<number>,
  rows: number,
  classes: number,
): Float64Array {
  const out = new Float64Array(rows);
  if (task === 'binary') {
    for (let i = 0; i < rows; i++) out[i] = scores[i] > 0 ? 1 : 0;
    return out;
  }
  const k = classes;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}
