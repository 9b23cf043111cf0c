import { describe, expect, it } from 'vitest';
import {
  lowerBound,
  madSorted,
  quantileSorted,
  sortedNonMissing,
  upperBound,
} from '../../src/quality/sorted-values.js';
import { createRng } from '../../src/util/rng.js';

/** numpy's default (linear) quantile, computed the slow way. */
function naiveQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

function naiveMedian(values: number[]): number {
  return naiveQuantile(values, 0.5);
}

describe('sortedNonMissing', () => {
  it('drops NaN and sorts, by comparison for fractions and by counting for small whole numbers', () => {
    const rng = createRng(7);
    const fractions = Float64Array.from({ length: 1000 }, () => (rng.next() < 0.1 ? Number.NaN : rng.normal()));
    const wholes = Float64Array.from({ length: 1000 }, () => (rng.next() < 0.1 ? Number.NaN : rng.int(50) - 20));
    for (const values of [fractions, wholes]) {
      const expected = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
      expect([...sortedNonMissing(values, null)]).toEqual(expected);
    }
  });

  it('reads only the given storage rows', () => {
    const values = Float64Array.of(5, 1, Number.NaN, 3, 9);
    expect([...sortedNonMissing(values, Uint32Array.of(4, 2, 1))]).toEqual([1, 9]);
  });

  it('stores -0 as 0', () => {
    expect(Object.is(sortedNonMissing(Float64Array.of(-0, 2), null)[0], 0)).toBe(true);
  });
});

describe('quantileSorted', () => {
  it('interpolates linearly like numpy', () => {
    const s = Float64Array.of(1, 2, 3, 4);
    expect(quantileSorted(s, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted(s, 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted(s, 1)).toBe(4);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('agrees with a naive computation on random data', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 517 }, () => rng.normal() * 3);
    const s = Float64Array.from(values).sort();
    for (const p of [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]) {
      expect(quantileSorted(s, p)).toBeCloseTo(naiveQuantile(values, p), 10);
    }
  });
});

describe('madSorted', () => {
  it('is the median of absolute deviations (odd and even counts, skewed data)', () => {
    const rng = createRng(11);
    for (const n of [1, 2, 5, 6, 101, 1000]) {
      const values = Array.from({ length: n }, () => Math.exp(rng.normal()));
      const s = Float64Array.from(values).sort();
      const med = naiveMedian(values);
      const expected = naiveMedian(values.map((v) => Math.abs(v - med)));
      expect(madSorted(s, quantileSorted(s, 0.5))).toBeCloseTo(expected, 10);
    }
  });

  it('is 0 when more than half the values are equal', () => {
    expect(madSorted(Float64Array.of(0, 0, 0, 5, 9), 0)).toBe(0);
  });
});

describe('lowerBound / upperBound', () => {
  it('find the range of equal values', () => {
    const s = Float64Array.of(1, 2, 2, 2, 3);
    expect(lowerBound(s, 2)).toBe(1);
    expect(upperBound(s, 2)).toBe(4);
    expect(lowerBound(s, 10)).toBe(5);
  });
});

describe('sortedNonMissing on large columns', () => {
  it('sorts spread-out, skewed and wide-integer data exactly like the native sort', () => {
    const rng = createRng(99);
    const n = 20_000;
    const cases = [
      Float64Array.from({ length: n }, () => rng.normal() * 10 + 50),
      Float64Array.from({ length: n }, () => Math.round(Math.exp(rng.normal() * 1.5) * 100) / 100),
      Float64Array.from({ length: n }, () => 1 / (rng.next() + 1e-9) ** 2),
      Float64Array.from({ length: n }, () => rng.int(1_000_000_000) - 5e8),
      Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -0 : Number.NaN)),
    ];
    for (const values of cases) {
      const expected = Float64Array.from([...values].filter((v) => !Number.isNaN(v)).map((v) => v + 0)).sort();
      expect(sortedNonMissing(values, null)).toEqual(expected);
    }
  });
});
