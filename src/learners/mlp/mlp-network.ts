/**
 * @module learners/mlp/mlp-network
 * The dense network itself: weights per layer as row-major `in × out` arrays (as sklearn's `coefs_`),
 * Glorot-uniform initialisation as sklearn does it (bound √(6 / (fan_in + fan_out)) for weights and biases),
 * the forward pass for a mini-batch and backpropagation (the matrix loops are in mlp-kernels.ts). Arrays are `Float32Array` in training and prediction;
 * the same code runs on `Float64Array` for the gradient check.
 *
 * @example
 * ```ts
 * import { initNetwork, createWorkspace, forward } from './mlp-network.js';
 * const net = initNetwork([10, 64, 32, 1], createRng(0), Float32Array);
 * const ws = createWorkspace(net, 200);
 * forward(net, 'relu', ws, batchInputs, 200, null); // logits in ws.z[net.weights.length - 1]
 * ```
 */
import type { Rng } from '../../util/rng.js';
import { dense, propagate, transpose, weightGrad } from './mlp-kernels.js';
import type { MlpActivation } from './mlp-params.js';

/** A numeric array of the network: `Float32Array` (training, prediction) or `Float64Array` (gradient check). */
export type Vec = Float32Array | Float64Array;

/** Constructor of the network's arrays. */
export type VecCtor = Float32ArrayConstructor | Float64ArrayConstructor;

/** Layer sizes, weights and biases (plain data). */
export interface Network {
  /** Units per layer: inputs, hidden layers, outputs. */
  readonly sizes: readonly number[];
  /** Per layer l (0-based, one fewer than sizes): `sizes[l] × sizes[l + 1]` row-major. */
  readonly weights: readonly Vec[];
  /** Per layer l: `sizes[l + 1]`. */
  readonly biases: readonly Vec[];
}

/**
 * A fresh network with sklearn's initialisation: uniform in ±√(6 / (fan_in + fan_out)), weights first then
 * biases, layer by layer.
 *
 * @example
 * ```ts
 * initNetwork([4, 8, 1], createRng(1), Float32Array).weights[0].length; // 32
 * ```
 */
export function initNetwork(sizes: readonly number[], rng: Rng, ctor: VecCtor): Network {
  const weights: Vec[] = [];
  const biases: Vec[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const bound = Math.sqrt(6 / (fanIn + fanOut));
    const w = new ctor(fanIn * fanOut);
    for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * bound;
    const b = new ctor(fanOut);
    for (let i = 0; i < b.length; i++) b[i] = (2 * rng.next() - 1) * bound;
    weights.push(w);
    biases.push(b);
  }
  return { sizes: [...sizes], weights, biases };
}

/** Buffers for one mini-batch: pre-activations, activations, dropout masks and back-propagated deltas. */
export interface Workspace {
  readonly capacity: number;
  /** Per layer l: pre-activations `batch × sizes[l + 1]` (the last one holds the output logits). */
  readonly z: Vec[];
  /** Per layer l: the activations entering layer l (`a[0]` is the input batch). */
  readonly a: Vec[];
  /** Per hidden layer: dropout factors (0 or 1 / (1 − p)). */
  readonly mask: Vec[];
  /** Per layer l: deltas of the loss with respect to z[l]. */
  readonly delta: Vec[];
  readonly gradW: Vec[];
  readonly gradB: Vec[];
  /** Scratch for transposed activations and deltas (`capacity × widest layer`). */
  readonly xT: Vec;
  readonly dT: Vec;
}

/**
 * Buffers for batches of up to `capacity` rows.
 *
 * @example
 * ```ts
 * const ws = createWorkspace(net, 200);
 * ws.a[0].set(inputs.subarray(0, 200 * net.sizes[0]));
 * ```
 */
export function createWorkspace(net: Network, capacity: number): Workspace {
  const ctor = net.weights[0].constructor as VecCtor;
  const s = net.sizes;
  const layers = s.length - 1;
  const z: Vec[] = [];
  const a: Vec[] = [new ctor(capacity * s[0])];
  const mask: Vec[] = [];
  const delta: Vec[] = [];
  for (let l = 0; l < layers; l++) {
    z.push(new ctor(capacity * s[l + 1]));
    delta.push(new ctor(capacity * s[l + 1]));
    if (l + 1 < layers) {
      a.push(new ctor(capacity * s[l + 1]));
      mask.push(new ctor(capacity * s[l + 1]));
    }
  }
  return {
    capacity,
    z,
    a,
    mask,
    delta,
    gradW: net.weights.map((w) => new ctor(w.length)),
    gradB: net.biases.map((b) => new ctor(b.length)),
    xT: new ctor(capacity * Math.max(...s)),
    dT: new ctor(capacity * Math.max(...s)),
  };
}

const GELU_C = Math.sqrt(2 / Math.PI);

