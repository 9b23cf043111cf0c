/**
 * @module evaluation/diagnostics/diagnose-fit
 * Plain-language diagnostics of a model from its figures: training vs validation score, a baseline (the
 * score of a constant prediction: AUC 0.5, the prior's log loss, the mean's RMSE), the spread over folds, a
 * learning curve, the positive rate and the calibration error.
 *
 * Scales. "Worse" and "better" follow the metric's direction. For metrics where higher is better (AUC,
 * accuracy, average precision, R² — all at most 1) differences are absolute, and improvements over the
 * baseline are taken relative to the room left, (valid − baseline) / (1 − baseline). For metrics where lower is
 * better (log loss, RMSE, MAE, Brier, deviance) differences are relative to the validation value and
 * improvements relative to the baseline, (baseline − valid) / baseline.
 *
 * Thresholds (chosen so that a well-tuned gradient-boosting model on the bank, telco and adult data reads as a
 * good or mildly overfitted fit, and a constant model as "no signal"):
 *
 * | finding | higher is better | lower is better | severity |
 * |---|---|---|---|
 * | overfitting | train − valid > 0.10 | (valid − train) / valid > 0.25 | warning |
 * | overfitting (mild) | gap > 0.03 | relative gap > 0.10 | info |
 * | good-fit | gap ≤ 0.03 | relative gap ≤ 0.10 | info |
 * | no-signal | improvement over baseline ≤ 0.02 | same | error |
 * | underfitting | improvement < 0.10 and training improvement < 0.20 | same | warning |
 * | unstable | fold sd > 0.02 | sd / valid > 0.05 | info |
 * | still-learning | last learning-curve step improves valid by > 0.02 of the room left (and by more than half the fold sd) | by > 1 % | info |
 * | plateau | otherwise | otherwise | info |
 * | imbalance | minority share < 20 % (info), < 2 % (warning) | | |
 * | poor-calibration | ECE > 0.05 (warning), > 0.02 (info) | | |
 * | good-calibration | ECE ≤ 0.02 | | info |
 *
 * "no-signal" and "underfitting" replace the fit verdict (good-fit / overfitting) when they apply.
 *
 * @example
 * ```ts
 * import { diagnoseFit } from './diagnose-fit.js';
 * diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.93, valid: 0.81, baseline: 0.5 });
 * // [{ id: 'overfitting', severity: 'warning', messageId: 'diagnosis.overfitting', params: { metric: 'AUC', valid: 0.81, train: 0.93, gap: 0.12 } }]
 * ```
 */
import { METRICS, type MetricName } from '../metric-registry.js';
import type { Diagnosis } from './diagnosis.js';

/** The figures a diagnosis is made from. */
export interface FitFigures {
  /** Metric name (a registry name such as `auc`, or any label). */
  readonly metric: string;
  readonly higherIsBetter: boolean;
  /** Score on the training rows (mean over folds). */
  readonly train: number;
  /** Score on the validation rows (mean over folds). */
  readonly valid: number;
  /** Standard deviation of the validation score over folds. */
  readonly validSd?: number;
  /** Score of a constant prediction on the validation rows. */
  readonly baseline?: number;
  /** Training and validation score at growing shares of the training rows. */
  readonly learningCurve?: readonly { readonly share: number; readonly train: number; readonly valid: number }[];
  /** Share of positives (binary tasks). */
  readonly positiveRate?: number;
  /** Expected calibration error of the validation probabilities (binary tasks). */
  readonly ece?: number;
}

/** Thresholds of the diagnostics (see the module header). */
export const DIAGNOSIS_THRESHOLDS = Object.freeze({
  overfitGap: { higher: 0.1, lower: 0.25 },
  mildOverfitGap: { higher: 0.03, lower: 0.1 },
  noSignal: 0.02,
  underfit: 0.1,
  underfitTrain: 0.2,
  unstable: { higher: 0.02, lower: 0.05 },
  stillLearning: { higher: 0.02, lower: 0.01 },
  imbalance: 0.2,
  severeImbalance: 0.02,
  poorEce: 0.05,
  fairEce: 0.02,
});

/** Round a figure for a message: 4 significant decimals at most. */
function fig(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) >= 100 ? 1 : Math.abs(x) >= 1 ? 3 : 4;
  return Number(x.toFixed(digits));
}

function percent(x: number): string {
  return `${Number((x * 100).toFixed(x < 0.01 ? 2 : 1))} %`;
}

function metricLabel(metric: string): string {
  return Object.hasOwn(METRICS, metric) ? METRICS[metric as MetricName].label : metric;
}

/** Improvement of `value` over `base` in the metric's direction, on the scale described in the header. */
function improvement(value: number, base: number, higherIsBetter: boolean): number {
  if (higherIsBetter) return base < 1 ? (value - base) / (1 - base) : value - base;
  return base > 0 ? (base - value) / base : base - value;
}

