import { describe, expect, it } from 'vitest';
import {
  categoricalProbs,
  fitParzen,
  logPdfParzen,
  normalCdf,
  sampleCategory,
  sampleParzen,
} from '../../src/tuning/parzen.js';
import { createRng } from '../../src/util/rng.js';

describe('parzen', () => {
  it('normalCdf matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 6);
    expect(normalCdf(3)).toBeCloseTo(0.998650102, 6);
  });

  it('the truncated mixture integrates to 1 over its bounds', () => {
    for (const obs of [[], [0.1], [0.2, 0.25, 0.3, 0.9], [0, 0, 0.99]]) {
      const p = fitParzen(obs, 0, 1);
      const n = 20000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.exp(logPdfParzen(p, (i + 0.5) / n)) / n;
      expect(sum).toBeCloseTo(1, 3);
    }
  });

  it('widths: the larger neighbour gap, clipped to [range/min(100, n+1), range]; prior at the middle', () => {
    const p = fitParzen([2, 3, 9], 0, 10);
    // sorted with prior: 2, 3, 5 (prior), 9
    expect([...p.mus]).toEqual([2, 3, 5, 9]);
    expect(p.sigmas[0]).toBeCloseTo(2, 12); // max(2 − 0, 3 − 2)
    expect(p.sigmas[1]).toBeCloseTo(2, 12); // max(1, 2)
    expect(p.sigmas[2]).toBe(10); // the prior
    expect(p.sigmas[3]).toBeCloseTo(4, 12);
    const tight = fitParzen([5, 5, 5], 0, 10);
    expect(Math.min(...tight.sigmas)).toBeCloseTo(10 / 5, 12);
  });

  it('draws stay in bounds and follow the density', () => {
    const p = fitParzen([0.7, 0.72, 0.74, 0.71, 0.73], 0, 1);
    const rng = createRng(4);
    let near = 0;
    for (let i = 0; i < 2000; i++) {
      const x = sampleParzen(p, rng);
      expect(x >= 0 && x <= 1).toBe(true);
      if (Math.abs(x - 0.72) < 0.1) near++;
    }
    // the share of draws near 0.72 matches the integral of the density there
    let mass = 0;
    for (let i = 0; i < 2000; i++) mass += Math.exp(logPdfParzen(p, 0.62 + (0.2 * (i + 0.5)) / 2000)) * (0.2 / 2000);
    expect(mass).toBeGreaterThan(0.4);
    expect(near / 2000).toBeCloseTo(mass, 1);
    expect(logPdfParzen(p, 0.72)).toBeGreaterThan(logPdfParzen(p, 0.1));
  });

  it('categorical probabilities are smoothed counts', () => {
    const probs = categoricalProbs([0, 0, 1], 4);
    expect([...probs].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(probs[0]).toBeCloseTo(2.25 / 4, 12);
    expect(probs[3]).toBeCloseTo(0.25 / 4, 12);
    const rng = createRng(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[sampleCategory(probs, rng)]++;
    expect((counts[0] as number) / 4000).toBeCloseTo(0.5625, 1);
  });
});
