/**
 * @module fairness/gaps
 * The fairness gaps between groups, from their rates (Fairlearn's "between groups" definitions):
 * - demographic-parity difference: max − min selection rate; ratio: min / max selection rate — the
 *   **disparate impact** of the least-selected group against the most-selected one; the **four-fifths rule**
 *   is violated when it is below 0.8;
 * - equal-opportunity difference: max − min true-positive rate;
 * - equalised-odds difference: the larger of the TPR difference and the FPR difference;
 * - predictive-parity difference: max − min precision.
 * Only the judged groups (at least 100 rows by default) enter; a rate that is undefined for a group (no
 * positives, nothing selected) leaves that group out of that gap. NaN when fewer than two groups remain.
 *
 * @example
 * ```ts
 * import { gapsOf } from './gaps.js';
 * gapsOf([{ selectionRate: 0.3, … }, { selectionRate: 0.1, … }]).dpDifference; // 0.2
 * ```
 */
import type { GroupRates } from './group-counts.js';

/** Below this disparate impact the four-fifths rule is violated. */
export const FOUR_FIFTHS = 0.8;

/** The gap names, in report order. */
export const GAP_NAMES = [
  'demographicParityDifference',
  'demographicParityRatio',
  'equalOpportunityDifference',
  'equalizedOddsDifference',
  'predictiveParityDifference',
] as const;

/** One gap name. */
export type GapName = (typeof GAP_NAMES)[number];

/** The gap values (NaN when not judgeable). */
export type GapValues = Record<GapName, number>;

/** Lowest and highest group (index) of a rate among the included groups, or -1. */
export interface Extremes {
  readonly low: number;
  readonly high: number;
  readonly difference: number;
}

/**
 * Lowest and highest group of `pick(rates)` among the groups with `include[g]` (defined values only).
 *
 * @example
 * ```ts
 * extremes([{ tpr: 0.5 }, { tpr: 0.9 }] as GroupRates[], (r) => r.tpr).difference; // 0.4
 * ```
 */
export function extremes(
  all: readonly GroupRates[],
  pick: (r: GroupRates) => number,
  include?: readonly boolean[],
): Extremes {
  let low = -1;
  let high = -1;
  let defined = 0;
  for (let g = 0; g < all.length; g++) {
    if (include && !include[g]) continue;
    const v = pick(all[g]);
    if (v !== v) continue;
    defined++;
    if (low < 0 || v < pick(all[low])) low = g;
    if (high < 0 || v > pick(all[high])) high = g;
  }
  if (defined < 2) return { low: -1, high: -1, difference: Number.NaN };
  return { low, high, difference: pick(all[high]) - pick(all[low]) };
}

/**
 * Every gap over the included groups.
 *
 * @example
 * ```ts
 * gapsOf(groupRates, judged).equalizedOddsDifference;
 * ```
 */
export function gapsOf(all: readonly GroupRates[], include?: readonly boolean[]): GapValues {
  const dp = extremes(all, (r) => r.selectionRate, include);
  const tpr = extremes(all, (r) => r.tpr, include);
  const fpr = extremes(all, (r) => r.fpr, include);
  const pp = extremes(all, (r) => r.precision, include);
  const high = dp.high >= 0 ? all[dp.high].selectionRate : Number.NaN;
  const low = dp.low >= 0 ? all[dp.low].selectionRate : Number.NaN;
  return {
    demographicParityDifference: dp.difference,
    demographicParityRatio: dp.difference !== dp.difference ? Number.NaN : high > 0 ? low / high : 1,
    equalOpportunityDifference: tpr.difference,
    equalizedOddsDifference:
      tpr.difference !== tpr.difference || fpr.difference !== fpr.difference
        ? Number.NaN
        : Math.max(tpr.difference, fpr.difference),
    predictiveParityDifference: pp.difference,
  };
}
