/**
 * @module report/render-chart
 * Render a vega-lite spec to an SVG string in Node, offline and deterministically: vega-lite compiles to vega,
 * a headless `vega.View` draws it with `toSVG()`, and the view is finalized. The loader refuses every URL
 * and file, so a chart can never reach the network. vega numbers clip paths and gradients with process-wide
 * counters; the ids are rewritten to a prefix derived from the chart's content, so the same chart gives the
 * same bytes in any order and several charts can share one HTML page without id clashes. Coordinates are
 * rounded and the repeated font stack is hoisted to the root element, which halves the size of a chart.
 *
 * @example
 * ```ts
 * import { renderChartSvg } from './render-chart.js';
 * const svg = await renderChartSvg({ data: { values: [{ a: 'x', n: 3 }] }, mark: 'bar',
 *   encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'n', type: 'quantitative' } } });
 * ```
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { ValidationError } from '../util/errors.js';
import type { Language } from '../util/messages.js';
import { chartConfig, chartLocale } from './chart-theme.js';

/** A vega-lite top-level spec. Data must be inline (`data: { values }`). */
export type VegaLiteSpec = TopLevelSpec;

/** Options of {@link renderChartSvg}. */
export interface RenderChartOptions {
  /** Language of axis number and date labels (decimal comma in German). Default `en`. */
  readonly lang?: Language;
  /** Prefix for the ids inside the SVG (clip paths, gradients). Default: derived from the chart's content. */
  readonly idPrefix?: string;
  /** Decimals kept in coordinates (`d`, `transform`, `x`, …). Default 2; text is never rounded. */
  readonly precision?: number;
}

/** A loader that refuses everything and remembers what was asked for. */
function refusingLoader(refused: string[]): vega.Loader {
  const refuse = (uri: string): Promise<never> => {
    refused.push(uri);
    return Promise.reject(new ValidationError('report.chartNoNetwork', { uri }));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/**
 * Render a vega-lite spec to a standalone SVG string. The theme of `chart-theme.ts` is merged under the
 * spec's own `config`. Throws `ValidationError` when the spec asks to load data or images from anywhere.
 *
 * @example
 * ```ts
 * const svg = await renderChartSvg(histogramSpec(profile.columns[0].numeric!.histogram, { xTitle: 'age' }), { lang: 'de' });
 * svg.startsWith('<svg'); // true
 * ```
 */
export async function renderChartSvg(spec: VegaLiteSpec, options: RenderChartOptions = {}): Promise<string> {
  const lang = options.lang ?? 'en';
  const config = { ...chartConfig, locale: chartLocale(lang), ...spec.config };
  const logger = vega.logger(vega.Error);
  const compiled = compile({ ...spec, config } as VegaLiteSpec, { logger }).spec;
  const refused: string[] = [];
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    loader: refusingLoader(refused),
    logger,
    logLevel: vega.Error,
  });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  if (refused.length > 0) throw new ValidationError('report.chartNoNetwork', { uri: refused[0] });
  svg = hoistFontFamily(roundCoordinates(svg, options.precision ?? 2));
  return renumberIds(svg, options.idPrefix);
}

/**
 * Move a `font-family` that every text element repeats onto the root `<svg>` element, where it is inherited
 * (about half the bytes of a chart are otherwise the repeated font stack). SVGs with several fonts are kept.
 *
 * @example
 * ```ts
 * hoistFontFamily('<svg a="1"><text font-family="Arial">x</text></svg>'); // '<svg font-family="Arial" a="1"><text>x</text></svg>'
 * ```
 */
export function hoistFontFamily(svg: string): string {
  const families = new Set<string>();
  for (const m of svg.matchAll(/\sfont-family="([^"]*)"/g)) families.add(m[1]);
  if (families.size !== 1 || !svg.startsWith('<svg ')) return svg;
  const [family] = families;
  return `<svg font-family="${family}" ${svg.slice(5).replace(/\sfont-family="[^"]*"/g, '')}`;
}

const COORDINATE_ATTRIBUTES = /\s(d|transform|x|y|x1|x2|y1|y2|width|height|r|cx|cy|dx|dy|points)="([^"]*)"/g;
const DECIMAL = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;

/**
 * Round the numbers in geometry attributes to `precision` decimals (smaller files; the same bytes whatever
 * the last bits of floating-point arithmetic were). Text content and labels are left as they are.
 *
 * @example
 * ```ts
 * roundCoordinates('<path d="M0.3333333,1"/>', 2); // '<path d="M0.33,1"/>'
 * ```
 */
export function roundCoordinates(svg: string, precision: number): string {
  const factor = 10 ** precision;
  return svg.replace(COORDINATE_ATTRIBUTES, (_whole, name: string, value: string) => {
    const rounded = value.replace(DECIMAL, (num) => {
      const r = Math.round(Number(num) * factor) / factor;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return ` ${name}="${rounded}"`;
  });
}

/**
 * Replace every `id` in the SVG (and its `url(#…)` / `href="#…"` references) by `prefix` + a number in order
 * of first appearance. Without a prefix, one is derived from a hash of the SVG with its ids blanked.
 *
 * @example
 * ```ts
 * renumberIds('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', 'c-'); // '<clipPath id="c-1"/><g clip-path="url(#c-1)"/>'
 * ```
 */
export function renumberIds(svg: string, prefix?: string): string {
  const ids: string[] = [];
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.includes(match[1])) ids.push(match[1]);
  }
  if (ids.length === 0) return svg;
  const base = prefix ?? `lw${hashText(svg.replace(/\sid="[^"]+"|url\(#[^)]+\)|href="#[^"]+"/g, ''))}-`;
  const next = new Map(ids.map((id, i) => [id, `${base}${i + 1}`]));
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (whole, a: string, id: string, b: string) =>
      next.has(id) ? `${a}${next.get(id)}${b}` : whole,
    )
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (next.has(id) ? `url(#${next.get(id)})` : whole))
    .replace(/(href=")#([^"]+)(")/g, (whole, a: string, id: string, b: string) =>
      next.has(id) ? `${a}#${next.get(id)}${b}` : whole,
    );
}

/** FNV-1a 32-bit hash as 8 hex digits: stable across runs and platforms. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
