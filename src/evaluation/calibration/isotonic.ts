/**
 * @module evaluation/calibration/isotonic
 * Isotonic calibration: the non-decreasing step function of the prediction that fits the labels best in
 * squared error, by pool-adjacent-violators — the same steps as scikit-learn's `IsotonicRegression`:
 * equal predictions are merged first (weighted mean label), PAVA pools adjacent violators (equal values
 * pooled too), and inner points of flat runs are dropped. The result is the knots `x`, `y`; applying it
 * interpolates linearly between knots and clips outside them (`out_of_bounds='clip'`).
 *
 * @example
 * ```ts
 * import { fitIsotonic } from './isotonic.js';
 * fitIsotonic([0.1, 0.3, 0.2, 0.8], [0, 1, 0, 1]); // { kind: 'isotonic', x: [0.1, 0.3, 0.8], y: [0, 1, 1] }
 * ```
 */
import { checkBinaryInput, checkWeights } from '../check-input.js';

/** A fitted isotonic calibration: knots, plain JSON data. */
export interface IsotonicCalibration {
  readonly kind: 'isotonic';
  readonly x: number[];
  readonly y: number[];
}

/**
 * Pool-adjacent-violators in place on `y` with weights `w` (scikit-learn's single-pass variant).
 *
 * @example
 * ```ts
 * const y = [1, 3, 2]; pava(y, [1, 1, 1]); // y = [1, 2.5, 2.5]
 * ```
 */
export function pava(y: number[], w: number[]): void {
  const n = y.length;
  const target = Array.from({ length: n }, (_, i) => i);
  let i = 0;
  while (i < n) {
    let k = target[i] + 1;
    if (k === n) break;
    if (y[i] < y[k]) {
      i = k;
      continue;
    }
    let sumWy = w[i] * y[i];
    let sumW = w[i];
    for (;;) {
      const prevY = y[k];
      sumWy += w[k] * y[k];
      sumW += w[k];
      k = target[k] + 1;
      if (k === n || prevY < y[k]) {
        y[i] = sumWy / sumW;
        w[i] = sumW;
        target[i] = k - 1;
        target[k - 1] = i;
        if (i > 0) i = target[i - 1];
        break;
      }
    }
  }
  i = 0;
  while (i < n) {
    const k = target[i] + 1;
    for (let j = i + 1; j < k; j++) y[j] = y[i];
    i = k;
  }
}

/**
 * Fit an isotonic calibration of probabilities (or any scores) to labels 0/1, optionally weighted.
 *
 * @example
 * ```ts
 * fitIsotonic([0.2, 0.6], [0, 1]).y; // [0, 1]
 * ```
 */
export function fitIsotonic(
  prob: ArrayLike<number>,
  labels01: ArrayLike<number>,
  weights?: ArrayLike<number>,
): IsotonicCalibration {
  const n = prob.length;
  checkBinaryInput('probabilities', prob, labels01);
  const w = checkWeights(weights, n);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (w === undefined || w[i] > 0) rows.push(i);
  rows.sort((a, b) => prob[a] - prob[b] || labels01[a] - labels01[b]);
  // merge equal predictions: weighted mean label
  const xs: number[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  let sumWy = 0;
  for (const i of rows) {
    const wi = w === undefined ? 1 : w[i];
    const last = xs.length - 1;
    if (last < 0 || prob[i] !== xs[last]) {
      if (last >= 0) ys[last] = sumWy / ws[last];
      xs.push(prob[i]);
      ws.push(0);
      sumWy = 0;
    }
    ws[ws.length - 1] += wi;
    sumWy += wi * labels01[i];
  }
  if (xs.length > 0) ys[xs.length - 1] = sumWy / ws[xs.length - 1];
  pava(ys, ws);
  const x: number[] = [];
  const y: number[] = [];
  for (let j = 0; j < xs.length; j++) {
    const inner = j > 0 && j < xs.length - 1;
    if (!inner || ys[j] !== ys[j - 1] || ys[j] !== ys[j + 1]) {
      x.push(xs[j]);
      y.push(ys[j]);
    }
  }
  return Object.freeze({ kind: 'isotonic' as const, x, y });
}
