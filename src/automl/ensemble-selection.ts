/**
 * @module automl/ensemble-selection
 * Greedy ensemble selection (Caruana et al. 2004, as in auto-sklearn and AutoGluon): start empty, and add —
 * with replacement — the candidate whose out-of-fold predictions most improve the blend's primary metric, for
 * a fixed number of steps; the weights are the pick counts. To score the ensemble honestly, selection for
 * fold f only sees the other folds' predictions (nested), so the ensemble's cross-validated score is not
 * flattered by having chosen its members on the same rows; the final weights use all folds.
 *
 * @example
 * ```ts
 * import { ensembleCandidate } from './ensemble-selection.js';
 * const ensemble = ensembleCandidate(data, found.candidates, 'auc'); // null when it does not beat the best single model
 * ```
 */
import { metricByName } from '../evaluation/index.js';
import type { FitResult } from './fit-task.js';
import type { FoldData } from './fold-data.js';
import { type Candidate, summarise } from './search.js';

/**
 * Selection steps (members picked, with replacement).
 *
 * @example
 * ```ts
 * ENSEMBLE_STEPS; // 20
 * ```
 */
export const ENSEMBLE_STEPS = 20;
const STEPS = ENSEMBLE_STEPS;
const POOL = 8;

/**
 * The candidates selection may pick from: the best `POOL`, and the best of every family not among them (a
 * weaker model of another kind often helps a blend more than the ninth variant of the best one).
 *
 * @example
 * ```ts
 * ensemblePool(ranked).map((c) => c.id); // ['gbdt#1', …, 'gbdt#8', 'random_forest#1', 'mlp#1']
 * ```
 */
export function ensemblePool(ranked: readonly Candidate[]): Candidate[] {
  const pool = ranked.slice(0, POOL);
  const families = new Set(pool.map((c) => c.learner));
  for (const c of ranked.slice(POOL)) {
    if (families.has(c.learner)) continue;
    families.add(c.learner);
    pool.push(c);
  }
  return pool;
}

/** The validation targets of a fold (the same rows for every preprocessing kind). */
function validY(data: FoldData, fold: number): Float64Array {
  return (data.native.length > 0 ? data.native : data.encoded)[fold].validY;
}

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Greedy selection on the given folds: pick counts per candidate index.
 *
 * @example
 * ```ts
 * selectWeights(data, candidates, 'auc', [1, 2, 3, 4]); // e.g. [14, 0, 8, 3]
 * ```
 */
export function selectWeights(
  data: FoldData,
  candidates: readonly Candidate[],
  metric: string,
  folds: readonly number[],
): number[] {
  const m = metricByName(metric);
  const preds = candidates.map((c) => concat(folds.map((f) => c.folds[f].valid)));
  const y = concat(folds.map((f) => validY(data, f)));
  const sign = m.higherIsBetter ? 1 : -1;
  const counts = new Array<number>(candidates.length).fill(0);
  const blend = new Float64Array(preds[0].length);
  let picked = 0;
  for (let step = 0; step < STEPS; step++) {
    let bestScore = Number.NEGATIVE_INFINITY;
    let best = -1;
    const trial = new Float64Array(blend.length);
    for (let c = 0; c < candidates.length; c++) {
      const p = preds[c];
      for (let i = 0; i < trial.length; i++) trial[i] = (blend[i] * picked + p[i]) / (picked + 1);
      const score = sign * m.compute(trial, y, data.classCount);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best < 0) break;
    const p = preds[best];
    for (let i = 0; i < blend.length; i++) blend[i] = (blend[i] * picked + p[i]) / (picked + 1);
    picked++;
    counts[best]++;
  }
  return counts;
}

function blendFold(candidates: readonly Candidate[], weights: readonly number[], fold: number): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(candidates[0].folds[fold].valid.length);
  candidates.forEach((c, k) => {
    if (weights[k] === 0) return;
    const v = c.folds[fold].valid;
    for (let i = 0; i < out.length; i++) out[i] += (weights[k] / total) * v[i];
  });
  return out;
}

/**
 * The ensemble of the candidates in `ensemblePool`, with a nested cross-validated score; null when
 * it picks a single member or does not beat the best single candidate.
 *
 * @example
 * ```ts
 * const e = ensembleCandidate(data, candidates, 'auc');
 * e?.params.members; // { 'gbdt#4': 0.56, 'random_forest#2': 0.28, 'linear#1': 0.16 }
 * ```
 */
export function ensembleCandidate(
  data: FoldData,
  ranked: readonly Candidate[],
  metric: string,
): (Candidate & { readonly members: readonly { readonly id: string; readonly weight: number }[] }) | null {
  const pool = ensemblePool(ranked);
  if (pool.length < 2) return null;
  const folds = pool[0].folds.length;
  const all = Array.from({ length: folds }, (_, f) => f);
  const nested: FitResult[] = all.map((f) => {
    const weights = selectWeights(
      data,
      pool,
      metric,
      all.filter((g) => g !== f),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    return {
      id: -1,
      fold: f,
      valid: blendFold(pool, weights, f),
      train: pool.reduce((a, c, k) => a + (weights[k] / total) * c.folds[f].train, 0),
      fitMs: pool.reduce((a, c, k) => a + (weights[k] > 0 ? c.folds[f].fitMs : 0), 0),
      modelBytes: pool.reduce((a, c, k) => a + (weights[k] > 0 ? c.folds[f].modelBytes : 0), 0),
      rounds: 0,
    };
  });
  const weights = selectWeights(data, pool, metric, all);
  const total = weights.reduce((a, b) => a + b, 0);
  const members = pool.map((c, k) => ({ id: c.id, weight: weights[k] / total })).filter((m) => m.weight > 0);
  if (members.length < 2) return null;
  // the family used for summarise only decides where the validation targets are read: same rows for every kind
  const learner = pool[0].learner;
  const summary = summarise(
    data,
    'ensemble',
    learner,
    { members: Object.fromEntries(members.map((m) => [m.id, Number(m.weight.toFixed(4))])) },
    nested,
    metric,
  );
  if (summary.score <= ranked[0].score) return null;
  return { ...summary, learner: 'ensemble', members };
}
