import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { histogramSpec } from '../../src/report/histogram-chart.js';
import {
  hoistFontFamily,
  renderChartSvg,
  renumberIds,
  roundCoordinates,
  type VegaLiteSpec,
} from '../../src/report/render-chart.js';
import { ValidationError } from '../../src/util/errors.js';
import { ageColumn } from './sample-profile.js';

const ageHistogram = () => histogramSpec(ageColumn.numeric!.histogram, { xTitle: 'age', yTitle: 'Rows' });

/** A chart with a clipped mark: vega gives it a `clipN` id from a process-wide counter. */
const clippedSpec = (title: string): VegaLiteSpec => ({
  title,
  width: 120,
  height: 60,
  data: {
    values: [
      { a: 1, b: 2 },
      { a: 5, b: 9 },
    ],
  },
  mark: { type: 'line', clip: true },
  encoding: {
    x: { field: 'a', type: 'quantitative', scale: { domain: [0, 3] } },
    y: { field: 'b', type: 'quantitative' },
  },
});

describe('renderChartSvg', () => {
  it('renders a histogram to a standalone SVG (file snapshot)', async () => {
    const svg = await renderChartSvg(ageHistogram());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    // one bar per bin: 9 bins in the sample histogram
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(9);
    expect(svg).toContain('system-ui');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/histogram-age.svg');
  });

  it('gives the same bytes twice, also with other charts rendered in between', async () => {
    const a = await renderChartSvg(clippedSpec('first'));
    await renderChartSvg(clippedSpec('other'));
    await renderChartSvg(ageHistogram());
    const b = await renderChartSvg(clippedSpec('first'));
    vega.resetSVGDefIds();
    const c = await renderChartSvg(clippedSpec('first'));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await renderChartSvg(ageHistogram())).toBe(await renderChartSvg(ageHistogram()));
  });

  it('makes clip ids deterministic and distinct between different charts', async () => {
    const first = await renderChartSvg(clippedSpec('first'));
    const other = await renderChartSvg(clippedSpec('other'));
    const idOf = (svg: string) => /<clipPath id="([^"]+)"/.exec(svg)?.[1];
    expect(idOf(first)).toMatch(/^lw[0-9a-f]{8}-1$/);
    expect(first).toContain(`clip-path="url(#${idOf(first)})"`);
    expect(idOf(other)).not.toBe(idOf(first));
    expect(first).not.toMatch(/id="clip\d+"/);
    const prefixed = await renderChartSvg(clippedSpec('first'), { idPrefix: 'fig3-' });
    expect(idOf(prefixed)).toBe('fig3-1');
  });

  it('escapes titles and axis titles', async () => {
    const svg = await renderChartSvg(
      histogramSpec({ edges: [0, 1, 2], counts: [3, 4] }, { title: '<script>alert(1)</script>', xTitle: 'a & "b"' }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; "b"');
  });

  it('formats axis numbers in German with a decimal comma and a thousands dot', async () => {
    const spec = histogramSpec({ edges: [0, 0.5, 1], counts: [1200, 3400] }, { xTitle: 'x' });
    const de = await renderChartSvg(spec, { lang: 'de' });
    const en = await renderChartSvg(spec, { lang: 'en' });
    expect(de).toContain('>0,4<');
    expect(de).toContain('>3.000<');
    expect(en).toContain('>0.4<');
    expect(en).toContain('>3,000<');
  });

  it('refuses to load data from a URL', async () => {
    const spec = { data: { url: 'https://example.com/data.json' }, mark: 'bar', encoding: {} } as VegaLiteSpec;
    await expect(renderChartSvg(spec)).rejects.toBeInstanceOf(ValidationError);
    await expect(renderChartSvg(spec)).rejects.toThrow('https://example.com/data.json');
    const file = { data: { url: '/etc/passwd' }, mark: 'bar', encoding: {} } as VegaLiteSpec;
    await expect(renderChartSvg(file)).rejects.toThrow('/etc/passwd');
  });
});

describe('roundCoordinates', () => {
  it('rounds numbers in geometry attributes only', () => {
    expect(roundCoordinates('<path d="M0.333333,1.98765h-0.0000001Z"/>', 2)).toBe('<path d="M0.33,1.99h0Z"/>');
    expect(roundCoordinates('<g transform="translate(12.3456,7)"><text>1.23456</text></g>', 1)).toBe(
      '<g transform="translate(12.3,7)"><text>1.23456</text></g>',
    );
    expect(roundCoordinates('<path aria-label="x: 0.123456"/>', 2)).toBe('<path aria-label="x: 0.123456"/>');
  });
});

describe('renumberIds', () => {
  it('renumbers ids and their references in order of appearance', () => {
    const svg =
      '<defs><clipPath id="clip9"/><linearGradient id="gradient_4"/></defs><g clip-path="url(#clip9)" fill="url(#gradient_4)"/><use href="#clip9"/>';
    expect(renumberIds(svg, 'p-')).toBe(
      '<defs><clipPath id="p-1"/><linearGradient id="p-2"/></defs><g clip-path="url(#p-1)" fill="url(#p-2)"/><use href="#p-1"/>',
    );
  });

  it('derives the same prefix whatever the original counter values were', () => {
    const a = renumberIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"/>');
    const b = renumberIds('<clipPath id="clip57"/><g clip-path="url(#clip57)"/>');
    expect(a).toBe(b);
    expect(renumberIds('<g/>')).toBe('<g/>');
  });
});

describe('hoistFontFamily', () => {
  it('moves a single repeated font family to the root element', () => {
    expect(
      hoistFontFamily(
        '<svg a="1"><text font-family="A, &quot;B&quot;">x</text><text font-family="A, &quot;B&quot;">y</text></svg>',
      ),
    ).toBe('<svg font-family="A, &quot;B&quot;" a="1"><text>x</text><text>y</text></svg>');
    const mixed = '<svg><text font-family="A">x</text><text font-family="B">y</text></svg>';
    expect(hoistFontFamily(mixed)).toBe(mixed);
  });
});
