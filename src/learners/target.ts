/**
 * @module learners/target
 * The target a learner is fitted to, and the checks every learner runs on it: one value per row, no missing
 * values, class labels that are integers 0..K-1 with at least two classes present. Class labels (e.g.
 * `['no', 'yes']`) travel with the target so the fitted model can name its classes.
 *
 * @example
 * ```ts
 * import { classTarget } from './target.js';
 * const y = classTarget(Float64Array.of(0, 1, 1, 0), 'gbdt', ['no', 'yes']); // { values, classes: ['no', 'yes'] }
 * ```
 */
import { ValidationError } from '../util/errors.js';

/** A target with optional class labels (index = class code). */
export interface Target {
  readonly values: ArrayLike<number>;
  readonly classes?: readonly string[] | null;
  readonly name?: string;
}

/** What `fit` accepts as a target: plain numbers, or numbers with class labels. */
export type TargetInput = Target | ArrayLike<number>;

/** A checked target. */
export interface CheckedTarget {
  readonly values: Float64Array;
  readonly classes: readonly string[] | null;
  readonly name: string | null;
}

function isTarget(input: TargetInput): input is Target {
  return typeof input === 'object' && input !== null && 'values' in input && !('length' in input);
}

/**
 * Copy the target into a `Float64Array` and check its length and that no value is missing (NaN/±Infinity).
 * Row numbers in errors are 1-based.
 *
 * @example
 * ```ts
 * checkTarget([1.5, 2, 3], 3).values; // Float64Array [1.5, 2, 3]
 * ```
 */
export function checkTarget(input: TargetInput, rowCount: number): CheckedTarget {
  const raw = isTarget(input) ? input.values : input;
  if (raw.length !== rowCount) {
    throw new ValidationError('learner.targetLength', { got: raw.length, expected: rowCount });
  }
  const values = Float64Array.from(raw);
  let bad = 0;
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      if (first < 0) first = i;
      bad++;
    }
  }
  if (bad > 0) throw new ValidationError('learner.targetMissing', { count: bad, row: first + 1 });
  return Object.freeze({
    values,
    classes: isTarget(input) && input.classes ? Object.freeze([...input.classes]) : null,
    name: isTarget(input) ? (input.name ?? null) : null,
  });
}

/**
 * Check a classification target: integer codes in [0, K) where K is the number of class labels when given,
 * else the largest code + 1 (at least `exactClasses`); at least two classes must occur unless
 * `requireTwoClasses` is false (validation data).
 * Returns the checked target and K.
 *
 * @example
 * ```ts
 * classTarget(Float64Array.of(0, 2, 1), 'gbdt').classCount; // 3
 * ```
 */
export function classTarget(
  input: TargetInput,
  learner: string,
  objective: string,
  options: { readonly rowCount?: number; readonly exactClasses?: number; readonly requireTwoClasses?: boolean } = {},
): CheckedTarget & { readonly classCount: number } {
  const rowCount = options.rowCount ?? (isTarget(input) ? input.values.length : input.length);
  const t = checkTarget(input, rowCount);
  const y = t.values;
  const declared = t.classes ? t.classes.length : (options.exactClasses ?? Number.POSITIVE_INFINITY);
  let max = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (!(Number.isInteger(v) && v >= 0 && v < declared)) {
      const expected = Number.isFinite(declared) ? `0 … ${declared - 1}` : 'integers ≥ 0';
      throw new ValidationError('learner.badLabel', { learner, objective, expected, got: String(v), row: i + 1 });
    }
    if (v > max) max = v;
  }
  const classCount = Math.max(Number.isFinite(declared) ? declared : max + 1, options.exactClasses ?? 2);
  if (y.length > 0 && options.requireTwoClasses !== false) {
    let distinct = false;
    for (let i = 1; i < y.length && !distinct; i++) distinct = y[i] !== y[0];
    if (!distinct) {
      const label = t.classes ? (t.classes[y[0]] ?? String(y[0])) : String(y[0]);
      throw new ValidationError('learner.singleClass', { label });
    }
  }
  return Object.freeze({ ...t, classCount });
}

/**
 * Check sample weights: one per row, finite, ≥ 0, not all zero. Returns a copy, or null when none were given.
 *
 * @example
 * ```ts
 * checkWeights([1, 2, 0.5], 3); // Float64Array [1, 2, 0.5]
 * ```
 */
export function checkWeights(weights: ArrayLike<number> | undefined, rowCount: number): Float64Array | null {
  if (weights === undefined) return null;
  if (weights.length !== rowCount) {
    throw new ValidationError('learner.badWeights', {
      reason: `got ${weights.length} weights for ${rowCount} rows`,
    });
  }
  const w = Float64Array.from(weights);
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    if (!(Number.isFinite(v) && v >= 0)) {
      throw new ValidationError('learner.badWeights', { reason: `got ${v} at row ${i + 1}` });
    }
    sum += v;
  }
  if (rowCount > 0 && !(sum > 0)) throw new ValidationError('learner.badWeights', { reason: 'all weights are 0' });
  return w;
}
