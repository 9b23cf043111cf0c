/**
 * @module fairness/threshold-levels
 * The operating points of one group: for every candidate threshold its selection rate, TPR, FPR and the
 * rows it decides correctly — the raw material of the per-group threshold search.
 *
 * @example
 * ```ts
 * import { thresholdLevels } from './threshold-levels.js';
 * thresholdLevels(rowsOfGroup, scores, labels01)[0]; // { threshold: top + 1, rate: 0, tpr: 0, fpr: 0, … }
 * ```
 */

/** One candidate threshold of a group with its figures. */
export interface Level {
  readonly threshold: number;
  readonly rate: number;
  readonly tpr: number;
  readonly fpr: number;
  /** Correctly decided rows of the group. */
  readonly correct: number;
}

const MAX_LEVELS = 400;

/**
 * The candidate thresholds of one group's rows (midway between adjacent distinct scores, plus "select
 * nobody" above the top score), from the highest threshold down, thinned evenly to at most 400.
 *
 * @example
 * ```ts
 * thresholdLevels([0, 1], [0.9, 0.2], [1, 0]).map((l) => l.threshold); // [1.9, 0.55, 0.2]
 * ```
 */
export function thresholdLevels(
  rows: readonly number[],
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
): Level[] {
  if (rows.length === 0) return [];
  const order = [...rows].sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (const i of rows) positives += labels01[i];
  const negatives = rows.length - positives;
  const all: Level[] = [];
  const top = scores[order[0]];
  // select nobody
  all.push({ threshold: top + 1, rate: 0, tpr: 0, fpr: 0, correct: negatives });
  let tp = 0;
  let sel = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    tp += labels01[i];
    sel++;
    const next = k + 1 < order.length ? scores[order[k + 1]] : Number.NaN;
    if (next === scores[i]) continue; // a tie: the level ends after the last tied row
    const fp = sel - tp;
    all.push({
      threshold: next === next ? (scores[i] + next) / 2 : scores[i],
      rate: sel / rows.length,
      tpr: positives > 0 ? tp / positives : 0,
      fpr: negatives > 0 ? fp / negatives : 0,
      correct: tp + (negatives - fp),
    });
  }
  if (all.length <= MAX_LEVELS) return all;
  // thin evenly by rank, keeping both ends
  const out: Level[] = [];
  const step = (all.length - 1) / (MAX_LEVELS - 1);
  for (let k = 0; k < MAX_LEVELS; k++) out.push(all[Math.round(k * step)]);
  return out;
}
