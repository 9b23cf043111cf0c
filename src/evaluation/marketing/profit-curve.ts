/**
 * @module evaluation/marketing/profit-curve
 * The profit curve: contacting everyone scoring at or above a threshold costs `costPerContact` each and earns
 * `valuePerConversion` per converting customer, so profit = conversions · value − contacts · cost on the
 * evaluated rows. One point per distinct score (plus "contact nobody", threshold = highest score + 1), thinned
 * to at most 200 points; `best` is the profit-maximising point over all thresholds (the fewest contacts on
 * ties).
 *
 * @example
 * ```ts
 * import { profitCurve } from './profit-curve.js';
 * const { best } = profitCurve(scores, labels, { valuePerConversion: 50, costPerContact: 2 });
 * best.threshold; // contact customers scoring ≥ this
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { rankGroups, thinIndexes } from '../ranked-groups.js';
import { MAX_CURVE_POINTS } from '../roc-curve.js';

/** Value of a conversion and cost of a contact, in the same currency. */
export interface ValueSettings {
  readonly valuePerConversion: number;
  readonly costPerContact: number;
}

/** One point of a profit curve. */
export interface ProfitPoint {
  /** Share of rows contacted. */
  readonly share: number;
  /** Contact rows scoring ≥ this. */
  readonly threshold: number;
  readonly contacts: number;
  readonly conversions: number;
  readonly profit: number;
}

/** A profit curve and its best point. */
export interface ProfitCurve {
  readonly points: ProfitPoint[];
  readonly best: ProfitPoint;
}

/**
 * Throw unless value and cost are finite and ≥ 0.
 *
 * @example
 * ```ts
 * checkValueSettings({ valuePerConversion: 50, costPerContact: 2 }); // passes
 * ```
 */
export function checkValueSettings(value: ValueSettings): void {
  for (const name of ['valuePerConversion', 'costPerContact'] as const) {
    const v = value[name];
    if (!(Number.isFinite(v) && v >= 0)) {
      throw new ValidationError('evaluation.badOption', { name, expected: 'a finite number ≥ 0', got: v });
    }
  }
}

/**
 * Profit curve of `scores` for labels 0/1.
 *
 * @example
 * ```ts
 * profitCurve([0.9, 0.5, 0.1], [1, 0, 0], { valuePerConversion: 10, costPerContact: 1 }).best.profit; // 9
 * ```
 */
export function profitCurve(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  value: ValueSettings,
  maxPoints: number = MAX_CURVE_POINTS,
): ProfitCurve {
  checkValueSettings(value);
  const g = rankGroups(scores, labels01);
  const n = g.totalRows;
  const all: ProfitPoint[] = [
    { share: 0, threshold: g.scores.length > 0 ? g.scores[0] + 1 : 1, contacts: 0, conversions: 0, profit: 0 },
  ];
  let contacts = 0;
  let conversions = 0;
  let best = all[0];
  for (let k = 0; k < g.scores.length; k++) {
    contacts += g.rows[k];
    conversions += g.positives[k];
    const point = {
      share: contacts / n,
      threshold: g.scores[k],
      contacts,
      conversions,
      profit: conversions * value.valuePerConversion - contacts * value.costPerContact,
    };
    all.push(point);
    if (point.profit > best.profit) best = point;
  }
  const keep = thinIndexes(all.length, maxPoints);
  return { points: keep.map((i) => all[i]), best };
}
