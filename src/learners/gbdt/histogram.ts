/**
 * @module learners/gbdt/histogram
 * Gradient histograms: one `Float64Array` per node with interleaved channels per bin — gradient sum and
 * hessian sum, plus the row count when a setting needs counts (min_data_in_leaf > 1, categorical features) —
 * over all features' bins (global bin b at element `b × channels`). Building walks a node's rows once: the
 * dense features from the row-major bytes, then the row's sparse entries; the most frequent bin of each
 * sparse feature is then filled in as node total minus the other bins. A sibling's histogram is the parent's
 * minus the smaller child's (LightGBM's subtraction trick), so only the smaller child is built.
 *
 * @example
 * ```ts
 * import { buildHistogram2, fixMostFrequentBins, subtractHistogram } from './histogram.js';
 * buildHistogram2(small, data, slots, slotStart, slots.length, gh, rows, begin, end);
 * fixMostFrequentBins(small, data, treeSparse, 2, G, H, C);
 * subtractHistogram(parent, small, ranges); // parent now holds the larger child
 * ```
 */
import type { BinnedData } from './binned-data.js';

/**
 * Add rows `rows[begin..end)` into a 2-channel histogram (gradient, hessian): dense slots `slots[0..slotCount)`
 * (histogram element of slot j's bin 0 at `slotStart[j]`) and every sparse entry. `gh` holds interleaved
 * gradient/hessian per row.
 *
 * @example
 * ```ts
 * buildHistogram2(hist, data, slots, slotStart, slots.length, gh, rows, 0, n);
 * ```
 */
export function buildHistogram2(
  hist: Float64Array,
  data: BinnedData,
  slots: Int32Array,
  slotStart: Int32Array,
  slotCount: number,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
): void {
  const rm = data.rowMajor;
  const stride = data.stride;
  const rowPtr = data.rowPtr;
  const entries = data.entries;
  const sparse = entries.length > 0;
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gh[2 * r];
    const h = gh[2 * r + 1];
    const base = r * stride;
    for (let j = 0; j < slotCount; j++) {
      const k = slotStart[j] + (rm[base + slots[j]] << 1);
      hist[k] += g;
      hist[k + 1] += h;
    }
    if (sparse) {
      const pe = rowPtr[r + 1];
      for (let p = rowPtr[r]; p < pe; p++) {
        const k = entries[p] << 1;
        hist[k] += g;
        hist[k + 1] += h;
      }
    }
  }
}

/**
 * As `buildHistogram2`, with a third channel counting rows.
 *
 * @example
 * ```ts
 * buildHistogram3(hist, data, slots, slotStart, slots.length, gh, rows, 0, n);
 * ```
 */
export function buildHistogram3(
  hist: Float64Array,
  data: BinnedData,
  slots: Int32Array,
  slotStart: Int32Array,
  slotCount: number,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
): void {
  const rm = data.rowMajor;
  const stride = data.stride;
  const rowPtr = data.rowPtr;
  const entries = data.entries;
  const sparse = entries.length > 0;
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gh[2 * r];
    const h = gh[2 * r + 1];
    const base = r * stride;
    for (let j = 0; j < slotCount; j++) {
      const k = slotStart[j] + rm[base + slots[j]] * 3;
      hist[k] += g;
      hist[k + 1] += h;
      hist[k + 2] += 1;
    }
    if (sparse) {
      const pe = rowPtr[r + 1];
      for (let p = rowPtr[r]; p < pe; p++) {
        const k = entries[p] * 3;
        hist[k] += g;
        hist[k + 1] += h;
        hist[k + 2] += 1;
      }
    }
  }
}

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
 * `parent -= child` over the element ranges `[ranges[2i], ranges[2i+1])`.
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
 * featureRanges(Int32Array.of(0, 1, 3), data.offsets, numBins, 3); // two ranges
 * ```
 */
export function featureRanges(
  features: Int32Array,
  offsets: Int32Array,
  numBins: Int32Array,
  channels: number,
): Int32Array {
  const sorted = Int32Array.from(features).sort();
  const out: number[] = [];
  for (const f of sorted) {
    const start = offsets[f] * channels;
    const end = (offsets[f] + numBins[f] + 1) * channels;
    if (out.length > 0 && out[out.length - 1] === start) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return Int32Array.from(out);
}
