/**
 * @module evaluation
 * The public surface of evaluation (`leitwerk/evaluation`): metrics on typed arrays (ranking, probability,
 * regression) and a registry of them by name; cross-validation splitters (k-fold, stratified, grouped,
 * out-of-time, holdout); marketing figures (lift, gains, KS, profit, budget selection); probability
 * calibration; and fit diagnostics in plain words.
 *
 * @example
 * ```ts
 * import { METRICS, stratifiedKFold, liftTable } from 'leitwerk/evaluation';
 * const folds = stratifiedKFold(labels, 5, 42);
 * const auc = METRICS.auc.compute(prob, labels, 2);
 * ```
 */

// ---- metrics
export { accuracy, argmaxRow, multiclassAccuracy } from './accuracy.js';
export { auc } from './auc.js';
export { averagePrecision } from './average-precision.js';
export { brierScore } from './brier-score.js';
export { logLoss, multiclassLogLoss } from './log-loss.js';
export { mae, poissonDeviance, r2, rmse } from './regression-errors.js';
export { MAX_CURVE_POINTS, type RocCurve, rocCurve } from './roc-curve.js';
export { type PrCurve, prCurve } from './pr-curve.js';
export { type RankedGroups, rankGroups } from './ranked-groups.js';
export {
  METRICS,
  METRIC_NAMES,
  type Metric,
  type MetricName,
  defaultMetric,
  isBetter,
  metricByName,
  metricsFor,
} from './metric-registry.js';

// ---- splitters
export { type Fold, foldsFromAssignment } from './folds/fold.js';
export { kFold } from './folds/k-fold.js';
export { stratifiedKFold } from './folds/stratified-k-fold.js';
export { groupKFold } from './folds/group-k-fold.js';
export { timeFolds } from './folds/time-folds.js';
export { type HoldoutOptions, holdoutSplit } from './folds/holdout-split.js';

// ---- calibration
export {
  type ReliabilityBin,
  expectedCalibrationError,
  reliabilityCurve,
} from './calibration/reliability-curve.js';
export { type PlattCalibration, fitPlatt } from './calibration/platt.js';
export { type IsotonicCalibration, fitIsotonic, pava } from './calibration/isotonic.js';
export { type Calibration, applyCalibration, interpolateKnots } from './calibration/apply-calibration.js';

// ---- marketing value
export { DEFAULT_LIFT_SHARES, type LiftRow, liftTable } from './marketing/lift-table.js';
export { type GainsPoint, gainsCurve } from './marketing/gains-curve.js';
export { ksStatistic } from './marketing/ks-statistic.js';
export {
  type ProfitCurve,
  type ProfitPoint,
  type ValueSettings,
  profitCurve,
} from './marketing/profit-curve.js';
export { type BudgetOptions, type BudgetPlan, budgetSelection } from './marketing/budget-selection.js';
export { conversionsInTop, thresholdForTop } from './marketing/top-share.js';

// ---- diagnostics
export type { Diagnosis, DiagnosisId, Severity } from './diagnostics/diagnosis.js';
export { DIAGNOSIS_THRESHOLDS, type FitFigures, diagnoseFit } from './diagnostics/diagnose-fit.js';
export { learningCurveShares } from './diagnostics/learning-curve-shares.js';
