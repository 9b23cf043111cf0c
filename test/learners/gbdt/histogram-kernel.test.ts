import { describe, expect, it } from 'vitest';
import { findBins } from '../../../src/learners/gbdt/bin-mapper.js';
import { binMatrix } from '../../../src/learners/gbdt/binned-data.js';
import {
  genericHistogramKernel,
  histogramKernels,
  kernelScratch,
  rowWords,
} from '../../../src/learners/gbdt/histogram-kernel.js';
import { fixMostFrequentBins, subtractHistogram } from '../../../src/learners/gbdt/histogram.js';
import { createRng } from '../../../src/util/rng.js';

describe('histogram kernels', () => {
  const rng = createRng(4);
  const n = 800;
  const columns = [
    Float64Array.from({ length: n }, () => rng.normal()),
    Float64Array.from({ length: n }, () => (rng.next() < 0.8 ? 0 : rng.int(4) + 1)),
    Float64Array.from({ length: n }, () => (rng.next() < 0.2 ? Number.NaN : rng.next())),
    Float64Array.from({ length: n }, () => (rng.next() < 0.95 ? 1 : 0)),
  ];
  const bins = columns.map((c) =>
    findBins(
      c,
      null,
      false,
      64,
      'quantile',
      c.some((v) => v !== v),
    ),
  );
  const data = binMatrix(columns, bins, n);
  const gh = Float64Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? rng.normal() : rng.next() + 0.1));
  const rows = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 !== 0);
  const words = rowWords(data);
  const scratch = kernelScratch(data);

  function naive(channels: 2 | 3, from: number, to: number): Float64Array {
    const out = new Float64Array(data.totalBins * channels);
    for (let i = from; i < to; i++) {
      const r = rows[i];
      for (let f = 0; f < columns.length; f++) {
        const k = (data.offsets[f] + data.columns[f][r]) * channels;
        out[k] += gh[2 * r];
        out[k + 1] += gh[2 * r + 1];
        if (channels === 3) out[k + 2] += 1;
      }
    }
    return out;
  }

  it.each([2, 3] as const)('compiled and generic kernels give the full histogram (%i channels)', (channels) => {
    expect(data.sparseFeatures.length).toBeGreaterThan(0);
    expect(data.denseFeatures.length).toBeGreaterThan(0);
    let g = 0;
    let h = 0;
    for (const r of rows) {
      g += gh[2 * r];
      h += gh[2 * r + 1];
    }
    const want = naive(channels, 0, rows.length);
    const { direct, gathered } = histogramKernels(data, channels);
    for (const kernel of [direct, gathered, genericHistogramKernel(data, channels)]) {
      const hist = new Float64Array(data.totalBins * channels);
      kernel(hist, data.rowMajor, words, gh, rows, 0, rows.length, data.rowPtr, data.entries, scratch);
      fixMostFrequentBins(hist, data, data.sparseFeatures, channels, g, h, rows.length);
      for (let k = 0; k < want.length; k++) expect(hist[k]).toBeCloseTo(want[k], 9);
    }
  });

  it('parent minus the smaller child is the larger child', () => {
    const { gathered } = histogramKernels(data, 2);
    const parent = new Float64Array(data.totalBins * 2);
    gathered(parent, data.rowMajor, words, gh, rows, 0, rows.length, data.rowPtr, data.entries, scratch);
    const child = new Float64Array(data.totalBins * 2);
    gathered(child, data.rowMajor, words, gh, rows, 0, 100, data.rowPtr, data.entries, scratch);
    subtractHistogram(parent, child);
    const rest = new Float64Array(data.totalBins * 2);
    gathered(rest, data.rowMajor, words, gh, rows, 100, rows.length, data.rowPtr, data.entries, scratch);
    for (let k = 0; k < rest.length; k++) expect(parent[k]).toBeCloseTo(rest[k], 9);
  });
});
