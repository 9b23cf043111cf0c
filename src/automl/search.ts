/**
 * @module automl/search
 * The budgeted model search. First every family's default candidate runs on all folds (cheap and strong
 * starting points), then the further entries of the families' portfolios (diverse settings for the
 * ensemble). Then, batch by batch, a Tree-structured Parzen Estimator per family proposes as many new
 * settings as there are workers; each is first fitted on ONE fold (rung 0 of successive halving, with the
 * number of folds as the resource) and only the top third of its family at that rung goes on to the other
 * folds (Jamieson & Talwalkar's successive halving, η = 3). GBDT rounds are found by early stopping on an
 * inner validation split of fold 0 (the rung-0 fit); then every fold — fold 0 again — trains on its whole
 * training part for 1.1 × those rounds, as the final refit does, so the cross-validated score is the score
 * of that procedure. Families get batches in proportion to their rank (the best family four
 * of every eight, the second two, the rest one).
 *
 * Determinism: proposals, promotions and the family schedule depend only on finished batches, never on which
 * thread finished first, so a trial budget (`trials`) gives the same leaderboard for a seed. Under a time
 * budget the number of batches that fit depends on the machine; the batches themselves are the same.
 *
 * @example
 * ```ts
 * import { runSearch } from './search.js';
 * const found = await runSearch({ data, pool, learners: ['gbdt', 'linear'], metric: 'auc', seed: 1, budgetMs: 60_000 });
 * found.candidates[0].cv.auc;
 * ```
 */
import { type Metric, metricByName, metricsFor } from '../evaluation/index.js';
import { getLearner } from '../learners/registry.js';
import { type Sampler, type Trial, createTpe, paramsKey, searchSpace } from '../tuning/index.js';
import { CancelledError } from '../util/errors.js';
import { familyOf } from './candidates.js';
import type { FitResult, FitTask } from './fit-task.js';
import type { FoldData } from './fold-data.js';
import type { FitFailure, TrialPool } from './trial-pool.js';

/** A candidate evaluated on every fold. */
export interface Candidate {
  readonly id: string;
  readonly learner: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly folds: readonly FitResult[];
  /** Mean and sd over the folds, per metric of the task. */
  readonly cv: Readonly<Record<string, number>>;
  readonly cvSd: Readonly<Record<string, number>>;
  /** Primary metric, higher is better (losses negated). */
  readonly score: number;
  readonly train: number;
  readonly fitSeconds: number;
  readonly modelBytes: number;
  readonly rounds: number;
}

/** Progress of the search, after each batch. */
export interface SearchProgress {
  readonly trials: number;
  readonly candidates: number;
  readonly best: Candidate | null;
  readonly elapsedMs: number;
  readonly budgetMs: number | null;
  readonly trialBudget: number | null;
}

/** Inputs of `runSearch`. */
export interface SearchOptions {
  readonly data: FoldData;
  readonly pool: TrialPool;
  readonly learners: readonly string[];
  readonly metric: string;
  readonly seed: number;
  /** Wall-clock budget of the search. */
  readonly budgetMs?: number;
  /** Number of trials (settings tried, defaults included) instead of a time budget. */
  readonly trials?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SearchProgress) => void;
  /** Time to keep free at the end of the budget (ensemble, refit, analysis), given the candidates so far. */
  readonly reserveMs?: (candidates: readonly Candidate[]) => number;
}

/** What the search found. */
export interface SearchOutcome {
  /** Candidates evaluated on every fold, best first. */
  readonly candidates: readonly Candidate[];
  readonly trials: number;
  readonly elapsedMs: number;
  readonly stoppedBy: 'budget' | 'trials' | 'exhausted';
  /** Fit failures (candidate id → message). */
  readonly failures: readonly { readonly id: string; readonly error: string }[];
}

const ETA = 3;
const INNER_VALIDATION = 0.1;

/**
 * Rounds for a fit on more rows than early stopping saw (a whole training fold, or all rows at the refit).
 *
 * @example
 * ```ts
 * roundsAfterStopping(200); // 220
 * ```
 */
export function roundsAfterStopping(rounds: number): number {
  return Math.max(1, Math.round(rounds * 1.1));
}

