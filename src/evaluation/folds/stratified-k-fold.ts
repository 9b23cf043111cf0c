/**
 * @module evaluation/folds/stratified-k-fold
 * Stratified k-fold: every fold holds each class in (nearly) the same proportion as the whole data. As
 * scikit-learn's `StratifiedKFold(shuffle=True)`: the rows sorted by class are dealt to the folds in turn,
 * so each class's count per fold differs by at most one and so do the fold sizes; which rows of a class go
 * to which fold is decided by a seeded shuffle. Not bit-identical to scikit-learn (different generator).
 *
 * @example
 * ```ts
 * import { stratifiedKFold } from './stratified-k-fold.js';
 * const folds = stratifiedKFold(Float64Array.of(0, 0, 0, 1, 1, 1), 3, 7); // one of each class per fold
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng } from '../../util/rng.js';
import { classMembers, shuffleInPlace } from './class-members.js';
import { type Fold, checkFoldCount, foldsFromAssignment } from './fold.js';

/**
 * `k` stratified folds for `labels` (one class value per row). Throws a ValidationError when k < 2, k > n,
 * or a class has fewer than k rows (naming the class).
 *
 * @example
 * ```ts
 * stratifiedKFold([0, 1, 0, 1, 0, 1, 0, 0], 2, 1).map((f) => f.valid.length); // [4, 4]
 * ```
 */
export function stratifiedKFold(labels: ArrayLike<number>, k: number, seed: number): Fold[] {
  const n = labels.length;
  checkFoldCount(k, n);
  const classes = classMembers(labels);
  for (const c of classes) {
    if (c.rows.length < k)
      throw new ValidationError('evaluation.classTooSmall', { label: c.label, count: c.rows.length, k });
  }
  const rng = createRng(seed);
  const assignment = new Int32Array(n);
  let position = 0;
  for (const c of classes) {
    // position continues across classes: rows sorted by class, dealt to folds 0, 1, …, k-1, 0, …
    // Which fold gets the first row of this class rotates with position; the rows themselves are shuffled.
    const rows = shuffleInPlace(c.rows.slice(), rng);
    for (const i of rows) assignment[i] = position++ % k;
  }
  return foldsFromAssignment(assignment, k);
}
