/**
 * @module quality/numeric-summary
 * The figures of a numeric or datetime column, read from its sorted non-missing values: min, max, mean,
 * standard deviation (n − 1), quantiles, skewness (the adjusted Fisher–Pearson coefficient, as pandas),
 * median absolute deviation, zeros, negatives, the histogram — and the distinct values with their counts.
 *
 * @example
 * ```ts
 * import { summarizeSorted } from './numeric-summary.js';
 * summarizeSorted(Float64Array.of(1, 2, 3, 10), {}).quantiles.p50; // 2.5
 * ```
 */
import { formatDate } from '../data/column.js';
import type { NumericSummary, ValueCount } from './column-profile.js';
import { type HistogramOptions, histogramSorted } from './histogram.js';
import { madSorted, quantileSorted } from './sorted-values.js';

/**
 * Summary figures of sorted non-missing values (at least one).
 *
 * @example
 * ```ts
 * summarizeSorted(Float64Array.of(-1, 0, 0, 5), { integer: true }).zeros; // 2
 * ```
 */
export function summarizeSorted(sorted: Float64Array, options: HistogramOptions): NumericSummary {
  const n = sorted.length;
  let sum = 0;
  let zeros = 0;
  let negatives = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    sum += v;
    if (v === 0) zeros++;
    else if (v < 0) negatives++;
  }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
  const pm2 = m2 / n;
  const pm3 = m3 / n;
  // Relative threshold: a variance that is only rounding noise counts as zero (skewness 0, as pandas).
  const flat = pm2 <= 1e-14 * mean * mean || pm2 === 0;
  const skewness = n > 2 && !flat ? ((Math.sqrt(n * (n - 1)) / (n - 2)) * pm3) / pm2 ** 1.5 : 0;
  const p50 = quantileSorted(sorted, 0.5);
  return {
    min: sorted[0],
    max: sorted[n - 1],
    mean,
    sd,
    quantiles: {
      p01: quantileSorted(sorted, 0.01),
      p05: quantileSorted(sorted, 0.05),
      p25: quantileSorted(sorted, 0.25),
      p50,
      p75: quantileSorted(sorted, 0.75),
      p95: quantileSorted(sorted, 0.95),
      p99: quantileSorted(sorted, 0.99),
    },
    skewness,
    mad: madSorted(sorted, p50),
    zeros,
    negatives,
    histogram: histogramSorted(sorted, options),
  };
}

/** Distinct values of sorted data and the most frequent of them. */
export interface DistinctSummary {
  readonly unique: number;
  /** Up to `k` most frequent values, most frequent first (ties: smaller value first). */
  readonly top: readonly { readonly value: number; readonly count: number }[];
}

/**
 * Count distinct values in sorted data and keep the `k` most frequent, in one pass over the runs.
 *
 * @example
 * ```ts
 * distinctSorted(Float64Array.of(1, 1, 2, 3, 3, 3), 2); // { unique: 3, top: [{value: 3, count: 3}, {value: 1, count: 2}] }
 * ```
 */
export function distinctSorted(sorted: Float64Array, k: number): DistinctSummary {
  const n = sorted.length;
  const top: { value: number; count: number }[] = [];
  let unique = 0;
  let i = 0;
  while (i < n) {
    const v = sorted[i];
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    const count = j - i;
    unique++;
    if (top.length < k || count > top[top.length - 1].count) {
      let at = top.length;
      while (at > 0 && top[at - 1].count < count) at--;
      top.splice(at, 0, { value: v, count });
      if (top.length > k) top.pop();
    }
    i = j;
  }
  return { unique, top };
}

/**
 * Format distinct numbers or dates as profile value counts (dates as ISO text, date-only when every value
 * is at midnight UTC).
 *
 * @example
 * ```ts
 * valueCounts([{ value: 2.5, count: 3 }], false, false); // [{ value: '2.5', count: 3 }]
 * ```
 */
export function valueCounts(
  top: readonly { readonly value: number; readonly count: number }[],
  datetime: boolean,
  dateOnly: boolean,
): ValueCount[] {
  return top.map(({ value, count }) => ({ value: datetime ? formatDate(value, dateOnly) : String(value), count }));
}
