import { describe, expect, it } from 'vitest';
import { rungResources, successiveHalving } from '../../src/tuning/successive-halving.js';
import { ValidationError } from '../../src/util/errors.js';

describe('successiveHalving', () => {
  it('27 configs, 10 → 270, eta 3: four rungs keeping a third each time', () => {
    expect(successiveHalving({ configs: 27, minResource: 10, maxResource: 270 }).rungs).toEqual([
      { resource: 10, keep: 27 },
      { resource: 30, keep: 9 },
      { resource: 90, keep: 3 },
      { resource: 270, keep: 1 },
    ]);
  });

  it('eta 2 and a maximum that is not a power of eta: the last rung runs at exactly maxResource', () => {
    expect(successiveHalving({ configs: 10, minResource: 50, maxResource: 1000, eta: 2 }).rungs).toEqual([
      { resource: 50, keep: 10 },
      { resource: 100, keep: 5 },
      { resource: 200, keep: 2 },
      { resource: 400, keep: 1 },
      { resource: 1000, keep: 1 },
    ]);
    expect(rungResources(1, 100, 3)).toEqual([1, 3, 9, 27, 100]);
    expect(rungResources(5, 5, 3)).toEqual([5]);
    expect(rungResources(0.1, 1, 3)).toEqual([0.1, 0.30000000000000004, 1]);
  });

  it('every rung keeps at least one and never more than the rung before', () => {
    for (const configs of [1, 2, 5, 81, 100]) {
      const { rungs } = successiveHalving({ configs, minResource: 1, maxResource: 81, eta: 3 });
      expect(rungs.map((r) => r.resource)).toEqual([1, 3, 9, 27, 81]);
      expect(rungs[0]?.keep).toBe(configs);
      for (let i = 1; i < rungs.length; i++) {
        const keep = rungs[i]?.keep as number;
        expect(keep).toBe(Math.max(1, Math.floor(configs / 3 ** i)));
        expect(keep).toBeLessThanOrEqual(rungs[i - 1]?.keep as number);
      }
    }
  });

  it('rejects bad options', () => {
    expect(() => successiveHalving({ configs: 0, minResource: 1, maxResource: 9 })).toThrow(ValidationError);
    expect(() => successiveHalving({ configs: 9, minResource: 0, maxResource: 9 })).toThrow(/minResource/);
    expect(() => successiveHalving({ configs: 9, minResource: 10, maxResource: 9 })).toThrow(/maxResource/);
    expect(() => successiveHalving({ configs: 9, minResource: 1, maxResource: 9, eta: 1 })).toThrow(/eta/);
  });
});
