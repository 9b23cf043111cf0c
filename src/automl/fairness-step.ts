/**
 * @module automl/fairness-step
 * Fairness inside `train` (when `--sensitive` names columns, binary targets): the sensitive columns are kept
 * out of the features but grouped (categories as they are, numbers in bands such as age bands, and their
 * intersection when there are several), and the winner's out-of-fold scores (or the holdout's) are assessed
 * per group at the decision threshold in use — selection rate, TPR, FPR, precision, AUC, calibration, and the
 * gaps with bootstrap confidence intervals. With `--mitigate`:
 * - `reweighing` (Kamiran & Calders) — every fold's training rows get weights that make label and group of the
 *   first sensitive column independent (computed from those rows only); the refit uses the same weights;
 * - `demographic-parity` / `equalized-odds` — per-group thresholds (Hardt, Price & Srebro) for the first
 *   sensitive column, chosen on the out-of-fold scores, stored with the model and applied at prediction.
 * A trade-off table (accuracy, AUC, profit, DP and EO gaps of the unmitigated and the mitigated decisions) lets
 * a human choose.
 *
 * @example
 * ```ts
 * import { assessTraining } from './fairness-step.js';
 * const f = assessTraining(trainTable, rows, scores, y, { sensitive: ['sex', 'race'], threshold: 0.5, mitigation: 'demographic-parity', seed: 1, lang: 'en' });
 * f.assessment.attributes[0].fairness.gaps;
 * ```
 */
import { type Table, takeRows } from '../data/table.js';
import {
  type FairnessAssessment,
  type GroupThresholds,
  type TradeOffRow,
  assessFairness,
  groupThresholds,
  reweighing,
  sensitiveGroups,
  tradeOffTable,
} from '../fairness/index.js';
import type { Language } from '../util/messages.js';

/** The fairness mitigations `train` offers. */
export const MITIGATIONS = ['none', 'reweighing', 'demographic-parity', 'equalized-odds'] as const;

/** One mitigation. */
export type Mitigation = (typeof MITIGATIONS)[number];

/** What the fairness step adds to a training result. */
export interface TrainingFairness {
  readonly mitigation: Mitigation;
  /** Assessment of the decisions as the model will make them (mitigated when thresholds were chosen). */
  readonly assessment: FairnessAssessment;
  /** Assessment without per-group thresholds, when they were chosen. */
  readonly unmitigated: FairnessAssessment | null;
  readonly tradeOff: readonly TradeOffRow[];
  /** Per-group thresholds stored with the model, or null. */
  readonly thresholds: GroupThresholds | null;
}

/** Options of the fairness step. */
export interface FairnessStepOptions {
  readonly sensitive: readonly string[];
  readonly bands?: Readonly<Record<string, readonly number[]>>;
  readonly threshold: number;
  readonly mitigation: Mitigation;
  readonly seed: number;
  readonly lang: Language;
  readonly value?: { readonly valuePerConversion: number; readonly costPerContact: number };
  /** Scores of the same rows from the model trained without reweighing (for the trade-off table). */
  readonly unweightedScores?: ArrayLike<number>;
}

/**
 * Reweighing weights for some rows of the training table (label and first sensitive group independent).
 *
 * @example
 * ```ts
 * const weightsOf = reweighingWeights(trainTable, y, ['sex']);
 * weightsOf(fold.train); // one weight per training row of the fold
 * ```
 */
export function reweighingWeights(
  table: Table,
  y: Float64Array,
  sensitive: readonly string[],
  bands?: Readonly<Record<string, readonly number[]>>,
): (rows: Uint32Array) => Float64Array {
  return (rows) => {
    const part = takeRows(table, rows);
    const [attribute] = sensitiveGroups(part, [sensitive[0]], { bands });
    return Float64Array.from(
      reweighing(
        attribute,
        Float64Array.from(rows, (r) => y[r]),
      ).weights,
    );
  };
}

/**
 * Assess (and mitigate) the winner's scores on rows of the training table.
 *
 * @example
 * ```ts
 * assessTraining(table, rows, scores, labels, { sensitive: ['marital'], threshold: 0.5, mitigation: 'none', seed: 0, lang: 'de' });
 * ```
 */
export function assessTraining(
  table: Table,
  rows: ArrayLike<number>,
  scores: Float64Array,
  labels: Float64Array,
  options: FairnessStepOptions,
): TrainingFairness {
  const part = takeRows(table, rows);
  const attributes = sensitiveGroups(part, options.sensitive, {
    bands: options.bands,
    intersections: options.sensitive.length > 1,
  });
  const settings = { threshold: options.threshold, replicates: 1000, seed: options.seed };
  const assessed = assessFairness(scores, labels, attributes, settings, options.lang);
  const first = attributes[0];
  let thresholds: GroupThresholds | null = null;
  if (options.mitigation === 'demographic-parity' || options.mitigation === 'equalized-odds') {
    thresholds = groupThresholds(scores, labels, first, {
      goal: options.mitigation,
      threshold: options.threshold,
      spec: first.spec,
    });
  }
  const reweighed = options.mitigation === 'reweighing';
  const tradeOffOptions = [
    ...(!reweighed || options.unweightedScores
      ? [{ name: 'unmitigated', scores: options.unweightedScores ?? scores, threshold: options.threshold }]
      : []),
    ...(reweighed ? [{ name: 'reweighing', scores, threshold: options.threshold }] : []),
    ...(thresholds ? [{ name: options.mitigation, scores, thresholds }] : []),
  ];
  const tradeOff = tradeOffTable(labels, first, tradeOffOptions, { value: options.value });
  if (!thresholds) {
    return { mitigation: options.mitigation, assessment: assessed, unmitigated: null, tradeOff, thresholds: null };
  }
  const mitigated = assessFairness(
    scores,
    labels,
    attributes,
    { ...settings, groupThresholds: thresholds.thresholds },
    options.lang,
  );
  return { mitigation: options.mitigation, assessment: mitigated, unmitigated: assessed, tradeOff, thresholds };
}
