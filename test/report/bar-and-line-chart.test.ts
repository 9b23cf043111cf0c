import { describe, expect, it } from 'vitest';
import { barChartSpec } from '../../src/report/bar-chart.js';
import { findingSummarySpec } from '../../src/report/finding-summary-chart.js';
import { lineChartSpec } from '../../src/report/line-chart.js';
import { renderChartSvg } from '../../src/report/render-chart.js';
import { sampleProfile } from './sample-profile.js';

describe('barChartSpec', () => {
  it('keeps the given order (not alphabetical) and writes values at the bar ends', async () => {
    const svg = await renderChartSvg(
      barChartSpec(
        [
          { label: 'zeta', value: 3 },
          { label: 'alpha', value: 1 },
        ],
        { showValues: true, valueFormat: ',d' },
      ),
    );
    expect(svg.indexOf('>zeta<')).toBeLessThan(svg.indexOf('>alpha<'));
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
  });

  it('draws vertical bars', async () => {
    const svg = await renderChartSvg(barChartSpec([{ label: 'a', value: 2 }], { orientation: 'vertical' }));
    expect(svg).toContain('aria-roledescription="bar"');
  });
});

describe('lineChartSpec', () => {
  it('draws one path per series, in point order, with a dashed diagonal and a legend', async () => {
    const spec = lineChartSpec(
      [
        {
          name: 'model',
          points: [
            { x: 0, y: 0 },
            { x: 0.1, y: 0.6 },
            { x: 1, y: 1 },
          ],
        },
        {
          name: 'baseline',
          points: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
      ],
      { xDomain: [0, 1], yDomain: [0, 1], diagonal: true, xTitle: 'FPR', yTitle: 'TPR' },
    );
    const svg = await renderChartSvg(spec);
    const paths = [...svg.matchAll(/aria-roledescription="line mark" d="([^"]+)"/g)].map((m) => m[1]);
    expect(paths).toEqual(['M0,240L36,96L360,0', 'M0,240L360,0']);
    expect(svg).toContain('stroke-dasharray="4,4"');
    expect(svg).toContain('>model<');
    expect(svg).toContain('>baseline<');
    expect(svg).toContain('>FPR<');
  });
});

describe('findingSummarySpec', () => {
  it('counts findings per check and severity, with localized severity names', async () => {
    const spec = findingSummarySpec(sampleProfile.findings, { lang: 'de' }) as {
      data: { values: { check: string; severity: string; count: number }[] };
    };
    expect(spec.data.values.map((v) => [v.check, v.severity, v.count])).toEqual([
      ['missing', 'Warnung', 1],
      ['sentinel-value', 'Warnung', 1],
      ['duplicate-rows', 'Fehler', 1],
      ['high-cardinality', 'Hinweis', 1],
      ['bias-label-gap', 'Warnung', 1],
    ]);
    const svg = await renderChartSvg(spec as never, { lang: 'de' });
    expect(svg).toContain('>Fehler<');
    expect(findingSummarySpec([])).toBeUndefined();
  });
});
