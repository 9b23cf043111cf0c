import { describe, expect, it } from 'vitest';
import { binOf, codeToBin, findBins } from '../../../src/learners/gbdt/bin-mapper.js';
import { binMatrix } from '../../../src/learners/gbdt/binned-data.js';
import { sketchCuts } from '../../../src/learners/gbdt/quantile-sketch.js';
import { createRng } from '../../../src/util/rng.js';
import { readFixture } from '../support/reference-data.js';
import { syntheticSet } from '../support/synthetic.js';

describe('sketchCuts (XGBoost weighted quantile sketch)', () => {
  it('gives every distinct value its own bin when there are few', () => {
    const cuts = sketchCuts(Float64Array.of(3, 1, 2, 2, Number.NaN, 1), null, 256);
    expect(Array.from(cuts)).toEqual([2, 3, 3 + (3 + 1e-5)]);
    expect(sketchCuts(Float64Array.of(Number.NaN), null, 256).length).toBe(0);
    expect(Array.from(sketchCuts(Float64Array.of(5, 5), null, 256))).toEqual([10 + 1e-5]);
  });

  it('makes at most max_bin bins of about equal weight on continuous data', () => {
    const rng = createRng(3);
    const values = Float64Array.from({ length: 50_000 }, () => rng.normal());
    const cuts = sketchCuts(values, null, 64);
    expect(cuts.length).toBeLessThanOrEqual(64);
    expect(cuts.length).toBeGreaterThan(60);
    const counts = new Array(cuts.length).fill(0);
    for (const v of values) counts[cuts.findIndex((c) => v < c)]++;
    for (const c of counts) expect(c).toBeLessThan((2 * values.length) / 64);
  });

  it('lets weights move the cuts', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => i);
    const heavyTop = Float64Array.from(values, (v) => (v >= 9000 ? 50 : 1));
    const plain = sketchCuts(values, null, 16);
    const weighted = sketchCuts(values, heavyTop, 16);
    const above = (cuts: Float64Array): number => Array.from(cuts).filter((c) => c >= 9000).length;
    expect(above(weighted)).toBeGreaterThan(above(plain) + 5);
  });

  it("puts its cuts where XGBoost 1.7 hist does (the thresholds of XGBoost's first tree)", () => {
    const fixture = readFixture('synthetic-regression') as unknown as {
      firstTree: { feature: string; threshold: number }[];
      generator: { rows: number; seed: number };
      trainRows: number;
    };
    const set = syntheticSet('regression', fixture.trainRows, fixture.generator.seed);
    for (const split of fixture.firstTree) {
      const cuts = sketchCuts(set.columns[set.names.indexOf(split.feature)], null, 256);
      expect(
        Array.from(cuts).some((c) => Math.fround(c) === Math.fround(split.threshold)),
        split.feature,
      ).toBe(true);
    }
  });
});

describe('findBins', () => {
  it('numeric quantile bins: v in bin b when upper[b-1] <= v < upper[b]; the last bound is +Infinity', () => {
    const bins = findBins(Float64Array.of(1, 2, 2, Number.NaN, 5), null, false, 256, 'quantile');
    expect(bins.numBins).toBe(3);
    expect(Array.from(bins.upper)).toEqual([2, 5, Number.POSITIVE_INFINITY]);
    const toBin = binOf(bins);
    expect([0.5, 1, 1.99, 2, 4.9, 5, 1e9, Number.NaN].map(toBin)).toEqual([0, 0, 0, 1, 1, 2, 2, 3]);
  });

  it('greedy bins keep frequent values apart and put bounds between values', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i < 600 ? 0 : i));
    const bins = findBins(values, null, false, 16, 'greedy');
    expect(bins.numBins).toBeLessThanOrEqual(16);
    const toBin = binOf(bins);
    expect(toBin(0)).not.toBe(toBin(600));
    expect(bins.upper[0]).toBeGreaterThan(0);
    expect(bins.upper[0]).toBeLessThanOrEqual(600);
  });

  it('keeps room for the missing bin: 256 value bins only without missing values', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => i);
    expect(findBins(values, null, false, 256, 'quantile', false).numBins).toBe(256);
    const withMissing = findBins(values, null, false, 256, 'quantile', true);
    expect(withMissing.numBins).toBe(255);
    expect(binOf(withMissing)(Number.NaN)).toBe(255);
  });

  it('categorical bins: frequent categories first, rare ones binned as missing', () => {
    const codes = Float64Array.of(4, 4, 4, 1, 1, 7, Number.NaN);
    const bins = findBins(codes, null, true, 2, 'quantile');
    expect(Array.from(bins.binCodes)).toEqual([4, 1]);
    const toBin = binOf(bins);
    expect([4, 1, 7, Number.NaN, 99, 1.5].map(toBin)).toEqual([0, 1, 2, 2, 2, 2]);
    expect(codeToBin(bins)[4]).toBe(0);
  });
});

describe('binMatrix', () => {
  it('stores the same bins densely, sparsely and column-wise', () => {
    const rng = createRng(9);
    const n = 500;
    const dense = Float64Array.from({ length: n }, () => rng.normal());
    const sparse = Float64Array.from({ length: n }, () => (rng.next() < 0.9 ? 0 : rng.int(5) + 1));
    const cat = Float64Array.from({ length: n }, () => (rng.next() < 0.1 ? Number.NaN : rng.int(10)));
    const columns = [dense, sparse, cat];
    const bins = [
      findBins(dense, null, false, 32, 'quantile'),
      findBins(sparse, null, false, 32, 'quantile'),
      findBins(cat, null, true, 32, 'quantile'),
    ];
    const data = binMatrix(columns, bins, n);
    expect(Array.from(data.denseFeatures)).toEqual([0, 2]);
    expect(Array.from(data.sparseFeatures)).toEqual([1]);
    expect(data.mostFrequentBin[1]).toBe(0);
    columns.forEach((col, f) => {
      const toBin = binOf(bins[f]);
      for (let i = 0; i < n; i++) expect(data.columns[f][i]).toBe(toBin(col[i]));
    });
    for (let i = 0; i < n; i++) {
      expect(data.rowMajor[i * data.stride]).toBe(data.columns[0][i]);
      expect(data.rowMajor[i * data.stride + 1]).toBe(data.columns[2][i]);
      const entries = Array.from(data.entries.subarray(data.rowPtr[i], data.rowPtr[i + 1]));
      const bin = data.columns[1][i];
      expect(entries).toEqual(bin === 0 ? [] : [data.offsets[1] + bin]);
    }
  });
});
