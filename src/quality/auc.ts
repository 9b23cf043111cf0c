/**
 * @module quality/auc
 * The exact area under the ROC curve, computed as the Mann–Whitney U statistic: the share of
 * (positive, negative) pairs in which the positive scores higher, ties counting one half. No curve is drawn
 * and nothing is interpolated, so the value equals scikit-learn's `roc_auc_score` for the same input.
 *
 * Two entry points: `rocAuc` for one score per row, and `rocAucFromGroups` for scores that take few distinct
 * values (a binned one-feature model predicts one score per bin), where only the positive and negative counts
 * per score are needed — no sort of the rows at all.
 *
 * @example
 * ```ts
 * import { rocAuc } from './auc.js';
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // 0.75
 * ```
 */

/**
 * ROC AUC of `scores` for binary `labels` (1 = positive, 0 = negative; other values and NaN scores are
 * ignored). Ties between a positive and a negative count one half. NaN when either class is absent.
 *
 * @example
 * ```ts
 * rocAuc([1, 1, 2], [0, 1, 1]); // (0.5 + 1) / 2 = 0.75
 * ```
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = Math.min(scores.length, labels.length);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    const y = labels[i];
    if (s === s && (y === 0 || y === 1)) keep.push(i);
  }
  keep.sort((a, b) => scores[a] - scores[b]);
  const groupScores: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  for (const i of keep) {
    const s = scores[i];
    const last = groupScores.length - 1;
    if (last < 0 || groupScores[last] !== s) {
      groupScores.push(s);
      pos.push(0);
      neg.push(0);
    }
    if (labels[i] === 1) pos[pos.length - 1]++;
    else neg[neg.length - 1]++;
  }
  return aucOfSortedGroups(pos, neg);
}

/**
 * ROC AUC from per-score counts: `scores[g]` is the score of group `g`, which holds `positives[g]` positive
 * and `negatives[g]` negative rows. Groups need not be sorted or distinct (equal scores are merged, i.e.
 * treated as ties). NaN when either class is absent.
 *
 * @example
 * ```ts
 * // two bins: score 0.2 with 3 negatives and 1 positive, score 0.7 with 1 negative and 3 positives
 * rocAucFromGroups([0.2, 0.7], [1, 3], [3, 1]); // (3·3 + 0.5·(1·3 + 3·1)) / 16 = 0.75
 * ```
 */
export function rocAucFromGroups(
  scores: ArrayLike<number>,
  positives: ArrayLike<number>,
  negatives: ArrayLike<number>,
): number {
  const order: number[] = [];
  for (let g = 0; g < scores.length; g++) {
    if (scores[g] === scores[g] && positives[g] + negatives[g] > 0) order.push(g);
  }
  order.sort((a, b) => scores[a] - scores[b]);
  const pos: number[] = [];
  const neg: number[] = [];
  let lastScore = Number.NaN;
  for (const g of order) {
    if (pos.length === 0 || scores[g] !== lastScore) {
      pos.push(0);
      neg.push(0);
      lastScore = scores[g];
    }
    pos[pos.length - 1] += positives[g];
    neg[neg.length - 1] += negatives[g];
  }
  return aucOfSortedGroups(pos, neg);
}

/** U / (P·N) over tie groups in ascending score order. */
function aucOfSortedGroups(pos: readonly number[], neg: readonly number[]): number {
  let u = 0;
  let negBelow = 0;
  let totalPos = 0;
  for (let g = 0; g < pos.length; g++) {
    u += pos[g] * (negBelow + 0.5 * neg[g]);
    negBelow += neg[g];
    totalPos += pos[g];
  }
  if (totalPos === 0 || negBelow === 0) return Number.NaN;
  return u / (totalPos * negBelow);
}
