/**
 * @module learners/gbdt/histogram
 * Gradient histograms: one `Float64Array` per node with three interleaved channels per bin — gradient sum,
 * hessian sum, row count — over all features' bins (feature f's bins start at `offsets[f]`, its missing bin
 * is its last). Building walks a node's rows once over the row-major bins; a sibling's histogram is the
 * parent's minus the smaller child's (LightGBM's subtraction trick), so only the smaller child is built.
 *
 * @example
 * ```ts
 * import { buildHistogram, subtractHistogram } from './histogram.js';
 * buildHistogram(small, data.rowMajor, data.stride, offsets3, features, features.length, gh, rows, begin, end);
 * subtractHistogram(parent, small, ranges); // parent now holds the larger child
 * ```
 */

/**
 * Add the rows `rows[begin..end)` into `hist` for the listed features. `offsets3[f]` is 3 × the first bin of
 * feature f; `gh` holds interleaved gradient/hessian per row.
 *
 * @example
 * ```ts
 * buildHistogram(hist, rowMajor, stride, offsets3, feats, feats.length, gh, rows, 0, rows.length);
 * ```
 */
export function buildHistogram(
  hist: Float64Array,
  rowMajor: Uint8Array,
  stride: number,
  offsets3: Int32Array,
  features: Int32Array,
  featureCount: number,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
): void {
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gh[2 * r];
    const h = gh[2 * r + 1];
    const base = r * stride;
    for (let j = 0; j < featureCount; j++) {
      const f = features[j];
      const k = offsets3[f] + rowMajor[base + f] * 3;
      hist[k] += g;
      hist[k + 1] += h;
      hist[k + 2] += 1;
    }
  }
}

/**
 * `parent -= child` over the bin ranges `[ranges[2i], ranges[2i+1])` (in array elements).
 *
 * @example
 * ```ts
 * subtractHistogram(parent, child, Int32Array.of(0, parent.length));
 * ```
 */
export function subtractHistogram(parent: Float64Array, child: Float64Array, ranges: Int32Array): void {
  for (let r = 0; r < ranges.length; r += 2) {
    const end = ranges[r + 1];
    for (let k = ranges[r]; k < end; k++) parent[k] -= child[k];
  }
}

/**
 * Zero a histogram over the same ranges.
 *
 * @example
 * ```ts
 * clearHistogram(hist, ranges);
 * ```
 */
export function clearHistogram(hist: Float64Array, ranges: Int32Array): void {
  for (let r = 0; r < ranges.length; r += 2) hist.fill(0, ranges[r], ranges[r + 1]);
}

/**
 * The element ranges covered by a feature list (adjacent features merged), for subtract/clear.
 *
 * @example
 * ```ts
 * featureRanges(Int32Array.of(0, 1, 3), offsets, numBins); // two ranges
 * ```
 */
export function featureRanges(features: Int32Array, offsets: Int32Array, numBins: Int32Array): Int32Array {
  const sorted = Int32Array.from(features).sort();
  const out: number[] = [];
  for (const f of sorted) {
    const start = offsets[f] * 3;
    const end = (offsets[f] + numBins[f] + 1) * 3;
    if (out.length > 0 && out[out.length - 1] === start) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return Int32Array.from(out);
}
