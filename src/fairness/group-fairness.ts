/**
 * @module fairness/group-fairness
 * How a scored model treats the groups of one sensitive attribute, at the decision threshold in use (one
 * for all, or one per group): per group the count, selection rate, TPR, FPR, precision, AUC and calibration
 * (mean predicted score against the observed label rate); and the gaps between the groups
 * (`fairness/gaps.ts`) — each with a stratified bootstrap 95 % confidence interval. Groups with fewer than
 * 100 rows are flagged too small to judge (DataRobot's rule): their figures are shown, but they are left
 * out of every gap (`excluded` lists them). The result is plain JSON data.
 *
 * @example
 * ```ts
 * import { groupFairness } from './group-fairness.js';
 * const f = groupFairness(scores, labels01, sexGroups, { threshold: 0.5, seed: 1 });
 * f.gaps.demographicParityDifference; // { value: 0.17, ci: [0.16, 0.18], low: 'Female', high: 'Male' }
 * ```
 */
import { auc } from '../evaluation/auc.js';
import { checkBinaryLabels, checkFinite, checkLength } from '../evaluation/check-input.js';
import { ValidationError } from '../util/errors.js';
import { bootstrapGaps } from './bootstrap-gaps.js';
import { MIN_GROUP_ROWS } from './data-bias.js';
import { type GapName, FOUR_FIFTHS, GAP_NAMES, extremes, gapsOf } from './gaps.js';
import { type GroupRates, groupCounts, rates } from './group-counts.js';
import { type GroupInput, checkGroups } from './groups.js';

/** Options of `groupFairness`. */
export interface FairnessOptions {
  /** Decision threshold (selected when score ≥ threshold); default 0.5. */
  readonly threshold?: number;
  /** Per-group thresholds by group label; groups not named use `threshold`. */
  readonly groupThresholds?: Readonly<Record<string, number>>;
  /** Groups with fewer rows are too small to judge; default 100. */
  readonly minGroupRows?: number;
  /** Bootstrap replicates B (0: no intervals); default 1000. */
  readonly replicates?: number;
  /** Seed of the bootstrap; default 1. */
  readonly seed?: number;
  /** Name of the attribute, carried into the result (e.g. `sex`). */
  readonly attribute?: string;
}

/** The figures of one group. */
export interface GroupFigures extends GroupRates {
  readonly group: string;
  readonly count: number;
  readonly positives: number;
  readonly selected: number;
  readonly threshold: number;
  readonly auc: number;
  /** Calibration: mean predicted score … */
  readonly meanScore: number;
  /** … against the observed share of label 1. */
  readonly labelRate: number;
  /** Fewer than `minGroupRows` rows: too small to judge, left out of the gaps. */
  readonly tooSmall: boolean;
}

/** One gap with its interval and the groups at its extremes. */
export interface Gap {
  readonly value: number;
  /** Bootstrap percentile interval at 95 %, or null when no bootstrap was run. */
  readonly ci: readonly [number, number] | null;
  /** Group with the lowest rate (for the equalised-odds difference: of the rate with the larger gap). */
  readonly low: string | null;
  readonly high: string | null;
}

/** The fairness of one attribute at one threshold setting. */
export interface GroupFairness {
  readonly attribute: string | null;
  readonly threshold: number;
  readonly groupThresholds: Readonly<Record<string, number>> | null;
  readonly minGroupRows: number;
  readonly groups: readonly GroupFigures[];
  readonly gaps: Readonly<Record<GapName, Gap>>;
  /** Disparate impact (min/max selection rate) below 0.8; null when not judgeable. */
  readonly fourFifthsViolated: boolean | null;
  /** Groups left out of the gaps because they are too small to judge. */
  readonly excluded: readonly string[];
  readonly bootstrap: { readonly replicates: number; readonly seed: number; readonly stratified: true } | null;
}

/**
 * Per-group figures and gaps with bootstrap intervals (see the module doc).
 *
 * @example
 * ```ts
 * groupFairness(p, y, groups, { groupThresholds: { Female: 0.3, Male: 0.55 } }).gaps.equalizedOddsDifference.value;
 * ```
 */
