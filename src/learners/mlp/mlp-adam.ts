/**
 * @module learners/mlp/mlp-adam
 * The Adam optimiser exactly as sklearn's `AdamOptimizer`: first and second moment estimates with
 * β1 = 0.9, β2 = 0.999, ε = 1e-8, bias correction folded into the step size
 * (lr_t = lr · √(1 − β2^t) / (1 − β1^t)) and ε added to √v.
 *
 * @example
 * ```ts
 * import { createAdam, adamStep } from './mlp-adam.js';
 * const adam = createAdam([...net.weights, ...net.biases]);
 * adamStep(adam, [...net.weights, ...net.biases], [...ws.gradW, ...ws.gradB], 0.001);
 * ```
 */
import type { Vec, VecCtor } from './mlp-network.js';

/** Adam's moments and step count (mutable training state). */
export interface AdamState {
  readonly m: Vec[];
  readonly v: Vec[];
  t: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Zero moments for the given parameter arrays.
 *
 * @example
 * ```ts
 * createAdam([Float32Array.of(1, 2)]).t; // 0
 * ```
 */
export function createAdam(params: readonly Vec[]): AdamState {
  const make = (p: Vec): Vec => new (p.constructor as VecCtor)(p.length);
  return { m: params.map(make), v: params.map(make), t: 0 };
}

/**
 * One update of every parameter array by its gradient.
 *
 * @example
 * ```ts
 * adamStep(state, params, grads, 0.001);
 * ```
 */
export function adamStep(state: AdamState, params: readonly Vec[], grads: readonly Vec[], learningRate: number): void {
  state.t += 1;
  const lr = (learningRate * Math.sqrt(1 - BETA2 ** state.t)) / (1 - BETA1 ** state.t);
  for (let p = 0; p < params.length; p++) {
    const x = params[p];
    const g = grads[p];
    const m = state.m[p];
    const v = state.v[p];
    for (let i = 0; i < x.length; i++) {
      const gi = g[i];
      const mi = BETA1 * m[i] + (1 - BETA1) * gi;
      const vi = BETA2 * v[i] + (1 - BETA2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      x[i] -= (lr * mi) / (Math.sqrt(vi) + EPSILON);
    }
  }
}
