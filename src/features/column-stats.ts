/**
 * @module features/column-stats
 * Small statistics the fitted steps store: the median of the finite values, and mean and standard
 * deviation (population, divided by n) for standardisation — a zero or undefined spread gives scale 1.
 *
 * @example
 * ```ts
 * import { finiteMedian, standardisation } from './column-stats.js';
 * finiteMedian(Float64Array.of(3, NaN, 1, 2)); // 2
 * standardisation(Float64Array.of(1, 3)); // { center: 2, scale: 1 }
 * ```
 */

/**
 * Median of the finite values (mean of the two middle ones for an even count), or NaN when there are none.
 *
 * @example
 * ```ts
 * finiteMedian(Float64Array.of(4, 1, 3, 2)); // 2.5
 * ```
 */
export function finiteMedian(values: Float64Array): number {
  let n = 0;
  const buf = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) buf[n++] = v;
  }
  if (n === 0) return Number.NaN;
  const sorted = buf.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Center (mean) and scale (population standard deviation; 1 when it is 0 or not finite) of a column
 * without missing values.
 *
 * @example
 * ```ts
 * standardisation(Float64Array.of(5, 5)); // { center: 5, scale: 1 }
 * ```
 */
export function standardisation(values: Float64Array): { readonly center: number; readonly scale: number } {
  const n = values.length;
  if (n === 0) return { center: 0, scale: 1 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const center = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - center;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / n);
  return {
    center: Number.isFinite(center) ? center : 0,
    scale: sd > 1e-12 * Math.max(1, Math.abs(center)) && Number.isFinite(sd) ? sd : 1,
  };
}

/**
 * Standardise a column in place (see `standardisation`) and return the center and scale used.
 *
 * @example
 * ```ts
 * const x = Float64Array.of(1, 3);
 * standardiseInPlace(x); // { center: 2, scale: 1 }; x is now [-1, 1]
 * ```
 */
export function standardiseInPlace(values: Float64Array): { readonly center: number; readonly scale: number } {
  const { center, scale } = standardisation(values);
  for (let i = 0; i < values.length; i++) values[i] = (values[i] - center) / scale;
  return { center, scale };
}