function isFailure(r: FitResult | FitFailure): r is FitFailure {
  return 'error' in r;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

/**
 * The metrics reported for every candidate: those of the task, without the Poisson deviance (defined only for
 * positive predictions) unless it is the primary metric.
 *
 * @example
 * ```ts
 * reportedMetrics('regression', 'rmse').map((m) => m.name); // ['rmse', 'mae', 'r2']
 * ```
 */
export function reportedMetrics(task: FoldData['task'], primary: string): Metric[] {
  return metricsFor(task).filter((m) => m.name === primary || m.name !== 'poisson_deviance');
}

/**
 * Summarise a candidate's fold results: every metric of the task per fold, then mean and sd.
 *
 * @example
 * ```ts
 * summarise(data, 'gbdt#1', 'gbdt', params, results, 'auc').cv.auc;
 * ```
 */
export function summarise(
  data: FoldData,
  id: string,
  learner: string,
  params: Readonly<Record<string, unknown>>,
  folds: readonly FitResult[],
  metric: string,
): Candidate {
  const family = familyOf(learner);
  const byFold = folds.map((r) => data[family.pipeline][r.fold]);
  const cv: Record<string, number> = {};
  const cvSd: Record<string, number> = {};
  for (const m of reportedMetrics(data.task, metric)) {
    const values = folds.map((r, i) => m.compute(r.valid, byFold[i].validY, data.classCount));
    cv[m.name] = mean(values);
    cvSd[m.name] = sd(values);
  }
  const primary = metricByName(metric);
  return {
    id,
    learner,
    params,
    folds,
    cv,
    cvSd,
    score: primary.higherIsBetter ? cv[metric] : -cv[metric],
    train: mean(folds.map((r) => r.train)),
    fitSeconds: mean(folds.map((r) => r.fitMs)) / 1000,
    modelBytes: Math.round(mean(folds.map((r) => r.modelBytes))),
    rounds: mean(folds.map((r) => r.rounds)),
  };
}

interface FamilyState {
  readonly learner: string;
  readonly sampler: Sampler | null;
  readonly history: Trial[];
  /** Rung-0 (one-fold) scores of the family's trials. */
  readonly rung0: number[];
  readonly seen: Set<string>;
  batches: number;
  best: number;
  /** Settings proposed so far (numbers the candidate ids). */
  started: number;
}

/**
 * Run the search.
 *
 * @throws CancelledError when `signal` aborts.
 * @example
 * ```ts
 * const { candidates, stoppedBy } = await runSearch({ data, pool, learners, metric: 'auc', seed: 0, trials: 30 });
 * ```
 */
export async function runSearch(options: SearchOptions): Promise<SearchOutcome> {
  const { data, pool, metric, seed } = options;
  const start = performance.now();
  const folds = data.native.length > 0 ? data.native.length : data.encoded.length;
  const candidates: Candidate[] = [];
  const failures: { id: string; error: string }[] = [];
  let trials = 0;
  let taskId = 0;
  let msPerTask = 0;
  let tasksRun = 0;
  const elapsed = () => performance.now() - start;
  const trialsLeft = () => (options.trials === undefined ? Number.POSITIVE_INFINITY : options.trials - trials);

  const states: FamilyState[] = options.learners.map((learner, i) => {
    const family = familyOf(learner);
    const schema = getLearner(family.kind).schema;
    const space = searchSpace(schema, { include: family.include, exclude: family.exclude });
    return {
      learner,
      sampler: space.dimensions.length > 0 ? createTpe(space, { seed: seed * 31 + i + 1 }) : null,
      history: [],
      rung0: [],
      seen: new Set(),
      batches: 0,
      best: Number.NEGATIVE_INFINITY,
      started: 0,
    };
  });

  const fullParams = (learner: string, suggestion: Readonly<Record<string, unknown>>) => {
    const family = familyOf(learner);
    return {
      ...suggestion,
      ...family.fixed(data.task, 0),
      objective: family.objective(data.task),
    };
  };

  /** Run tasks under the budget; null when the budget ran out (the batch is dropped). */
  const runBatch = async (tasks: FitTask[]): Promise<(FitResult | FitFailure)[] | null> => {
    if (tasks.length === 0) return [];
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort);
    let timer: NodeJS.Timeout | undefined;
    if (options.budgetMs !== undefined) {
      const left = options.budgetMs - elapsed() - reserve();
      if (left <= 0) return null;
      timer = setTimeout(() => controller.abort(), left);
    }
    const began = performance.now();
    try {
      const results = await pool.run(tasks, controller.signal);
      tasksRun += tasks.length;
      msPerTask += ((performance.now() - began) * pool.workers - msPerTask * tasks.length) / Math.max(1, tasksRun);
      return results;
    } catch (error) {
      if (error instanceof CancelledError) {
        if (options.signal?.aborted) throw error;
        return null;
      }
      throw error;
    } finally {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  };

  const bestSoFar = () => (candidates.length > 0 ? candidates.reduce((a, b) => (b.score > a.score ? b : a)) : null);
  const reserve = () => options.reserveMs?.(candidates) ?? 0;
  const report = () =>
    options.onProgress?.({
      trials,
      candidates: candidates.length,
      best: bestSoFar(),
      elapsedMs: elapsed(),
      budgetMs: options.budgetMs ?? null,
      trialBudget: options.trials ?? null,
    });

  /**
   * A fit of `params` on one fold. Early-stopping families are fitted on fold 0 with an inner validation split
   * that finds the rounds; on the other folds (`rounds` given: fold 0's count) they train on the whole
   * training part for 1.1 × those rounds — as the final refit does — instead of leaving 10 % out.
   */
  const taskFor = (
    learner: string,
    params: Readonly<Record<string, unknown>>,
    fold: number,
    trial: number,
    rounds?: number,
  ) => {
    const family = familyOf(learner);
    const fixedRounds = family.earlyStopping && rounds !== undefined;
    return {
      id: taskId++,
      kind: family.pipeline,
      fold,
      learner: family.kind,
      params: fixedRounds ? { ...params, n_rounds: roundsAfterStopping(rounds), early_stopping_rounds: 0 } : params,
      seed: seed * 1_000_003 + trial * 101 + fold,
      metric,
      innerValidation: family.earlyStopping && !fixedRounds ? INNER_VALIDATION : undefined,
    } satisfies FitTask;
  };
  /**
   * The folds of a trial after its rung-0 fit (`first`): the other folds — and, for early-stopping families,
   * fold 0 again on its whole training part with the rounds found — so every fold model is fitted as the
   * final refit will be.
   */
  const restOf = (learner: string, params: Readonly<Record<string, unknown>>, trial: number, first: FitResult) => {
    const again = familyOf(learner).earlyStopping;
    return Array.from({ length: again ? folds : folds - 1 }, (_, f) =>
      taskFor(learner, params, again ? f : f + 1, trial, first.rounds),
    );
  };
  /** All fold results of a trial: the rung-0 fit is replaced when fold 0 was fitted again. */
  const allFolds = (learner: string, first: FitResult, rest: readonly (FitResult | FitFailure)[]) =>
    familyOf(learner).earlyStopping ? [...rest] : [first, ...rest];

  // TPE sees one-fold scores (resource 1) of every trial and full-CV scores (resource = folds) of the promoted
  // ones; it models on the largest resource with enough trials, never mixing the two.
  const record = (state: FamilyState, id: string, params: Readonly<Record<string, unknown>>, results: FitResult[]) => {
    const c = summarise(data, id, state.learner, params, results, metric);
    candidates.push(c);
    state.history.push({ params, score: c.score, resource: folds });
    state.best = Math.max(state.best, c.score);
  };

  // Phase 1: the default candidates of every family (then the further portfolio entries), on all folds.
  let stoppedBy: SearchOutcome['stoppedBy'] = 'exhausted';
  const portfolio = [
    ...states.map((state) => ({ state, suggestion: familyOf(state.learner).portfolio[0] })),
    ...states.flatMap((state) =>
      familyOf(state.learner)
        .portfolio.slice(1)
        .map((suggestion) => ({ state, suggestion })),
    ),
  ].slice(0, Math.max(0, trialsLeft()));
  const entries = portfolio.map(({ state, suggestion }) => ({
    state,
    params: fullParams(state.learner, suggestion),
    number: trials++,
  }));
  // fold 0 of every early-stopping entry first, together (it finds the rounds for the other folds)
  const stopping = entries.filter((e) => familyOf(e.state.learner).earlyStopping);
  const firsts = new Map<number, FitResult | FitFailure>();
  if (stopping.length > 0) {
    const results = await runBatch(stopping.map((e) => taskFor(e.state.learner, e.params, 0, e.number)));
    if (results === null) {
      stoppedBy = 'budget';
      trials = entries[0].number;
      entries.length = 0;
    } else {
      for (const [i, e] of stopping.entries()) firsts.set(e.number, results[i]);
    }
  }
  // Entries run one by one so a tight budget still finishes the first ones.
  for (const entry of entries) {
    const { state, params, number } = entry;
    const first = firsts.get(number);
    const id = `${state.learner}#${++state.started}`;
    state.seen.add(paramsKey(params));
    let results: (FitResult | FitFailure)[] | null;
    if (first === undefined) {
      results = await runBatch(Array.from({ length: folds }, (_, f) => taskFor(state.learner, params, f, number)));
    } else if (isFailure(first)) {
      results = [first];
    } else {
      const rest = await runBatch(restOf(state.learner, params, number, first));
      results = rest === null ? null : allFolds(state.learner, first, rest);
    }
    if (results === null) {
      stoppedBy = 'budget';
      trials = number;
      state.started--;
      break;
    }
    const failed = results.find(isFailure);
    if (failed) {
      failures.push({ id, error: failed.error });
      state.history.push({ params, score: Number.NEGATIVE_INFINITY, resource: 1 });
    } else {
      record(state, id, params, results as FitResult[]);
      // the rung-0 score is the one-fold fit the TPE and the promotions compare (fold 0, early stopped)
      const rung0 = first !== undefined && !isFailure(first) ? first : (results[0] as FitResult);
      const r0 = summarise(data, id, state.learner, params, [rung0], metric);
      state.rung0.push(r0.score);
      state.history.push({ params, score: r0.score, resource: 1 });
    }
    report();
  }

  // Phase 2: TPE proposals, raced on one fold first.
  const searchable = states.filter((s) => s.sampler !== null);
  const counts = new Map<string, number>();
  while (stoppedBy !== 'budget' && searchable.length > 0) {
    if (trialsLeft() <= 0) {
      stoppedBy = 'trials';
      break;
    }
    if (options.budgetMs !== undefined) {
      const left = options.budgetMs - elapsed() - reserve();
      // a batch needs at least one fold of each proposal, then the promoted folds
      if (tasksRun > 0 && left < (msPerTask * folds) / pool.workers) {
        stoppedBy = 'budget';
        break;
      }
    }
    const ranked = [...searchable].sort((a, b) => b.best - a.best);
    const weight = (s: FamilyState) => {
      const r = ranked.indexOf(s);
      return r === 0 ? 4 : r === 1 ? 2 : 1;
    };
    const state = searchable.reduce((a, b) => (weight(b) / (1 + b.batches) > weight(a) / (1 + a.batches) ? b : a));
    state.batches++;
    const count = Math.min(pool.workers, trialsLeft());
    const proposals = (state.sampler as Sampler)
      .suggest(state.history, count)
      .map((p) => fullParams(state.learner, p))
      .filter((p) => {
        const key = paramsKey(p);
        if (state.seen.has(key)) return false;
        state.seen.add(key);
        return true;
      });
    if (proposals.length === 0) {
      counts.set(state.learner, (counts.get(state.learner) ?? 0) + 1);
      if ((counts.get(state.learner) ?? 0) > 3) searchable.splice(searchable.indexOf(state), 1);
      continue;
    }
    const numbers = proposals.map(() => trials++);
    const ids = proposals.map(() => `${state.learner}#${++state.started}`);
    const rung0 = await runBatch(proposals.map((p, i) => taskFor(state.learner, p, 0, numbers[i])));
    if (rung0 === null) {
      stoppedBy = 'budget';
      trials -= proposals.length;
      break;
    }
    const promoted: { id: string; params: Readonly<Record<string, unknown>>; first: FitResult; number: number }[] = [];
    proposals.forEach((params, i) => {
      const r = rung0[i];
      const id = ids[i];
      if (isFailure(r)) {
        failures.push({ id, error: r.error });
        state.history.push({ params, score: Number.NEGATIVE_INFINITY, resource: 1 });
        return;
      }
      const score = summarise(data, id, state.learner, params, [r], metric).score;
      state.rung0.push(score);
      state.history.push({ params, score, resource: 1 });
      const better = state.rung0.filter((s) => s > score).length;
      if (better < Math.ceil(state.rung0.length / ETA)) promoted.push({ id, params, first: r, number: numbers[i] });
    });
    if (promoted.length > 0) {
      const rest = promoted.flatMap((p) => restOf(state.learner, p.params, p.number, p.first));
      const results = await runBatch(rest);
      if (results === null) {
        stoppedBy = 'budget';
        break;
      }
      const per = rest.length / promoted.length;
      promoted.forEach((p, i) => {
        const mine = allFolds(state.learner, p.first, results.slice(i * per, (i + 1) * per));
        const id = p.id;
        const failed = mine.find(isFailure);
        if (failed) {
          failures.push({ id, error: failed.error });
          state.history.push({ params: p.params, score: Number.NEGATIVE_INFINITY, resource: folds });
          return;
        }
        record(state, id, p.params, mine as FitResult[]);
      });
    }
    report();
  }
  if (stoppedBy === 'exhausted' && options.trials !== undefined && trialsLeft() <= 0) stoppedBy = 'trials';
  candidates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { candidates, trials, elapsedMs: elapsed(), stoppedBy, failures };
}
