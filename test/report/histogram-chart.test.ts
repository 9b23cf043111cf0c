import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../src/quality/column-profile.js';
import { distributionSpec, histogramSpec, topValuesSpec } from '../../src/report/histogram-chart.js';
import { renderChartSvg } from '../../src/report/render-chart.js';
import { ageColumn, dateColumn, jobColumn } from './sample-profile.js';

/** The `d` paths of the bars, in drawing order. */
function barPaths(svg: string): string[] {
  return [...svg.matchAll(/aria-roledescription="bar" d="([^"]+)"/g)].map((m) => m[1]);
}

describe('histogramSpec', () => {
  it('draws one bar per bin with heights proportional to the counts', async () => {
    const svg = await renderChartSvg(histogramSpec({ edges: [0, 1, 2, 3], counts: [10, 20, 5] }, { height: 100 }));
    const heights = barPaths(svg).map((d) => Number(/v([\d.]+)h/.exec(d)?.[1]));
    expect(heights).toHaveLength(3);
    expect(heights[1] / heights[0]).toBeCloseTo(2, 1);
    expect(heights[2] / heights[0]).toBeCloseTo(0.5, 1);
  });

  it('widens a single zero-width bin so a constant column is visible', () => {
    const spec = histogramSpec({ edges: [5, 5], counts: [40] }) as {
      data: { values: { start: number; end: number }[] };
    };
    const [bin] = spec.data.values;
    expect(bin.start).toBeLessThan(5);
    expect(bin.end).toBeGreaterThan(5);
  });

  it('uses a UTC time axis for datetime bins, with German month names', async () => {
    const spec = histogramSpec(dateColumn.numeric!.histogram, { temporal: true });
    const svg = await renderChartSvg(spec, { lang: 'de' });
    expect(barPaths(svg)).toHaveLength(6);
    expect(svg).toContain('>Juli<');
    const en = await renderChartSvg(spec, { lang: 'en' });
    expect(en).toContain('>July<');
  });
});

describe('topValuesSpec', () => {
  it('draws the values most frequent first, plus a grey bar for the other values', async () => {
    const svg = await renderChartSvg(
      topValuesSpec(
        [
          { value: 'no', count: 900 },
          { value: '', count: 60 },
        ],
        { otherCount: 40, otherLabel: '(other values)' },
      ),
    );
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.indexOf('no')).toBeLessThan(labels.indexOf('""'));
    expect(labels.indexOf('""')).toBeLessThan(labels.indexOf('(other values)'));
    expect(labels).toContain('900');
    expect(svg).toContain('fill="#a8b3c0"');
  });
});

describe('distributionSpec', () => {
  it('chooses a histogram for numbers and dates, top values for categories, nothing when empty', () => {
    const mark = (c: ColumnProfile) => {
      const spec = distributionSpec(c) as { mark?: { type: string }; layer?: unknown[] } | undefined;
      return spec === undefined ? 'none' : spec.mark?.type === 'bar' ? 'histogram' : 'bars';
    };
    expect(mark(ageColumn)).toBe('histogram');
    expect(mark(dateColumn)).toBe('histogram');
    expect(mark(jobColumn)).toBe('bars');
    expect(mark({ ...jobColumn, top: [] })).toBe('none');
  });

  it('counts the rows outside the top values as other values', () => {
    const spec = distributionSpec(jobColumn, 'de') as { data: { values: { label: string; value: number }[] } };
    const other = spec.data.values.at(-1)!;
    expect(other.label).toBe('(andere Werte)');
    expect(other.value).toBe(1000 - 81 - (253 + 225 + 164 + 96 + 71 + 9));
  });
});
