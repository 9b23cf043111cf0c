/**
 * @module evaluation/folds/holdout-split
 * One train/validation split that keeps a share of the rows aside:
 *
 * - with `order` (a time value per row): the latest rows — the cut moves past tied times, so a time value is
 *   never on both sides; rows with a missing time are left out;
 * - with `groups`: whole groups, shuffled with the seed, added until the share is reached (closest count);
 *   labels are not used then (a grouped holdout is not stratified);
 * - with `labels`: stratified — round(share · class size) rows of each class (at least one, and at least one
 *   left for training, for classes of two or more rows);
 * - otherwise a seeded random share.
 *
 * @example
 * ```ts
 * import { holdoutSplit } from './holdout-split.js';
 * const { train, valid } = holdoutSplit(1000, 0.2, { seed: 42 }); // 800 / 200 rows
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng, permutation } from '../../util/rng.js';
import { classMembers, shuffleInPlace } from './class-members.js';
import { type Fold, complementFold, sortedIndexes } from './fold.js';
import { rowGroups } from './group-k-fold.js';
import { cutAfterTies, rowsByTime } from './time-folds.js';

/** How to choose the holdout rows. */
export interface HoldoutOptions {
  readonly seed: number;
  /** Class per row: stratify. */
  readonly labels?: ArrayLike<number>;
  /** Group code per row: keep groups whole. */
  readonly groups?: ArrayLike<number>;
  /** Time value per row: hold out the latest rows. */
  readonly order?: ArrayLike<number>;
}

function checkSides(share: number, n: number, validCount: number): void {
  if (!(share > 0 && share < 1) || validCount < 1 || validCount >= n) {
    throw new ValidationError('evaluation.holdoutShare', { got: share, rows: n });
  }
}

function checkOptionLength(what: string, values: ArrayLike<number> | undefined, n: number): void {
  if (values !== undefined && values.length !== n) {
    throw new ValidationError('evaluation.lengthMismatch', { what, got: values.length, expected: n });
  }
}

/**
 * Split rows 0..n-1 into training rows and a holdout of about `share` of them. Throws a ValidationError
 * when the share is not in (0, 1) or leaves a side empty, or when both `groups` and `order` are given.
 *
 * @example
 * ```ts
 * holdoutSplit(5, 0.4, { seed: 1, order: [5, 4, 3, 2, 1] }).valid; // Uint32Array [3, 4]
 * ```
 */
export function holdoutSplit(n: number, share: number, options: HoldoutOptions): Fold {
  const { seed, labels, groups, order } = options;
  checkOptionLength('labels', labels, n);
  checkOptionLength('groups', groups, n);
  checkOptionLength('order', order, n);
  checkSides(share, n, Math.round(share * n));
  if (groups !== undefined && order !== undefined) throw new ValidationError('evaluation.holdoutOptions', {});
  if (order !== undefined) return latestRows(order, share);
  if (groups !== undefined) return wholeGroups(groups, share, seed);
  if (labels !== undefined) return stratifiedRows(labels, share, seed);
  const perm = permutation(n, createRng(seed));
  return complementFold(n, perm.subarray(0, Math.round(share * n)));
}

function latestRows(order: ArrayLike<number>, share: number): Fold {
  const sorted = rowsByTime(order);
  const m = sorted.length;
  const target = m - Math.round(share * m);
  let cut = cutAfterTies(sorted, (r) => order[r], target);
  if (cut >= m) {
    // the tie run reaches the end: move the cut back to its start instead
    cut = target;
    while (cut > 0 && order[sorted[cut]] === order[sorted[cut - 1]]) cut--;
  }
  checkSides(share, m, m - cut);
  return Object.freeze({
    train: sortedIndexes(sorted.slice(0, cut)),
    valid: sortedIndexes(sorted.slice(cut)),
  });
}

function wholeGroups(groups: ArrayLike<number>, share: number, seed: number): Fold {
  const n = groups.length;
  const { groupOf, sizes } = rowGroups(groups);
  const target = share * n;
  const order = shuffleInPlace(
    Array.from({ length: sizes.length }, (_, g) => g),
    createRng(seed),
  );
  const chosen = new Uint8Array(sizes.length);
  let taken = 0;
  for (const g of order) {
    if (taken >= target) break;
    // take the group when that brings the count closer to the target (always the first one)
    if (taken === 0 || Math.abs(taken + sizes[g] - target) < Math.abs(taken - target)) {
      chosen[g] = 1;
      taken += sizes[g];
    }
  }
  const valid: number[] = [];
  for (let i = 0; i < n; i++) if (chosen[groupOf[i]] === 1) valid.push(i);
  checkSides(share, n, valid.length);
  return complementFold(n, valid);
}

function stratifiedRows(labels: ArrayLike<number>, share: number, seed: number): Fold {
  const rng = createRng(seed);
  const valid: number[] = [];
  for (const c of classMembers(labels)) {
    const size = c.rows.length;
    let take = Math.round(share * size);
    if (size >= 2) take = Math.min(Math.max(take, 1), size - 1);
    const rows = shuffleInPlace(c.rows.slice(), rng);
    for (let j = 0; j < take; j++) valid.push(rows[j]);
  }
  checkSides(share, labels.length, valid.length);
  return complementFold(labels.length, valid);
}
