/**
 * @module automl/fit-task
 * One unit of work of the search: fit one learner with one setting on one fold's training matrix, score the
 * fold's validation rows, and measure the training score (for the over-fitting gap). Pure apart from timing, so
 * it runs the same in the main thread and in a worker (`trial-worker.ts`). GBDT trials stop early on an inner
 * validation split carved from the training fold (never on the fold's own validation rows, which would flatter
 * the score); the number of rounds it kept is returned so the final refit can use it.
 *
 * @example
 * ```ts
 * import { runFitTask } from './fit-task.js';
 * const r = runFitTask(data, { id: 1, kind: 'native', fold: 0, learner: 'gbdt', params, seed: 7 });
 * r.valid; // P(positive) per validation row
 * ```
 */
import { metricByName } from '../evaluation/index.js';
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import type { Task } from '../learners/learner.js';
import { getLearner } from '../learners/registry.js';
import { createRng, permutation } from '../util/rng.js';
import type { FoldData } from './fold-data.js';
import { sliceMatrix } from './fold-data.js';

/** What to fit. */
export interface FitTask {
  /** Caller's id, echoed in the result. */
  readonly id: number;
  readonly kind: 'native' | 'encoded';
  readonly fold: number;
  readonly learner: string;
  /** Full settings (objective included). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly seed: number;
  /** Train on this share of the fold's training rows (learning curve), default 1. */
  readonly share?: number;
  /** Carve an inner validation split (this share) for early stopping. */
  readonly innerValidation?: number;
  /** The primary metric, for the training score. */
  readonly metric: string;
}

/** The outcome of a fit task. */
export interface FitResult {
  readonly id: number;
  readonly fold: number;
  /** Predictions for the fold's validation rows: P(positive), row-major class probabilities, or values. */
  readonly valid: Float64Array;
  /** Primary metric on the rows the model was trained on. */
  readonly train: number;
  readonly fitMs: number;
  readonly modelBytes: number;
  /** Boosting rounds kept (GBDT), else 0. */
  readonly rounds: number;
}

/**
 * Predictions in the shape the metrics take: P(class 1) for binary, `n × K` row-major probabilities for
 * multiclass, values for regression.
 *
 * @example
 * ```ts
 * predictionsOf('binary', getLearner('gbdt'), model, x); // Float64Array of P(yes)
 * ```
 */
export function predictionsOf(
  task: Task,
  learner: ReturnType<typeof getLearner>,
  model: unknown,
  x: FeatureMatrix,
): Float64Array {
  if (task === 'regression') return learner.predict(model, x);
  const proba = learner.predictProba(model, x);
  if (task === 'multiclass') return proba;
  const out = new Float64Array(x.rowCount);
  for (let i = 0; i < out.length; i++) out[i] = proba[2 * i + 1];
  return out;
}

function subsetRows(n: number, share: number, seed: number): Uint32Array {
  const order = permutation(n, createRng(seed));
  const m = Math.max(2, Math.round(n * share));
  return Uint32Array.from(order.subarray(0, m)).sort();
}

/**
 * Run one fit task on prepared fold data.
 *
 * @example
 * ```ts
 * runFitTask(data, { id: 0, kind: 'encoded', fold: 2, learner: 'linear', params: { objective: 'binary' }, seed: 1, metric: 'auc' });
 * ```
 */
export function runFitTask(data: FoldData, task: FitTask, signal?: AbortSignal): FitResult {
  const fold = data[task.kind][task.fold];
  const learner = getLearner(task.learner);
  let x = fold.train;
  let y = fold.trainY;
  let w = fold.trainWeights;
  if (task.share !== undefined && task.share < 1) {
    const rows = subsetRows(x.rowCount, task.share, task.seed);
    x = sliceMatrix(x, rows);
    y = Float64Array.from(rows, (r) => fold.trainY[r]);
    const all = w;
    if (all) w = Float64Array.from(rows, (r) => all[r]);
  }
  let fitX = x;
  let fitY = y;
  let fitW = w;
  let validation: { data: FeatureMatrix; target: Float64Array; weights?: Float64Array } | undefined;
  if (task.innerValidation !== undefined && task.innerValidation > 0) {
    const order = permutation(x.rowCount, createRng(task.seed ^ 0x5bd1e995));
    const cut = Math.max(1, Math.round(x.rowCount * task.innerValidation));
    const inner = Uint32Array.from(order.subarray(0, cut)).sort();
    const rest = Uint32Array.from(order.subarray(cut)).sort();
    fitX = sliceMatrix(x, rest);
    fitY = Float64Array.from(rest, (r) => y[r]);
    fitW = w ? Float64Array.from(rest, (r) => (w as Float64Array)[r]) : null;
    validation = {
      data: sliceMatrix(x, inner),
      target: Float64Array.from(inner, (r) => y[r]),
      ...(w ? { weights: Float64Array.from(inner, (r) => (w as Float64Array)[r]) } : {}),
    };
  }
  const classes = data.task === 'regression' ? null : Array.from({ length: data.classCount }, (_, k) => String(k));
  const start = performance.now();
  const model = learner.create(task.params).fit(fitX, classes ? { values: fitY, classes } : fitY, {
    seed: task.seed,
    signal,
    validation,
    ...(fitW ? { weights: fitW } : {}),
  });
  const fitMs = performance.now() - start;
  const metric = metricByName(task.metric);
  const valid = predictionsOf(data.task, learner, model, fold.valid);
  const train = metric.compute(predictionsOf(data.task, learner, model, x), y, data.classCount);
  const json = JSON.stringify(learner.toJSON(model));
  const rounds = typeof (model as { rounds?: unknown }).rounds === 'number' ? (model as { rounds: number }).rounds : 0;
  return { id: task.id, fold: task.fold, valid, train, fitMs, modelBytes: Buffer.byteLength(json), rounds };
}
