/**
 * @module evaluation/folds/class-members
 * The rows of each class of a label array (any finite numbers: 0/1 or class codes), classes in ascending
 * order — the starting point of every stratified split.
 *
 * @example
 * ```ts
 * import { classMembers } from './class-members.js';
 * classMembers([1, 0, 1]); // [{ label: 0, rows: [1] }, { label: 1, rows: [0, 2] }]
 * ```
 */
import { ValidationError } from '../../util/errors.js';

/** The rows of one class. */
export interface ClassMembers {
  readonly label: number;
  readonly rows: number[];
}

/**
 * Group row indexes by label; throws a ValidationError on a missing (NaN) or infinite label.
 *
 * @example
 * ```ts
 * classMembers([2, 2, 5]).map((c) => c.rows.length); // [2, 1]
 * ```
 */
export function classMembers(labels: ArrayLike<number>): ClassMembers[] {
  const byLabel = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!Number.isFinite(y)) {
      throw new ValidationError('evaluation.badValue', {
        what: 'labels',
        expected: 'a known class',
        got: y,
        row: i + 1,
      });
    }
    let rows = byLabel.get(y);
    if (rows === undefined) {
      rows = [];
      byLabel.set(y, rows);
    }
    rows.push(i);
  }
  return [...byLabel.entries()].sort((a, b) => a[0] - b[0]).map(([label, rows]) => ({ label, rows }));
}

/**
 * Shuffle an array in place with a random source (Fisher–Yates) and return it.
 *
 * @example
 * ```ts
 * shuffleInPlace([1, 2, 3], createRng(1));
 * ```
 */
export function shuffleInPlace<T>(items: T[], rng: { int(n: number): number }): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}
