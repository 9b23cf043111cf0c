import { describe, expect, it } from 'vitest';
import type { TableProfile } from '../../src/quality/column-profile.js';
import { formatInspectSummary } from '../../src/report/terminal-summary.js';
import { ageColumn, sampleProfile } from './sample-profile.js';

const ESC = '\u001b[';

describe('formatInspectSummary', () => {
  it('renders the sample profile without colour (file snapshot)', async () => {
    const text = formatInspectSummary(sampleProfile, { color: false, width: 100 });
    expect(text).not.toContain(ESC);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('examples/data/sample & co.csv: 1,000 rows × 4 columns, checked in 1.5 s');
    expect(lines.at(-1)).toBe('1 error, 3 warnings, 1 note');
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    await expect(text).toMatchFileSnapshot('./__snapshots__/terminal-summary-sample.txt');
  });

  it('groups findings by severity, most severe first, with the first example rows', () => {
    const text = formatInspectSummary(sampleProfile, { color: false });
    const errors = text.indexOf('Errors (1)');
    const warnings = text.indexOf('Warnings (3)');
    const notes = text.indexOf('Notes (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notes).toBeGreaterThan(warnings);
    expect(text).toContain('✖ duplicate-rows · 12 (1.2 %) · rows 5, 9, 12');
    expect(text).toContain('▲ missing · job · 81 (8.1 %) · rows 3, 17, 44, 90, 101');
  });

  it('shows a compact column table with type, missing, unique and range or top value', () => {
    const text = formatInspectSummary(sampleProfile, { color: false });
    expect(text).toMatch(/^age +integer +0\.0 % +78 +17 – 999$/m);
    expect(text).toMatch(/^job +categorical +8\.1 % +11 +admin\. \(25\.3 %\)$/m);
  });

  it('uses ANSI colours only when asked', () => {
    const text = formatInspectSummary(sampleProfile, { color: true });
    expect(text).toContain(`${ESC}31m✖${ESC}39m`);
    expect(text).toContain(`${ESC}1m`);
    const stripped = text
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join('');
    expect(stripped).toBe(formatInspectSummary(sampleProfile, { color: false }));
  });

  it('speaks German', () => {
    const text = formatInspectSummary(sampleProfile, { color: false, lang: 'de' });
    expect(text).toContain('1.000 Zeilen × 4 Spalten, geprüft in 1,5 s');
    expect(text).toContain('Zeilen 5, 9, 12');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 Fehler, 3 Warnungen, 1 Hinweis');
  });

  it('cuts long column lists and finding groups', () => {
    const many: TableProfile = {
      ...sampleProfile,
      columns: Array.from({ length: 50 }, (_, i) => ({ ...ageColumn, name: `c${i}` })),
      findings: Array.from({ length: 30 }, () => sampleProfile.findings[0]),
    };
    const text = formatInspectSummary(many, { color: false, maxColumns: 10, maxFindings: 5 });
    expect(text).toContain('… 40 more columns');
    expect(text).toContain('… 25 more');
    expect(text.match(/^▲ /gm)).toHaveLength(5);
    expect(text.trimEnd().split('\n').at(-1)).toBe('0 errors, 30 warnings, 0 notes');
  });

  it('truncates long names and wraps long messages to the width', () => {
    const long: TableProfile = {
      ...sampleProfile,
      columns: [{ ...ageColumn, name: 'a_very_long_column_name_that_goes_on_and_on' }],
      findings: [{ ...sampleProfile.findings[0], message: 'word '.repeat(40).trim() }],
    };
    expect(formatInspectSummary(long, { color: false, width: 100 })).toMatch(/^a_very_long_column_name_tha… +integer/m);
    const text = formatInspectSummary(long, { color: false, width: 60 });
    expect(text).toMatch(/^a_very_long_\S*… +integer/m);
    expect(text.split('\n').every((l) => [...l].length <= 60)).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('    word')).length).toBeGreaterThan(2);
  });
});
