/**
 * @module learners/forest/bin-columns
 * Bin the training columns once for the forest: the bins come from the GBDT's `findBins` (imported, greedy
 * rule: one bin per distinct value up to `max_bins`, bounds at midpoints), and each column becomes one byte
 * per row (missing → bin `numBins`). A minimal copy of the column loop of gbdt/binned-data.ts, without the
 * row-major and sparse layouts the GBDT histogram kernel needs. Also: the most common bin of each column
 * (whose histogram sums the tree builder derives instead of summing) and `below`, which turns a bin bound
 * into a `x ≤ t` threshold.
 *
 * @example
 * ```ts
 * import { binColumns } from './bin-columns.js';
 * const { bins, columns } = binColumns(x, 256);
 * columns[0][5]; // bin of feature 0 at row 5
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';
import { type FeatureBins, codeToBin, findBins } from '../gbdt/bin-mapper.js';

/** Bins and binned columns. */
export interface BinnedColumns {
  readonly bins: readonly FeatureBins[];
  readonly columns: readonly Uint8Array[];
}

/**
 * Bin every feature of a matrix.
 *
 * @example
 * ```ts
 * binColumns(x, 64).bins[0].numBins <= 64; // true
 * ```
 */
export function binColumns(data: FeatureMatrix, maxBins: number): BinnedColumns {
  const n = data.rowCount;
  const bins: FeatureBins[] = [];
  const columns: Uint8Array[] = [];
  data.columns.forEach((values, f) => {
    let hasMissing = false;
    for (let i = 0; i < n && !hasMissing; i++) hasMissing = values[i] !== values[i];
    const categorical = data.categorical[f] === true;
    const fb = findBins(values, null, categorical, maxBins, 'greedy', hasMissing || categorical);
    bins.push(fb);
    const out = new Uint8Array(n);
    const missing = fb.numBins;
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
      }
    }
    columns.push(out);
  });
  return { bins, columns };
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

const view = new DataView(new ArrayBuffer(8));

/**
 * The largest double below x (x finite, not 0): `v < x` ⟺ `v ≤ below(x)`.
 *
 * @example
 * ```ts
 * below(1) < 1; // true
 * ```
 */
export function below(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}
