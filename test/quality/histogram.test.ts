import { describe, expect, it } from 'vitest';
import { histogramSorted, niceStep } from '../../src/quality/histogram.js';
import { createRng } from '../../src/util/rng.js';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(3.7)).toBe(5);
    expect(niceStep(0.13)).toBe(0.2);
    expect(niceStep(120)).toBe(200);
    expect(niceStep(0.3, { integer: true })).toBe(1);
  });

  it('uses calendar-like durations for datetimes', () => {
    expect(niceStep(20 * 3600_000, { datetime: true })).toBe(86_400_000);
  });
});

describe('histogramSorted', () => {
  it('counts every value once, with nice edges covering min and max', () => {
    const rng = createRng(5);
    const s = Float64Array.from({ length: 2000 }, () => rng.normal() * 13 + 4).sort();
    const h = histogramSorted(s);
    expect(h.edges.length).toBe(h.counts.length + 1);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(h.edges[0]).toBeLessThanOrEqual(s[0]);
    expect(h.edges[h.edges.length - 1]).toBeGreaterThanOrEqual(s[s.length - 1]);
    expect(h.counts.length).toBeGreaterThanOrEqual(8);
    expect(h.counts.length).toBeLessThanOrEqual(25);
    // every bin holds exactly the values in [edge_i, edge_i+1)
    for (let b = 0; b < h.counts.length - 1; b++) {
      const inBin = [...s].filter((v) => v >= h.edges[b] && v < h.edges[b + 1]).length;
      expect(h.counts[b]).toBe(inBin);
    }
  });

  it('gives whole numbers half-open bins that keep the maximum apart', () => {
    const h = histogramSorted(Float64Array.of(0, 1, 1, 2, 3, 4), { integer: true });
    expect(h.edges).toEqual([0, 1, 2, 3, 4, 5]);
    expect(h.counts).toEqual([1, 2, 1, 1, 1]);
  });

  it('centres one bin on a single value, and is empty without values', () => {
    expect(histogramSorted(Float64Array.of(7, 7))).toEqual({ edges: [6.5, 7.5], counts: [2] });
    expect(histogramSorted(new Float64Array(0))).toEqual({ edges: [], counts: [] });
  });
});
