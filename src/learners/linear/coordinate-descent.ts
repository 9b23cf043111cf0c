/**
 * @module learners/linear/coordinate-descent
 * Coordinate descent on a penalised quadratic model (glmnet's inner loop): minimise over β
 *
 *     gᵀ(β − β₀) + ½ (β − β₀)ᵀ H (β − β₀) + λ1‖β‖₁ + λ2/2‖β‖²,   H_k = [1 Z]ᵀ diag(v_k) [1 Z] per output k
 *
 * with soft-thresholding updates, the intercepts unpenalised. For squared error with v = the normalised row
 * weights this *is* the regression problem (sklearn's ElasticNet objective), solved exactly; for the log loss
 * it is the proximal Newton subproblem; for the multinomial the full Hessian, whose blocks couple the classes
 * (H_kl = Zᵀ diag(w·p_k(δ_kl − p_l)) Z), is used through `coupling` at no extra cost per update.
 * Between full sweeps it sweeps only the non-zero coefficients (glmnet's active set) while the L1 part keeps
 * others at 0. It stops when, over a full sweep, the largest violation of the subproblem's optimality conditions measured
 * just before each update is at most `tol`.
 *
 * @example
 * ```ts
 * import { solveQuadraticCd } from './coordinate-descent.js';
 * const r = solveQuadraticCd(problem, { g, v, beta0, l1: 0.01, l2: 0, intercept: true, tol: 1e-10, maxSweeps: 1000 });
 * r.beta; // the minimiser
 * ```
 */
import { type Rng, permutation } from '../../util/rng.js';
import { solveGramCd } from './gram-coordinate-descent.js';
import type { LinearProblem } from './linear-loss.js';

/** Most model columns for the Gram-matrix mode (its p² doubles: 32 MB at 2000). */
const GRAM_MAX_COLUMNS = 2000;

/** Inputs of one coordinate-descent solve. */
export interface QuadraticCdOptions {
  /** Gradient of the smooth loss at beta0 (layout of the coefficient vector). */
  readonly g: Float64Array;
  /** Curvature weights v[k·n + i] ≥ 0. */
  readonly v: Float64Array;
  readonly beta0: Float64Array;
  readonly l1: number;
  readonly l2: number;
  readonly intercept: boolean;
  readonly tol: number;
  readonly maxSweeps: number;
  /** With a generator, coordinates are visited in a new random order each sweep. */
  readonly rng?: Rng | null;
  /** Called after every sweep (1-based); may throw to stop (cancellation). */
  readonly onSweep?: (sweep: number) => void;
  /** Multinomial log loss: the normalised row weights and class probabilities probs[k·n + i]. */
  readonly coupling?: { readonly w: Float64Array; readonly probs: Float64Array } | null;
}

/** Result of `solveQuadraticCd`. */
export interface QuadraticCdResult {
  readonly beta: Float64Array;
  readonly sweeps: number;
  /** Largest violation in the last sweep. */
  readonly violation: number;
}

/**
 * Solve the penalised quadratic subproblem by coordinate descent.
 *
 * @example
 * ```ts
 * solveQuadraticCd(problem, options).sweeps; // sweeps used
 * ```
 */
export function solveQuadraticCd(problem: LinearProblem, options: QuadraticCdOptions): QuadraticCdResult {
  const { n, p, outputs, z } = problem;
  // one output and many more rows than columns: sweep on the Gram matrix (glmnet's covariance mode)
  if (outputs === 1 && p <= GRAM_MAX_COLUMNS && n >= 4 * (p + 1)) return solveGramCd(problem, options);
  const { g, v, l1, l2, intercept } = options;
  const beta = Float64Array.from(options.beta0);
  const u = new Float64Array(outputs * n); // Z·δ + δ_b per output
  const coupled = options.coupling ?? null;
  const ubar = coupled ? new Float64Array(n) : null; // Σ_l p_l·u_l per row
  const cw = coupled ? coupled.w : null;
  const probs = coupled ? coupled.probs : null;
  const h = new Float64Array(outputs * p);
  const hb = new Float64Array(outputs);
  for (let k = 0; k < outputs; k++) {
    const off = k * n;
    let s0 = 0;
    for (let i = 0; i < n; i++) s0 += v[off + i];
    hb[k] = s0;
    for (let j = 0; j < p; j++) {
      const col = z[j];
      let s = 0;
      for (let i = 0; i < n; i++) s += v[off + i] * col[i] * col[i];
      h[k * p + j] = s;
    }
  }
  let sweeps = 0;
  let violation = Number.POSITIVE_INFINITY;
  let order: Uint32Array | null = null;
  // glmnet's active set: after a full sweep that did not converge, sweep only the non-zero coefficients until
  // they converge, then check all coordinates again with a full sweep
  let activeOnly = false;
  while (sweeps < options.maxSweeps) {
    violation = 0;
    if (options.rng) order = permutation(p, options.rng);
    for (let k = 0; k < outputs; k++) {
      const off = k * n;
      if (intercept && hb[k] > 0) {
        const at = outputs * p + k;
        let q = g[at];
        if (ubar && cw && probs) {
          for (let i = 0; i < n; i++) q += cw[i] * probs[off + i] * (u[off + i] - ubar[i]);
        } else {
          for (let i = 0; i < n; i++) q += v[off + i] * u[off + i];
        }
        violation = Math.max(violation, Math.abs(q));
        const delta = -q / hb[k];
        if (delta !== 0) {
          beta[at] += delta;
          for (let i = 0; i < n; i++) u[off + i] += delta;
          if (ubar && probs) for (let i = 0; i < n; i++) ubar[i] += probs[off + i] * delta;
        }
      }
      for (let jj = 0; jj < p; jj++) {
        const j = order ? order[jj] : jj;
        const at = k * p + j;
        if (activeOnly && beta[at] === 0) continue;
        const hj = h[at];
        const col = z[j];
        let q = g[at];
        if (ubar && cw && probs) {
          for (let i = 0; i < n; i++) q += cw[i] * probs[off + i] * col[i] * (u[off + i] - ubar[i]);
        } else {
          for (let i = 0; i < n; i++) q += v[off + i] * col[i] * u[off + i];
        }
        const x = beta[at];
        const full = q + l2 * x;
        const viol = x !== 0 ? Math.abs(full + (x > 0 ? l1 : -l1)) : Math.max(0, Math.abs(full) - l1);
        if (viol > violation) violation = viol;
        const denom = hj + l2;
        if (!(denom > 0)) continue;
        const r = hj * x - q;
        const next = r > l1 ? (r - l1) / denom : r < -l1 ? (r + l1) / denom : 0;
        const delta = next - x;
        if (delta !== 0) {
          beta[at] = next;
          for (let i = 0; i < n; i++) u[off + i] += delta * col[i];
          if (ubar && probs) for (let i = 0; i < n; i++) ubar[i] += probs[off + i] * delta * col[i];
        }
      }
    }
    sweeps++;
    options.onSweep?.(sweeps);
    if (violation <= options.tol) {
      if (!activeOnly) break;
      activeOnly = false;
    } else if (!activeOnly && l1 > 0) {
      activeOnly = true;
    }
  }
  return { beta, sweeps, violation };
}
