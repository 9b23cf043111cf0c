/**
 * @module automl/out-of-fold
 * Out-of-fold bookkeeping of the search: a candidate's (or an ensemble's) validation predictions put back in
 * row order, the rows some fold validated, and the constant baseline on the same folds.
 *
 * @example
 * ```ts
 * import { outOfFold, validatedRows } from './out-of-fold.js';
 * const { oof, foldOf } = outOfFold(data, winner, rows);
 * validatedRows(foldOf).length; // rows with an out-of-fold prediction
 * ```
 */
import { metricByName } from '../evaluation/index.js';
import type { FoldData } from './fold-data.js';
import type { Candidate } from './search.js';

/**
 * Score of the constant model (class prior or mean of the training fold) on every fold, averaged.
 *
 * @example
 * ```ts
 * baselineScore(data, 'auc'); // 0.5
 * ```
 */
export function baselineScore(data: FoldData, metric: string): number {
  const m = metricByName(metric);
  const folds = data.native.length > 0 ? data.native : data.encoded;
  const scores = folds.map((fold) => {
    const n = fold.validY.length;
    if (data.task === 'regression') {
      const mean = fold.trainY.reduce((a, b) => a + b, 0) / fold.trainY.length;
      return m.compute(new Float64Array(n).fill(mean), fold.validY, 0);
    }
    const k = data.classCount;
    const freq = new Float64Array(k);
    for (const v of fold.trainY) freq[v]++;
    for (let c = 0; c < k; c++) freq[c] /= fold.trainY.length;
    if (data.task === 'binary') return m.compute(new Float64Array(n).fill(freq[1]), fold.validY, 2);
    const p = new Float64Array(n * k);
    for (let i = 0; i < n; i++) p.set(freq, i * k);
    return m.compute(p, fold.validY, k);
  });
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/**
 * Out-of-fold predictions of a candidate (rows never validated stay NaN; their fold is −1).
 *
 * @example
 * ```ts
 * const { oof, foldOf } = outOfFold(data, best, rows);
 * ```
 */
export function outOfFold(
  data: FoldData,
  candidate: Candidate,
  rows: number,
): { readonly oof: Float64Array; readonly foldOf: Int32Array } {
  const k = data.task === 'multiclass' ? data.classCount : 1;
  const oof = new Float64Array(rows * k).fill(Number.NaN);
  const foldOf = new Int32Array(rows).fill(-1);
  const folds = data.native.length > 0 ? data.native : data.encoded;
  candidate.folds.forEach((r) => {
    const validRows = folds[r.fold].validRows;
    for (let j = 0; j < validRows.length; j++) {
      foldOf[validRows[j]] = r.fold;
      for (let c = 0; c < k; c++) oof[validRows[j] * k + c] = r.valid[j * k + c];
    }
  });
  return { oof, foldOf };
}

/**
 * The rows that some fold validated.
 *
 * @example
 * ```ts
 * validatedRows(Int32Array.of(0, -1, 1)); // [0, 2]
 * ```
 */
export function validatedRows(foldOf: Int32Array): number[] {
  const rows: number[] = [];
  for (let i = 0; i < foldOf.length; i++) if (foldOf[i] >= 0) rows.push(i);
  return rows;
}

/**
 * Out-of-fold predictions of an ensemble: the weighted average of its members' out-of-fold predictions.
 *
 * @example
 * ```ts
 * blendOutOfFold(data, [{ candidate: a, weight: 0.6 }, { candidate: b, weight: 0.4 }], rows);
 * ```
 */
export function blendOutOfFold(
  data: FoldData,
  members: readonly { readonly candidate: Candidate; readonly weight: number }[],
  rows: number,
): { readonly oof: Float64Array; readonly foldOf: Int32Array } {
  let blended: Float64Array | null = null;
  let foldOf: Int32Array = new Int32Array(0);
  for (const m of members) {
    const o = outOfFold(data, m.candidate, rows);
    foldOf = o.foldOf;
    if (blended === null) blended = new Float64Array(o.oof.length);
    for (let i = 0; i < o.oof.length; i++) blended[i] += m.weight * o.oof[i];
  }
  return { oof: blended ?? new Float64Array(0), foldOf };
}
