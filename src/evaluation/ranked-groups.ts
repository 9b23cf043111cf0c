/**
 * @module evaluation/ranked-groups
 * Scores sorted from highest to lowest, tied scores merged into one group with its (weighted) count of
 * positives and negatives. Every ranking figure — AUC, average precision, ROC and PR curves, lift, gains,
 * KS, profit — is a walk over these groups, so ties are treated the same way everywhere: a tied group is
 * taken whole at a threshold, and a cut inside a group takes its rows in proportion (the expectation over
 * random tie-breaking).
 *
 * @example
 * ```ts
 * import { rankGroups } from './ranked-groups.js';
 * const g = rankGroups([0.9, 0.2, 0.9], [1, 0, 0]);
 * g.scores; // Float64Array [0.9, 0.2]
 * g.positives; // Float64Array [1, 0]
 * ```
 */
import { checkBinaryInput, checkWeights } from './check-input.js';

/** Distinct scores, highest first, with the weight of positive and negative rows at each, and row counts. */
export interface RankedGroups {
  /** Distinct scores, descending. */
  readonly scores: Float64Array;
  /** Weight of positive rows per group. */
  readonly positives: Float64Array;
  /** Weight of negative rows per group. */
  readonly negatives: Float64Array;
  /** Number of rows per group (unweighted). */
  readonly rows: Float64Array;
  /** Total positive weight. */
  readonly totalPositive: number;
  /** Total negative weight. */
  readonly totalNegative: number;
  /** Total number of rows. */
  readonly totalRows: number;
}

/**
 * Sort and group scores (finite numbers) with binary labels (0/1) and optional weights.
 *
 * @example
 * ```ts
 * rankGroups([0.1, 0.8, 0.8], [0, 1, 0]).rows; // Float64Array [2, 1]
 * ```
 */
export function rankGroups(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  weights?: ArrayLike<number>,
): RankedGroups {
  const n = scores.length;
  checkBinaryInput('scores', scores, labels01);
  const w = checkWeights(weights, n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  const s: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  const rows: number[] = [];
  let totalPositive = 0;
  let totalNegative = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const score = scores[i];
    const last = s.length - 1;
    if (last < 0 || s[last] !== score) {
      s.push(score);
      pos.push(0);
      neg.push(0);
      rows.push(0);
    }
    const g = s.length - 1;
    const wi = w === undefined ? 1 : w[i];
    if (labels01[i] === 1) {
      pos[g] += wi;
      totalPositive += wi;
    } else {
      neg[g] += wi;
      totalNegative += wi;
    }
    rows[g]++;
  }
  return {
    scores: Float64Array.from(s),
    positives: Float64Array.from(pos),
    negatives: Float64Array.from(neg),
    rows: Float64Array.from(rows),
    totalPositive,
    totalNegative,
    totalRows: n,
  };
}

/**
 * Evenly thin a list of point indexes 0..count-1 to at most `maxPoints`, always keeping the first and the last.
 *
 * @example
 * ```ts
 * thinIndexes(5, 3); // [0, 2, 4]
 * ```
 */
export function thinIndexes(count: number, maxPoints: number): number[] {
  if (count <= maxPoints) return Array.from({ length: count }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < maxPoints; j++) {
    const idx = Math.round((j * (count - 1)) / (maxPoints - 1));
    if (out.length === 0 || out[out.length - 1] !== idx) out.push(idx);
  }
  return out;
}
