/**
 * @module tuning/tpe
 * The tree-structured Parzen estimator (Bergstra et al. 2011, as in hyperopt and Optuna): after `startup`
 * random trials, split the history into the best `gamma` share ("good", density l) and the rest ("bad",
 * density g); per dimension, draw `candidates` values from l and keep the one with the largest l(x)/g(x).
 * Kernels are independent per dimension (Optuna's default `multivariate=False`); log dimensions are modelled
 * on the log scale; integers as reals rounded at the end; choices by smoothed category counts.
 *
 * `multivariate: true` models the dimensions jointly instead (one product kernel per trial, see
 * `joint-parzen.ts`) and keeps the best of `candidates` joint draws. On the test objectives (best of 40 trials,
 * mean over 100 seeds) it was clearly better: Branin 0.68 vs 0.91 (random 1.70; optimum 0.398), a separable
 * 4-d mix of log/int/float/choice 0.11 vs 0.36 (random 0.59); on a 10-d GBDT-like space about even.
 *
 * Parallel proposals use the constant liar (Optuna's `constant_liar`): proposals still running — `pending`
 * and the earlier members of the same batch — count as bad trials, which pushes a batch apart.
 *
 * Several fidelities (a `resource` on trials, e.g. from successive halving): as BOHB (Falkner et al. 2018),
 * the model is fitted on the trials of the largest resource that has at least `startup` of them; scores of
 * different resources are never compared. Failed trials (score NaN or −∞) count as bad.
 *
 * @example
 * ```ts
 * import { createTpe } from './tpe.js';
 * const tpe = createTpe(space, { seed: 1 });
 * const history: Trial[] = [];
 * for (let i = 0; i < 40; i++) {
 *   const [params] = tpe.suggest(history, 1);
 *   history.push({ params, score: -objective(params) });
 * }
 * ```
 */
import { createRng, type Rng } from '../util/rng.js';
import { fitJoint, logPdfJoint, sampleJoint } from './joint-parzen.js';
import { ValidationError } from '../util/errors.js';
import { categoricalProbs, fitParzen, logPdfParzen, sampleCategory, sampleParzen } from './parzen.js';
import {
  callSeed,
  checkInteger,
  drawDistinct,
  fromInternal,
  internalBounds,
  randomPoint,
  type Sampler,
  seenKeys,
  toInternal,
  type Trial,
} from './sampler.js';
import type { ChoiceDimension, NumericDimension, SearchSpace } from './search-space.js';

/** Options of {@link createTpe}. */
export interface TpeOptions {
  /** Seed of the draws (default 0). */
  readonly seed?: number;
  /** Random trials before the model is used (default 8). */
  readonly startup?: number;
  /** Values drawn from l per dimension and proposal (default 24, as Optuna's `n_ei_candidates`). */
  readonly candidates?: number;
  /** Share of trials in the good group (default 0.25); at least one trial is good. */
  readonly gamma?: number;
  /**
   * Model the dimensions jointly (one product kernel per trial, as Optuna's `multivariate=True` and BOHB)
   * instead of independently (default false).
   */
  readonly multivariate?: boolean;
}

type Point = Readonly<Record<string, unknown>>;

/**
 * A TPE sampler. The n-th call draws from a generator seeded by (seed, n): the same seed and the same history
 * (and pending) replay the same proposals.
 *
 * @example
 * ```ts
 * const tpe = createTpe(searchSpace(gbdtSchema, { fixed: { objective: 'binary' } }), { seed: 42 });
 * const batch = tpe.suggest(history, 2); // two proposals for two workers
 * ```
 */
export function createTpe(space: SearchSpace, options: TpeOptions = {}): Sampler {
  const seed = options.seed ?? 0;
  const startup = options.startup ?? 8;
  const candidates = options.candidates ?? 24;
  const gamma = options.gamma ?? 0.25;
  const multivariate = options.multivariate ?? false;
  checkInteger('startup', startup, 1);
  checkInteger('candidates', candidates, 1);
  if (!(gamma > 0 && gamma < 1)) {
    throw new ValidationError('tuning.badOption', {
      option: 'gamma',
      expected: 'a number in (0, 1)',
      got: String(gamma),
    });
  }
  let calls = 0;
  return {
    suggest(history, count, pending = []) {
      checkInteger('count', count, 0);
      const rng = createRng(callSeed(seed, calls++));
      const seen = seenKeys(space, history, pending);
      const trials = modelTrials(history, startup);
      const out: Point[] = [];
      for (let i = 0; i < count; i++) {
        if (trials.length < startup || space.dimensions.length === 0) {
          out.push(drawDistinct(space, seen, () => randomPoint(space, rng)));
          continue;
        }
        const groups = split(trials, [...pending, ...out], gamma);
        out.push(
          drawDistinct(space, seen, (attempt) =>
            attempt >= 4
              ? randomPoint(space, rng)
              : multivariate
                ? jointPoint(space, groups, candidates, rng)
                : tpePoint(space, groups, candidates, rng),
          ),
        );
      }
      return out;
    },
  };
}

