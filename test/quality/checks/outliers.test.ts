import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { outliersCheck } from '../../../src/quality/checks/outliers.js';
import { createRng } from '../../../src/util/rng.js';

describe('outliersCheck', () => {
  const rng = createRng(8);
  const n = 2000;

  it('counts values beyond both robust fences, with the most extreme rows as examples', () => {
    const v = Float64Array.from({ length: n }, () => 100 + rng.normal() * 10);
    v[10] = 400;
    v[20] = -300;
    v[30] = 250;
    const [f] = outliersCheck(createCheckContext(createTable([numberColumn('x', v)]), {}));
    expect(f).toMatchObject({ column: 'x', count: 3, examples: [21, 11, 31] });
    expect(f.details).toMatchObject({ method: 'mad+iqr', below: 1, above: 2, extremes: [-300, 400, 250] });
  });

  it('does not report a bimodal column as outliers, nor flags, nor mostly-zero columns', () => {
    const bimodal = Float64Array.from({ length: n }, (_, i) =>
      i % 3 === 0 ? 1.3 + rng.next() * 0.1 : 4.8 + rng.next() * 0.2,
    );
    const flag = Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? 1 : 0));
    const zeros = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? rng.int(100000) : 0));
    const t = createTable([numberColumn('euribor', bimodal), numberColumn('flag', flag), numberColumn('gain', zeros)]);
    expect(outliersCheck(createCheckContext(t, {}))).toEqual([]);
  });
});