/**
 * Diagnose a model from its figures. Missing optional figures skip their checks.
 *
 * @example
 * ```ts
 * diagnoseFit({ metric: 'rmse', higherIsBetter: false, train: 10, valid: 10.5, baseline: 20 })[0].id; // 'good-fit'
 * ```
 */
export function diagnoseFit(input: FitFigures): Diagnosis[] {
  const t = DIAGNOSIS_THRESHOLDS;
  const { higherIsBetter: hi, train, valid } = input;
  const metric = metricLabel(input.metric);
  const out: Diagnosis[] = [];
  const gap = hi ? train - valid : valid - train;
  const relGap = hi ? gap : Math.abs(valid) > 0 ? gap / Math.abs(valid) : gap;
  const side = hi ? 'higher' : 'lower';

  let fitVerdict = false;
  if (input.baseline !== undefined && Number.isFinite(input.baseline) && Number.isFinite(valid)) {
    const base = input.baseline;
    const gain = improvement(valid, base, hi);
    const trainGain = improvement(train, base, hi);
    if (gain <= t.noSignal) {
      out.push({
        id: 'no-signal',
        severity: 'error',
        messageId: 'diagnosis.noSignal',
        params: { metric, valid: fig(valid), baseline: fig(base) },
      });
      fitVerdict = true;
    } else if (gain < t.underfit && !(trainGain >= t.underfitTrain)) {
      out.push({
        id: 'underfitting',
        severity: 'warning',
        messageId: 'diagnosis.underfitting',
        params: {
          metric,
          valid: fig(valid),
          train: fig(train),
          baseline: fig(base),
          gain: fig(hi ? valid - base : base - valid),
        },
      });
      fitVerdict = true;
    }
  }
  if (!fitVerdict && Number.isFinite(gap)) {
    const params = { metric, valid: fig(valid), train: fig(train), gap: fig(gap) };
    if (relGap > t.overfitGap[side]) {
      out.push({ id: 'overfitting', severity: 'warning', messageId: 'diagnosis.overfitting', params });
    } else if (relGap > t.mildOverfitGap[side]) {
      out.push({ id: 'overfitting', severity: 'info', messageId: 'diagnosis.mildOverfitting', params });
    } else {
      out.push({
        id: 'good-fit',
        severity: 'info',
        messageId: 'diagnosis.goodFit',
        params: { ...params, gap: fig(Math.abs(gap)) },
      });
    }
  }

  const sd = input.validSd;
  if (sd !== undefined && Number.isFinite(sd)) {
    const relSd = hi ? sd : Math.abs(valid) > 0 ? sd / Math.abs(valid) : sd;
    if (relSd > t.unstable[side]) {
      out.push({
        id: 'unstable',
        severity: 'info',
        messageId: 'diagnosis.unstable',
        params: { metric, sd: fig(sd), valid: fig(valid) },
      });
    }
  }

  const curve = [...(input.learningCurve ?? [])]
    .filter((p) => Number.isFinite(p.valid))
    .sort((a, b) => a.share - b.share);
  if (curve.length >= 2) {
    const prev = curve[curve.length - 2];
    const last = curve[curve.length - 1];
    const step = improvement(last.valid, prev.valid, hi);
    const delta = hi ? last.valid - prev.valid : prev.valid - last.valid;
    const params = {
      metric,
      previous: fig(prev.valid),
      last: fig(last.valid),
      previousShare: percent(prev.share),
      lastShare: percent(last.share),
    };
    const stillLearning = step > t.stillLearning[side] && (sd === undefined || !Number.isFinite(sd) || delta > sd / 2);
    out.push(
      stillLearning
        ? { id: 'still-learning', severity: 'info', messageId: 'diagnosis.stillLearning', params }
        : { id: 'plateau', severity: 'info', messageId: 'diagnosis.plateau', params },
    );
  }

  const rate = input.positiveRate;
  if (rate !== undefined && rate > 0 && rate < 1) {
    const minority = Math.min(rate, 1 - rate);
    if (minority < t.severeImbalance) {
      out.push({
        id: 'imbalance',
        severity: 'warning',
        messageId: 'diagnosis.severeImbalance',
        params: { percent: percent(rate) },
      });
    } else if (minority < t.imbalance) {
      out.push({
        id: 'imbalance',
        severity: 'info',
        messageId: 'diagnosis.imbalance',
        params: { percent: percent(rate) },
      });
    }
  }

  const ece = input.ece;
  if (ece !== undefined && Number.isFinite(ece)) {
    if (ece > t.fairEce) {
      out.push({
        id: 'poor-calibration',
        severity: ece > t.poorEce ? 'warning' : 'info',
        messageId: 'diagnosis.poorCalibration',
        params: { ece: fig(ece) },
      });
    } else {
      out.push({
        id: 'good-calibration',
        severity: 'info',
        messageId: 'diagnosis.goodCalibration',
        params: { ece: fig(ece) },
      });
    }
  }
  return out;
}
