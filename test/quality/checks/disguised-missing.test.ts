import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { disguisedMissingCheck, isMissingPlaceholder } from '../../../src/quality/checks/disguised-missing.js';

describe('disguisedMissingCheck', () => {
  it('recognises placeholders case-insensitively, and white space only', () => {
    for (const s of [
      'unknown',
      ' N/A',
      'None',
      '-',
      '--',
      'MISSING',
      'not available',
      'k.A.',
      'Keine Angabe',
      'unbekannt',
      'nicht bekannt',
      'undefined',
      '(blank)',
      '   ',
    ]) {
      expect(isMissingPlaceholder(s), s).toBe(true);
    }
    for (const s of ['unknown job', 'no', 'nonexistent', '0']) expect(isMissingPlaceholder(s), s).toBe(false);
  });

  it('reports one finding per column and placeholder with the value as it appears', () => {
    const t = createTable([
      categoryColumn('job', Int32Array.of(0, 1, 1, 2, 0, 1), ['admin.', 'Unknown', 'n/a']),
      categoryColumn('city', Int32Array.of(0, 0, 0, 0, 0, 0), ['Berlin']),
    ]);
    const f = disguisedMissingCheck(createCheckContext(t, {}));
    expect(f.map((x) => [x.column, x.details?.token, x.count, x.examples])).toEqual([
      ['job', 'Unknown', 3, [2, 3, 6]],
      ['job', 'n/a', 1, [4]],
    ]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain("'Unknown'");
  });
});
