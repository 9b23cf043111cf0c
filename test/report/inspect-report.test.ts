import { describe, expect, it } from 'vitest';
import type { ColumnProfile, TableProfile } from '../../src/quality/column-profile.js';
import { renderInspectReport } from '../../src/report/inspect-report.js';
import { ageColumn, jobColumn, sampleProfile } from './sample-profile.js';

const generatedAt = new Date(Date.UTC(2025, 0, 2, 3, 4));

describe('renderInspectReport', () => {
  it('is one self-contained file with inline SVG charts', async () => {
    const page = await renderInspectReport(sampleProfile, { generatedAt });
    expect(page).not.toContain('src="http');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('<link');
    expect(page).not.toMatch(/url\((?!#)/); // no external references in CSS or SVG
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    // missingness + findings summary + one distribution chart per column (4)
    expect(page.match(/<svg /g)).toHaveLength(6);
    expect(page).toContain('Generated 2025-01-02 03:04 UTC by leitwerk');
  });

  it('escapes a column name that is a script tag, in tables, cards and charts', async () => {
    const page = await renderInspectReport(sampleProfile, { generatedAt });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).not.toContain('<b>bold</b>');
    expect(page).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; more');
    expect(page).toContain('<title>Data check: examples/data/sample &amp; co.csv</title>');
  });

  it('lists findings grouped by severity, most severe first, with examples and suggestions', async () => {
    const page = await renderInspectReport(sampleProfile, { generatedAt });
    const errors = page.indexOf('<h3>Errors (1)</h3>');
    const warnings = page.indexOf('<h3>Warnings (3)</h3>');
    const notes = page.indexOf('<h3>Notes (1)</h3>');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notes).toBeGreaterThan(warnings);
    expect(page).toContain('<td class="examples">3, 17, 44, 90, 101</td>');
    expect(page).toContain('Impute job or add a missing indicator');
    expect(page).toContain('<span class="badge error">1 error</span>');
    // links from the findings table to the column card
    expect(page).toContain('<a href="#col-1">job</a>');
    expect(page).toContain('id="col-1"');
  });

  it('shows the data-bias group table from the finding details', async () => {
    const page = await renderInspectReport(sampleProfile, { generatedAt });
    const bias = page.slice(page.indexOf('<section id="bias">'), page.indexOf('<section id="columns">'));
    expect(bias).toContain('<h2>Data bias</h2>');
    expect(bias).toContain('<th class="num">positiveRate</th>');
    expect(bias).toContain('<td>B &lt;i&gt;</td>');
    expect(bias).toContain('<td class="num">0.31</td>');
  });

  it('shows per-column cards with type, evidence, quantiles and top values', async () => {
    const page = await renderInspectReport(sampleProfile, { generatedAt });
    const card = page.slice(page.indexOf('id="col-0"'), page.indexOf('id="col-1"'));
    expect(card).toContain('<span class="badge type">integer</span>');
    expect(card).toContain('all 1,000 values are whole numbers');
    expect(card).toContain('<tr><th>95 % quantile</th><td class="num">58</td></tr>');
    expect(card).toContain('<td>999</td><td class="num">12</td>');
    expect(card).toContain('<svg ');
    expect(card).toContain('sentinel-value');
    expect(page).toMatch(/<details class="column" id="col-0" open>/);
  });

  it('writes German labels with lang de', async () => {
    const page = await renderInspectReport(sampleProfile, { lang: 'de', generatedAt });
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Datenprüfung: examples/data/sample &amp; co.csv');
    expect(page).toContain('1.000 Zeilen × 4 Spalten');
    expect(page).toContain('<h2>Befunde</h2>');
    expect(page).toContain('Fehlende Werte je Spalte');
    expect(page).toContain('Erstellt am 2025-01-02 03:04 UTC von leitwerk');
    expect(page).toContain('<span class="badge type">kategorial</span>');
    expect(page).toContain('8,1 %');
    expect(page).toContain('Anteil fehlend'); // inside the chart
    expect(page).not.toContain('<h2>Findings</h2>');
  });

  it('shows the recipe as escaped JSON when given', async () => {
    const page = await renderInspectReport(sampleProfile, {
      generatedAt,
      recipe: { steps: [{ op: 'drop-rows', where: 'x < 3' }] },
    });
    expect(page).toContain('<h2>Proposed cleaning recipe</h2>');
    expect(page).toContain('&quot;where&quot;: &quot;x &lt; 3&quot;');
    expect(await renderInspectReport(sampleProfile, { generatedAt })).not.toContain('id="recipe"');
  });

  it('is byte-identical for the same input', async () => {
    const a = await renderInspectReport(sampleProfile, { generatedAt, lang: 'de' });
    const b = await renderInspectReport(sampleProfile, { generatedAt, lang: 'de' });
    expect(b).toBe(a);
  });

  it('stays usable and small for a wide table: collapsed cards, missingness chart capped', async () => {
    const columns: ColumnProfile[] = Array.from({ length: 120 }, (_, i) =>
      i % 2 === 0 ? { ...ageColumn, name: `num_${i}`, missing: i } : { ...jobColumn, name: `cat_${i}`, missing: i },
    );
    const wide: TableProfile = { ...sampleProfile, columns, findings: [] };
    const page = await renderInspectReport(wide, { generatedAt });
    expect(page.match(/<details class="column"/g)).toHaveLength(120);
    expect(page).not.toMatch(/<details class="column"[^>]* open>/);
    expect(page).toContain('The 40 columns with the most missing values of 119 with any.');
    expect(page).toContain('No findings.');
    expect(page.length).toBeLessThan(2_000_000);
  });

  it('says so when nothing is missing', async () => {
    const clean: TableProfile = { ...sampleProfile, columns: [ageColumn], findings: [] };
    const page = await renderInspectReport(clean, { generatedAt });
    expect(page).toContain('No column has missing values.');
    expect(page.match(/<svg /g)).toHaveLength(1);
  });
});
