/**
 * @module learners/linear/lbfgs
 * Limited-memory BFGS (Nocedal & Wright, algorithm 7.4/7.5) for smooth convex objectives: the two-loop
 * recursion over the last `memory` curvature pairs and a backtracking line search with the Armijo condition.
 * It stops when the largest absolute gradient entry is at most `tol`, when `maxIter` iterations have run, or
 * when no step decreases the objective any more (the optimum at floating-point precision).
 *
 * @example
 * ```ts
 * import { minimizeLbfgs } from './lbfgs.js';
 * // f(x) = (x0 − 3)² + 10·(x1 + 1)²
 * const r = minimizeLbfgs((x, g) => {
 *   g[0] = 2 * (x[0] - 3); g[1] = 20 * (x[1] + 1);
 *   return (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2;
 * }, new Float64Array(2), { tol: 1e-10, maxIter: 100 });
 * r.x; // ≈ [3, -1]
 * ```
 */

/** Objective: writes the gradient at x into g and returns the value. */
export type SmoothObjective = (x: Float64Array, g: Float64Array) => number;

/** Options of `minimizeLbfgs`. */
export interface LbfgsOptions {
  readonly tol: number;
  readonly maxIter: number;
  /** Curvature pairs kept (default 10). */
  readonly memory?: number;
  /** Called after every iteration (1-based); may throw to stop (cancellation). */
  readonly onIteration?: (iteration: number, value: number) => void;
}

/** Result of `minimizeLbfgs`. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** Largest absolute gradient entry at x. */
  readonly gradMax: number;
  readonly converged: boolean;
}

function maxAbs(g: Float64Array): number {
  let m = 0;
  for (let i = 0; i < g.length; i++) {
    const a = Math.abs(g[i]);
    if (a > m) m = a;
  }
  return m;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Minimise a smooth function from x0 (not modified).
 *
 * @example
 * ```ts
 * minimizeLbfgs(f, Float64Array.of(0, 0), { tol: 1e-8, maxIter: 500 }).converged; // true
 * ```
 */
export function minimizeLbfgs(f: SmoothObjective, x0: Float64Array, options: LbfgsOptions): LbfgsResult {
  const d = x0.length;
  const m = options.memory ?? 10;
  let x = Float64Array.from(x0);
  let g = new Float64Array(d);
  let value = f(x, g);
  let gradMax = maxAbs(g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alphaK = new Float64Array(m);
  const dir = new Float64Array(d);
  let xNew = new Float64Array(d);
  let gNew = new Float64Array(d);
  let iterations = 0;
  while (gradMax > options.tol && iterations < options.maxIter) {
    // two-loop recursion: dir = −H·g
    for (let i = 0; i < d; i++) dir[i] = -g[i];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = rho[k] * dot(s[k], dir);
      alphaK[k] = a;
      const yk = y[k];
      for (let i = 0; i < d; i++) dir[i] -= a * yk[i];
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
      for (let i = 0; i < d; i++) dir[i] *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < d; i++) dir[i] /= Math.max(1, norm);
    }
    for (let k = 0; k < s.length; k++) {
      const b = rho[k] * dot(y[k], dir);
      const sk = s[k];
      const a = alphaK[k] - b;
      for (let i = 0; i < d; i++) dir[i] += a * sk[i];
    }
    let slope = dot(g, dir);
    if (!(slope < 0)) {
      // not a descent direction (numerical trouble): restart from steepest descent
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < d; i++) dir[i] = -g[i];
      slope = dot(g, dir);
    }
    let step = 1;
    let accepted = false;
    let valueNew = value;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < d; i++) xNew[i] = x[i] + step * dir[i];
      valueNew = f(xNew, gNew);
      // the Armijo test, or — once changes of the value drown in rounding — a smaller gradient
      const flat = Math.abs(valueNew - value) <= 1e-13 * Math.max(1, Math.abs(value));
      if (valueNew <= value + 1e-4 * step * slope || (flat && maxAbs(gNew) < gradMax)) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    iterations++;
    if (!accepted) break;
    const sk = new Float64Array(d);
    const yk = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      sk[i] = xNew[i] - x[i];
      yk[i] = gNew[i] - g[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-300) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const improved = valueNew < value;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    value = valueNew;
    gradMax = maxAbs(g);
    options.onIteration?.(iterations, value);
    if (!improved && sy <= 0) break;
  }
  return { x, value, iterations, gradMax, converged: gradMax <= options.tol };
}
