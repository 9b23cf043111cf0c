import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { skewedCheck } from '../../../src/quality/checks/skewed.js';
import { createRng } from '../../../src/util/rng.js';

describe('skewedCheck', () => {
  it('reports |skewness| > 2 and proposes log1p or Yeo-Johnson', () => {
    const rng = createRng(12);
    const n = 3000;
    const spend = Float64Array.from({ length: n }, () => Math.exp(rng.normal() * 1.2));
    const balance = Float64Array.from({ length: n }, () => Math.exp(rng.normal() * 1.2) - 2);
    const normal = Float64Array.from({ length: n }, () => rng.normal());
    const t = createTable([numberColumn('spend', spend), numberColumn('balance', balance), numberColumn('z', normal)]);
    const f = skewedCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.details?.transform])).toEqual([
      ['spend', 'log1p'],
      ['balance', 'yeo-johnson'],
    ]);
    expect(f[0].details?.skewness).toBeGreaterThan(2);
  });
});
