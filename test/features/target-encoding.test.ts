import { describe, expect, it } from 'vitest';
import { fitFrequencyEncoding, fitTargetEncoding, foldOf } from '../../src/features/target-encoding.js';

describe('foldOf', () => {
  it('deals rows into k folds of nearly equal size, the same for the same seed', () => {
    const f = foldOf(103, 5, 7);
    const sizes = [0, 0, 0, 0, 0];
    for (const k of f) sizes[k]++;
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Array.from(foldOf(103, 5, 7))).toEqual(Array.from(f));
    expect(Array.from(foldOf(103, 5, 8))).not.toEqual(Array.from(f));
  });
});

describe('fitTargetEncoding', () => {
  const n = 400;
  const codes = Int32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : i % 5));
  const y = Float64Array.from({ length: n }, (_, i) => ((i * 37) % 11 < 4 + (i % 5) ? 1 : 0));
  const options = { smoothing: 10, folds: 5, seed: 3 };

  it('stores smoothed full-data means per level, the missing level and the prior', () => {
    const fit = fitTargetEncoding(codes, 5, y, options);
    const prior = y.reduce((a, b) => a + b, 0) / n;
    expect(fit.prior).toBeCloseTo(prior, 14);
    for (let level = 0; level < 5; level++) {
      let s = 0;
      let c = 0;
      codes.forEach((code, i) => {
        if (code === level) {
          s += y[i];
          c++;
        }
      });
      expect(fit.values[level]).toBeCloseTo((s + 10 * prior) / (c + 10), 12);
    }
    let sm = 0;
    let cm = 0;
    codes.forEach((code, i) => {
      if (code < 0) {
        sm += y[i];
        cm++;
      }
    });
    expect(fit.missingValue).toBeCloseTo((sm + 10 * prior) / (cm + 10), 12);
  });

  it("computes a training row's value out of fold: flipping its own target leaves it bit-identical", () => {
    const base = fitTargetEncoding(codes, 5, y, options);
    const fold = foldOf(n, 5, 3);
    for (const row of [0, 1, 17, 200, 399]) {
      const flipped = Float64Array.from(y);
      flipped[row] = 1 - flipped[row];
      const other = fitTargetEncoding(codes, 5, flipped, options);
      expect(other.outOfFold[row]).toBe(base.outOfFold[row]);
      // …while rows of the same level in other folds do see the change (the test can fail).
      const witness = Array.from(codes.keys()).find((i) => codes[i] === codes[row] && fold[i] !== fold[row]) as number;
      expect(other.outOfFold[witness]).not.toBe(base.outOfFold[witness]);
      // and the full-data mean of the row's level changes too
      const level = codes[row] < 0 ? -1 : codes[row];
      const full = (f: typeof base) => (level < 0 ? f.missingValue : f.values[level]);
      expect(full(other)).not.toBe(full(base));
    }
  });

  it('ignores rows with a missing target in the sums', () => {
    const withNaN = Float64Array.from(y);
    withNaN[5] = Number.NaN;
    const fit = fitTargetEncoding(codes, 5, withNaN, options);
    expect(Number.isFinite(fit.prior)).toBe(true);
    expect(Array.from(fit.outOfFold).every(Number.isFinite)).toBe(true);
  });
});

describe('fitFrequencyEncoding', () => {
  it('gives each level its share of the rows, missing cells as a level', () => {
    const fit = fitFrequencyEncoding(Int32Array.of(0, 0, 1, -1), 3);
    expect(Array.from(fit.values)).toEqual([0.5, 0.25, 0]);
    expect(fit.missingValue).toBe(0.25);
  });
});