export function groupFairness(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  options: FairnessOptions = {},
): GroupFairness {
  const n = scores.length;
  checkLength('labels', labels01.length, n);
  checkFinite('scores', scores);
  checkBinaryLabels(labels01);
  const G = checkGroups(groups, n);
  const base = options.threshold ?? 0.5;
  if (!Number.isFinite(base)) {
    throw new ValidationError('fairness.badOption', { name: 'threshold', expected: 'a finite number', got: base });
  }
  const minGroupRows = options.minGroupRows ?? MIN_GROUP_ROWS;
  const thresholds = thresholdsPerGroup(groups, base, options.groupThresholds);
  const counts = groupCounts(scores, labels01, groups, thresholds);
  const groupRates = counts.map(rates);
  const judged = counts.map((c) => c.n >= minGroupRows);
  const { aucs, meanScores } = perGroupScores(scores, labels01, groups, G);
  const figures: GroupFigures[] = [];
  for (let g = 0; g < G; g++) {
    const c = counts[g];
    if (c.n === 0) continue;
    figures.push({
      group: groups.labels[g],
      count: c.n,
      positives: c.positives,
      selected: c.selected,
      threshold: thresholds[g],
      ...groupRates[g],
      auc: aucs[g],
      meanScore: meanScores[g],
      labelRate: c.positives / c.n,
      tooSmall: !judged[g],
    });
  }
  const values = gapsOf(groupRates, judged);
  const replicates = options.replicates ?? 1000;
  const seed = options.seed ?? 1;
  const intervals =
    replicates > 0 ? bootstrapGaps(scores, labels01, groups, thresholds, judged, { replicates, seed }) : null;
  const label = (g: number) => (g >= 0 ? groups.labels[g] : null);
  const extremesOf: Record<GapName, (r: GroupRates) => number> = {
    demographicParityDifference: (r) => r.selectionRate,
    demographicParityRatio: (r) => r.selectionRate,
    equalOpportunityDifference: (r) => r.tpr,
    equalizedOddsDifference: (r) =>
      extremes(groupRates, (x) => x.fpr, judged).difference > extremes(groupRates, (x) => x.tpr, judged).difference
        ? r.fpr
        : r.tpr,
    predictiveParityDifference: (r) => r.precision,
  };
  const gaps = Object.fromEntries(
    GAP_NAMES.map((k) => {
      const e = extremes(groupRates, extremesOf[k], judged);
      return [k, { value: values[k], ci: intervals ? intervals[k] : null, low: label(e.low), high: label(e.high) }];
    }),
  ) as unknown as Record<GapName, Gap>;
  const ratio = values.demographicParityRatio;
  return {
    attribute: options.attribute ?? null,
    threshold: base,
    groupThresholds: options.groupThresholds ? { ...options.groupThresholds } : null,
    minGroupRows,
    groups: figures,
    gaps,
    fourFifthsViolated: ratio === ratio ? ratio < FOUR_FIFTHS : null,
    excluded: figures.filter((f) => f.tooSmall).map((f) => f.group),
    bootstrap: replicates > 0 ? { replicates, seed, stratified: true } : null,
  };
}

/**
 * The threshold of each group index: its entry in `byGroup`, else `base`.
 *
 * @example
 * ```ts
 * thresholdsPerGroup({ labels: ['m', 'f'], group: [] }, 0.5, { f: 0.3 }); // Float64Array [0.5, 0.3]
 * ```
 */
export function thresholdsPerGroup(
  groups: GroupInput,
  base: number,
  byGroup?: Readonly<Record<string, number>>,
): Float64Array {
  return Float64Array.from(groups.labels, (label) => {
    const t = byGroup && Object.hasOwn(byGroup, label) ? byGroup[label] : base;
    if (!Number.isFinite(t)) {
      throw new ValidationError('fairness.badOption', {
        name: `threshold of ${label}`,
        expected: 'a finite number',
        got: t,
      });
    }
    return t;
  });
}

function perGroupScores(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  G: number,
): { aucs: number[]; meanScores: number[] } {
  const rows: number[][] = Array.from({ length: G }, () => []);
  for (let i = 0; i < scores.length; i++) rows[groups.group[i]].push(i);
  const aucs: number[] = [];
  const meanScores: number[] = [];
  for (let g = 0; g < G; g++) {
    const s = Float64Array.from(rows[g], (i) => scores[i]);
    const y = Float64Array.from(rows[g], (i) => labels01[i]);
    aucs.push(s.length > 0 ? auc(s, y) : Number.NaN);
    meanScores.push(s.length > 0 ? s.reduce((a, b) => a + b, 0) / s.length : Number.NaN);
  }
  return { aucs, meanScores };
}
