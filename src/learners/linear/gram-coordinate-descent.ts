/**
 * @module learners/linear/gram-coordinate-descent
 * The same penalised quadratic subproblem as `coordinate-descent`, for one output, solved in glmnet's
 * "covariance" mode: the weighted Gram matrix H = [1 Z]ᵀ diag(v) [1 Z] is formed once (n·p²/2 products), after
 * which a sweep costs p² instead of n·p. It pays when there are many more rows than columns and many sweeps —
 * ill-conditioned designs (correlated columns, all one-hot levels plus an intercept) need hundreds.
 *
 * @example
 * ```ts
 * import { solveGramCd } from './gram-coordinate-descent.js';
 * const r = solveGramCd(problem, options); // same result as solveQuadraticCd for one output
 * ```
 */
import { permutation } from '../../util/rng.js';
import type { QuadraticCdOptions, QuadraticCdResult } from './coordinate-descent.js';
import type { LinearProblem } from './linear-loss.js';

/**
 * Solve the one-output subproblem by coordinate descent on the Gram matrix.
 *
 * @example
 * ```ts
 * solveGramCd(problem, { g, v, beta0, l1, l2, intercept: true, tol: 1e-10, maxSweeps: 1000 }).beta;
 * ```
 */
export function solveGramCd(problem: LinearProblem, options: QuadraticCdOptions): QuadraticCdResult {
  const { n, p, z } = problem;
  const { g, v, l1, l2, intercept } = options;
  const m = p + 1; // index 0 = intercept, 1 + j = column j
  const gram = new Float64Array(m * m);
  const weighted = new Float64Array(n);
  let s0 = 0;
  for (let i = 0; i < n; i++) s0 += v[i];
  gram[0] = s0;
  for (let a = 0; a < p; a++) {
    const za = z[a];
    let sa = 0;
    for (let i = 0; i < n; i++) {
      weighted[i] = v[i] * za[i];
      sa += weighted[i];
    }
    gram[a + 1] = sa;
    gram[(a + 1) * m] = sa;
    for (let b = a; b < p; b++) {
      const zb = z[b];
      let s = 0;
      for (let i = 0; i < n; i++) s += weighted[i] * zb[i];
      gram[(a + 1) * m + b + 1] = s;
      gram[(b + 1) * m + a + 1] = s;
    }
  }
  const beta = Float64Array.from(options.beta0);
  const hd = new Float64Array(m); // H·δ
  const update = (c: number, delta: number): void => {
    const row = c * m;
    for (let t = 0; t < m; t++) hd[t] += delta * gram[row + t];
  };
  let sweeps = 0;
  let violation = Number.POSITIVE_INFINITY;
  let order: Uint32Array | null = null;
  let activeOnly = false;
  while (sweeps < options.maxSweeps) {
    violation = 0;
    if (options.rng) order = permutation(p, options.rng);
    if (intercept && s0 > 0) {
      const q = g[p] + hd[0];
      violation = Math.abs(q);
      const delta = -q / s0;
      if (delta !== 0) {
        beta[p] += delta;
        update(0, delta);
      }
    }
    for (let jj = 0; jj < p; jj++) {
      const j = order ? order[jj] : jj;
      const x = beta[j];
      if (activeOnly && x === 0) continue;
      const hj = gram[(j + 1) * m + j + 1];
      const q = g[j] + hd[j + 1];
      const full = q + l2 * x;
      const viol = x !== 0 ? Math.abs(full + (x > 0 ? l1 : -l1)) : Math.max(0, Math.abs(full) - l1);
      if (viol > violation) violation = viol;
      const denom = hj + l2;
      if (!(denom > 0)) continue;
      const r = hj * x - q;
      const next = r > l1 ? (r - l1) / denom : r < -l1 ? (r + l1) / denom : 0;
      const delta = next - x;
      if (delta !== 0) {
        beta[j] = next;
        update(j + 1, delta);
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
