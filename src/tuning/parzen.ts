/**
 * @module tuning/parzen
 * The one-dimensional densities of TPE (Bergstra et al. 2011): an adaptive Parzen estimator — a mixture of
 * Gaussians truncated to the bounds, one at each observation plus a broad prior at the middle, each as wide as
 * the larger gap to its neighbours (the outermost: the one gap), clipped to [range / min(100, n + 1), range] (hyperopt's
 * `adaptive_parzen_normal`, Optuna's "magic clip") — and a smoothed categorical distribution.
 *
 * @example
 * ```ts
 * import { fitParzen, logPdfParzen, sampleParzen } from './parzen.js';
 * const p = fitParzen([0.2, 0.25, 0.3], 0, 1);
 * sampleParzen(p, createRng(1)); // mostly near 0.25
 * logPdfParzen(p, 0.25) > logPdfParzen(p, 0.9); // true
 * ```
 */
import type { Rng } from '../util/rng.js';

/** A truncated Gaussian mixture on [lo, hi]. */
export interface Parzen {
  readonly lo: number;
  readonly hi: number;
  readonly mus: Float64Array;
  readonly sigmas: Float64Array;
  /** Normalised component weights. */
  readonly weights: Float64Array;
  /** log(weight / mass of the component inside [lo, hi]) per component. */
  readonly logNorm: Float64Array;
}

/** Weight of the prior component relative to one observation (Optuna's `prior_weight`). */
export const PRIOR_WEIGHT = 1;

/**
 * Fit the adaptive Parzen estimator of observations on [lo, hi] (lo < hi).
 *
 * @example
 * ```ts
 * fitParzen([], 0, 1).mus; // Float64Array [0.5] — the prior alone
 * ```
 */
export function fitParzen(observations: readonly number[], lo: number, hi: number): Parzen {
  const range = hi - lo;
  const prior = (lo + hi) / 2;
  const points = observations.map((x, i) => ({ x, w: 1, i })).concat([{ x: prior, w: PRIOR_WEIGHT, i: -1 }]);
  points.sort((a, b) => a.x - b.x || a.i - b.i);
  const n = points.length;
  const minSigma = range / Math.min(100, n + 1);
  const mus = new Float64Array(n);
  const sigmas = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const p = points[k] as { x: number; w: number; i: number };
    mus[k] = p.x;
    weights[k] = p.w;
    total += p.w;
    if (p.i === -1) {
      sigmas[k] = range;
      continue;
    }
    const left = k > 0 ? p.x - (points[k - 1] as { x: number }).x : 0;
    const right = k < n - 1 ? (points[k + 1] as { x: number }).x - p.x : 0;
    sigmas[k] = Math.min(range, Math.max(minSigma, left, right));
  }
  const logNorm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    weights[k] = (weights[k] as number) / total;
    const mu = mus[k] as number;
    const s = sigmas[k] as number;
    const mass = normalCdf((hi - mu) / s) - normalCdf((lo - mu) / s);
    logNorm[k] = Math.log(weights[k] as number) - Math.log(Math.max(mass, 1e-300));
  }
  return { lo, hi, mus, sigmas, weights, logNorm };
}

/**
 * Draw from the mixture: a component by weight, then its Gaussian truncated to [lo, hi] (by rejection; after
 * 64 misses the draw is clamped).
 *
 * @example
 * ```ts
 * const x = sampleParzen(fitParzen([0.3], 0, 1), createRng(2)); // 0 ≤ x ≤ 1
 * ```
 */
export function sampleParzen(p: Parzen, rng: Rng): number {
  let u = rng.next();
  let k = 0;
  while (k < p.weights.length - 1 && u >= (p.weights[k] as number)) {
    u -= p.weights[k] as number;
    k++;
  }
  const mu = p.mus[k] as number;
  const s = p.sigmas[k] as number;
  let x = mu;
  for (let t = 0; t < 64; t++) {
    x = mu + s * rng.normal();
    if (x >= p.lo && x <= p.hi) return x;
  }
  return Math.min(p.hi, Math.max(p.lo, x));
}

/**
 * The log density of the mixture at x.
 *
 * @example
 * ```ts
 * logPdfParzen(fitParzen([0.5], 0, 1), 0.5); // about 0.6
 * ```
 */
export function logPdfParzen(p: Parzen, x: number): number {
  let max = Number.NEGATIVE_INFINITY;
  const n = p.mus.length;
  const terms = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const s = p.sigmas[k] as number;
    const z = (x - (p.mus[k] as number)) / s;
    const t = (p.logNorm[k] as number) - 0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
    terms[k] = t;
    if (t > max) max = t;
  }
  let sum = 0;
  for (let k = 0; k < n; k++) sum += Math.exp((terms[k] as number) - max);
  return max + Math.log(sum);
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The standard normal distribution function (via erfc, Numerical Recipes' Chebyshev fit; |error| < 1.2e-7).
 *
 * @example
 * ```ts
 * normalCdf(0); // 0.5
 * ```
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Smoothed category probabilities: (count + prior / k) / (n + prior), k categories (Optuna's categorical
 * Parzen estimator).
 *
 * @example
 * ```ts
 * categoricalProbs([0, 0, 1], 3); // Float64Array [0.583, 0.333, 0.083]
 * ```
 */
export function categoricalProbs(observations: readonly number[], k: number): Float64Array {
  const out = new Float64Array(k).fill(PRIOR_WEIGHT / k);
  for (const c of observations) out[c] = (out[c] as number) + 1;
  const total = observations.length + PRIOR_WEIGHT;
  for (let i = 0; i < k; i++) out[i] = (out[i] as number) / total;
  return out;
}

/**
 * Draw a category index from probabilities.
 *
 * @example
 * ```ts
 * sampleCategory(Float64Array.of(0, 1), createRng(1)); // 1
 * ```
 */
export function sampleCategory(probs: Float64Array, rng: Rng): number {
  let u = rng.next();
  for (let i = 0; i < probs.length - 1; i++) {
    u -= probs[i] as number;
    if (u < 0) return i;
  }
  return probs.length - 1;
}
