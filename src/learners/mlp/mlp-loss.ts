/**
 * @module learners/mlp/mlp-loss
 * The output layers and losses of the MLP, as sklearn defines them: binary — one logistic unit with log loss;
 * multiclass — softmax over K units with cross-entropy; squared_error — identity with half the squared error.
 * For all three the gradient with respect to the logits is (prediction − target), multiplied here by the row
 * weight. Computed in double precision from the (float32) logits.
 *
 * @example
 * ```ts
 * import { outputDeltas } from './mlp-loss.js';
 * const lossSum = outputDeltas('binary', logits, rows, 1, y, w, delta);
 * ```
 */
import type { Vec } from './mlp-network.js';
import type { MlpObjectiveName } from './mlp-params.js';

/**
 * Number of output units of an objective.
 *
 * @example
 * ```ts
 * outputUnits('multiclass', 4); // 4
 * ```
 */
export function outputUnits(objective: MlpObjectiveName, classCount: number): number {
  return objective === 'multiclass' ? classCount : 1;
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * Write dLoss/dlogit (times the row weight) into `delta` and return Σ weight · loss over the rows. `y` holds
 * class codes (classifiers) or the scaled target (regression); `w` row weights or null.
 *
 * @example
 * ```ts
 * outputDeltas('squared_error', z, 2, 1, Float64Array.of(1, 2), null, delta); // ½((z0−1)² + (z1−2)²)
 * ```
 */
export function outputDeltas(
  objective: MlpObjectiveName,
  z: Vec,
  rows: number,
  k: number,
  y: ArrayLike<number>,
  w: ArrayLike<number> | null,
  delta: Vec | null,
): number {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const wr = w ? w[r] : 1;
    let loss: number;
    if (objective === 'binary') {
      const s = z[r];
      const t = y[r];
      loss = softplus(s) - t * s;
      if (delta) delta[r] = wr * (1 / (1 + Math.exp(-s)) - t);
    } else if (objective === 'multiclass') {
      const base = r * k;
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) if (z[base + c] > max) max = z[base + c];
      let sum = 0;
      for (let c = 0; c < k; c++) sum += Math.exp(z[base + c] - max);
      const logSum = max + Math.log(sum);
      const t = y[r];
      loss = logSum - z[base + t];
      if (delta) {
        for (let c = 0; c < k; c++) delta[base + c] = wr * (Math.exp(z[base + c] - logSum) - (c === t ? 1 : 0));
      }
    } else {
      const d = z[r] - y[r];
      loss = 0.5 * d * d;
      if (delta) delta[r] = wr * d;
    }
    total += wr * loss;
  }
  return total;
}
