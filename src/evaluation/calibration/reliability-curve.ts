/**
 * @module evaluation/calibration/reliability-curve
 * The reliability curve: rows sorted into equal-frequency bins of predicted probability, and per bin the
 * mean prediction beside the observed rate of positives. Bin edges are the quantiles of the predictions
 * (numpy's linear percentile) and a value equal to an inner edge goes to the lower bin, exactly as
 * scikit-learn's `calibration_curve(strategy='quantile')`; empty bins (from ties) are dropped. The expected
 * calibration error (ECE) is the row-weighted mean of |mean prediction − observed rate| over these bins.
 *
 * @example
 * ```ts
 * import { reliabilityCurve, expectedCalibrationError } from './reliability-curve.js';
 * const bins = reliabilityCurve(prob, labels, 10); // [{ predicted, observed, count }, …]
 * expectedCalibrationError(prob, labels); // e.g. 0.031
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { checkBinaryInput } from '../check-input.js';

/** One bin of a reliability curve. */
export interface ReliabilityBin {
  /** Mean predicted probability of the rows in the bin. */
  readonly predicted: number;
  /** Share of positives among them. */
  readonly observed: number;
  /** Number of rows. */
  readonly count: number;
}

/** numpy's `percentile(…, method='linear')` of sorted values at q in [0, 1] (with numpy's lerp). */
function percentileSorted(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = pos - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Equal-frequency reliability curve with `bins` bins (default 10); bins without rows are left out.
 *
 * @example
 * ```ts
 * reliabilityCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 2);
 * // [{ predicted: 0.15, observed: 0, count: 2 }, { predicted: 0.85, observed: 1, count: 2 }]
 * ```
 */
export function reliabilityCurve(prob: ArrayLike<number>, labels01: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const n = prob.length;
  checkBinaryInput('probabilities', prob, labels01);
  if (!Number.isInteger(bins) || bins < 1) {
    throw new ValidationError('evaluation.badOption', { name: 'bins', expected: 'an integer ≥ 1', got: bins });
  }
  if (n === 0) return [];
  const sorted = Float64Array.from(prob).sort();
  const inner: number[] = [];
  for (let j = 1; j < bins; j++) inner.push(percentileSorted(sorted, j / bins));
  const sums = new Float64Array(bins);
  const positives = new Float64Array(bins);
  const counts = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const p = prob[i];
    // searchsorted(inner, p, side='left'): the number of inner edges below p
    let lo = 0;
    let hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    sums[lo] += p;
    positives[lo] += labels01[i];
    counts[lo]++;
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (counts[b] > 0)
      out.push({ predicted: sums[b] / counts[b], observed: positives[b] / counts[b], count: counts[b] });
  }
  return out;
}

/**
 * Expected calibration error over `bins` equal-frequency bins: Σ (count / n) · |predicted − observed|.
 *
 * @example
 * ```ts
 * expectedCalibrationError([0.5, 0.5, 0.5, 0.5], [1, 1, 1, 0], 1); // |0.5 − 0.75| = 0.25
 * ```
 */
export function expectedCalibrationError(prob: ArrayLike<number>, labels01: ArrayLike<number>, bins = 10): number {
  const curve = reliabilityCurve(prob, labels01, bins);
  let sum = 0;
  let n = 0;
  for (const b of curve) {
    sum += b.count * Math.abs(b.predicted - b.observed);
    n += b.count;
  }
  return n > 0 ? sum / n : Number.NaN;
}
