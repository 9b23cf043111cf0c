/**
 * @module tuning/joint-parzen
 * The joint density of multivariate TPE (Falkner et al. 2018; Optuna's `multivariate=True`): one product
 * kernel per observation plus a broad prior component, so that dependent parameters (a learning rate and the
 * number of rounds) are modelled together. Numeric kernels share one width per dimension, Scott's rule as in
 * Optuna: 0.2 · n^(−1/(d+4)) · range; the prior is centred with the width of the whole range. A categorical
 * kernel puts (1 + 1/k)/2 on the observed category and 1/(2k) on each other one; the prior is uniform.
 *
 * @example
 * ```ts
 * import { fitJoint, logPdfJoint, sampleJoint } from './joint-parzen.js';
 * const j = fitJoint(space, goodPoints);
 * const x = sampleJoint(j, rng); // internal coordinates / category indexes per dimension
 * logPdfJoint(j, x);
 * ```
 */
import type { Rng } from '../util/rng.js';
import { normalCdf, PRIOR_WEIGHT } from './parzen.js';
import { internalBounds, toInternal } from './sampler.js';
import type { SearchSpace } from './search-space.js';

/** Per dimension: numeric bounds and kernel width, or the category count. */
type JointDim =
  | { readonly kind: 'num'; readonly lo: number; readonly hi: number; readonly sigma: number; readonly range: number }
  | { readonly kind: 'cat'; readonly k: number };

/** A fitted joint mixture; component c has centre `centres[c][d]` (NaN: unknown → the prior kernel). */
export interface JointParzen {
  readonly dims: readonly JointDim[];
  /** One row per component, the prior last. */
  readonly centres: readonly Float64Array[];
  readonly logWeights: Float64Array;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Fit the joint mixture of some points (parameter records) over a space.
 *
 * @example
 * ```ts
 * fitJoint(space, [{ x: 0.2, kind: 'a' }]).centres.length; // 2 (the point and the prior)
 * ```
 */
export function fitJoint(space: SearchSpace, points: readonly Readonly<Record<string, unknown>>[]): JointParzen {
  const n = points.length;
  const d = space.dimensions.length;
  const dims: JointDim[] = space.dimensions.map((dim) => {
    if (dim.type === 'choice') return { kind: 'cat', k: dim.values.length };
    const [lo, hi] = internalBounds(dim);
    const range = hi - lo;
    return { kind: 'num', lo, hi, range, sigma: 0.2 * Math.max(n, 1) ** (-1 / (d + 4)) * range };
  });
  const centres: Float64Array[] = points.map((p) =>
    Float64Array.from(space.dimensions, (dim) => {
      if (dim.type === 'choice') {
        const i = dim.values.indexOf(p[dim.name] as string | number | boolean);
        return i >= 0 ? i : Number.NaN;
      }
      return toInternal(dim, p[dim.name]) ?? Number.NaN;
    }),
  );
  centres.push(new Float64Array(d).fill(Number.NaN));
  const total = n + PRIOR_WEIGHT;
  const logWeights = Float64Array.from(centres, (_, c) => Math.log((c < n ? 1 : PRIOR_WEIGHT) / total));
  return { dims, centres, logWeights };
}

/**
 * Draw one point: a component by weight, then each dimension from its kernel (numeric values in internal
 * coordinates, categories as indexes).
 *
 * @example
 * ```ts
 * const x = sampleJoint(fitJoint(space, good), createRng(1));
 * ```
 */
export function sampleJoint(j: JointParzen, rng: Rng): Float64Array {
  let u = rng.next();
  let c = 0;
  while (c < j.centres.length - 1 && u >= Math.exp(j.logWeights[c] as number)) {
    u -= Math.exp(j.logWeights[c] as number);
    c++;
  }
  const centre = j.centres[c] as Float64Array;
  return Float64Array.from(j.dims, (dim, i) => {
    const m = centre[i] as number;
    if (dim.kind === 'cat') {
      if (Number.isNaN(m) || rng.next() >= 0.5) return rng.int(dim.k);
      return m;
    }
    const mu = Number.isNaN(m) ? (dim.lo + dim.hi) / 2 : m;
    const s = Number.isNaN(m) ? dim.range : dim.sigma;
    let x = mu;
    for (let t = 0; t < 64; t++) {
      x = mu + s * rng.normal();
      if (x >= dim.lo && x <= dim.hi) return x;
    }
    return Math.min(dim.hi, Math.max(dim.lo, x));
  });
}

/**
 * The log density of a point (as drawn by {@link sampleJoint}).
 *
 * @example
 * ```ts
 * logPdfJoint(j, sampleJoint(j, rng)); // a finite number
 * ```
 */
export function logPdfJoint(j: JointParzen, x: Float64Array): number {
  const terms = new Float64Array(j.centres.length);
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < j.centres.length; c++) {
    const centre = j.centres[c] as Float64Array;
    let t = j.logWeights[c] as number;
    for (let i = 0; i < j.dims.length; i++) {
      const dim = j.dims[i] as JointDim;
      const m = centre[i] as number;
      const v = x[i] as number;
      if (dim.kind === 'cat') {
        t += Number.isNaN(m) ? -Math.log(dim.k) : Math.log(v === m ? (1 + 1 / dim.k) / 2 : 1 / (2 * dim.k));
        continue;
      }
      const mu = Number.isNaN(m) ? (dim.lo + dim.hi) / 2 : m;
      const s = Number.isNaN(m) ? dim.range : dim.sigma;
      const z = (v - mu) / s;
      const mass = normalCdf((dim.hi - mu) / s) - normalCdf((dim.lo - mu) / s);
      t += -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI - Math.log(Math.max(mass, 1e-300));
    }
    terms[c] = t;
    if (t > max) max = t;
  }
  let sum = 0;
  for (let c = 0; c < terms.length; c++) sum += Math.exp((terms[c] as number) - max);
  return max + Math.log(sum);
}
