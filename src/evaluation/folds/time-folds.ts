/**
 * @module evaluation/folds/time-folds
 * Out-of-time validation with an expanding window: the rows are sorted by time and cut into k + 1 blocks of
 * nearly equal row counts; fold i trains on blocks 0..i (everything earlier) and validates on block i + 1.
 * A cut never separates rows with the same time value: it moves to the end of the tie run, so no row of the
 * validation block shares its time with a training row. Rows with a missing time (NaN) are left out of
 * every fold.
 *
 * @example
 * ```ts
 * import { timeFolds } from './time-folds.js';
 * timeFolds(Float64Array.of(1, 2, 3, 4, 5, 6), 2);
 * // fold 0: train [0, 1], valid [2, 3]; fold 1: train [0, 1, 2, 3], valid [4, 5]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { type Fold, checkFoldCount } from './fold.js';

/**
 * Rows with a known time, sorted by time (stable: equal times keep row order).
 *
 * @example
 * ```ts
 * rowsByTime([3, Number.NaN, 1]); // [2, 0]
 * ```
 */
export function rowsByTime(order: ArrayLike<number>): number[] {
  const rows: number[] = [];
  for (let i = 0; i < order.length; i++) if (!Number.isNaN(order[i])) rows.push(i);
  return rows.sort((a, b) => order[a] - order[b] || a - b);
}

/**
 * Move a cut position in time-sorted rows forward past rows tied with the row before it.
 *
 * @example
 * ```ts
 * cutAfterTies([1, 2, 2, 3], (r) => [1, 2, 2, 3][r], 2); // 3
 * ```
 */
export function cutAfterTies(sorted: readonly number[], timeOf: (row: number) => number, cut: number): number {
  while (cut > 0 && cut < sorted.length && timeOf(sorted[cut]) === timeOf(sorted[cut - 1])) cut++;
  return cut;
}

/**
 * `k` expanding-window folds over the time value of each row. Throws a ValidationError when k < 2, or when
 * ties leave fewer than k + 1 non-empty time blocks.
 *
 * @example
 * ```ts
 * timeFolds([2020, 2021, 2022], 2).map((f) => [...f.valid]); // [[1], [2]]
 * ```
 */
export function timeFolds(order: ArrayLike<number>, k: number): Fold[] {
  const sorted = rowsByTime(order);
  const m = sorted.length;
  checkFoldCount(k, m);
  const blocks = k + 1;
  const timeOf = (r: number) => order[r];
  const cuts = [0];
  for (let b = 1; b < blocks; b++) {
    const cut = cutAfterTies(sorted, timeOf, Math.max(Math.round((b * m) / blocks), cuts[b - 1] + 1));
    cuts.push(cut);
  }
  cuts.push(m);
  for (let b = 0; b < blocks; b++) {
    if (cuts[b + 1] <= cuts[b]) {
      let times = m > 0 ? 1 : 0;
      for (let j = 1; j < m; j++) if (order[sorted[j]] !== order[sorted[j - 1]]) times++;
      throw new ValidationError('evaluation.tooFewTimes', { times, rows: m, k, blocks });
    }
  }
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const train = Uint32Array.from(sorted.slice(0, cuts[f + 1])).sort();
    const valid = Uint32Array.from(sorted.slice(cuts[f + 1], cuts[f + 2])).sort();
    folds.push(Object.freeze({ train, valid }));
  }
  return folds;
}
