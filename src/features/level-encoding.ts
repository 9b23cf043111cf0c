/**
 * @module features/level-encoding
 * Level encoding of a numeric column with few distinct values (age in years, a price index, a capital-gain
 * amount): every distinct training value is a level whose encoding is the smoothed target mean of its rows,
 * fitted out of fold like target encoding. Linear models and nets get a learnt shape per value — a one-column
 * GAM term — and trees on encoded data one split where the raw number needs many. A value training never saw
 * takes the level nearest to it (ties to the lower one).
 *
 * @example
 * ```ts
 * import { distinctLevels, nearestLevels } from './level-encoding.js';
 * const levels = distinctLevels(Float64Array.of(3, 1, 3, Number.NaN, 2), 10); // Float64Array [1, 2, 3]
 * nearestLevels(levels, Float64Array.of(2.4, 9, Number.NaN)); // Int32Array [1, 2, -1]
 * ```
 */

/**
 * The distinct finite values of a column, ascending, or null when there are more than `max`.
 *
 * @example
 * ```ts
 * distinctLevels(Float64Array.of(5, 5, 7), 1); // null
 * ```
 */
export function distinctLevels(values: Float64Array, max: number): Float64Array | null {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || seen.has(v)) continue;
    if (seen.size >= max) return null;
    // −0 and 0 are one level
    seen.add(v === 0 ? 0 : v);
  }
  return Float64Array.from(seen).sort();
}

/**
 * The level of each value: its exact level, else the nearest one (ties to the lower); −1 for a missing or
 * non-finite value. `levels` must be ascending and not empty.
 *
 * @example
 * ```ts
 * nearestLevels(Float64Array.of(10, 20), Float64Array.of(15, 16, -3)); // Int32Array [0, 1, 0]
 * ```
 */
export function nearestLevels(levels: Float64Array, values: Float64Array): Int32Array {
  const codes = new Int32Array(values.length);
  const last = levels.length - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      codes[i] = -1;
      continue;
    }
    // first level ≥ v
    let lo = 0;
    let hi = last + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (levels[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > last) codes[i] = last;
    else if (lo === 0 || levels[lo] === v) codes[i] = lo;
    else codes[i] = v - levels[lo - 1] <= levels[lo] - v ? lo - 1 : lo;
  }
  return codes;
}
