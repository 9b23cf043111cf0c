/**
 * @module learners/linear/linear-solvers
 * The two ways the linear learner reaches the optimum of its objective (see linear-params):
 * - `solveSmooth`: L-BFGS on loss + λ2/2‖β‖² when there is no L1 part (logistic l2 / none, binary and
 *   multinomial), stopping at max |gradient| ≤ tol;
 * - `solveProxNewton`: proximal Newton — a quadratic model of the loss (exact for squared error; the
 *   Hessian of the log loss, with the class coupling of the multinomial), minimised with the penalty by coordinate
 *   descent, then a backtracking line search on the true objective (Lee, Sun & Saunders 2014) — for every
 *   penalty of the regression objective and for l1 / elasticnet logistic regression, stopping when the
 *   largest violation of the optimality conditions is at most tol.
 *
 * @example
 * ```ts
 * import { solveProxNewton, solveSmooth } from './linear-solvers.js';
 * const r = l1 > 0 || kind === 'squared_error' ? solveProxNewton(problem, settings) : solveSmooth(problem, settings);
 * ```
 */
import type { Rng } from '../../util/rng.js';
import { solveQuadraticCd } from './coordinate-descent.js';
import { minimizeLbfgs } from './lbfgs.js';
import {
  type LinearProblem,
  computeEta,
  gradientInto,
  kktViolation,
  lossAndResidual,
  penaltyValue,
} from './linear-loss.js';

/** What every solver needs besides the problem. */
export interface SolverSettings {
  readonly l1: number;
  readonly l2: number;
  readonly intercept: boolean;
  readonly tol: number;
  readonly maxIter: number;
  readonly rng: Rng | null;
  /** Called after each step (L-BFGS iteration, Newton step or, for squared error, sweep) with the objective. */
  readonly onStep: (step: number, objective: number) => void;
  /** Called often (every sweep); throws to cancel. */
  readonly check: () => void;
}

/** A solver's result: the coefficient vector and how it got there. */
export interface SolverResult {
  readonly beta: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Largest optimality violation at the result. */
  readonly violation: number;
  readonly objective: number;
}

/**
 * L-BFGS for the smooth objectives (no L1 part).
 *
 * @example
 * ```ts
 * solveSmooth(problem, { l1: 0, l2: 1e-3, intercept: true, tol: 1e-10, maxIter: 1000, rng: null, onStep, check });
 * ```
 */
export function solveSmooth(problem: LinearProblem, s: SolverSettings): SolverResult {
  const { n, p, outputs } = problem;
  const count = outputs * p;
  const eta = new Float64Array(outputs * n);
  const resid = new Float64Array(outputs * n);
  const objective = (beta: Float64Array, g: Float64Array): number => {
    computeEta(problem, beta, eta);
    const loss = lossAndResidual(problem, eta, resid);
    gradientInto(problem, resid, g);
    for (let j = 0; j < count; j++) g[j] += s.l2 * beta[j];
    if (!s.intercept) for (let k = 0; k < outputs; k++) g[count + k] = 0;
    return loss + penaltyValue(beta, count, 0, s.l2);
  };
  const r = minimizeLbfgs(objective, new Float64Array(count + outputs), {
    tol: s.tol,
    maxIter: s.maxIter,
    onIteration: (it, value) => {
      s.check();
      s.onStep(it, value);
    },
  });
  return { beta: r.x, iterations: r.iterations, converged: r.converged, violation: r.gradMax, objective: r.value };
}

/**
 * Proximal Newton with coordinate descent inside, for any penalty (and the exact solve for squared error).
 *
 * @example
 * ```ts
 * solveProxNewton(problem, { l1: 0.01, l2: 0, intercept: true, tol: 1e-10, maxIter: 100, rng: null, onStep, check });
 * ```
 */
export function solveProxNewton(problem: LinearProblem, s: SolverSettings): SolverResult {
  const { n, p, outputs, kind } = problem;
  const count = outputs * p;
  const size = count + outputs;
  const eta = new Float64Array(outputs * n);
  const resid = new Float64Array(outputs * n);
  const g = new Float64Array(size);
  const v = new Float64Array(outputs * n);
  const probs = kind === 'multiclass' ? new Float64Array(outputs * n) : null;
  const trial = new Float64Array(size);
  const squared = kind === 'squared_error';
  let beta = new Float64Array(size);
  const evaluate = (b: Float64Array): number => {
    computeEta(problem, b, eta);
    return lossAndResidual(problem, eta, resid) + penaltyValue(b, count, s.l1, s.l2);
  };
  let value = evaluate(beta);
  let violation = Number.POSITIVE_INFINITY;
  let iterations = 0;
  let sweepsDone = 0;
  while (true) {
    gradientInto(problem, resid, g);
    violation = kktViolation(g, beta, problem, s.l1, s.l2, s.intercept);
    if (violation <= s.tol) break;
    if (squared ? sweepsDone >= s.maxIter : iterations >= s.maxIter) break;
    curvature(problem, eta, v, probs);
    const inner = solveQuadraticCd(problem, {
      g,
      v,
      beta0: beta,
      l1: s.l1,
      l2: s.l2,
      intercept: s.intercept,
      tol: squared ? s.tol * 0.5 : Math.max(s.tol * 0.1, Math.min(0.1, violation) * violation),
      maxSweeps: squared ? s.maxIter - sweepsDone : Math.max(1000, s.maxIter),
      rng: s.rng,
      coupling: probs ? { w: problem.w, probs } : null,
      onSweep: (sweep) => {
        s.check();
        if (squared) s.onStep(sweepsDone + sweep, Number.NaN);
      },
    });
    sweepsDone += inner.sweeps;
    iterations++;
    // line search on the true objective along d = inner.beta − beta
    const d = inner.beta;
    let predicted = penaltyValue(d, count, s.l1, s.l2) - penaltyValue(beta, count, s.l1, s.l2);
    for (let j = 0; j < size; j++) predicted += g[j] * (d[j] - beta[j]);
    let step = 1;
    let next = value;
    let accepted = false;
    for (let tries = 0; tries < 50; tries++) {
      for (let j = 0; j < size; j++) trial[j] = beta[j] + step * (d[j] - beta[j]);
      next = evaluate(trial);
      if (next <= value + 1e-4 * step * Math.min(predicted, 0) || (squared && step === 1)) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      evaluate(beta); // restore eta and resid at beta
      break;
    }
    beta = Float64Array.from(trial);
    value = next;
    if (!squared) s.onStep(iterations, value);
  }
  return {
    beta,
    iterations: squared ? sweepsDone : iterations,
    converged: violation <= s.tol,
    violation,
    objective: value,
  };
}

/** Curvature weights of the quadratic model at η: w (squared error), w·p(1−p) (log loss, per class). */
function curvature(problem: LinearProblem, eta: Float64Array, v: Float64Array, probs: Float64Array | null): void {
  const { n, outputs, w, kind } = problem;
  if (kind === 'squared_error') {
    v.set(w);
    return;
  }
  if (kind === 'binary') {
    for (let i = 0; i < n; i++) {
      const prob = 1 / (1 + Math.exp(-eta[i]));
      v[i] = w[i] * prob * (1 - prob);
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < outputs; k++) max = Math.max(max, eta[k * n + i]);
    let sum = 0;
    for (let k = 0; k < outputs; k++) sum += Math.exp(eta[k * n + i] - max);
    for (let k = 0; k < outputs; k++) {
      const prob = Math.exp(eta[k * n + i] - max) / sum;
      v[k * n + i] = w[i] * prob * (1 - prob);
      if (probs) probs[k * n + i] = prob;
    }
  }
}
