/**
 * @module automl/analyse-winner
 * What `train` says about the winner, from its out-of-fold predictions (or the holdout's when there is one):
 * probability calibration (Platt or isotonic, chosen by cross-fitting on the out-of-fold predictions and kept
 * only when it lowers the expected calibration error by a tenth or more), decile cut points, ROC and PR curves,
 * lift, gains, KS, the profit curve and the budget plan, and the decision threshold.
 *
 * @example
 * ```ts
 * import { analyseBinary } from './analyse-winner.js';
 * const a = analyseBinary(oof, y, foldOf, { valuePerConversion: 40, costPerContact: 2 });
 * a.calibration.method; // 'platt'
 * ```
 */
import {
  type Calibration,
  applyCalibration,
  budgetSelection,
  expectedCalibrationError,
  fitIsotonic,
  fitPlatt,
  gainsCurve,
  ksStatistic,
  liftTable,
  prCurve,
  profitCurve,
  reliabilityCurve,
  rocCurve,
} from '../evaluation/index.js';
import type { CalibrationSummary, MarketingValue, TrainResult } from './train-result.js';

/** Options of the business view. */
export interface ValueOptions {
  readonly valuePerConversion?: number;
  readonly costPerContact?: number;
  /** Contacts: a count (≥ 1) or a share (< 1). */
  readonly contacts?: number;
}

/** The binary analysis. */
export interface BinaryAnalysis {
  readonly calibration: Calibration | null;
  readonly calibrationSummary: CalibrationSummary;
  /** Calibrated out-of-fold scores. */
  readonly scores: Float64Array;
  readonly deciles: number[];
  readonly curves: NonNullable<TrainResult['curves']>;
  readonly marketing: MarketingValue;
  readonly decision: TrainResult['decision'];
}

function take(values: Float64Array, rows: readonly number[]): Float64Array {
  return Float64Array.from(rows, (r) => values[r]);
}

/**
 * Decile cut points (highest first) of scores: the 90th, 80th, … 10th percentiles.
 *
 * @example
 * ```ts
 * decileCuts(Float64Array.from({ length: 100 }, (_, i) => i)); // [90, 80, …, 10]
 * ```
 */
export function decileCuts(scores: Float64Array): number[] {
  const sorted = Float64Array.from(scores).sort();
  const cuts: number[] = [];
  for (let d = 9; d >= 1; d--) {
    const at = Math.min(sorted.length - 1, Math.max(0, Math.floor((d / 10) * sorted.length)));
    cuts.push(sorted[at]);
  }
  return cuts;
}

/** Cross-fitted calibration: for each fold, fit on the other folds' predictions and apply to this fold. */
function crossFitted(
  kind: 'platt' | 'isotonic',
  scores: Float64Array,
  y: Float64Array,
  foldOf: Int32Array,
  folds: number,
): Float64Array {
  const out = new Float64Array(scores.length);
  for (let f = 0; f < folds; f++) {
    const inFold: number[] = [];
    const rest: number[] = [];
    for (let i = 0; i < scores.length; i++) (foldOf[i] === f ? inFold : rest).push(i);
    if (inFold.length === 0) continue;
    const cal =
      kind === 'platt' ? fitPlatt(take(scores, rest), take(y, rest)) : fitIsotonic(take(scores, rest), take(y, rest));
    const applied = applyCalibration(cal, take(scores, inFold));
    inFold.forEach((r, j) => {
      out[r] = applied[j];
    });
  }
  return out;
}

/**
 * Calibration, curves, marketing value and decision for a binary winner.
 *
 * @example
 * ```ts
 * analyseBinary(oof, y, foldOf, {}).marketing.lift[1]; // { share: 0.1, lift: 5.2, … }
 * ```
 */
export function analyseBinary(
  oof: Float64Array,
  y: Float64Array,
  foldOf: Int32Array,
  options: ValueOptions & {
    readonly folds: number;
    readonly source: MarketingValue['source'];
    readonly calibrate?: boolean;
  },
): BinaryAnalysis {
  const eceBefore = expectedCalibrationError(oof, y);
  let calibration: Calibration | null = null;
  let method: CalibrationSummary['method'] = 'none';
  let eceAfter = eceBefore;
  if (options.calibrate !== false && options.folds > 1) {
    const platt = expectedCalibrationError(crossFitted('platt', oof, y, foldOf, options.folds), y);
    const isotonic = expectedCalibrationError(crossFitted('isotonic', oof, y, foldOf, options.folds), y);
    // prefer Platt (smooth, keeps the ranking) unless isotonic is clearly better
    const best = isotonic < platt * 0.8 ? 'isotonic' : 'platt';
    const after = best === 'isotonic' ? isotonic : platt;
    if (after <= eceBefore * 0.9) {
      method = best;
      eceAfter = after;
      calibration = best === 'platt' ? fitPlatt(oof, y) : fitIsotonic(oof, y);
    }
  }
  const scores = calibration ? applyCalibration(calibration, oof) : oof;
  const roc = rocCurve(scores, y);
  const pr = prCurve(scores, y);
  const marketing: {
    -readonly [K in keyof MarketingValue]: MarketingValue[K];
  } = {
    source: options.source,
    lift: liftTable(scores, y),
    gains: gainsCurve(scores, y),
    ks: ksStatistic(scores, y),
  };
  let decision: TrainResult['decision'] = null;
  const hasValue = options.valuePerConversion !== undefined && options.costPerContact !== undefined;
  if (hasValue) {
    const value = {
      valuePerConversion: options.valuePerConversion as number,
      costPerContact: options.costPerContact as number,
    };
    const curve = profitCurve(scores, y, value);
    marketing.profit = { ...value, curve: curve.points, best: curve.best };
    decision = { threshold: curve.best.threshold, reason: 'profit' };
  }
  if (options.contacts !== undefined) {
    const plan = budgetSelection(scores, y, {
      contacts: options.contacts,
      ...(hasValue ? { valuePerConversion: options.valuePerConversion, costPerContact: options.costPerContact } : {}),
    });
    marketing.budget = plan;
    decision = { threshold: plan.threshold, reason: 'budget' };
  }
  return {
    calibration,
    calibrationSummary: { method, eceBefore, eceAfter, reliability: reliabilityCurve(scores, y) },
    scores,
    // deciles on the uncalibrated scores: calibration is monotone, and isotonic steps would tie whole deciles
    deciles: decileCuts(oof),
    curves: {
      roc: { fpr: [...roc.fpr], tpr: [...roc.tpr] },
      pr: { recall: [...pr.recall], precision: [...pr.precision] },
    },
    marketing,
    decision,
  };
}
