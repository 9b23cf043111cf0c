import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, numberColumn } from '../../src/data/column.js';
import { createTable, filterRows } from '../../src/data/table.js';
import { groupRows } from '../../src/quality/row-groups.js';
import { createRng } from '../../src/util/rng.js';

describe('groupRows', () => {
  it('finds repeats of earlier rows, with missing equal to missing and -0 equal to 0', () => {
    const t = createTable([
      numberColumn('a', Float64Array.of(1, 1, Number.NaN, Number.NaN, 0, -0, 1)),
      categoryColumn('b', Int32Array.of(0, 0, -1, -1, 1, 1, 1), ['x', 'y']),
      booleanColumn('c', Uint8Array.of(1, 1, 2, 2, 0, 0, 1)),
    ]);
    const g = groupRows(t, t.columns);
    expect([...g.firstOf]).toEqual([-1, 0, -1, 2, -1, 4, -1]);
    expect(g.repeats).toBe(3);
    expect(g.groups).toBe(3);
  });

  it('agrees with grouping by joined text on random data, also through a row index', () => {
    const rng = createRng(4);
    const n = 5000;
    const a = Float64Array.from({ length: n }, () => (rng.next() < 0.05 ? Number.NaN : rng.int(4)));
    const b = Int32Array.from({ length: n }, () => rng.int(3) - (rng.next() < 0.05 ? 10 : 0)).map((c) =>
      c < 0 ? -1 : c,
    );
    const t = createTable([numberColumn('a', a), categoryColumn('b', b, ['p', 'q', 'r'])]);
    const filtered = filterRows(t, (row) => row % 2 === 0);
    for (const table of [t, filtered]) {
      const seen = new Map<string, number>();
      let repeats = 0;
      const rows = table.index ?? Uint32Array.from({ length: n }, (_, i) => i);
      rows.forEach((r) => {
        const key = `${a[r]}|${b[r]}`;
        if (seen.has(key)) repeats++;
        else seen.set(key, 1);
      });
      expect(groupRows(table, table.columns).repeats).toBe(repeats);
    }
  });

  it('leaves out rows with a missing key cell when asked', () => {
    const t = createTable([categoryColumn('id', Int32Array.of(0, -1, 0, -1), ['k'])]);
    const g = groupRows(t, t.columns, { skipMissing: true });
    expect(g.repeats).toBe(1);
    expect(g.skipped).toBe(2);
  });
});
