/**
 * @module evaluation/folds/k-fold
 * Plain k-fold cross-validation: the rows are shuffled with a seed and cut into k folds whose sizes differ
 * by at most one (the first n mod k folds hold one row more, as scikit-learn's `KFold`).
 *
 * @example
 * ```ts
 * import { kFold } from './k-fold.js';
 * const folds = kFold(10, 5, 42); // 5 folds of 2 validation rows each
 * ```
 */
import { createRng, permutation } from '../../util/rng.js';
import { type Fold, checkFoldCount, foldsFromAssignment } from './fold.js';

/**
 * `k` shuffled folds over rows 0..n-1. Throws a ValidationError when k < 2 or k > n.
 *
 * @example
 * ```ts
 * kFold(7, 3, 1).map((f) => f.valid.length); // [3, 2, 2]
 * ```
 */
export function kFold(n: number, k: number, seed: number): Fold[] {
  checkFoldCount(k, n);
  const order = permutation(n, createRng(seed));
  const assignment = new Int32Array(n);
  const base = Math.floor(n / k);
  const extra = n % k;
  let r = 0;
  for (let f = 0; f < k; f++) {
    const size = base + (f < extra ? 1 : 0);
    for (let j = 0; j < size; j++) assignment[order[r++]] = f;
  }
  return foldsFromAssignment(assignment, k);
}
