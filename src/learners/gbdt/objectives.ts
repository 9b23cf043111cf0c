/**
 * @module learners/gbdt/objectives
 * The losses the booster minimises. Each gives gradients and hessians (interleaved `[g0, h0, g1, h1, …]` in one
 * `Float64Array` per output, weighted by the sample weights), the starting score (boost from average), the
 * link (score → prediction) and the loss reported for early stopping. Formulas follow XGBoost
 * (`binary:logistic`, `multi:softprob`, `count:poisson`, `reg:tweedie`) and LightGBM (huber, L1 with leaf
 * renewal by the weighted median of residuals).
 *
 * @example
 * ```ts
 * import { createObjective } from './objectives.js';
 * const obj = createObjective('binary', params, 2);
 * obj.gradients(y, null, [score], [gh], y.length); // gh[2i] = p - y, gh[2i+1] = p(1-p)
 * ```
 */
import type { Task } from '../learner.js';
import type { GbdtObjectiveName, GbdtParams } from './gbdt-params.js';

/** A boosting objective. */
export interface Objective {
  readonly name: GbdtObjectiveName;
  readonly task: Task;
  /** Name of the reported loss (lower is better). */
  readonly metric: string;
  /** Scores per row: 1, or the class count for multiclass. */
  readonly outputs: number;
  /** Leaves are re-fitted to the weighted median of residuals after each tree (absolute error). */
  readonly renewLeavesByMedian: boolean;
  /** Starting score per output (on the link scale). */
  initScores(y: Float64Array, w: Float64Array | null): number[];
  /** Fill gradients and hessians for rows 0..n-1 from the current scores. */
  gradients(
    y: Float64Array,
    w: Float64Array | null,
    scores: readonly Float64Array[],
    gh: readonly Float64Array[],
    n: number,
  ): void;
  /** Mean (weighted) loss of the scores; rows 0..n-1. */
  loss(y: Float64Array, w: Float64Array | null, scores: readonly Float64Array[], n: number): number;
  /**
   * For a one-output objective whose row gradients depend on that row alone: `gradients` for rows
   * `from..to-1` only, self-contained (a fit's worker threads compile its source and share the rows).
   */
  readonly gradientRange?: GradientRange;
}

/** Gradients and hessians of rows `from..to-1` into `gh` (interleaved), from scores `s`. */
export type GradientRange = (
  y: Float64Array,
  w: Float64Array | null,
  s: Float64Array,
  gh: Float64Array,
  from: number,
  to: number,
) => void;

const EPS = 1e-16;

/**
 * Binary log-loss gradients of rows `from..to-1`: `p − y` and `max(p(1 − p), 1e-16)`, times the row weight.
 * Self-contained (the fit's worker threads run its source), so the literal stands for `EPS`.
 *
 * @example
 * ```ts
 * binaryGradientRange(y, null, scores, gh, 0, y.length);
 * ```
 */
export const binaryGradientRange: GradientRange = function binaryGradientRange(y, w, s, gh, from, to) {
  for (let i = from; i < to; i++) {
    const p = 1 / (1 + Math.exp(-s[i]));
    const wi = w ? w[i] : 1;
    gh[2 * i] = (p - y[i]) * wi;
    gh[2 * i + 1] = Math.max(p * (1 - p), 1e-16) * wi;
  }
};

function weightedMean(y: Float64Array, w: Float64Array | null): number {
  let s = 0;
  let sw = 0;
  for (let i = 0; i < y.length; i++) {
    const wi = w ? w[i] : 1;
    s += wi * y[i];
    sw += wi;
  }
  return sw > 0 ? s / sw : 0;
}

/**
 * The weighted median (the smallest value whose cumulative weight reaches half), of `values[0..n)`.
 *
 * @example
 * ```ts
 * weightedMedian(Float64Array.of(3, 1, 2), null, 3); // 2
 * ```
 */
