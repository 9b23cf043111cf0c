import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { missingCheck } from '../../../src/quality/checks/missing.js';

describe('missingCheck', () => {
  const t = createTable([
    numberColumn('age', Float64Array.of(30, Number.NaN, 40, Number.NaN), undefined, { missingTokens: { '?': 2 } }),
    categoryColumn('job', Int32Array.of(-1, -1, -1, 0), ['x']),
    categoryColumn('y', Int32Array.of(-1, 0, 0, 0), ['yes']),
    numberColumn('full', Float64Array.of(1, 2, 3, 4)),
  ]);
  const findings = missingCheck(createCheckContext(t, { target: 'y' }));

  it('reports each column with missing cells, not the target', () => {
    expect(findings.map((f) => f.column)).toEqual(['age', 'job']);
  });

  it('counts, shares, examples and tokens', () => {
    const age = findings[0];
    expect(age).toMatchObject({ check: 'missing', count: 2, share: 0.5, examples: [2, 4], severity: 'info' });
    expect(age.details?.tokens).toEqual({ '?': 2 });
    expect(age.message).toBe('age: 2 of 4 values are missing (50%)');
    expect(age.messageId).toBe('quality.missing');
  });

  it('warns when more than half is missing', () => {
    expect(findings[1]).toMatchObject({ severity: 'warning', count: 3, suggestionId: 'quality.missing.fixMostly' });
  });
});
