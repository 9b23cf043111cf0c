import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../src/quality/column-profile.js';
import { missingShares, missingnessSpec } from '../../src/report/missingness-chart.js';
import { renderChartSvg } from '../../src/report/render-chart.js';
import { sampleProfile } from './sample-profile.js';

const col = (name: string, missing: number, rows = 100): ColumnProfile => ({
  name,
  type: 'numeric',
  evidence: [],
  rows,
  missing,
  unique: 1,
  top: [],
});

describe('missingShares', () => {
  it('keeps columns with missing values, most missing first, ties in column order', () => {
    const shares = missingShares([col('a', 0), col('b', 5), col('c', 60), col('d', 5), col('e', 0, 0)]);
    expect(shares).toEqual([
      { name: 'c', missing: 60, share: 0.6 },
      { name: 'b', missing: 5, share: 0.05 },
      { name: 'd', missing: 5, share: 0.05 },
    ]);
  });
});

describe('missingnessSpec', () => {
  it('is undefined when nothing is missing', () => {
    expect(missingnessSpec(missingShares([col('a', 0)]))).toBeUndefined();
  });

  it('draws at most `limit` bars, coloured by how much is missing', async () => {
    const shares = missingShares(Array.from({ length: 50 }, (_, i) => col(`c${i}`, i + 1)));
    const svg = await renderChartSvg(missingnessSpec(shares, { limit: 12 })!);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(12);
    expect(svg).toContain('>c49<');
    expect(svg).not.toContain('>c37<');
    expect(svg).toContain('#b25e09'); // shares above 5 % in the warning colour
  });

  it('renders the sample profile missingness chart (file snapshot) with the worst column on top', async () => {
    const svg = await renderChartSvg(missingnessSpec(missingShares(sampleProfile.columns), { lang: 'en' })!);
    const labels = [...svg.matchAll(/aria-label="Missing share: [^"]*?; label: ([^"]*?); color: /g)].map((m) => m[1]);
    expect(labels).toEqual(['&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;', 'job', 'contact_date']);
    expect(svg).toContain('64.0%');
    expect(svg).toContain('Missing share');
    expect(svg).not.toContain('<script>');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/missingness-sample.svg');
  });

  it('labels the axis in German', async () => {
    const svg = await renderChartSvg(missingnessSpec(missingShares(sampleProfile.columns), { lang: 'de' })!, {
      lang: 'de',
    });
    expect(svg).toContain('Anteil fehlend');
    expect(svg).toContain('64,0%');
  });
});