export function weightedMedian(values: Float64Array, w: Float64Array | null, n: number): number {
  if (n === 0) return 0;
  if (!w) {
    const s = values.slice(0, n).sort();
    return n % 2 === 1 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b]);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i];
  let acc = 0;
  for (let k = 0; k < n; k++) {
    acc += w[order[k]];
    if (acc >= total / 2) return values[order[k]];
  }
  return values[order[n - 1]];
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function binary(): Objective {
  return {
    name: 'binary',
    task: 'binary',
    metric: 'logloss',
    outputs: 1,
    renewLeavesByMedian: false,
    initScores(y, w) {
      const p = Math.min(1 - 1e-12, Math.max(1e-12, weightedMean(y, w)));
      return [Math.log(p / (1 - p))];
    },
    gradients(y, w, scores, gh, n) {
      binaryGradientRange(y, w, scores[0], gh[0], 0, n);
    },
    gradientRange: binaryGradientRange,
    loss(y, w, scores, n) {
      const s = scores[0];
      let l = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        // log(1 + exp(s)) - y s, computed stably
        const x = s[i];
        const softplus = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
        l += wi * (softplus - y[i] * x);
        sw += wi;
      }
      return sw > 0 ? l / sw : 0;
    },
  };
}

function multiclass(k: number): Objective {
  const probs = new Float64Array(k);
  const softmax = (scores: readonly Float64Array[], i: number): void => {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) if (scores[c][i] > max) max = scores[c][i];
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp(scores[c][i] - max);
      probs[c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) probs[c] /= sum;
  };
  return {
    name: 'multiclass',
    task: 'multiclass',
    metric: 'mlogloss',
    outputs: k,
    renewLeavesByMedian: false,
    initScores(y, w) {
      const counts = new Float64Array(k);
      let total = 0;
      for (let i = 0; i < y.length; i++) {
        const wi = w ? w[i] : 1;
        counts[y[i]] += wi;
        total += wi;
      }
      const logs = Array.from(counts, (c) => Math.log(Math.max(c / total, 1e-12)));
      const mean = logs.reduce((a, b) => a + b, 0) / k;
      return logs.map((l) => l - mean);
    },
    gradients(y, w, scores, gh, n) {
      for (let i = 0; i < n; i++) {
        softmax(scores, i);
        const wi = w ? w[i] : 1;
        const yi = y[i];
        for (let c = 0; c < k; c++) {
          const p = probs[c];
          const out = gh[c];
          out[2 * i] = (p - (yi === c ? 1 : 0)) * wi;
          out[2 * i + 1] = Math.max(2 * p * (1 - p), EPS) * wi;
        }
      }
    },
    loss(y, w, scores, n) {
      let l = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        softmax(scores, i);
        const wi = w ? w[i] : 1;
        l -= wi * Math.log(Math.max(probs[y[i]], 1e-15));
        sw += wi;
      }
      return sw > 0 ? l / sw : 0;
    },
  };
}

function regression(
  name: 'squared_error' | 'absolute_error' | 'huber',
  metric: string,
  grad: (diff: number) => number,
  pointLoss: (diff: number) => number,
  init: (y: Float64Array, w: Float64Array | null) => number,
): Objective {
  return {
    name,
    task: 'regression',
    metric,
    outputs: 1,
    renewLeavesByMedian: name === 'absolute_error',
    initScores: (y, w) => [init(y, w)],
    gradients(y, w, scores, gh, n) {
      const s = scores[0];
      const out = gh[0];
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        out[2 * i] = grad(s[i] - y[i]) * wi;
        out[2 * i + 1] = wi;
      }
    },
    loss(y, w, scores, n) {
      const s = scores[0];
      let l = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        l += wi * pointLoss(s[i] - y[i]);
        sw += wi;
      }
      const mean = sw > 0 ? l / sw : 0;
      return name === 'squared_error' ? Math.sqrt(mean) : mean;
    },
  };
}

