/**
 * Backpropagation against central finite differences on tiny networks, in float64 (relative error < 1e-5),
 * for every activation and objective, with row weights, L2 and a fixed dropout mask; and the float32 gradients
 * against the float64 ones.
 */
import { describe, expect, it } from 'vitest';
import { outputDeltas } from '../../../src/learners/mlp/mlp-loss.js';
import {
  type Network,
  type Vec,
  type VecCtor,
  backward,
  createWorkspace,
  forward,
  initNetwork,
  squaredWeights,
} from '../../../src/learners/mlp/mlp-network.js';
import type { MlpActivation, MlpObjectiveName } from '../../../src/learners/mlp/mlp-params.js';
import { createRng } from '../../../src/util/rng.js';

const ROWS = 7;
const L2 = 0.3;

interface Problem {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly k: number;
}

function problem(objective: MlpObjectiveName): Problem {
  const rng = createRng(3);
  const k = objective === 'multiclass' ? 3 : 1;
  const x = Float64Array.from({ length: ROWS * 4 }, () => rng.normal());
  const y = Float64Array.from({ length: ROWS }, () =>
    objective === 'binary' ? rng.int(2) : objective === 'multiclass' ? rng.int(3) : rng.normal() * 2,
  );
  const w = Float64Array.from({ length: ROWS }, () => 0.5 + rng.next());
  return { x, y, w, k };
}

function run(
  net: Network,
  activation: MlpActivation,
  objective: MlpObjectiveName,
  p: Problem,
  dropout: number,
  withGrad: boolean,
): { loss: number; gradW: Vec[]; gradB: Vec[] } {
  const ws = createWorkspace(net, ROWS);
  ws.a[0].set(p.x);
  forward(net, activation, ws, ROWS, dropout > 0 ? { rate: dropout, rng: createRng(11) } : null);
  const last = net.sizes.length - 2;
  const sum = outputDeltas(objective, ws.z[last], ROWS, p.k, p.y, p.w, ws.delta[last]);
  const loss = (sum + 0.5 * L2 * squaredWeights(net)) / ROWS;
  if (withGrad) backward(net, activation, ws, ROWS, L2, dropout > 0);
  return { loss, gradW: ws.gradW, gradB: ws.gradB };
}

function maxRelativeError(
  activation: MlpActivation,
  objective: MlpObjectiveName,
  dropout: number,
): { error: number; checked: number } {
  const p = problem(objective);
  const net = initNetwork([4, 5, 3, p.k], createRng(21), Float64Array);
  const { gradW, gradB } = run(net, activation, objective, p, dropout, true);
  const eps = 1e-6;
  let error = 0;
  let checked = 0;
  const params = [...net.weights, ...net.biases];
  const grads = [...gradW, ...gradB].map((g) => Float64Array.from(g));
  params.forEach((arr, a) => {
    for (let i = 0; i < arr.length; i++) {
      const keep = arr[i];
      arr[i] = keep + eps;
      const up = run(net, activation, objective, p, dropout, false).loss;
      arr[i] = keep - eps;
      const down = run(net, activation, objective, p, dropout, false).loss;
      arr[i] = keep;
      const numeric = (up - down) / (2 * eps);
      const analytic = grads[a][i];
      const scale = Math.max(Math.abs(numeric) + Math.abs(analytic), 1e-6);
      error = Math.max(error, Math.abs(numeric - analytic) / scale);
      checked++;
    }
  });
  return { error, checked };
}

describe('backpropagation matches finite differences (float64)', () => {
  const cases: [MlpActivation, MlpObjectiveName, number][] = [
    ['relu', 'binary', 0],
    ['gelu', 'binary', 0],
    ['tanh', 'binary', 0],
    ['relu', 'multiclass', 0],
    ['gelu', 'multiclass', 0],
    ['tanh', 'squared_error', 0],
    ['gelu', 'squared_error', 0],
    ['tanh', 'multiclass', 0.4],
    ['relu', 'squared_error', 0.4],
  ];
  it.each(cases)('%s / %s / dropout %s', (activation, objective, dropout) => {
    const { error, checked } = maxRelativeError(activation, objective, dropout);
    expect(checked).toBeGreaterThan(40);
    expect(error).toBeLessThan(1e-5);
  });

  it('a wrong gradient would be caught (the check can fail)', () => {
    const p = problem('binary');
    const net = initNetwork([4, 5, 3, 1], createRng(21), Float64Array);
    const { gradW } = run(net, 'tanh', 'binary', p, 0, true);
    const analytic = gradW[0][3];
    const keep = net.weights[0][3];
    net.weights[0][3] = keep + 1e-6;
    const up = run(net, 'tanh', 'binary', p, 0, false).loss;
    net.weights[0][3] = keep - 1e-6;
    const down = run(net, 'tanh', 'binary', p, 0, false).loss;
    net.weights[0][3] = keep;
    const numeric = (up - down) / 2e-6;
    expect(Math.abs(numeric - analytic)).toBeLessThan(1e-8);
    expect(Math.abs(numeric - analytic * 1.01)).toBeGreaterThan(1e-8);
  });
});

describe('float32 gradients agree with float64 ones', () => {
  it.each(['relu', 'gelu', 'tanh'] as MlpActivation[])('%s', (activation) => {
    const p = problem('multiclass');
    const grads = (ctor: VecCtor): Vec[] => {
      const net = initNetwork([4, 5, 3, 3], createRng(21), ctor);
      const r = run(net, activation, 'multiclass', p, 0, true);
      return [...r.gradW, ...r.gradB];
    };
    const g64 = grads(Float64Array);
    const g32 = grads(Float32Array);
    let worst = 0;
    g64.forEach((g, a) => {
      for (let i = 0; i < g.length; i++) {
        worst = Math.max(worst, Math.abs(g[i] - g32[a][i]) / Math.max(Math.abs(g[i]), 1e-3));
      }
    });
    expect(worst).toBeLessThan(1e-3);
  });
});
