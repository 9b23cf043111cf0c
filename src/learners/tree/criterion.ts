/**
 * @module learners/tree/criterion
 * Split criteria of CART, computed exactly as scikit-learn's `_criterion.pyx` does, over node statistics held
 * in a `Float64Array`: for classification the weighted count of each class (K numbers), for regression the
 * weighted count, the weighted sum and the weighted sum of squares of the target (3 numbers).
 * - gini: 1 − Σ (c_k / W)²; entropy: −Σ p_k log2 p_k; squared_error: Σw y² / W − (Σw y / W)².
 * - The split search maximises sklearn's *proxy* improvement (−W_L·imp_L − W_R·imp_R for classification,
 *   S_L²/W_L + S_R²/W_R for squared error), which orders splits as the true improvement does.
 *
 * @example
 * ```ts
 * import { createCriterion } from './criterion.js';
 * const c = createCriterion('gini', 2);
 * c.impurity(Float64Array.of(3, 1), 0); // 0.375
 * ```
 */

/** The criteria a CART can use. */
export type CriterionName = 'gini' | 'entropy' | 'squared_error';

/** A criterion over stats blocks of `size` numbers. */
export interface Criterion {
  readonly name: CriterionName;
  /** Numbers per stats block. */
  readonly size: number;
  /** Add row (target y, weight w) to the block at `at`. */
  add(stats: Float64Array, at: number, y: number, w: number): void;
  /** Total weight of the block at `at`. */
  weight(stats: Float64Array, at: number): number;
  /** Impurity of the block at `at`. */
  impurity(stats: Float64Array, at: number): number;
  /** The proxy improvement of a split into the blocks at `left` and `right` (larger is better). */
  proxy(stats: Float64Array, left: number, right: number): number;
  /** Key that orders categories for a categorical split (mean target, class share). */
  orderKey(stats: Float64Array, at: number, majority: number): number;
}

const LN2 = Math.log(2);

/**
 * A criterion for K classes (gini, entropy) or for regression (squared_error).
 *
 * @example
 * ```ts
 * createCriterion('squared_error', 0).size; // 3
 * ```
 */
export function createCriterion(name: CriterionName, classCount: number): Criterion {
  if (name === 'squared_error') return squaredError;
  const k = classCount;
  const weight = (s: Float64Array, at: number): number => {
    let w = 0;
    for (let c = 0; c < k; c++) w += s[at + c];
    return w;
  };
  const impurity =
    name === 'gini'
      ? (s: Float64Array, at: number): number => {
          const w = weight(s, at);
          let sq = 0;
          for (let c = 0; c < k; c++) sq += s[at + c] * s[at + c];
          return 1 - sq / (w * w);
        }
      : (s: Float64Array, at: number): number => {
          const w = weight(s, at);
          let e = 0;
          for (let c = 0; c < k; c++) {
            const count = s[at + c];
            if (count > 0) {
              const p = count / w;
              e -= p * (Math.log(p) / LN2);
            }
          }
          return e;
        };
  return {
    name,
    size: k,
    add(s, at, y, w) {
      s[at + y] += w;
    },
    weight,
    impurity,
    proxy(s, left, right) {
      return -weight(s, right) * impurity(s, right) - weight(s, left) * impurity(s, left);
    },
    orderKey(s, at, majority) {
      return s[at + majority] / weight(s, at);
    },
  };
}

const squaredError: Criterion = {
  name: 'squared_error',
  size: 3,
  add(s, at, y, w) {
    s[at] += w;
    s[at + 1] += w * y;
    s[at + 2] += w * y * y;
  },
  weight(s, at) {
    return s[at];
  },
  impurity(s, at) {
    const w = s[at];
    const mean = s[at + 1] / w;
    return s[at + 2] / w - mean * mean;
  },
  proxy(s, left, right) {
    return (s[left + 1] * s[left + 1]) / s[left] + (s[right + 1] * s[right + 1]) / s[right];
  },
  orderKey(s, at) {
    return s[at + 1] / s[at];
  },
};
