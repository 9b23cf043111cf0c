/**
 * @module evaluation/marketing/top-share
 * How many conversions the best-scored `count` rows hold, from ranked groups. A cut inside a group of tied
 * scores takes that group's conversions in proportion (the expected value when ties are broken at random),
 * so the figure never depends on row order; `count` may be fractional (share × rows).
 *
 * @example
 * ```ts
 * import { conversionsInTop } from './top-share.js';
 * conversionsInTop(rankGroups([0.9, 0.5, 0.5], [1, 1, 0]), 2); // 1 + 0.5
 * ```
 */
import type { RankedGroups } from '../ranked-groups.js';

/**
 * Conversions (positive weight) among the `count` best-scored rows.
 *
 * @example
 * ```ts
 * conversionsInTop(groups, groups.totalRows); // groups.totalPositive
 * ```
 */
export function conversionsInTop(groups: RankedGroups, count: number): number {
  let rows = 0;
  let conversions = 0;
  for (let k = 0; k < groups.scores.length; k++) {
    const r = groups.rows[k];
    if (rows + r >= count) return conversions + ((count - rows) / r) * groups.positives[k];
    rows += r;
    conversions += groups.positives[k];
  }
  return conversions;
}

/**
 * The lowest score among the `count` best-scored rows (contact when score ≥ it); +∞ avoided: for
 * count ≤ 0 the highest score + 1.
 *
 * @example
 * ```ts
 * thresholdForTop(rankGroups([0.9, 0.5, 0.2], [1, 0, 0]), 2); // 0.5
 * ```
 */
export function thresholdForTop(groups: RankedGroups, count: number): number {
  if (groups.scores.length === 0) return Number.NaN;
  if (count <= 0) return groups.scores[0] + 1;
  let rows = 0;
  for (let k = 0; k < groups.scores.length; k++) {
    rows += groups.rows[k];
    if (rows >= count) return groups.scores[k];
  }
  return groups.scores[groups.scores.length - 1];
}
