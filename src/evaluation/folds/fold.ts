/**
 * @module evaluation/folds/fold
 * A fold is a pair of row-index sets — the rows a model is trained on and the rows it is validated on —
 * each sorted ascending. Indexes point into the arrays given to the splitter (the visible rows of a table).
 * Helpers here build folds from a fold number per row and check the fold count.
 *
 * @example
 * ```ts
 * import { foldsFromAssignment } from './fold.js';
 * foldsFromAssignment(Int32Array.of(0, 1, 0, 1), 2)[0]; // { train: [1, 3], valid: [0, 2] }
 * ```
 */
import { ValidationError } from '../../util/errors.js';

/** The training and validation rows of one fold, each sorted ascending. */
export interface Fold {
  readonly train: Uint32Array;
  readonly valid: Uint32Array;
}

/**
 * Folds from the fold number of every row (−1: the row is in no fold): fold f validates on its rows and
 * trains on the rows of every other fold.
 *
 * @example
 * ```ts
 * foldsFromAssignment(Int32Array.of(1, 0, -1), 2)[1].train; // Uint32Array [1]
 * ```
 */
export function foldsFromAssignment(assignment: Int32Array, k: number): Fold[] {
  const sizes = new Uint32Array(k);
  let total = 0;
  for (const f of assignment) {
    if (f >= 0) {
      sizes[f]++;
      total++;
    }
  }
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const valid = new Uint32Array(sizes[f]);
    const train = new Uint32Array(total - sizes[f]);
    let v = 0;
    let t = 0;
    for (let i = 0; i < assignment.length; i++) {
      const a = assignment[i];
      if (a === f) valid[v++] = i;
      else if (a >= 0) train[t++] = i;
    }
    folds.push(Object.freeze({ train, valid }));
  }
  return folds;
}

/**
 * Throw unless `k` is an integer ≥ 2 and there are at least `k` rows.
 *
 * @example
 * ```ts
 * checkFoldCount(5, 100); // passes
 * ```
 */
export function checkFoldCount(k: number, rows: number): void {
  if (!Number.isInteger(k) || k < 2) throw new ValidationError('evaluation.foldCount', { got: k });
  if (k > rows) throw new ValidationError('evaluation.tooFewRows', { k, rows });
}

/**
 * The rows listed in `indexes`, as a sorted Uint32Array.
 *
 * @example
 * ```ts
 * sortedIndexes([4, 1, 3]); // Uint32Array [1, 3, 4]
 * ```
 */
export function sortedIndexes(indexes: ArrayLike<number>): Uint32Array {
  return Uint32Array.from(indexes).sort();
}

/**
 * A fold from the validation rows; the training rows are all other rows of 0..n-1.
 *
 * @example
 * ```ts
 * complementFold(4, [1, 2]).train; // Uint32Array [0, 3]
 * ```
 */
export function complementFold(n: number, validRows: ArrayLike<number>): Fold {
  const inValid = new Uint8Array(n);
  for (let j = 0; j < validRows.length; j++) inValid[validRows[j]] = 1;
  const valid = sortedIndexes(validRows);
  const train = new Uint32Array(n - valid.length);
  let t = 0;
  for (let i = 0; i < n; i++) if (inValid[i] === 0) train[t++] = i;
  return Object.freeze({ train, valid });
}
