/**
 * @module automl/train
 * The train workflow on a table: check and clean the data (`prepare-training`), fit the preprocessing inside
 * every fold (`fold-data`), search learners and settings within the budget on worker threads (`search`), add
 * a greedy ensemble when it beats the best single model (`ensemble-selection`), refit the winner on all
 * training rows (`refit`), and analyse it — calibration, lift, profit, learning curve, diagnostics in plain
 * words (`analyse-winner`, `evaluation/diagnose-fit`). Returns the result (for the report and `--json`) and
 * the model artefact; registering it is the caller's job (`jobs/train-job`), so this layer stays free of I/O.
 *
 * Budget: `budgetSeconds` covers everything after reading the data. The search keeps a reserve for the refit,
 * the learning curve and the ensemble selection, estimated from the best candidate's fit time, so the whole run
 * normally ends within the budget; a fit running at the search deadline is stopped and dropped. With `trials`
 * instead, the run is deterministic.
 *
 * @example
 * ```ts
 * import { trainTable } from './train.js';
 * const { result, bundle } = await trainTable(table, { target: 'y', budgetSeconds: 60, seed: 1 });
 * result.leaderboard[0].cv.auc;
 * ```
 */
import { availableParallelism } from 'node:os';
import { type Table, takeRows } from '../data/table.js';
import { type Diagnosis, applyCalibration, defaultMetric, diagnoseFit, metricByName } from '../evaluation/index.js';
import type { Task } from '../learners/learner.js';
import { CancelledError } from '../util/errors.js';
import { type Language, type MessageId, type MessageParams, formatMessage } from '../util/messages.js';
import { type ValueOptions, analyseBinary, decileCuts } from './analyse-winner.js';
import { DEFAULT_LEARNERS, familyOf } from './candidates.js';
import { explainRows, takeEvenly } from './explain-bundle.js';
import { type Mitigation, type TrainingFairness, assessTraining, reweighingWeights } from './fairness-step.js';
import { ENSEMBLE_STEPS, ensembleCandidate, ensemblePool } from './ensemble-selection.js';
import type { FitResult } from './fit-task.js';
import { pickRows, prepareFoldData } from './fold-data.js';
import {
  MODEL_BUNDLE_FORMAT_VERSION,
  type ModelBundle,
  blendMembers,
  loadBundle,
  replayRecipe,
} from './model-bundle.js';
import { type PrepareOptions, type PreparedTraining, prepareTraining, statement } from './prepare-training.js';
import { refitMembers } from './refit.js';
import { type Candidate, type SearchOutcome, reportedMetrics, runSearch, summarise } from './search.js';
import type { Statement, TrainResult } from './train-result.js';
import { baselineScore, blendOutOfFold, outOfFold, validatedRows } from './out-of-fold.js';
import { createTrialPool } from './trial-pool.js';

/** Progress of a training run. */
export interface TrainProgress {
  readonly phase: 'check' | 'prepare' | 'search' | 'refit' | 'analyse';
  readonly trials: number;
  readonly best: number | null;
  readonly elapsedMs: number;
  readonly budgetMs: number | null;
  readonly trialBudget: number | null;
}

/** Options of `trainTable`. */
export interface TrainOptions extends PrepareOptions, ValueOptions {
  /** Wall-clock budget in seconds (default 300), unless `trials` is given. */
  readonly budgetSeconds?: number;
  /** A number of settings to try instead of a time budget (deterministic). */
  readonly trials?: number;
  readonly learners?: readonly string[];
  readonly metric?: string;
  /** Worker threads for trials (default: the available cores). */
  readonly workers?: number;
  readonly ensemble?: boolean;
  readonly calibrate?: boolean;
  /** Fairness mitigation for the `sensitive` columns (binary targets): default none. */
  readonly mitigation?: Mitigation;
  /** Band edges for numeric sensitive columns, e.g. `{ age: [25, 35, 45, 55, 65] }`. */
  readonly bands?: Readonly<Record<string, readonly number[]>>;
  readonly lang?: Language;
  /** Name of the data source, for the result. */
  readonly source?: string;
  /** Version string stored with the model. */
  readonly codeVersion?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: TrainProgress) => void;
}

