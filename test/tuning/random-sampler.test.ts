import { describe, expect, it } from 'vitest';
import { gbdtSchema } from '../../src/learners/gbdt/gbdt-params.js';
import { paramsKey } from '../../src/tuning/params-key.js';
import { createRandomSampler } from '../../src/tuning/random-sampler.js';
import { searchSpace } from '../../src/tuning/search-space.js';
import { ValidationError } from '../../src/util/errors.js';
import { mixedSpace } from './objectives.js';

describe('createRandomSampler', () => {
  it('replays with the same seed and differs with another', () => {
    const a = createRandomSampler(mixedSpace, { seed: 5 });
    const b = createRandomSampler(mixedSpace, { seed: 5 });
    const c = createRandomSampler(mixedSpace, { seed: 6 });
    for (let call = 0; call < 3; call++) {
      const pa = a.suggest([], 4);
      expect(b.suggest([], 4)).toEqual(pa);
      expect(c.suggest([], 4)).not.toEqual(pa);
    }
  });

  it('successive calls give different proposals (the call number is part of the seed)', () => {
    const s = createRandomSampler(mixedSpace, { seed: 1 });
    expect(s.suggest([], 1)).not.toEqual(s.suggest([], 1));
  });

  it('keeps every value in bounds, integers whole, log dimensions spread on the log scale', () => {
    const s = createRandomSampler(mixedSpace, { seed: 2 });
    const ps = s.suggest([], 2000);
    let lowDecade = 0;
    const depths = new Set<number>();
    const bad: unknown[] = [];
    for (const p of ps) {
      const lr = p.lr as number;
      const d = p.depth as number;
      if (p.objective !== 'binary' || !(lr >= 1e-4 && lr <= 1)) bad.push(p);
      if (!Number.isInteger(d) || d < 1 || d > 20 || !['a', 'b', 'c'].includes(p.kind as string)) bad.push(p);
      if (lr < 1e-3) lowDecade++;
      depths.add(d);
    }
    expect(bad).toEqual([]);
    // uniform on the log scale: a quarter of the draws in [1e-4, 1e-3) (uniform on the raw scale: 0.09 %)
    expect(lowDecade / ps.length).toBeGreaterThan(0.2);
    expect(lowDecade / ps.length).toBeLessThan(0.3);
    expect(depths.size).toBe(20); // both end points reachable
  });

  it('avoids repeats of the history, of pending proposals and within a batch while the space allows', () => {
    const space = { dimensions: [{ name: 'k', type: 'int' as const, min: 1, max: 6, log: false }], fixed: {} };
    const s = createRandomSampler(space, { seed: 3 });
    const history = [{ params: { k: 1 }, score: 0 }];
    const batch = s.suggest(history, 4, [{ k: 2 }]);
    const ks = batch.map((p) => p.k);
    expect(new Set(ks).size).toBe(4);
    expect(ks).not.toContain(1);
    expect(ks).not.toContain(2);
  });

  it('samples the real gbdt space within each parameter’s bounds', () => {
    const space = searchSpace(gbdtSchema, { include: ['growth'], fixed: { objective: 'binary' } });
    const ps = createRandomSampler(space, { seed: 9 }).suggest([], 50);
    expect(new Set(ps.map(paramsKey)).size).toBe(50);
    for (const p of ps) {
      expect(Number.isInteger(p.max_leaves)).toBe(true);
      expect(p.max_leaves as number).toBeGreaterThanOrEqual(8);
      expect(p.max_leaves as number).toBeLessThanOrEqual(256);
      expect(p.subsample as number).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('rejects a bad count', () => {
    expect(() => createRandomSampler(mixedSpace).suggest([], -1)).toThrow(ValidationError);
    expect(() => createRandomSampler(mixedSpace).suggest([], 1.5)).toThrow(ValidationError);
  });
});