/** The trials the model is fitted on: those of the largest resource with at least `startup` of them. */
function modelTrials(history: readonly Trial[], startup: number): readonly Trial[] {
  const byResource = new Map<number, Trial[]>();
  for (const t of history) {
    const r = t.resource ?? Number.POSITIVE_INFINITY;
    let list = byResource.get(r);
    if (!list) byResource.set(r, (list = []));
    list.push(t);
  }
  const resources = [...byResource.keys()].sort((a, b) => b - a);
  for (const r of resources) {
    const list = byResource.get(r) as Trial[];
    if (list.length >= startup) return list;
  }
  return [];
}

/** The good (best `gamma` share) and bad trials' parameters; liars join the bad ones. */
function split(
  trials: readonly Trial[],
  liars: readonly Point[],
  gamma: number,
): { good: readonly Point[]; bad: readonly Point[] } {
  const order = trials
    .map((t, i) => ({ s: Number.isNaN(t.score) ? Number.NEGATIVE_INFINITY : t.score, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const nGood = Math.max(1, Math.ceil(gamma * trials.length));
  const good = order.slice(0, nGood).map((o) => (trials[o.i] as Trial).params);
  const bad = order
    .slice(nGood)
    .map((o) => (trials[o.i] as Trial).params)
    .concat(liars);
  return { good, bad };
}

function tpePoint(
  space: SearchSpace,
  { good, bad }: { good: readonly Point[]; bad: readonly Point[] },
  candidates: number,
  rng: Rng,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const dim of space.dimensions) {
    out[dim.name] =
      dim.type === 'choice'
        ? pickChoice(dim, good, bad, candidates, rng)
        : pickNumeric(dim, good, bad, candidates, rng);
  }
  return out;
}

function jointPoint(
  space: SearchSpace,
  { good, bad }: { good: readonly Point[]; bad: readonly Point[] },
  candidates: number,
  rng: Rng,
): Record<string, unknown> {
  const l = fitJoint(space, good);
  const g = fitJoint(space, bad);
  let best: Float64Array | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < candidates; c++) {
    const x = sampleJoint(l, rng);
    const s = logPdfJoint(l, x) - logPdfJoint(g, x);
    if (best === undefined || s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  const out: Record<string, unknown> = {};
  space.dimensions.forEach((dim, i) => {
    const v = (best as Float64Array)[i] as number;
    out[dim.name] = dim.type === 'choice' ? dim.values[v] : fromInternal(dim, v);
  });
  return out;
}

function pickNumeric(
  dim: NumericDimension,
  good: readonly Point[],
  bad: readonly Point[],
  candidates: number,
  rng: Rng,
): number {
  const [lo, hi] = internalBounds(dim);
  const values = (ps: readonly Point[]): number[] =>
    ps.map((p) => toInternal(dim, p[dim.name])).filter((x): x is number => x !== undefined);
  const l = fitParzen(values(good), lo, hi);
  const g = fitParzen(values(bad), lo, hi);
  let best = lo;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < candidates; c++) {
    const x = sampleParzen(l, rng);
    const s = logPdfParzen(l, x) - logPdfParzen(g, x);
    if (s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  return fromInternal(dim, best);
}

function pickChoice(
  dim: ChoiceDimension,
  good: readonly Point[],
  bad: readonly Point[],
  candidates: number,
  rng: Rng,
): string | number | boolean {
  const k = dim.values.length;
  const indexes = (ps: readonly Point[]): number[] =>
    ps.map((p) => dim.values.indexOf(p[dim.name] as string | number | boolean)).filter((i) => i >= 0);
  const l = categoricalProbs(indexes(good), k);
  const g = categoricalProbs(indexes(bad), k);
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < candidates; c++) {
    const i = sampleCategory(l, rng);
    const s = Math.log(l[i] as number) - Math.log(g[i] as number);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return dim.values[best] as string | number | boolean;
}
