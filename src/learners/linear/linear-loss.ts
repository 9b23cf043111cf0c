/**
 * @module learners/linear/linear-loss
 * The pieces every linear solver shares: the problem on standardised model columns, linear predictors, the
 * weighted mean log loss (binary: sigmoid of one output; multiclass: softmax over K outputs, as sklearn's
 * multinomial) or half mean squared error, and the gradient. Coefficients are one flat vector: output k's
 * coefficients at [k·p, (k+1)·p), then the K intercepts.
 *
 * @example
 * ```ts
 * import { computeEta, lossAndResidual, gradientInto } from './linear-loss.js';
 * computeEta(problem, beta, eta);
 * const loss = lossAndResidual(problem, eta, resid);
 * gradientInto(problem, resid, grad);
 * ```
 */

/** A fitting problem on model columns. */
export interface LinearProblem {
  /** Standardised model columns (p of them, each of length n). */
  readonly z: readonly Float64Array[];
  readonly n: number;
  readonly p: number;
  /** Outputs: 1 for binary and regression, K for multiclass. */
  readonly outputs: number;
  readonly kind: 'binary' | 'multiclass' | 'squared_error';
  /** Class codes or target values. */
  readonly y: Float64Array;
  /** Row weights divided by their sum (they sum to 1). */
  readonly w: Float64Array;
}

/**
 * η = Zβ + b for every output; eta[k·n + i].
 *
 * @example
 * ```ts
 * computeEta(problem, beta, eta);
 * ```
 */
export function computeEta(problem: LinearProblem, beta: Float64Array, eta: Float64Array): void {
  const { n, p, outputs, z } = problem;
  for (let k = 0; k < outputs; k++) {
    const b = beta[outputs * p + k];
    const off = k * n;
    for (let i = 0; i < n; i++) eta[off + i] = b;
    for (let j = 0; j < p; j++) {
      const c = beta[k * p + j];
      if (c === 0) continue;
      const col = z[j];
      for (let i = 0; i < n; i++) eta[off + i] += c * col[i];
    }
  }
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * The weighted mean loss at η; writes resid[k·n + i] = wᵢ·∂lossᵢ/∂η_ik (wᵢ normalised).
 *
 * @example
 * ```ts
 * const loss = lossAndResidual(problem, eta, resid);
 * ```
 */
export function lossAndResidual(problem: LinearProblem, eta: Float64Array, resid: Float64Array): number {
  const { n, outputs, y, w, kind } = problem;
  let loss = 0;
  if (kind === 'squared_error') {
    for (let i = 0; i < n; i++) {
      const r = eta[i] - y[i];
      loss += 0.5 * w[i] * r * r;
      resid[i] = w[i] * r;
    }
    return loss;
  }
  if (kind === 'binary') {
    for (let i = 0; i < n; i++) {
      const e = eta[i];
      const prob = 1 / (1 + Math.exp(-e));
      loss += w[i] * (softplus(e) - y[i] * e);
      resid[i] = w[i] * (prob - y[i]);
    }
    return loss;
  }
  for (let i = 0; i < n; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < outputs; k++) max = Math.max(max, eta[k * n + i]);
    let sum = 0;
    for (let k = 0; k < outputs; k++) sum += Math.exp(eta[k * n + i] - max);
    const lse = max + Math.log(sum);
    const yi = y[i];
    loss += w[i] * (lse - eta[yi * n + i]);
    for (let k = 0; k < outputs; k++) {
      const prob = Math.exp(eta[k * n + i] - lse);
      resid[k * n + i] = w[i] * (prob - (k === yi ? 1 : 0));
    }
  }
  return loss;
}

/**
 * Gradient of the mean loss from the residuals: g[k·p + j] = Σᵢ resid_ik·z_ij, g[K·p + k] = Σᵢ resid_ik.
 *
 * @example
 * ```ts
 * gradientInto(problem, resid, grad);
 * ```
 */
export function gradientInto(problem: LinearProblem, resid: Float64Array, g: Float64Array): void {
  const { n, p, outputs, z } = problem;
  for (let k = 0; k < outputs; k++) {
    const off = k * n;
    for (let j = 0; j < p; j++) {
      const col = z[j];
      let s = 0;
      for (let i = 0; i < n; i++) s += resid[off + i] * col[i];
      g[k * p + j] = s;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += resid[off + i];
    g[outputs * p + k] = s;
  }
}

/**
 * Penalty value λ1‖β‖₁ + λ2/2‖β‖² over the coefficients (not the intercepts).
 *
 * @example
 * ```ts
 * penaltyValue(beta, problem.outputs * problem.p, 0.01, 0.02);
 * ```
 */
export function penaltyValue(beta: Float64Array, count: number, l1: number, l2: number): number {
  let a = 0;
  let q = 0;
  for (let j = 0; j < count; j++) {
    a += Math.abs(beta[j]);
    q += beta[j] * beta[j];
  }
  return l1 * a + 0.5 * l2 * q;
}

/**
 * Largest violation of the optimality conditions: for each coefficient the smallest |subgradient| of
 * loss + penalty (|g + λ2β + λ1·sign β| when β ≠ 0, max(0, |g| − λ1) when β = 0); for intercepts |g|
 * (skipped when there is no intercept).
 *
 * @example
 * ```ts
 * kktViolation(grad, beta, problem, 0.01, 0, true) < 1e-8; // converged
 * ```
 */
export function kktViolation(
  g: Float64Array,
  beta: Float64Array,
  problem: LinearProblem,
  l1: number,
  l2: number,
  intercept: boolean,
): number {
  const count = problem.outputs * problem.p;
  let worst = 0;
  for (let j = 0; j < count; j++) {
    const b = beta[j];
    const gj = g[j] + l2 * b;
    const v = b !== 0 ? Math.abs(gj + (b > 0 ? l1 : -l1)) : Math.max(0, Math.abs(gj) - l1);
    if (v > worst) worst = v;
  }
  if (intercept) {
    for (let k = 0; k < problem.outputs; k++) worst = Math.max(worst, Math.abs(g[count + k]));
  }
  return worst;
}
