/**
 * @module evaluation/calibration/apply-calibration
 * A fitted calibration (Platt or isotonic — plain JSON data with a `kind` tag) applied to raw scores.
 * Isotonic knots are interpolated linearly and clipped at the ends.
 *
 * @example
 * ```ts
 * import { applyCalibration } from './apply-calibration.js';
 * applyCalibration({ kind: 'isotonic', x: [0, 1], y: [0.2, 0.6] }, Float64Array.of(0.5)); // [0.4]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import type { IsotonicCalibration } from './isotonic.js';
import type { PlattCalibration } from './platt.js';

/** Either calibration. */
export type Calibration = PlattCalibration | IsotonicCalibration;

/**
 * Interpolate knots (`x` ascending) at `v`, clipped to the first and last knot.
 *
 * @example
 * ```ts
 * interpolateKnots([0, 2], [0, 1], 1); // 0.5
 * ```
 */
export function interpolateKnots(x: readonly number[], y: readonly number[], v: number): number {
  const m = x.length;
  if (v <= x[0] || m === 1) return y[0];
  if (v >= x[m - 1]) return y[m - 1];
  let lo = 0;
  let hi = m - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= v) lo = mid;
    else hi = mid;
  }
  const t = (v - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + t * (y[hi] - y[lo]);
}

/**
 * Calibrated probabilities for raw scores.
 *
 * @example
 * ```ts
 * applyCalibration({ kind: 'platt', a: 1, b: 0 }, Float64Array.of(0)); // [0.5]
 * ```
 */
export function applyCalibration(cal: Calibration, prob: ArrayLike<number>): Float64Array {
  const out = new Float64Array(prob.length);
  if (cal.kind === 'platt') {
    for (let i = 0; i < prob.length; i++) out[i] = 1 / (1 + Math.exp(-(cal.a * prob[i] + cal.b)));
    return out;
  }
  if (cal.kind !== 'isotonic' || cal.x.length === 0 || cal.x.length !== cal.y.length) {
    throw new ValidationError('evaluation.badOption', {
      name: 'calibration',
      expected: 'a Platt or isotonic calibration',
      got: JSON.stringify(cal).slice(0, 80),
    });
  }
  for (let i = 0; i < prob.length; i++) out[i] = interpolateKnots(cal.x, cal.y, prob[i]);
  return out;
}
