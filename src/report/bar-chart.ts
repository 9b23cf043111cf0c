/**
 * @module report/bar-chart
 * A generic bar chart spec from plain `{ label, value }` rows: horizontal (one bar per label, in the given
 * order) or vertical, optional value labels at the bar ends and optional per-bar colours. The building block
 * of top-value, missingness and finding charts.
 *
 * @example
 * ```ts
 * import { barChartSpec } from './bar-chart.js';
 * const spec = barChartSpec([{ label: 'admin.', value: 10422 }, { label: 'blue-collar', value: 9254 }], {
 *   valueTitle: 'Rows', valueFormat: ',d', showValues: true,
 * });
 * ```
 */
import { CHART_COLORS } from './chart-theme.js';
import type { VegaLiteSpec } from './render-chart.js';

/** One bar. */
export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** A CSS colour for this bar; bars without one use the theme colour. */
  readonly color?: string;
}

/** Options of {@link barChartSpec}. */
export interface BarChartOptions {
  readonly title?: string;
  /** Axis title of the values. */
  readonly valueTitle?: string;
  /** Axis title of the labels (none by default). */
  readonly labelTitle?: string;
  /** `horizontal` (default): labels on the y axis, read top to bottom in the given order. */
  readonly orientation?: 'horizontal' | 'vertical';
  /** d3 number format of the value axis and value labels, e.g. `,d` or `.1%`. */
  readonly valueFormat?: string;
  /** Upper end of the value axis (e.g. 1 for shares); default: fitted to the data. */
  readonly valueMax?: number;
  /** Write each value at the end of its bar. */
  readonly showValues?: boolean;
  /** Width of the plot area in px (default 360). */
  readonly width?: number;
  /** Thickness of one bar slot in px (default 18); the chart grows with the number of bars. */
  readonly step?: number;
  /** Height in px of a vertical chart (default 160). */
  readonly height?: number;
}

/**
 * Build the vega-lite spec of a bar chart. Bars keep the order of `data`.
 *
 * @example
 * ```ts
 * barChartSpec([{ label: 'a', value: 0.2 }], { valueFormat: '.0%', valueMax: 1 });
 * ```
 */
export function barChartSpec(data: readonly BarDatum[], options: BarChartOptions = {}): VegaLiteSpec {
  const horizontal = (options.orientation ?? 'horizontal') === 'horizontal';
  const colored = data.some((d) => d.color !== undefined);
  const values = data.map((d, i) => ({
    label: d.label,
    value: d.value,
    order: i,
    ...(colored ? { color: d.color ?? CHART_COLORS.primary } : {}),
  }));
  const valueChannel = {
    field: 'value',
    type: 'quantitative' as const,
    title: options.valueTitle ?? null,
    ...(options.valueMax === undefined ? {} : { scale: { domain: [0, options.valueMax] } }),
    axis: { ...(options.valueFormat === undefined ? {} : { format: options.valueFormat }), tickCount: 5 },
  };
  const labelChannel = {
    field: 'label',
    type: 'nominal' as const,
    title: options.labelTitle ?? null,
    sort: { field: 'order', order: 'ascending' as const },
    axis: { labelLimit: 200, ticks: false },
  };
  const encoding = horizontal ? { x: valueChannel, y: labelChannel } : { x: labelChannel, y: valueChannel };
  const bar = {
    mark: { type: 'bar' as const, ...(horizontal ? { height: { band: 0.8 } } : { width: { band: 0.8 } }) },
    encoding: colored ? { color: { field: 'color', type: 'nominal' as const, scale: null, legend: null } } : {},
  };
  const layers: object[] = [bar];
  if (options.showValues) {
    layers.push({
      mark: {
        type: 'text',
        align: horizontal ? 'left' : 'center',
        baseline: horizontal ? 'middle' : 'bottom',
        dx: horizontal ? 3 : 0,
        dy: horizontal ? 0 : -2,
        fontSize: 10,
        color: '#52606d',
        aria: false,
      },
      encoding: { text: { field: 'value', type: 'quantitative', format: options.valueFormat ?? ',' } },
    });
  }
  const size = horizontal
    ? { width: options.width ?? 360, height: { step: options.step ?? 18 } }
    : { width: { step: options.step ?? 18 }, height: options.height ?? 160 };
  return {
    ...(options.title === undefined ? {} : { title: options.title, description: options.title }),
    ...size,
    data: { values },
    encoding,
    layer: layers,
  } as VegaLiteSpec;
}
