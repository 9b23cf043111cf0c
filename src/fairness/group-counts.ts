/**
 * @module fairness/group-counts
 * The confusion counts of each group at its decision threshold (a row is selected when its score is at
 * or above the threshold), and the rates derived from them: selection rate, true- and false-positive rate,
 * precision. Every group metric and gap of `src/fairness/` is computed from these counts.
 *
 * @example
 * ```ts
 * import { groupCounts, rates } from './group-counts.js';
 * const counts = groupCounts(scores, labels01, groups, thresholdsPerGroup);
 * rates(counts[0]).selectionRate;
 * ```
 */
import type { GroupInput } from './groups.js';

/** Confusion counts of one group. */
export interface GroupCount {
  /** Rows. */
  n: number;
  /** Rows with label 1. */
  positives: number;
  /** Rows selected (score ≥ threshold). */
  selected: number;
  /** Selected rows with label 1. */
  truePositives: number;
}

/** Rates of one group (NaN when the denominator is 0). */
export interface GroupRates {
  readonly selectionRate: number;
  /** True-positive rate (recall): selected share of the positives. */
  readonly tpr: number;
  /** False-positive rate: selected share of the negatives. */
  readonly fpr: number;
  /** Precision: positive share of the selected. */
  readonly precision: number;
}

/**
 * Count per group, with one threshold per group index.
 *
 * @example
 * ```ts
 * groupCounts([0.9, 0.2], [1, 0], { labels: ['a', 'b'], group: [0, 1] }, [0.5, 0.5])[0].truePositives; // 1
 * ```
 */
export function groupCounts(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  thresholds: ArrayLike<number>,
): GroupCount[] {
  const counts = groups.labels.map(() => ({ n: 0, positives: 0, selected: 0, truePositives: 0 }));
  for (let i = 0; i < scores.length; i++) {
    const g = groups.group[i];
    const c = counts[g];
    const y = labels01[i];
    const d = scores[i] >= thresholds[g] ? 1 : 0;
    c.n++;
    c.positives += y;
    c.selected += d;
    c.truePositives += y * d;
  }
  return counts;
}

/**
 * The rates of one group's counts.
 *
 * @example
 * ```ts
 * rates({ n: 4, positives: 2, selected: 2, truePositives: 1 }); // { selectionRate: 0.5, tpr: 0.5, fpr: 0.5, precision: 0.5 }
 * ```
 */
export function rates(c: GroupCount): GroupRates {
  const negatives = c.n - c.positives;
  return {
    selectionRate: c.n > 0 ? c.selected / c.n : Number.NaN,
    tpr: c.positives > 0 ? c.truePositives / c.positives : Number.NaN,
    fpr: negatives > 0 ? (c.selected - c.truePositives) / negatives : Number.NaN,
    precision: c.selected > 0 ? c.truePositives / c.selected : Number.NaN,
  };
}

/**
 * Expected counts per group when row i is selected with probability `probabilities[i]` (randomised
 * thresholds; see `selectionProbabilities`). Plain 0/1 decisions give the ordinary counts.
 *
 * @example
 * ```ts
 * expectedCounts([0.5, 1], [1, 0], { labels: ['a'], group: [0, 0] })[0]; // { n: 2, positives: 1, selected: 1.5, truePositives: 0.5 }
 * ```
 */
export function expectedCounts(
  probabilities: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
): GroupCount[] {
  const counts = groups.labels.map(() => ({ n: 0, positives: 0, selected: 0, truePositives: 0 }));
  for (let i = 0; i < probabilities.length; i++) {
    const c = counts[groups.group[i]];
    c.n++;
    c.positives += labels01[i];
    c.selected += probabilities[i];
    c.truePositives += labels01[i] * probabilities[i];
  }
  return counts;
}