function poisson(maxDeltaStep: number): Objective {
  return {
    name: 'poisson',
    task: 'regression',
    metric: 'poisson-deviance',
    outputs: 1,
    renewLeavesByMedian: false,
    initScores: (y, w) => [Math.log(Math.max(weightedMean(y, w), 1e-12))],
    gradients(y, w, scores, gh, n) {
      const s = scores[0];
      const out = gh[0];
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        const mu = Math.exp(s[i]);
        out[2 * i] = (mu - y[i]) * wi;
        out[2 * i + 1] = Math.exp(s[i] + maxDeltaStep) * wi;
      }
    },
    loss(y, w, scores, n) {
      const s = scores[0];
      let l = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        l += wi * poissonDeviance(y[i], Math.exp(s[i]));
        sw += wi;
      }
      return sw > 0 ? l / sw : 0;
    },
  };
}

/**
 * Unit Poisson deviance 2 (y log(y/μ) − (y − μ)).
 *
 * @example
 * ```ts
 * poissonDeviance(2, 2); // 0
 * ```
 */
export function poissonDeviance(y: number, mu: number): number {
  return 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
}

/**
 * Unit Tweedie deviance for power p in (1, 2).
 *
 * @example
 * ```ts
 * tweedieDeviance(3, 3, 1.5); // 0
 * ```
 */
export function tweedieDeviance(y: number, mu: number, p: number): number {
  const a = y > 0 ? y ** (2 - p) / ((1 - p) * (2 - p)) : 0;
  return 2 * (a - (y * mu ** (1 - p)) / (1 - p) + mu ** (2 - p) / (2 - p));
}

function tweedie(rho: number): Objective {
  return {
    name: 'tweedie',
    task: 'regression',
    metric: 'tweedie-deviance',
    outputs: 1,
    renewLeavesByMedian: false,
    initScores: (y, w) => [Math.log(Math.max(weightedMean(y, w), 1e-12))],
    gradients(y, w, scores, gh, n) {
      const s = scores[0];
      const out = gh[0];
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        const a = Math.exp((1 - rho) * s[i]);
        const b = Math.exp((2 - rho) * s[i]);
        out[2 * i] = (-y[i] * a + b) * wi;
        out[2 * i + 1] = (-y[i] * (1 - rho) * a + (2 - rho) * b) * wi;
      }
    },
    loss(y, w, scores, n) {
      const s = scores[0];
      let l = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        l += wi * tweedieDeviance(y[i], Math.exp(s[i]), rho);
        sw += wi;
      }
      return sw > 0 ? l / sw : 0;
    },
  };
}

/**
 * Build the objective for resolved parameters and a class count (ignored by regression objectives).
 *
 * @example
 * ```ts
 * createObjective('poisson', params, 0).metric; // 'poisson-deviance'
 * ```
 */
export function createObjective(name: GbdtObjectiveName, params: GbdtParams, classCount: number): Objective {
  switch (name) {
    case 'binary':
      return binary();
    case 'multiclass':
      return multiclass(classCount);
    case 'squared_error':
      return regression(
        'squared_error',
        'rmse',
        (d) => d,
        (d) => d * d,
        (y, w) => weightedMean(y, w),
      );
    case 'absolute_error':
      return regression(
        'absolute_error',
        'mae',
        (d) => (d > 0 ? 1 : d < 0 ? -1 : 0),
        (d) => Math.abs(d),
        (y, w) => weightedMedian(y, w, y.length),
      );
    case 'huber': {
      const delta = params.huber_delta;
      return regression(
        'huber',
        'huber',
        (d) => (d > delta ? delta : d < -delta ? -delta : d),
        (d) => (Math.abs(d) <= delta ? 0.5 * d * d : delta * (Math.abs(d) - 0.5 * delta)),
        (y, w) => weightedMedian(y, w, y.length),
      );
    }
    case 'poisson':
      return poisson(params.poisson_max_delta_step);
    case 'tweedie':
      return tweedie(params.tweedie_variance_power);
  }
}

/**
 * The link from score to prediction of an objective (sigmoid, exp or identity; multiclass uses softmax).
 *
 * @example
 * ```ts
 * linkOf('poisson')(0); // 1
 * ```
 */
export function linkOf(name: GbdtObjectiveName): (score: number) => number {
  switch (name) {
    case 'binary':
      return sigmoid;
    case 'poisson':
    case 'tweedie':
      return Math.exp;
    default:
      return (s) => s;
  }
}
