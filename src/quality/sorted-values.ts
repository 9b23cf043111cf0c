/**
 * @module quality/sorted-values
 * The sorted non-missing values of a numeric or datetime column, and the order statistics read from them
 * (quantiles, the median absolute deviation). Profiling sorts each numeric column once and derives quantiles,
 * distinct values, the most frequent values and the histogram from that one sorted copy.
 *
 * Whole numbers in a small range (the common case for counts, ages, flags) are sorted by counting in O(n);
 * other large columns by a distribution (bucket) sort, O(n) for spread-out values; small or very skewed
 * columns use the native typed-array sort (O(n log n)).
 *
 * @example
 * ```ts
 * import { sortedNonMissing, quantileSorted } from './sorted-values.js';
 * const s = sortedNonMissing(Float64Array.of(3, NaN, 1, 2), null); // Float64Array [1, 2, 3]
 * quantileSorted(s, 0.5); // 2
 * ```
 */

/** Largest value range (max − min) sorted by counting instead of comparison. */
const COUNTING_RANGE = 1 << 22;

/**
 * Copy the non-missing values of `values` at `rows` (all rows when `rows` is null) and sort them ascending.
 * `-0` is stored as `0`.
 *
 * @example
 * ```ts
 * sortedNonMissing(Float64Array.of(5, NaN, -1), null); // Float64Array [-1, 5]
 * ```
 */
export function sortedNonMissing(values: Float64Array, rows: Uint32Array | null): Float64Array {
  const n = rows ? rows.length : values.length;
  const out = new Float64Array(n);
  let m = 0;
  let whole = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = rows ? values[rows[i]] : values[i];
    if (v !== v) continue;
    out[m++] = v + 0;
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && Math.floor(v) !== v) whole = false;
  }
  const sorted = m === n ? out : out.subarray(0, m);
  if (m < 2) return sorted;
  if (whole && max - min < COUNTING_RANGE && max - min < 4 * m) return countingSort(sorted, min, max);
  if (m >= BUCKET_MIN && Number.isFinite(max - min)) return bucketSort(sorted, min, max);
  return sorted.sort();
}

/** Fewest values for which the bucket sort pays off. */
const BUCKET_MIN = 4096;

/**
 * Distribution sort: values go into n/4 equal-width buckets between min and max (one counting pass, one
 * scatter pass), and each bucket is sorted on its own (insertion sort for the small ones). O(n) for spread-out
 * data; when one bucket would hold more than an eighth of the values (very skewed data) the native sort is
 * used instead.
 */
function bucketSort(data: Float64Array, min: number, max: number): Float64Array {
  const n = data.length;
  const buckets = n >>> 2;
  const scale = (buckets - 1) / (max - min);
  const starts = new Int32Array(buckets + 1);
  const bucketOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = ((data[i] - min) * scale) | 0;
    bucketOf[i] = b;
    starts[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) {
    if (starts[b + 1] > n >>> 3) return data.sort();
    starts[b + 1] += starts[b];
  }
  const out = new Float64Array(n);
  const next = starts.slice(0, buckets);
  for (let i = 0; i < n; i++) out[next[bucketOf[i]]++] = data[i];
  for (let b = 0; b < buckets; b++) {
    const lo = starts[b];
    const hi = starts[b + 1];
    if (hi - lo < 2) continue;
    if (hi - lo > 32) {
      out.subarray(lo, hi).sort();
      continue;
    }
    for (let i = lo + 1; i < hi; i++) {
      const v = out[i];
      let j = i - 1;
      while (j >= lo && out[j] > v) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = v;
    }
  }
  return out;
}

function countingSort(data: Float64Array, min: number, max: number): Float64Array {
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < data.length; i++) counts[data[i] - min]++;
  let at = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    if (c > 0) {
      data.fill(k + min, at, at + c);
      at += c;
    }
  }
  return data;
}

/**
 * The quantile `p` (0…1) of sorted values by linear interpolation between order statistics (numpy's and
 * pandas' default). NaN for no values.
 *
 * @example
 * ```ts
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.25); // 1.75
 * ```
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo];
  const b = sorted[hi];
  return a === b ? a : a + (h - lo) * (b - a);
}

/**
 * The median absolute deviation from `median` (unscaled), in O(n) from sorted values: the deviations on
 * either side of the median are themselves sorted, so they are merged rather than sorted again.
 *
 * @example
 * ```ts
 * madSorted(Float64Array.of(1, 2, 3, 4, 100), 3); // 1
 * ```
 */
export function madSorted(sorted: Float64Array, median: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  // Split: left holds values < median (deviations grow to the left), right holds values >= median.
  const split = lowerBound(sorted, median);
  let left = split - 1;
  let right = split;
  const kLow = Math.floor((n - 1) / 2);
  const kHigh = Math.ceil((n - 1) / 2);
  let k = 0;
  let low = Number.NaN;
  for (;;) {
    let d: number;
    if (left >= 0 && (right >= n || median - sorted[left] <= sorted[right] - median)) {
      d = median - sorted[left--];
    } else {
      d = sorted[right++] - median;
    }
    if (k === kLow) low = d;
    if (k === kHigh) return (low + d) / 2;
    k++;
  }
}

/**
 * The first index whose value is ≥ `x` in sorted values (`sorted.length` when none).
 *
 * @example
 * ```ts
 * lowerBound(Float64Array.of(1, 2, 2, 3), 2); // 1
 * ```
 */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index whose value is > `x` in sorted values.
 *
 * @example
 * ```ts
 * upperBound(Float64Array.of(1, 2, 2, 3), 2); // 3
 * ```
 */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
