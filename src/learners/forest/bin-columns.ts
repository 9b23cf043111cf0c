/**
 * @module learners/forest/bin-columns
 * Bin the training columns once for the forest: the bins come from the GBDT's `findBins` (imported, greedy
 * rule: one bin per distinct value up to `max_bins`, bounds at midpoints), and each column becomes one byte
 * per row (missing → bin `numBins`). A minimal copy of the column loop of gbdt/binned-data.ts, without the
 * row-major and sparse layouts the GBDT histogram kernel needs.
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