/** The result and the artefact of a training run. */
export interface TrainOutput {
  readonly result: TrainResult;
  readonly bundle: ModelBundle;
  readonly prepared: PreparedTraining;
}

const LEARNING_SHARES: readonly number[] = [0.1, 0.25, 0.5];
const FALLBACK = { learner: 'decision_tree', params: { max_depth: 4, min_samples_leaf: 20 } } as const;

function toStatement(d: Diagnosis, lang: Language): Statement {
  return {
    id: d.id,
    severity: d.severity,
    messageId: d.messageId,
    params: d.params,
    text: formatMessage(d.messageId as MessageId, d.params as MessageParams, lang),
  };
}

function entry(c: Candidate, rank: number): TrainResult['leaderboard'][number] {
  return {
    rank,
    id: c.id,
    learner: c.learner,
    params: c.params,
    cv: c.cv,
    cvSd: c.cvSd,
    train: c.train,
    fitSeconds: c.fitSeconds,
    modelBytes: c.modelBytes,
    ...(c.rounds > 0 ? { rounds: c.rounds } : {}),
  };
}

/**
 * Train, validate and analyse models for a table.
 *
 * @throws ValidationError for unusable targets or options (see `prepareTraining`); CancelledError on abort.
 * @example
 * ```ts
 * const { result, bundle } = await trainTable(table, { target: 'Churn', trials: 20, seed: 7, workers: 2 });
 * ```
 */
