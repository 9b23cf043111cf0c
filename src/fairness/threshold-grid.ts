/**
 * @module fairness/threshold-grid
 * The group figures and gaps across a grid of decision thresholds (one threshold for all groups), for the
 * report's chart of "how unfair at which cut-off". Point estimates only (no bootstrap); groups under
 * 100 rows are left out of the gaps, as in `groupFairness`.
 *
 * @example
 * ```ts
 * import { thresholdGrid } from './threshold-grid.js';
 * thresholdGrid(scores, labels01, groups).points[9]; // { threshold: 0.5, groups: [...], gaps: {...} }
 * ```
 */
import { checkBinaryLabels, checkFinite, checkLength } from '../evaluation/check-input.js';
import { MIN_GROUP_ROWS } from './data-bias.js';
import { type GapValues, gapsOf } from './gaps.js';
import { type GroupRates, groupCounts, rates } from './group-counts.js';
import { type GroupInput, checkGroups } from './groups.js';

/** The default grid: 0.05, 0.10, …, 0.95. */
export const DEFAULT_THRESHOLDS: readonly number[] = Array.from({ length: 19 }, (_, k) => (k + 1) / 20);

/** One threshold of the grid. */
export interface ThresholdPoint {
  readonly threshold: number;
  /** Rates per group, in the order of `groups`. */
  readonly groups: readonly GroupRates[];
  readonly gaps: GapValues;
}

/** The figures over the grid. */
export interface ThresholdGrid {
  readonly groups: readonly string[];
  readonly excluded: readonly string[];
  readonly points: readonly ThresholdPoint[];
}

/**
 * Rates and gaps at each threshold of the grid.
 *
 * @example
 * ```ts
 * thresholdGrid(p, y, groups, { thresholds: [0.3, 0.5, 0.7] }).points.map((q) => q.gaps.demographicParityDifference);
 * ```
 */
export function thresholdGrid(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  options: { readonly thresholds?: readonly number[]; readonly minGroupRows?: number } = {},
): ThresholdGrid {
  checkLength('labels', labels01.length, scores.length);
  checkFinite('scores', scores);
  checkBinaryLabels(labels01);
  const G = checkGroups(groups, scores.length);
  const min = options.minGroupRows ?? MIN_GROUP_ROWS;
  const sizes = new Float64Array(G);
  for (let i = 0; i < scores.length; i++) sizes[groups.group[i]]++;
  const judged = Array.from(sizes, (s) => s >= min);
  const points = (options.thresholds ?? DEFAULT_THRESHOLDS).map((t) => {
    const r = groupCounts(scores, labels01, groups, new Float64Array(G).fill(t)).map(rates);
    return { threshold: t, groups: r, gaps: gapsOf(r, judged) };
  });
  return {
    groups: [...groups.labels],
    excluded: groups.labels.filter((_, g) => sizes[g] > 0 && !judged[g]),
    points,
  };
}
