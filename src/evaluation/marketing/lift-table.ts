/**
 * @module evaluation/marketing/lift-table
 * The lift table: for the top 5 %, 10 %, 20 % … of customers by score, the response rate among them, the
 * lift (that rate divided by the overall rate: 3 = three times as many buyers as contacting at random) and
 * the share of all conversions captured. The top share is share × rows (not rounded); ties at the cut count
 * in proportion.
 *
 * @example
 * ```ts
 * import { liftTable } from './lift-table.js';
 * liftTable(scores, labels); // [{ share: 0.05, lift: 4.1, responseRate: 0.48, capturedShare: 0.21 }, …]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { rankGroups } from '../ranked-groups.js';
import { conversionsInTop } from './top-share.js';

/** One row of a lift table. */
export interface LiftRow {
  /** Share of customers contacted, best scores first (0.05 = top 5 %). */
  readonly share: number;
  /** Response rate in the top share divided by the overall response rate. */
  readonly lift: number;
  /** Share of positives in the top share. */
  readonly responseRate: number;
  /** Share of all conversions captured in the top share. */
  readonly capturedShare: number;
}

/** The shares of the default lift table. */
export const DEFAULT_LIFT_SHARES: readonly number[] = Object.freeze([
  0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
]);

/**
 * Lift table of `scores` for labels 0/1 at the given shares (each in (0, 1]).
 *
 * @example
 * ```ts
 * liftTable([0.9, 0.8, 0.3, 0.1], [1, 0, 0, 0], [0.25, 0.5])[0].lift; // 4
 * ```
 */
export function liftTable(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  shares: readonly number[] = DEFAULT_LIFT_SHARES,
): LiftRow[] {
  for (const s of shares) {
    if (!(s > 0 && s <= 1))
      throw new ValidationError('evaluation.badOption', { name: 'shares', expected: 'shares in (0, 1]', got: s });
  }
  const g = rankGroups(scores, labels01);
  const n = g.totalRows;
  const rate = n > 0 ? g.totalPositive / n : Number.NaN;
  return shares.map((share) => {
    const count = share * n;
    const conversions = conversionsInTop(g, count);
    const responseRate = count > 0 ? conversions / count : Number.NaN;
    return {
      share,
      lift: responseRate / rate,
      responseRate,
      capturedShare: g.totalPositive > 0 ? conversions / g.totalPositive : Number.NaN,
    };
  });
}
