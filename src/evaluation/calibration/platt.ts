/**
 * @module evaluation/calibration/platt
 * Platt scaling: a logistic curve P = 1 / (1 + exp(−(a·s + b))) fitted to scores s by maximum likelihood
 * with Platt's smoothed targets (N₊ + 1)/(N₊ + 2) for positives and 1/(N₋ + 2) for negatives, which keeps
 * the fit finite on separable data. Solved by Newton's method with step halving (Lin, Lin & Weng 2007,
 * "A note on Platt's probabilistic outputs"), to a gradient below 1e-12 relative to the row count.
 * Note the sign convention: scikit-learn stores A = −a, B = −b.
 *
 * @example
 * ```ts
 * import { fitPlatt } from './platt.js';
 * const cal = fitPlatt(scores, labels); // { kind: 'platt', a: 2.9, b: -1.4 }
 * ```
 */
import { checkBinaryInput } from '../check-input.js';

/** A fitted Platt calibration: plain JSON data. */
export interface PlattCalibration {
  readonly kind: 'platt';
  readonly a: number;
  readonly b: number;
}

/** log(1 + exp(x)) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * Fit Platt scaling of `scores` (any real numbers, e.g. margins or probabilities) to labels 0/1.
 *
 * @example
 * ```ts
 * fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]).a > 0; // true
 * ```
 */
export function fitPlatt(scores: ArrayLike<number>, labels01: ArrayLike<number>): PlattCalibration {
  const n = scores.length;
  checkBinaryInput('scores', scores, labels01);
  let nPos = 0;
  for (let i = 0; i < n; i++) nPos += labels01[i];
  const nNeg = n - nPos;
  const hiTarget = (nPos + 1) / (nPos + 2);
  const loTarget = 1 / (nNeg + 2);
  const target = (i: number) => (labels01[i] === 1 ? hiTarget : loTarget);
  // negative log-likelihood with z = a s + b: Σ softplus(z) − t z
  const objective = (a: number, b: number) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const z = a * scores[i] + b;
      f += softplus(z) - target(i) * z;
    }
    return f;
  };
  let a = 0;
  let b = Math.log((nPos + 1) / (nNeg + 1));
  let f = objective(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      const p = 1 / (1 + Math.exp(-(a * s + b)));
      const r = p - target(i);
      const v = p * (1 - p);
      ga += r * s;
      gb += r;
      haa += v * s * s;
      hab += v * s;
      hbb += v;
    }
    if (Math.abs(ga) < 1e-12 * Math.max(1, n) && Math.abs(gb) < 1e-12 * Math.max(1, n)) break;
    const det = haa * hbb - hab * hab;
    const da = -(hbb * ga - hab * gb) / det;
    const db = -(-hab * ga + haa * gb) / det;
    if (Math.abs(da) <= 1e-14 * (1 + Math.abs(a)) && Math.abs(db) <= 1e-14 * (1 + Math.abs(b))) break;
    let step = 1;
    let accepted = false;
    while (step >= 1e-8) {
      const fNew = objective(a + step * da, b + step * db);
      if (fNew <= f + 1e-4 * step * (ga * da + gb * db)) {
        a += step * da;
        b += step * db;
        // converged once a full Newton step no longer lowers the objective beyond rounding
        accepted = f - fNew > 1e-15 * Math.abs(f);
        f = fNew;
        break;
      }
      step /= 2;
    }
    if (!accepted) break;
  }
  return Object.freeze({ kind: 'platt' as const, a, b });
}
