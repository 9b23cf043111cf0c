import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { inconsistentLabelsCheck, labelKey } from '../../../src/quality/checks/inconsistent-labels.js';

describe('inconsistentLabelsCheck', () => {
  it('keeps comparison signs apart while stripping trailing dots', () => {
    expect(labelKey(' >50K. ')).toBe('>50k');
    expect(labelKey('<=50K')).not.toBe(labelKey('>50K'));
  });

  it('finds target classes that differ only by punctuation, case or spaces', () => {
    const income = categoryColumn('income', Int32Array.of(0, 1, 2, 3, 0, 0, 1, 2), [
      '<=50K',
      '>50K',
      '<=50K.',
      '>50K.',
    ]);
    const t = createTable([income]);
    const [f] = inconsistentLabelsCheck(createCheckContext(t, { target: 'income' }));
    expect(f).toMatchObject({
      check: 'inconsistent-labels',
      severity: 'error',
      column: 'income',
      count: 3,
      examples: [3, 4, 8],
    });
    expect(f.details?.groups).toEqual([
      [
        ['<=50K', 3],
        ['<=50K.', 2],
      ],
      [
        ['>50K', 2],
        ['>50K.', 1],
      ],
    ]);
    expect(inconsistentLabelsCheck(createCheckContext(t, {}))).toEqual([]);
  });
});
