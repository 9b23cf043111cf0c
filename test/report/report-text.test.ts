import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/quality/finding.js';
import {
  columnGist,
  countBySeverity,
  findingMessage,
  findingSuggestion,
  formatTotals,
  totalSeconds,
  typeLabel,
} from '../../src/report/report-text.js';
import { ageColumn, dateColumn, jobColumn, sampleProfile } from './sample-profile.js';

const translated: Finding = {
  check: 'skipped-rows',
  severity: 'info',
  column: null,
  columns: [],
  count: 0,
  examples: [],
  message: 'x.csv is empty',
  suggestion: 'English advice',
  messageId: 'file.empty',
  suggestionId: 'report.noFindings',
  params: { file: 'x.csv' },
};

describe('report-text', () => {
  it('translates findings through their catalogue ids, falling back to the English text', () => {
    expect(findingMessage(translated, 'de')).toBe('x.csv ist leer');
    expect(findingSuggestion(translated, 'de')).toBe('Keine Befunde.');
    expect(findingMessage(translated, 'en')).toBe('x.csv is empty');
    expect(findingMessage({ ...translated, messageId: 'no.such.id' }, 'de')).toBe('x.csv is empty');
  });

  it('counts and totals findings by severity with plurals', () => {
    const counts = countBySeverity(sampleProfile.findings);
    expect(counts).toEqual({ error: 1, warning: 3, info: 1 });
    expect(formatTotals(counts, 'en')).toBe('1 error, 3 warnings, 1 note');
    expect(formatTotals({ error: 0, warning: 1, info: 2 }, 'de')).toBe('0 Fehler, 1 Warnung, 2 Hinweise');
  });

  it('describes columns by range or top value', () => {
    expect(columnGist(ageColumn, 'en')).toBe('17 – 999');
    expect(columnGist(dateColumn, 'en')).toBe('2024-01-01 – 2024-12-31');
    expect(columnGist(jobColumn, 'de')).toBe('admin. (25,3 %)');
    expect(typeLabel('datetime', 'de')).toBe('Datum/Zeit');
    expect(totalSeconds(sampleProfile)).toBe(1.5);
  });
});
