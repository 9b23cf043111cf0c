import { describe, expect, it } from 'vitest';
import { type AshaResult, createAsha } from '../../src/tuning/asha.js';

describe('createAsha', () => {
  it('a scripted run: promotes the top third of each rung, highest rung first, once each', () => {
    const asha = createAsha({ minResource: 1, maxResource: 9, eta: 3 });
    expect(asha.rungs).toEqual([1, 3, 9]);
    const results: AshaResult[] = [];
    expect(asha.next(results)).toBeNull();
    results.push({ id: 0, resource: 1, score: 0.7 }, { id: 1, resource: 1, score: 0.8 });
    expect(asha.next(results)).toBeNull(); // ⌊2/3⌋ = 0 may move up
    results.push({ id: 2, resource: 1, score: 0.6 });
    expect(asha.next(results)).toEqual({ promote: 1, resource: 3 });
    expect(asha.next(results)).toBeNull(); // 1 was handed out already
    results.push(
      { id: 3, resource: 1, score: 0.9 },
      { id: 4, resource: 1, score: 0.5 },
      { id: 5, resource: 1, score: 0.65 },
    );
    expect(asha.next(results)).toEqual({ promote: 3, resource: 3 }); // top 2 of 6: 3 and 1
    expect(asha.next(results)).toBeNull();
    results.push({ id: 1, resource: 3, score: 0.85 }, { id: 3, resource: 3, score: 0.95 });
    expect(asha.next(results)).toBeNull(); // rung 1 has 2 results: ⌊2/3⌋ = 0
    results.push(
      { id: 6, resource: 1, score: 0.1 },
      { id: 7, resource: 1, score: 0.2 },
      { id: 8, resource: 1, score: 0.3 },
    );
    expect(asha.next(results)).toEqual({ promote: 0, resource: 3 }); // top 3 of 9: 3, 1, 0
    results.push({ id: 0, resource: 3, score: 0.75 });
    expect(asha.next(results)).toEqual({ promote: 3, resource: 9 }); // rung 1 before rung 0
    expect(asha.next(results)).toBeNull();
    results.push({ id: 3, resource: 9, score: 0.97 });
    expect(asha.next(results)).toBeNull(); // nothing above the top rung
  });

  it('a fresh scheduler treats results at a higher rung as promoted already', () => {
    const asha = createAsha({ minResource: 1, maxResource: 9, eta: 3 });
    const results: AshaResult[] = [
      { id: 0, resource: 1, score: 0.9 },
      { id: 1, resource: 1, score: 0.8 },
      { id: 2, resource: 1, score: 0.7 },
      { id: 3, resource: 1, score: 0.6 },
      { id: 4, resource: 1, score: 0.5 },
      { id: 5, resource: 1, score: 0.4 },
      { id: 0, resource: 3, score: 0.91 },
    ];
    expect(asha.next(results)).toEqual({ promote: 1, resource: 3 });
  });

  it('never promotes failed trials; ties go to the lower id', () => {
    const asha = createAsha({ minResource: 2, maxResource: 18, eta: 3 });
    const results: AshaResult[] = [
      { id: 5, resource: 2, score: Number.NaN },
      { id: 7, resource: 2, score: 0.5 },
      { id: 6, resource: 2, score: 0.5 },
    ];
    expect(asha.next(results)).toEqual({ promote: 6, resource: 6 });
    const failed = createAsha({ minResource: 2, maxResource: 18, eta: 3 });
    const allBad = [5, 6, 7].map((id) => ({ id, resource: 2, score: Number.NEGATIVE_INFINITY }));
    expect(failed.next(allBad)).toBeNull();
  });

  it('maps resources to rungs (the highest reached)', () => {
    const asha = createAsha({ minResource: 50, maxResource: 2000 });
    expect(asha.rungs).toEqual([50, 150, 450, 2000]);
    expect(asha.rungOf(10)).toBe(-1);
    expect(asha.rungOf(50)).toBe(0);
    expect(asha.rungOf(449)).toBe(1);
    expect(asha.rungOf(450)).toBe(2);
    expect(asha.rungOf(5000)).toBe(3);
  });
});
