/**
 * The two coordinate-descent modes (per-row updates, Gram matrix) solve the same penalised quadratic problem,
 * in cyclic and random order, and their solution meets the optimality conditions.
 */
import { describe, expect, it } from 'vitest';
import { solveQuadraticCd } from '../../../src/learners/linear/coordinate-descent.js';
import { solveGramCd } from '../../../src/learners/linear/gram-coordinate-descent.js';
import {
  type LinearProblem,
  computeEta,
  gradientInto,
  kktViolation,
  lossAndResidual,
} from '../../../src/learners/linear/linear-loss.js';
import { createRng } from '../../../src/util/rng.js';

function wideProblem(n: number, p: number, seed: number): LinearProblem {
  const rng = createRng(seed);
  const z = Array.from({ length: p }, () => Float64Array.from({ length: n }, () => rng.normal()));
  const y = Float64Array.from({ length: n }, (_, i) => 2 * z[0][i] - z[3][i] + 0.5 * rng.normal() + 1);
  const raw = Float64Array.from({ length: n }, () => 0.5 + rng.next());
  const sum = raw.reduce((a, b) => a + b, 0);
  return { z, n, p, outputs: 1, kind: 'squared_error', y, w: raw.map((v) => v / sum) };
}

describe('coordinate descent on the elastic-net least-squares problem', () => {
  const problem = wideProblem(40, 12, 3); // n < 4(p + 1): solveQuadraticCd keeps per-row updates
  const size = problem.p + 1;
  const eta = new Float64Array(problem.n);
  const resid = new Float64Array(problem.n);
  const g = new Float64Array(size);
  const beta0 = new Float64Array(size);
  computeEta(problem, beta0, eta);
  lossAndResidual(problem, eta, resid);
  gradientInto(problem, resid, g);
  const base = { g, v: problem.w, beta0, l1: 0.05, l2: 0.02, intercept: true, tol: 1e-13, maxSweeps: 100_000 };

  it('gives the same solution per row, on the Gram matrix and in random order', () => {
    const rows = solveQuadraticCd(problem, base);
    const gram = solveGramCd(problem, base);
    const random = solveQuadraticCd(problem, { ...base, rng: createRng(9) });
    for (let j = 0; j < size; j++) {
      expect(Math.abs(rows.beta[j] - gram.beta[j])).toBeLessThan(1e-11);
      expect(Math.abs(rows.beta[j] - random.beta[j])).toBeLessThan(1e-11);
    }
    expect(rows.beta.some((v, j) => j < problem.p && v === 0)).toBe(true);
  });

  it('meets the optimality conditions of the exact problem', () => {
    const { beta } = solveQuadraticCd(problem, base);
    computeEta(problem, beta, eta);
    lossAndResidual(problem, eta, resid);
    const grad = new Float64Array(size);
    gradientInto(problem, resid, grad);
    expect(kktViolation(grad, beta, problem, 0.05, 0.02, true)).toBeLessThan(1e-12);
  });
});
