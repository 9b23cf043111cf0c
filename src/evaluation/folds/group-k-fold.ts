/**
 * @module evaluation/folds/group-k-fold
 * Grouped k-fold: all rows of a group (one customer, one household) fall into the same fold, so a model is
 * never validated on a customer it has seen. Groups are shuffled with the seed, then placed largest first,
 * each into the fold where it adds the least to a balance cost (greedy bin packing):
 *
 * - without labels the cost is the fold's row count — fold sizes come out nearly equal;
 * - with labels (any class values) the cost is Σ_c (rows of class c in the fold / rows of class c)², plus the
 *   same for all rows — so each class is spread evenly as well (approximate stratification, like
 *   scikit-learn's `StratifiedGroupKFold`).
 *
 * A missing group code (NaN or negative) makes the row a group of its own.
 *
 * @example
 * ```ts
 * import { groupKFold } from './group-k-fold.js';
 * const folds = groupKFold(Int32Array.of(0, 0, 1, 1, 2, 2), 3, 1); // two rows of one group per fold
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng } from '../../util/rng.js';
import { classMembers, shuffleInPlace } from './class-members.js';
import { type Fold, checkFoldCount, foldsFromAssignment } from './fold.js';

/** The rows of each group, with a row's group index; missing codes become singleton groups. */
export interface RowGroups {
  /** Group index per row (0..groupCount-1). */
  readonly groupOf: Int32Array;
  /** Rows per group. */
  readonly sizes: number[];
}

/**
 * Number the groups of a group-code array in order of first appearance.
 *
 * @example
 * ```ts
 * rowGroups([7, 3, 7, Number.NaN]).sizes; // [2, 1, 1]
 * ```
 */
export function rowGroups(groups: ArrayLike<number>): RowGroups {
  const index = new Map<number, number>();
  const groupOf = new Int32Array(groups.length);
  const sizes: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const code = groups[i];
    let g: number | undefined;
    if (code >= 0 && Number.isFinite(code)) g = index.get(code);
    if (g === undefined) {
      g = sizes.length;
      sizes.push(0);
      if (code >= 0 && Number.isFinite(code)) index.set(code, g);
    }
    groupOf[i] = g;
    sizes[g]++;
  }
  return { groupOf, sizes };
}

/**
 * `k` folds in which each group sits in exactly one validation fold; balanced in rows, and per class when
 * `labels` are given. Throws a ValidationError when k < 2 or there are fewer groups than k.
 *
 * @example
 * ```ts
 * groupKFold([1, 1, 2, 3, 3, 4], 2, 5).map((f) => f.valid.length); // [3, 3]
 * ```
 */
export function groupKFold(groups: ArrayLike<number>, k: number, seed: number, labels?: ArrayLike<number>): Fold[] {
  const n = groups.length;
  checkFoldCount(k, n);
  const { groupOf, sizes } = rowGroups(groups);
  const groupCount = sizes.length;
  if (groupCount < k) throw new ValidationError('evaluation.tooFewGroups', { groups: groupCount, k });
  if (labels !== undefined && labels.length !== n) {
    throw new ValidationError('evaluation.lengthMismatch', { what: 'labels', got: labels.length, expected: n });
  }
  // class counts per group (a single "class" without labels)
  const classes = labels === undefined ? [] : classMembers(labels);
  const classCount = classes.length;
  const classTotals = classes.map((c) => c.rows.length);
  const groupClass = new Float64Array(groupCount * classCount);
  classes.forEach((c, ci) => {
    for (const i of c.rows) groupClass[groupOf[i] * classCount + ci]++;
  });
  const order = shuffleInPlace(
    Array.from({ length: groupCount }, (_, g) => g),
    createRng(seed),
  );
  // stable sort keeps the shuffled order among groups of equal size
  order.sort((a, b) => sizes[b] - sizes[a]);
  const foldRows = new Float64Array(k);
  const foldClass = new Float64Array(k * classCount);
  const groupFold = new Int32Array(groupCount);
  for (const g of order) {
    const s = sizes[g];
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let f = 0; f < k; f++) {
      // increase of Σ (share)² when the group joins fold f
      let cost = ((2 * foldRows[f] + s) * s) / (n * n);
      for (let c = 0; c < classCount; c++) {
        const add = groupClass[g * classCount + c];
        if (add > 0) cost += ((2 * foldClass[f * classCount + c] + add) * add) / (classTotals[c] * classTotals[c]);
      }
      if (cost < bestCost - 1e-15) {
        bestCost = cost;
        best = f;
      }
    }
    groupFold[g] = best;
    foldRows[best] += s;
    for (let c = 0; c < classCount; c++) foldClass[best * classCount + c] += groupClass[g * classCount + c];
  }
  const assignment = new Int32Array(n);
  for (let i = 0; i < n; i++) assignment[i] = groupFold[groupOf[i]];
  return foldsFromAssignment(assignment, k);
}