function activate(kind: MlpActivation, z: Vec, a: Vec, count: number): void {
  if (kind === 'relu') {
    for (let i = 0; i < count; i++) a[i] = z[i] > 0 ? z[i] : 0;
  } else if (kind === 'tanh') {
    for (let i = 0; i < count; i++) a[i] = Math.tanh(z[i]);
  } else {
    for (let i = 0; i < count; i++) {
      const x = z[i];
      a[i] = 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x)));
    }
  }
}

/** Multiply `d` (dL/da) in place by da/dz at the pre-activations z. */
function activationGrad(kind: MlpActivation, z: Vec, d: Vec, count: number): void {
  if (kind === 'relu') {
    for (let i = 0; i < count; i++) if (!(z[i] > 0)) d[i] = 0;
  } else if (kind === 'tanh') {
    for (let i = 0; i < count; i++) {
      const t = Math.tanh(z[i]);
      d[i] *= 1 - t * t;
    }
  } else {
    for (let i = 0; i < count; i++) {
      const x = z[i];
      const t = Math.tanh(GELU_C * (x + 0.044715 * x * x * x));
      d[i] *= 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * x * x);
    }
  }
}

/**
 * The forward pass for `rows` inputs in `ws.a[0]`; the output logits land in `ws.z[last]`. With `dropout`
 * (training only), hidden activations are multiplied by fresh masks drawn from `rng`.
 *
 * @example
 * ```ts
 * forward(net, 'gelu', ws, 64, null);
 * ```
 */
export function forward(
  net: Network,
  activation: MlpActivation,
  ws: Workspace,
  rows: number,
  dropout: { readonly rate: number; readonly rng: Rng } | null,
): void {
  const s = net.sizes;
  const layers = s.length - 1;
  for (let l = 0; l < layers; l++) {
    const nOut = s[l + 1];
    dense(ws.a[l], net.weights[l], net.biases[l], ws.z[l], rows, s[l], nOut);
    if (l + 1 === layers) break;
    const count = rows * nOut;
    const a = ws.a[l + 1];
    activate(activation, ws.z[l], a, count);
    if (dropout && dropout.rate > 0) {
      const m = ws.mask[l];
      const keep = 1 / (1 - dropout.rate);
      for (let i = 0; i < count; i++) {
        m[i] = dropout.rng.next() < dropout.rate ? 0 : keep;
        a[i] *= m[i];
      }
    }
  }
}

/**
 * Backpropagation after `forward`: given the output deltas in `ws.delta[last]` (dLoss/dlogit per row, already
 * weighted), fills `ws.gradW` / `ws.gradB` with the batch gradient of
 * `(Σ rows loss + l2/2 · ‖W‖²) / rows` (sklearn's scaling of alpha).
 *
 * @example
 * ```ts
 * backward(net, 'relu', ws, 200, 1e-4, false);
 * ```
 */
export function backward(
  net: Network,
  activation: MlpActivation,
  ws: Workspace,
  rows: number,
  l2: number,
  dropout: boolean,
): void {
  const s = net.sizes;
  const layers = s.length - 1;
  for (let l = layers - 1; l >= 0; l--) {
    const nIn = s[l];
    const nOut = s[l + 1];
    const d = ws.delta[l];
    const x = ws.a[l];
    const gw = ws.gradW[l];
    const gb = ws.gradB[l];
    const w = net.weights[l];
    transpose(x, ws.xT, rows, nIn);
    transpose(d, ws.dT, rows, nOut);
    weightGrad(ws.xT, ws.dT, gw, rows, nIn, nOut);
    for (let o = 0; o < nOut; o++) {
      const dr = o * rows;
      let sum = 0;
      for (let b = 0; b < rows; b++) sum += ws.dT[dr + b];
      gb[o] = sum;
    }
    const inv = 1 / rows;
    for (let i = 0; i < gw.length; i++) gw[i] = (gw[i] + l2 * w[i]) * inv;
    for (let o = 0; o < nOut; o++) gb[o] *= inv;
    if (l === 0) break;
    // dLoss/da of layer l's input, then through dropout and the activation of layer l − 1
    const prev = ws.delta[l - 1];
    propagate(d, w, prev, rows, nIn, nOut);
    const count = rows * nIn;
    if (dropout) {
      const m = ws.mask[l - 1];
      for (let i = 0; i < count; i++) prev[i] *= m[i];
    }
    activationGrad(activation, ws.z[l - 1], prev, count);
  }
}

/**
 * Σ ‖W‖² over all layers' weights (not biases), for the L2 part of the loss.
 *
 * @example
 * ```ts
 * const penalty = (0.5 * l2 * squaredWeights(net)) / rows;
 * ```
 */
export function squaredWeights(net: Network): number {
  let s = 0;
  for (const w of net.weights) for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return s;
}