export async function trainTable(table: Table, options: TrainOptions): Promise<TrainOutput> {
  const started = performance.now();
  const lang = options.lang ?? 'en';
  const seed = options.seed ?? 0;
  const budgetMs = options.trials === undefined ? (options.budgetSeconds ?? 300) * 1000 : null;
  const progress = (phase: TrainProgress['phase'], trials = 0, best: number | null = null) =>
    options.onProgress?.({
      phase,
      trials,
      best,
      elapsedMs: performance.now() - started,
      budgetMs,
      trialBudget: options.trials ?? null,
    });
  const checkAbort = () => {
    if (options.signal?.aborted) throw new CancelledError('train.cancelled', {});
  };

  progress('check');
  const prep = prepareTraining(table, options, lang);
  const inspectSeconds = (performance.now() - started) / 1000;
  checkAbort();
  const task: Task = prep.task;
  const metric = options.metric ? metricByName(options.metric).name : defaultMetric(task);
  const primary = metricByName(metric);
  const learners = [...(options.learners ?? DEFAULT_LEARNERS)];
  for (const l of learners) familyOf(l);
  const kinds = [...new Set(['native' as const, ...learners.map((l) => familyOf(l).pipeline)])];

  progress('prepare');
  const trainTableRows = takeRows(prep.table, prep.trainRows);
  const yTrain = Float64Array.from(prep.trainRows, (r) => prep.y[r]);
  const sensitive = options.sensitive ?? [];
  const fair = task === 'binary' && sensitive.length > 0;
  const weightsOf =
    fair && options.mitigation === 'reweighing'
      ? reweighingWeights(trainTableRows, yTrain, sensitive, options.bands)
      : undefined;
  const data = prepareFoldData(trainTableRows, yTrain, prep.folds, {
    features: prep.features,
    context: prep.context,
    task,
    classCount: prep.classCount,
    kinds,
    seed,
    weightsOf,
  });
  checkAbort();
  const baseline = baselineScore(data, metric);

  const workers = Math.max(1, options.workers ?? availableParallelism());
  const pool = createTrialPool(data, workers);
  // Time the end of the run needs, kept free at the end of the budget: the refit of the members (each on all
  // rows: 1.5 × a fold's fit), the ensemble selection (≈ 100 ns per row and blend scored) and the analysis.
  const analysisMs = prep.folds.length * 500 + 2000 + 0.05 * (budgetMs ?? 0);
  const refitAndAnalysisMs = (members: readonly Candidate[]) =>
    1.5 * members.reduce((a, c) => a + c.fitSeconds * 1000, 0) + analysisMs;
  const finishMs = (found: readonly Candidate[]) => {
    const ranked = [...found].sort((a, b) => b.score - a.score);
    const blendsScored = ensemblePool(ranked).length * ENSEMBLE_STEPS * (prep.folds.length + 1);
    return refitAndAnalysisMs(ranked.slice(0, 4)) + 1e-4 * yTrain.length * blendsScored;
  };
  const searchStart = performance.now();
  let outcome: SearchOutcome;
  let learningResults: FitResult[] = [];
  let fallback = false;
  let candidates: Candidate[];
  let winner: Candidate;
  let ensembleMembers: { id: string; weight: number }[] | null = null;
  try {
    const elapsedBefore = searchStart - started;
    outcome = await runSearch({
      data,
      pool,
      learners,
      metric,
      seed,
      budgetMs: budgetMs === null ? undefined : Math.max(1000, budgetMs - elapsedBefore),
      // keep time for the ensemble selection, the refit of the likely members and the analysis (finishMs)
      reserveMs: (found) => (found.length === 0 ? 0.05 * (budgetMs ?? 0) : finishMs(found)),
      trials: options.trials,
      signal: options.signal,
      onProgress: (p) =>
        progress('search', p.trials, p.best ? (primary.higherIsBetter ? p.best.score : -p.best.score) : null),
    });
    candidates = [...outcome.candidates];
    if (candidates.length === 0) {
      // not even one full candidate: the fastest baseline, fitted in this thread on every fold
      fallback = true;
      const family = familyOf(FALLBACK.learner);
      const params = { ...FALLBACK.params, objective: family.objective(task) };
      const results = await createTrialPool(data, 1).run(
        prep.folds.map((_, f) => ({
          id: f,
          kind: 'native' as const,
          fold: f,
          learner: FALLBACK.learner,
          params,
          seed,
          metric,
        })),
        options.signal,
      );
      candidates = [
        summarise(data, `${FALLBACK.learner}#fallback`, FALLBACK.learner, params, results as FitResult[], metric),
      ];
    }
    winner = candidates[0];
    if (options.ensemble !== false && !fallback) {
      const ensemble = ensembleCandidate(data, candidates, metric);
      if (ensemble) {
        candidates = [ensemble, ...candidates];
        winner = ensemble;
        ensembleMembers = [...ensemble.members];
      }
    }
    // learning curve of the best single model on fold 1
    const single = ensembleMembers
      ? (candidates.find((c) => c.id === ensembleMembers?.[0].id) ?? candidates[1])
      : winner;
    if (!fallback && !options.signal?.aborted) {
      const family = familyOf(single.learner);
      const tasks = LEARNING_SHARES.map((share, i) => ({
        id: 10_000 + i,
        kind: family.pipeline,
        fold: 0,
        learner: family.kind,
        params: single.params,
        seed: seed + i,
        share,
        metric,
        innerValidation: family.earlyStopping ? 0.1 : undefined,
      }));
      // within the budget only: stopped at the point that still leaves time for the refit
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      options.signal?.addEventListener('abort', onAbort);
      const members = ensembleMembers
        ? candidates.filter((c) => ensembleMembers?.some((m) => m.id === c.id))
        : [winner];
      const left =
        budgetMs === null
          ? Number.POSITIVE_INFINITY
          : budgetMs - (performance.now() - started) - refitAndAnalysisMs(members);
      const timer = Number.isFinite(left) ? setTimeout(() => controller.abort(), Math.max(0, left)) : undefined;
      try {
        if (left > 0) {
          learningResults = (await pool.run(tasks, controller.signal)).filter((r): r is FitResult => !('error' in r));
        }
      } catch (error) {
        if (!(error instanceof CancelledError) || options.signal?.aborted) throw error;
        learningResults = [];
      } finally {
        if (timer) clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      }
    }
  } finally {
    await pool.close();
  }
  const searchSeconds = (performance.now() - searchStart) / 1000;
  checkAbort();

  // ---- refit
  progress('refit', outcome.trials);
  const refitStart = performance.now();
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const memberList = ensembleMembers
    ? ensembleMembers.map((m) => ({ candidate: byId.get(m.id) as Candidate, weight: m.weight }))
    : [{ candidate: winner, weight: 1 }];
  const members = refitMembers(trainTableRows, yTrain, memberList, {
    features: prep.features,
    context: prep.context,
    task,
    classes: prep.classes,
    seed,
    signal: options.signal,
    weights: weightsOf?.(Uint32Array.from({ length: yTrain.length }, (_, i) => i)),
    threads: workers,
  });
  const refitSeconds = (performance.now() - refitStart) / 1000;
  checkAbort();

  // ---- analyse
  progress('analyse', outcome.trials);
  const { oof: rawOof, foldOf } = ensembleMembers
    ? blendOutOfFold(data, memberList, yTrain.length)
    : outOfFold(data, winner, yTrain.length);
  const validated = validatedRows(foldOf);
  const k = task === 'multiclass' ? prep.classCount : 1;
  const oof = pickRows(rawOof, validated, k);
  const oofY = pickRows(yTrain, validated);
  const oofFold = Int32Array.from(validated, (r) => foldOf[r]);
  const holdoutTable = prep.holdoutRows ? takeRows(prep.table, prep.holdoutRows) : null;
  const holdoutY = prep.holdoutRows ? Float64Array.from(prep.holdoutRows, (r) => prep.y[r]) : null;

  const partial: Omit<ModelBundle, 'calibration' | 'decision' | 'deciles' | 'groupThresholds'> = {
    kind: 'leitwerk.model',
    formatVersion: MODEL_BUNDLE_FORMAT_VERSION,
    task,
    target: options.target,
    positive: prep.positive,
    classes: prep.classes,
    features: prep.features,
    recipe: replayRecipe(prep.recipe, prep.features),
    members,
    metric,
    cv: winner.cv,
    fallback,
    createdWith: options.codeVersion ?? 'unknown',
  };
  let holdoutScores: Float64Array | null = null;
  if (holdoutTable) {
    const loaded = loadBundle({ ...partial, calibration: null, decision: null, deciles: [], groupThresholds: null });
    holdoutScores = blendMembers(loaded, holdoutTable).scores;
  }

  let calibration: ModelBundle['calibration'] = null;
  let decision: TrainResult['decision'] = null;
  let deciles: number[] = [];
  let marketing: TrainResult['marketing'] = null;
  let curves: TrainResult['curves'] = null;
  let calibrationSummary: TrainResult['calibration'] = null;
  const choices: Statement[] = [...prep.choices];
  let fairness: TrainingFairness | null = null;
  if (task === 'binary') {
    const a = analyseBinary(oof, oofY, oofFold, {
      folds: prep.folds.length,
      source: 'cross-validation',
      calibrate: options.calibrate,
      valuePerConversion: options.valuePerConversion,
      costPerContact: options.costPerContact,
      contacts: options.contacts,
    });
    calibration = a.calibration;
    calibrationSummary = a.calibrationSummary;
    deciles = a.deciles;
    marketing = a.marketing;
    curves = a.curves;
    decision = a.decision;
    if (fair) {
      // on the holdout when there is one, else on the out-of-fold predictions
      const onHoldout = holdoutScores !== null && holdoutY !== null && prep.holdoutRows !== null;
      const holdoutCalibrated =
        a.calibration && holdoutScores ? applyCalibration(a.calibration, holdoutScores) : holdoutScores;
      const scored = onHoldout ? (holdoutCalibrated as Float64Array) : a.scores;
      fairness = assessTraining(
        onHoldout ? prep.table : trainTableRows,
        onHoldout ? (prep.holdoutRows as Uint32Array) : validated,
        scored,
        onHoldout ? (holdoutY as Float64Array) : oofY,
        {
          sensitive,
          bands: options.bands,
          threshold: a.decision?.threshold ?? 0.5,
          mitigation: options.mitigation ?? 'none',
          seed,
          lang,
          value:
            options.valuePerConversion !== undefined && options.costPerContact !== undefined
              ? { valuePerConversion: options.valuePerConversion, costPerContact: options.costPerContact }
              : undefined,
        },
      );
    }
    if (holdoutScores && holdoutY) {
      const h = analyseBinary(holdoutScores, holdoutY, new Int32Array(holdoutY.length), {
        folds: 1,
        source: 'holdout',
        calibrate: false,
        valuePerConversion: options.valuePerConversion,
        costPerContact: options.costPerContact,
        contacts: options.contacts,
      });
      // the holdout's business figures use the calibration learned on the out-of-fold predictions
      marketing = h.marketing;
      curves = h.curves;
    }
    const cal = a.calibrationSummary;
    choices.push(
      cal.method === 'none'
        ? statement(lang, 'calibration', 'train.choice.noCalibration', { before: cal.eceBefore.toFixed(4) })
        : statement(lang, 'calibration', 'train.choice.calibration', {
            method: cal.method === 'platt' ? 'Platt scaling' : 'isotonic regression',
            before: cal.eceBefore.toFixed(4),
            after: cal.eceAfter.toFixed(4),
          }),
    );
    if (decision?.reason === 'profit' && marketing?.profit) {
      choices.push(
        statement(lang, 'threshold', 'train.choice.threshold.profit', {
          threshold: decision.threshold.toFixed(4),
          value: marketing.profit.valuePerConversion,
          cost: marketing.profit.costPerContact,
          share: `${(marketing.profit.best.share * 100).toFixed(1)} %`,
        }),
      );
    }
    if (decision?.reason === 'budget' && marketing?.budget) {
      choices.push(
        statement(lang, 'threshold', 'train.choice.threshold.budget', {
          threshold: decision.threshold.toFixed(4),
          contacts: marketing.budget.contacts,
        }),
      );
    }
  } else if (task === 'regression') {
    deciles = decileCuts(oof);
  }

  const bundle: ModelBundle = {
    ...partial,
    calibration,
    decision,
    deciles,
    groupThresholds: fairness?.thresholds ?? null,
  };
  let holdout: Record<string, number> | null = null;
  if (holdoutScores && holdoutY) {
    const final = task === 'binary' && calibration ? applyCalibration(calibration, holdoutScores) : holdoutScores;
    holdout = Object.fromEntries(
      reportedMetrics(task, metric).map((m) => [m.name, m.compute(final, holdoutY, prep.classCount)]),
    );
  }

  // ---- what drives the scores (mean |SHAP| on input columns, on a sample of training rows). Deep forests
  // (and neural nets) are costly to explain exactly, so an ensemble is explained through its GBDT, tree and
  // linear members, re-weighted, and says so.
  let explanation: TrainResult['explanation'] = null;
  const cheap = bundle.members.filter(
    (m) => m.learner === 'gbdt' || m.learner === 'decision_tree' || m.learner === 'linear',
  );
  if (cheap.length > 0) {
    try {
      const total = cheap.reduce((a, m) => a + m.weight, 0);
      const explained: ModelBundle = { ...bundle, members: cheap.map((m) => ({ ...m, weight: m.weight / total })) };
      const sample = Math.min(trainTableRows.rowCount, 1000);
      const rows = takeEvenly(trainTableRows.rowCount, sample);
      const e = explainRows(loadBundle(explained), takeRows(trainTableRows, rows), { seed, signal: options.signal });
      const F = e.features.length;
      const sums = new Float64Array(F);
      for (let i = 0; i < e.rowCount; i++) for (let j = 0; j < F; j++) sums[j] += Math.abs(e.values[i * F + j]);
      explanation = {
        method: e.method,
        exact: e.exact && cheap.length === bundle.members.length,
        rows: e.rowCount,
        importance: e.features
          .map((feature, j) => ({ feature, meanAbs: sums[j] / Math.max(1, e.rowCount) }))
          .sort((a, b) => b.meanAbs - a.meanAbs),
      };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      choices.push(statement(lang, 'no-explanation', 'train.choice.noExplanation', { reason }, 'warning'));
    }
  }

  // ---- diagnostics
  const fold0 = data.native.length > 0 ? data.native[0] : data.encoded[0];
  const singleForCurve = learningResults.length > 0 ? learningResults : [];
  const learningCurve = singleForCurve.map((r, i) => ({
    share: LEARNING_SHARES[i],
    train: r.train,
    valid: primary.compute(r.valid, fold0.validY, prep.classCount),
  }));
  const bestSingle = candidates.find((c) => c.learner !== 'ensemble') ?? winner;
  if (learningCurve.length > 0) {
    learningCurve.push({
      share: 1,
      train: bestSingle.folds[0].train,
      valid: primary.compute(bestSingle.folds[0].valid, fold0.validY, prep.classCount),
    });
  }
  const positiveRate = task === 'binary' ? yTrain.reduce((a, b) => a + b, 0) / yTrain.length : undefined;
  const diagnostics = diagnoseFit({
    metric,
    higherIsBetter: primary.higherIsBetter,
    train: bestSingle.train,
    valid: bestSingle.cv[metric],
    validSd: bestSingle.cvSd[metric],
    baseline,
    learningCurve,
    positiveRate,
    ece: calibrationSummary?.eceBefore,
  }).map((d) => toStatement(d, lang));

  // ---- choices about the search
  choices.push(
    statement(lang, 'search', 'train.choice.search', {
      trials: outcome.trials,
      seconds: (outcome.elapsedMs / 1000).toFixed(0),
      workers,
      stoppedBy: outcome.stoppedBy,
    }),
  );
  if (outcome.failures.length > 0) {
    choices.push(
      statement(
        lang,
        'failures',
        'train.choice.failures',
        { count: outcome.failures.length, first: `${outcome.failures[0].id}: ${outcome.failures[0].error}` },
        'warning',
      ),
    );
  }
  if (fallback) {
    choices.push(
      statement(
        lang,
        'fallback',
        'train.choice.fallback',
        { seconds: (budgetMs ?? 0) / 1000, learner: FALLBACK.learner },
        'warning',
      ),
    );
  }
  if (ensembleMembers) {
    choices.push(
      statement(lang, 'ensemble', 'train.choice.ensemble', {
        members: ensembleMembers.length,
        detail: ensembleMembers.map((m) => `${m.id} ${(m.weight * 100).toFixed(0)} %`).join(', '),
      }),
    );
  } else {
    choices.push(
      statement(lang, 'winner', 'train.choice.winner', {
        learner: winner.learner,
        id: winner.id,
        rows: yTrain.length,
        rounds: winner.rounds > 0 ? `, ${Math.round(winner.rounds * 1.1)} rounds` : '',
      }),
    );
  }

  const findings = prep.profile.findings;
  const result: TrainResult = {
    kind: 'leitwerk.train-result',
    modelId: null,
    modelName: null,
    modelVersion: null,
    runId: null,
    task,
    target: options.target,
    positive: prep.positive,
    classes: prep.classes,
    metric,
    higherIsBetter: primary.higherIsBetter,
    data: {
      source: options.source ?? table.source?.name ?? 'table',
      rows: table.rowCount,
      usedRows: prep.table.rowCount,
      droppedMissingTarget: prep.droppedMissingTarget,
      droppedByRecipe: prep.droppedByRecipe,
      features: prep.features,
      context: prep.context,
      excluded: prep.excluded,
      leakage: prep.leakage,
      findings: {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        info: findings.filter((f) => f.severity === 'info').length,
      },
      positiveRate: positiveRate ?? null,
      recipeSteps: prep.recipe.steps.map((s) => s.kind),
    },
    validation: {
      scheme: prep.scheme,
      folds: prep.folds.length,
      holdout: options.holdout ?? 0,
      group: options.group ?? null,
      time: options.time ?? null,
    },
    search: {
      budgetSeconds: budgetMs === null ? null : budgetMs / 1000,
      trialBudget: options.trials ?? null,
      elapsedSeconds: outcome.elapsedMs / 1000,
      trials: outcome.trials,
      workers,
      stoppedBy: outcome.stoppedBy,
      seed,
      learners,
    },
    leaderboard: candidates.map((c, i) => entry(c, i + 1)),
    baseline,
    fallback,
    holdout,
    diagnostics,
    learningCurve,
    calibration: calibrationSummary,
    marketing,
    curves,
    choices,
    fairness,
    explanation,
    decision,
    timings: {
      readSeconds: 0,
      inspectSeconds,
      searchSeconds,
      refitSeconds,
      totalSeconds: (performance.now() - started) / 1000,
    },
  };
  return { result, bundle, prepared: prep };
}
