/**
 * @module evaluation/marketing/gains-curve
 * The cumulative gains curve: the share of all conversions captured when contacting the best-scored share
 * of customers, at evenly spaced shares 0, 1/points, …, 1. The diagonal is random contact; the further the
 * curve bows above it, the better the ranking.
 *
 * @example
 * ```ts
 * import { gainsCurve } from './gains-curve.js';
 * gainsCurve(scores, labels, 10); // [{ share: 0, captured: 0 }, { share: 0.1, captured: 0.38 }, …, { share: 1, captured: 1 }]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { rankGroups } from '../ranked-groups.js';
import { conversionsInTop } from './top-share.js';

/** One point of a gains curve. */
export interface GainsPoint {
  readonly share: number;
  readonly captured: number;
}

/**
 * Gains curve with `points` + 1 points (default 100 intervals).
 *
 * @example
 * ```ts
 * gainsCurve([0.9, 0.1], [1, 0], 2); // [{0, 0}, {0.5, 1}, {1, 1}]
 * ```
 */
export function gainsCurve(scores: ArrayLike<number>, labels01: ArrayLike<number>, points = 100): GainsPoint[] {
  if (!Number.isInteger(points) || points < 1) {
    throw new ValidationError('evaluation.badOption', { name: 'points', expected: 'an integer ≥ 1', got: points });
  }
  const g = rankGroups(scores, labels01);
  const out: GainsPoint[] = [];
  for (let j = 0; j <= points; j++) {
    const share = j / points;
    const captured = g.totalPositive > 0 ? conversionsInTop(g, share * g.totalRows) / g.totalPositive : Number.NaN;
    out.push({ share, captured });
  }
  return out;
}
