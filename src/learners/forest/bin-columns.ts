/**
 * @module learners/forest/bin-columns
 * Bin the training columns once for the forest: the bins come from the GBDT's `findBins` (imported, greedy
 * rule: one bin per distinct value up to `max_bins`, bounds at midpoints), and each column becomes one byte
 * per row (missing → bin `numBins`; numeric bounds found on a sample of the rows for large sets, as the
 * GBDT's `bin_sample_rows`), all columns in one buffer (a `SharedArrayBuffer` when the trees are grown
 * on worker threads). A minimal copy of the column loop of gbdt/binned-data.ts, without the row-major and
 * sparse layouts the GBDT histogram kernel needs. Per numeric bin it also keeps the smallest and largest
 * training value (extra trees draw thresholds between a node's minimum and maximum). Also: the most common
 * bin of each column (whose histogram sums the tree builder derives instead of summing) and `below`, which
 * turns a bin bound into a `x ≤ t` threshold.
 *
 * @example
 * ```ts
 * import { binColumns } from './bin-columns.js';
 * const { bins, columns } = binColumns(x, 256);
 * columns[0][5]; // bin of feature 0 at row 5
 * ```
 */
import type { Rng } from '../../util/rng.js';
import type { FeatureMatrix } from '../feature-matrix.js';
import { type FeatureBins, codeToBin, findBins } from '../gbdt/bin-mapper.js';

/** Bins and binned columns. */
export interface BinnedColumns {
  readonly bins: readonly FeatureBins[];
  readonly columns: readonly Uint8Array[];
  /** Per feature: `[min, max]` of the training values in each numeric bin (NaN for an empty bin); empty for categorical features. */
  readonly ranges: readonly Float64Array[];
}

/**
 * Bin every feature of a matrix; `shared` puts the columns in a `SharedArrayBuffer`; numeric bin bounds are
 * found on the rows `sample` (all rows when null), categorical bins on all rows.
 *
 * @example
 * ```ts
 * binColumns(x, 64).bins[0].numBins <= 64; // true
 * ```
 */
export function binColumns(
  data: FeatureMatrix,
  maxBins: number,
  shared = false,
  sample: Uint32Array | null = null,
): BinnedColumns {
  const n = data.rowCount;
  const bins: FeatureBins[] = [];
  const columns: Uint8Array[] = [];
  const ranges: Float64Array[] = [];
  const size = n * data.columns.length;
  const buffer = shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
  data.columns.forEach((values, f) => {
    let hasMissing = false;
    for (let i = 0; i < n && !hasMissing; i++) hasMissing = values[i] !== values[i];
    const categorical = data.categorical[f] === true;
    const from = sample && !categorical ? Float64Array.from(sample, (i) => values[i]) : values;
    const fb = findBins(from, null, categorical, maxBins, 'greedy', hasMissing || categorical);
    bins.push(fb);
    const out = new Uint8Array(buffer, f * n, n);
    const missing = fb.numBins;
    const range = new Float64Array(categorical ? 0 : 2 * fb.numBins).fill(Number.NaN);
    ranges.push(range);
    if (categorical) {
      const lookup = codeToBin(fb);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = v >= 0 && v < lookup.length && lookup[v] >= 0 ? lookup[v] : missing;
      }
    } else {
      const upper = fb.upper;
      const last = upper.length - 1;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== v) {
          out[i] = missing;
          continue;
        }
        let lo = 0;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (v < upper[mid]) hi = mid;
          else lo = mid + 1;
        }
        out[i] = lo;
        if (!(range[2 * lo] <= v)) range[2 * lo] = v;
        if (!(range[2 * lo + 1] >= v)) range[2 * lo + 1] = v;
      }
    }
    columns.push(out);
  });
  return { bins, columns, ranges };
}

/**
 * `k` of `n` rows drawn without replacement (in row order), or null when k ≥ n.
 *
 * @example
 * ```ts
 * sampleForBins(1_000_000, 50_000, createRng(1))?.length; // 50000
 * ```
 */
export function sampleForBins(n: number, k: number, rng: Rng): Uint32Array | null {
  if (k >= n) return null;
  const chosen = new Uint8Array(n);
  let count = 0;
  while (count < k) {
    const i = rng.int(n);
    if (chosen[i] === 0) {
      chosen[i] = 1;
      count++;
    }
  }
  const out = new Uint32Array(k);
  for (let i = 0, m = 0; i < n; i++) if (chosen[i] === 1) out[m++] = i;
  return out;
}

/**
 * Per feature, the bin that holds at least half of the rows (one-hot and mostly-zero columns), or -1.
 *
 * @example
 * ```ts
 * commonBins(columns)[3]; // 0 for a one-hot column that is mostly 0
 * ```
 */
export function commonBins(columns: readonly Uint8Array[]): Int32Array {
  return Int32Array.from(columns, (col) => {
    const counts = new Uint32Array(256);
    for (let i = 0; i < col.length; i++) counts[col[i]]++;
    let top = 0;
    for (let b = 1; b < 256; b++) if (counts[b] > counts[top]) top = b;
    return col.length > 0 && counts[top] * 2 >= col.length ? top : -1;
  });
}

/**
 * A `below` function (the largest double below x, for x finite and not 0: `v < x` ⟺ `v ≤ below(x)`) with
 * its own scratch; self-contained, so its source text can run in a worker thread.
 *
 * @example
 * ```ts
 * makeBelow()(1) < 1; // true
 * ```
 */
export function makeBelow(): (x: number) => number {
  const view = new DataView(new ArrayBuffer(8));
  return (x: number): number => {
    if (x === 0) return -Number.MIN_VALUE;
    view.setFloat64(0, x);
    const bits = view.getBigInt64(0);
    view.setBigInt64(0, x > 0 ? bits - 1n : bits + 1n);
    return view.getFloat64(0);
  };
}

/**
 * The largest double below x (x finite, not 0): `v < x` ⟺ `v ≤ below(x)`.
 *
 * @example
 * ```ts
 * below(1) < 1; // true
 * ```
 */
export const below: (x: number) => number = makeBelow();
