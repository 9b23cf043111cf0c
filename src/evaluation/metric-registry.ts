/**
 * @module evaluation/metric-registry
 * The metrics leitwerk knows by name, with the task they apply to, their direction and one uniform
 * `compute(pred, y, classCount, weights?)`: `pred` is P(class 1) for binary tasks, row-major class
 * probabilities (n·K) for multiclass tasks and the predicted values for regression. `logloss` and
 * `accuracy` apply to binary and multiclass tasks alike (`tasks`); `task` names the first.
 * Binary accuracy predicts class 1 when P(class 1) ≥ 0.5.
 *
 * @example
 * ```ts
 * import { METRICS, defaultMetric } from './metric-registry.js';
 * const m = METRICS[defaultMetric('binary')]; // auc
 * m.compute(new Float64Array([0.2, 0.9]), new Float64Array([0, 1]), 2); // 1
 * ```
 */
import type { Task } from '../learners/learner.js';
import { ValidationError } from '../util/errors.js';
import { accuracy, multiclassAccuracy } from './accuracy.js';
import { auc } from './auc.js';
import { averagePrecision } from './average-precision.js';
import { brierScore } from './brier-score.js';
import { logLoss, multiclassLogLoss } from './log-loss.js';
import { mae, poissonDeviance, r2, rmse } from './regression-errors.js';

/** Names of the registered metrics. */
export type MetricName =
  | 'auc'
  | 'logloss'
  | 'accuracy'
  | 'brier'
  | 'average_precision'
  | 'rmse'
  | 'mae'
  | 'r2'
  | 'poisson_deviance';

/** One registered metric. */
export interface Metric {
  readonly name: MetricName;
  /** The (first) task the metric applies to. */
  readonly task: Task;
  /** Every task the metric applies to. */
  readonly tasks: readonly Task[];
  readonly higherIsBetter: boolean;
  /** A short label for tables and reports. */
  readonly label: string;
  compute(pred: Float64Array, y: Float64Array, classCount: number, weights?: Float64Array): number;
}

/** Row-major class probabilities (n·K) rather than one P(class 1) per row. */
function isRowMajor(p: Float64Array, y: Float64Array, k: number): boolean {
  return k > 1 && p.length !== y.length && p.length === y.length * k;
}

function binaryPredictions(prob1: Float64Array): Float64Array {
  const out = new Float64Array(prob1.length);
  for (let i = 0; i < prob1.length; i++) out[i] = prob1[i] >= 0.5 ? 1 : 0;
  return out;
}

/**
 * The metric registry.
 *
 * @example
 * ```ts
 * METRICS.rmse.compute(new Float64Array([1, 2]), new Float64Array([1, 4]), 0); // √2
 * ```
 */
export const METRICS: Readonly<Record<MetricName, Metric>> = Object.freeze({
  auc: {
    name: 'auc',
    label: 'AUC',
    task: 'binary',
    tasks: ['binary'],
    higherIsBetter: true,
    compute: (p, y, _k, w) => auc(p, y, w),
  },
  logloss: {
    name: 'logloss',
    label: 'log loss',
    task: 'binary',
    tasks: ['binary', 'multiclass'],
    higherIsBetter: false,
    compute: (p, y, k, w) => (isRowMajor(p, y, k) ? multiclassLogLoss(p, y, k, w) : logLoss(p, y, w)),
  },
  accuracy: {
    name: 'accuracy',
    label: 'accuracy',
    task: 'binary',
    tasks: ['binary', 'multiclass'],
    higherIsBetter: true,
    compute: (p, y, k, w) =>
      isRowMajor(p, y, k) ? multiclassAccuracy(p, y, k, w) : accuracy(binaryPredictions(p), y, w),
  },
  brier: {
    name: 'brier',
    label: 'Brier score',
    task: 'binary',
    tasks: ['binary'],
    higherIsBetter: false,
    compute: (p, y, _k, w) => brierScore(p, y, w),
  },
  average_precision: {
    name: 'average_precision',
    label: 'average precision',
    task: 'binary',
    tasks: ['binary'],
    higherIsBetter: true,
    compute: (p, y, _k, w) => averagePrecision(p, y, w),
  },
  rmse: {
    name: 'rmse',
    label: 'RMSE',
    task: 'regression',
    tasks: ['regression'],
    higherIsBetter: false,
    compute: (p, y, _k, w) => rmse(p, y, w),
  },
  mae: {
    name: 'mae',
    label: 'MAE',
    task: 'regression',
    tasks: ['regression'],
    higherIsBetter: false,
    compute: (p, y, _k, w) => mae(p, y, w),
  },
  r2: {
    name: 'r2',
    label: 'R²',
    task: 'regression',
    tasks: ['regression'],
    higherIsBetter: true,
    compute: (p, y, _k, w) => r2(p, y, w),
  },
  poisson_deviance: {
    name: 'poisson_deviance',
    label: 'Poisson deviance',
    task: 'regression',
    tasks: ['regression'],
    higherIsBetter: false,
    compute: (p, y, _k, w) => poissonDeviance(p, y, w),
  },
});

/** Every metric name, in registry order. */
export const METRIC_NAMES: readonly MetricName[] = Object.freeze(Object.keys(METRICS) as MetricName[]);

/**
 * The primary metric of a task: AUC for binary, log loss for multiclass, RMSE for regression.
 *
 * @example
 * ```ts
 * defaultMetric('multiclass'); // 'logloss'
 * ```
 */
export function defaultMetric(task: Task): MetricName {
  return task === 'binary' ? 'auc' : task === 'multiclass' ? 'logloss' : 'rmse';
}

/**
 * The metrics that apply to a task, the default first.
 *
 * @example
 * ```ts
 * metricsFor('multiclass').map((m) => m.name); // ['logloss', 'accuracy']
 * ```
 */
export function metricsFor(task: Task): Metric[] {
  const first = defaultMetric(task);
  const rest = METRIC_NAMES.filter((n) => n !== first && METRICS[n].tasks.includes(task));
  return [METRICS[first], ...rest.map((n) => METRICS[n])];
}

/**
 * Look a metric up by a name given by a user (`--metric`), case-insensitively; throws a ValidationError
 * listing the known names.
 *
 * @example
 * ```ts
 * metricByName('AUC').higherIsBetter; // true
 * ```
 */
export function metricByName(name: string): Metric {
  const key = name.trim().toLowerCase().replace(/-/g, '_');
  if (Object.hasOwn(METRICS, key)) return METRICS[key as MetricName];
  throw new ValidationError('evaluation.unknownMetric', { got: name, expected: METRIC_NAMES.join(', ') });
}

/**
 * Whether metric value `a` is better than `b` for the named metric (NaN is never better).
 *
 * @example
 * ```ts
 * isBetter('rmse', 1.2, 1.5); // true
 * ```
 */
export function isBetter(name: MetricName, a: number, b: number): boolean {
  if (Number.isNaN(a)) return false;
  if (Number.isNaN(b)) return true;
  return METRICS[name].higherIsBetter ? a > b : a < b;
}
