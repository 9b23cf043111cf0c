/**
 * @module learners/gbdt/binned-data
 * The training data as bins, in two layouts: row-major (`rowMajor[row * stride + feature]`, for building
 * histograms: one pass over a node's rows touches every feature of a row in one cache line) and column-major
 * (`columns[feature][row]`, for partitioning a node on its split feature). One byte per cell: at most 255
 * value bins plus the missing bin.
 *
 * @example
 * ```ts
 * import { binMatrix } from './binned-data.js';
 * const data = binMatrix(x.columns, bins, x.rowCount);
 * data.columns[2][17]; // bin of feature 2 at row 17
 * ```
 */
import { type FeatureBins, binOf } from './bin-mapper.js';

/** Binned data. */
export interface BinnedData {
  readonly rowCount: number;
  readonly featureCount: number;
  /** Bytes per row in `rowMajor` (the feature count rounded up to a multiple of 4). */
  readonly stride: number;
  readonly rowMajor: Uint8Array;
  readonly columns: readonly Uint8Array[];
}

/**
 * Bin every value of the given columns.
 *
 * @example
 * ```ts
 * binMatrix([Float64Array.of(1, NaN)], [findBins(Float64Array.of(1, NaN), false, 255)], 2).columns[0]; // [0, 1]
 * ```
 */
export function binMatrix(columns: readonly Float64Array[], bins: readonly FeatureBins[], rowCount: number): BinnedData {
  const featureCount = columns.length;
  const stride = Math.max(4, (featureCount + 3) & ~3);
  const rowMajor = new Uint8Array(rowCount * stride);
  const out: Uint8Array[] = [];
  for (let f = 0; f < featureCount; f++) {
    const col = new Uint8Array(rowCount);
    const values = columns[f];
    const fb = bins[f];
    if (fb.categorical) {
      const toBin = binOf(fb);
      for (let i = 0; i < rowCount; i++) col[i] = toBin(values[i]);
    } else {
      binNumeric(values, fb.upper, fb.numBins, col, rowCount);
    }
    for (let i = 0, k = f; i < rowCount; i++, k += stride) rowMajor[k] = col[i];
    out.push(col);
  }
  return Object.freeze({ rowCount, featureCount, stride, rowMajor, columns: Object.freeze(out) });
}

function binNumeric(values: Float64Array, upper: Float64Array, missing: number, out: Uint8Array, n: number): void {
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
      if (v <= upper[mid]) hi = mid;
      else lo = mid + 1;
    }
    out[i] = lo;
  }
}
