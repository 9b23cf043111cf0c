import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { isSentinelPattern, sentinelValueCheck } from '../../../src/quality/checks/sentinel-value.js';
import { createRng } from '../../../src/util/rng.js';

function column(name: string, n: number, make: (i: number) => number) {
  return numberColumn(
    name,
    Float64Array.from({ length: n }, (_, i) => make(i)),
  );
}

describe('sentinelValueCheck', () => {
  const rng = createRng(2);
  it('knows sentinel patterns', () => {
    expect([999, 9999, -1, -999, 99, 9].every(isSentinelPattern)).toBe(true);
    expect([0, 100, 998, 1.5].some(isSentinelPattern)).toBe(false);
  });

  it('flags 999 far above the other values (like pdays) and -1 below non-negative values', () => {
    const t = createTable([
      column('pdays', 1000, (i) => (i % 10 === 0 ? rng.int(28) : 999)),
      column('pdays_neg', 1000, (i) => (i % 5 === 0 ? 1 + rng.int(800) : -1)),
    ]);
    const f = sentinelValueCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.details?.value, x.count])).toEqual([
      ['pdays', 999, 900],
      ['pdays_neg', -1, 800],
    ]);
    expect(f[0].details?.otherMax).toBeLessThanOrEqual(27);
    expect(f[0].examples).toEqual([2, 3, 4, 5, 6]);
  });

  it('leaves ordinary modes and values next to the others alone', () => {
    const t = createTable([
      column('previous', 1000, (i) => (i % 7 === 0 ? 1 + rng.int(7) : 0)), // 0 is a real count
      column('age', 1000, (i) => (i % 50 === 0 ? 99 : 18 + rng.int(80))), // 99 next to 97
      column('score', 1000, (i) => (i % 3 === 0 ? -1 : i % 3 === 1 ? 0 : 1)), // -1/0/1 scale
    ]);
    expect(sentinelValueCheck(createCheckContext(t, {}))).toEqual([]);
  });
});
