/**
 * @module learners/gbdt/histogram
 * Gradient histograms: one `Float64Array` per node with interleaved channels per bin — gradient sum and
 * hessian sum, plus the row count when a setting needs counts (min_data_in_leaf > 1, categorical features) —
 * over all features' bins (global bin b at element `b × channels`). Building (`histogram-kernel.ts`) walks a
 * node's rows once: the dense features from the row-major bytes, then the row's sparse entries; the most
 * frequent bin of each sparse feature is then filled in as node total minus the other bins. A sibling's
 * histogram is the parent's minus the smaller child's (LightGBM's subtraction trick), so only the smaller
 * child is built. Histograms always cover every feature; feature sampling only limits split finding.
 *
 * @example
 * ```ts
 * import { fixMostFrequentBins, subtractHistogram } from './histogram.js';
 * kernel(small, data.rowMajor, gh, rows, begin, end, data.rowPtr, data.entries);
 * fixMostFrequentBins(small, data, data.sparseFeatures, 2, G, H, C);
 * subtractHistogram(parent, small); // parent now holds the larger child
 * ```
 */
import type { BinnedData } from './binned-data.js';

/**
 * Fill in the most frequent bin of each listed sparse feature: node total (g, h, c) minus its other bins.
 *
 * @example
 * ```ts
 * fixMostFrequentBins(hist, data, data.sparseFeatures, 2, G, H, C);
 * ```
 */
export function fixMostFrequentBins(
  hist: Float64Array,
  data: BinnedData,
  features: Int32Array,
  channels: number,
  g: number,
  h: number,
  c: number,
): void {
  const offsets = data.offsets;
  for (let j = 0; j < features.length; j++) {
    const f = features[j];
    const first = offsets[f] * channels;
    const end = (f + 1 < offsets.length ? offsets[f + 1] : data.totalBins) * channels;
    let sg = 0;
    let sh = 0;
    let sc = 0;
    for (let k = first; k < end; k += channels) {
      sg += hist[k];
      sh += hist[k + 1];
      if (channels === 3) sc += hist[k + 2];
    }
    const k = first + data.mostFrequentBin[f] * channels;
    hist[k] = g - sg;
    hist[k + 1] = h - sh;
    if (channels === 3) hist[k + 2] = c - sc;
  }
}

/**
 * `parent -= child` (whole histograms).
 *
 * @example
 * ```ts
 * subtractHistogram(parent, child);
 * ```
 */
export function subtractHistogram(parent: Float64Array, child: Float64Array): void {
  for (let k = 0; k < parent.length; k++) parent[k] -= child[k];
}
