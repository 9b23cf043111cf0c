/**
 * @module fairness
 * The public surface of group fairness (`leitwerk/fairness`): sensitive groups (categories, age bands,
 * intersections), bias in the data before training (Clarify's CI and DPL), group metrics and gaps with
 * bootstrap confidence intervals after training (demographic parity, disparate impact and the four-fifths
 * rule, equal opportunity, equalised odds, predictive parity), the same across thresholds, mitigation
 * (Kamiran–Calders reweighing, per-group thresholds after Hardt et al.), the trade-off table and
 * plain-language summaries. Every result is plain JSON data.
 *
 * @example
 * ```ts
 * import { groupFairness, groupThresholds, sensitiveGroups } from 'leitwerk/fairness';
 * const [sex] = sensitiveGroups(testTable, ['sex']);
 * const report = groupFairness(scores, labels01, sex, { attribute: 'sex', threshold: 0.5, seed: 1 });
 * report.gaps.demographicParityDifference; // { value, ci: [low, high], low: 'Female', high: 'Male' }
 * ```
 */

export {
  type BandSpec,
  type GroupAttribute,
  type GroupInput,
  type GroupOptions,
  type GroupSpec,
  INTERSECTION_SEPARATOR,
  checkGroups,
  groupsFromLabels,
  sensitiveGroups,
} from './groups.js';
export { rowGroups } from './row-groups.js';
export { type DataBias, type DataBiasGroup, MIN_GROUP_ROWS, dataBias } from './data-bias.js';
export { type GroupCount, type GroupRates, expectedCounts, groupCounts, rates } from './group-counts.js';
export { type Extremes, FOUR_FIFTHS, GAP_NAMES, type GapName, type GapValues, extremes, gapsOf } from './gaps.js';
export { type BootstrapOptions, type GapIntervals, bootstrapGaps } from './bootstrap-gaps.js';
export {
  type FairnessOptions,
  type Gap,
  type GroupFairness,
  type GroupFigures,
  groupFairness,
  thresholdsPerGroup,
} from './group-fairness.js';
export { DEFAULT_THRESHOLDS, type ThresholdGrid, type ThresholdPoint, thresholdGrid } from './threshold-grid.js';
export { type Reweighing, reweighing } from './reweighing.js';
export {
  GROUP_THRESHOLDS_VERSION,
  type GroupMixing,
  type GroupThresholdOptions,
  type GroupThresholds,
  THRESHOLD_GOALS,
  type ThresholdGoal,
  applyGroupThresholds,
  groupThresholds,
  selectionProbabilities,
} from './group-thresholds.js';
export { type RandomizedOddsOptions, randomizedOdds } from './randomized-odds.js';
export { type Level, thresholdLevels } from './threshold-levels.js';
export { type TradeOffOption, type TradeOffRow, tradeOffTable } from './trade-off.js';
export { type SummaryStatement, dataBiasSummary, fairnessSummary } from './fairness-summary.js';
export { type AttributeAssessment, type FairnessAssessment, assessFairness } from './fairness-assessment.js';
