/**
 * @module quality/histogram
 * Histograms with "nice" bin edges (steps of 1, 2 or 5 × 10^k for numbers; seconds, minutes, hours, days,
 * weeks, months or years for datetimes), about 20 bins, counted from sorted values by binary search.
 *
 * @example
 * ```ts
 * import { histogramSorted } from './histogram.js';
 * histogramSorted(Float64Array.of(0, 1, 2, 3, 40), { integer: true }).edges; // [0, 2, 4, …, 42]
 * ```
 */
import type { Histogram } from './column-profile.js';
import { lowerBound } from './sorted-values.js';

/** How the values are to be binned. */
export interface HistogramOptions {
  /** Whole numbers: steps are whole, and every bin is half-open `[a, b)`. */
  readonly integer?: boolean;
  /** Epoch milliseconds: steps are calendar-like durations. */
  readonly datetime?: boolean;
  /** Wanted number of bins (about). Default 20. */
  readonly bins?: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [
  SECOND,
  5 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
];

/**
 * The smallest nice step ≥ `raw`: 1, 2 or 5 × 10^k (whole for integer data), or a calendar-like duration.
 *
 * @example
 * ```ts
 * niceStep(3.7); // 5
 * niceStep(0.13); // 0.2
 * ```
 */
export function niceStep(raw: number, options: HistogramOptions = {}): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  if (options.datetime) {
    for (const s of TIME_STEPS) if (s >= raw) return s;
    const years = Math.ceil(raw / (365 * DAY));
    return niceStep(years) * 365 * DAY;
  }
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    const step = tidy(m * power);
    if (step >= raw * (1 - 1e-12)) return options.integer ? Math.max(1, Math.round(step)) : step;
  }
  return tidy(10 * power);
}

/**
 * A histogram of sorted, non-missing values with about 20 nice bins. A single distinct value gets one bin of
 * width 1 (one day for datetimes) centred on it; no values give no bins.
 *
 * @example
 * ```ts
 * histogramSorted(Float64Array.of(0.5, 1.5, 9.9)).counts.reduce((a, b) => a + b); // 3
 * ```
 */
export function histogramSorted(sorted: Float64Array, options: HistogramOptions = {}): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const min = sorted[0];
  const max = sorted[n - 1];
  if (min === max) {
    const half = options.datetime ? DAY / 2 : 0.5;
    return { edges: [min - half, min + half], counts: [n] };
  }
  const target = options.bins ?? 20;
  const step = niceStep((max - min) / target, options);
  const start = Math.floor(min / step) * step;
  let k = Math.max(1, Math.ceil((max - start) / step));
  if (options.integer && tidy(start + k * step) <= max) k += 1;
  const edges: number[] = [];
  for (let i = 0; i <= k; i++) edges.push(tidy(start + i * step));
  const counts: number[] = [];
  let previous = 0;
  for (let i = 1; i < k; i++) {
    const at = lowerBound(sorted, edges[i]);
    counts.push(at - previous);
    previous = at;
  }
  counts.push(n - previous);
  return { edges, counts };
}

/** Round away binary noise (0.30000000000000004 → 0.3). */
function tidy(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}
