/**
 * @module report/histogram-chart
 * Distribution charts of one column: a histogram from precomputed bins (`{ edges, counts }`, numbers or epoch-ms
 * datetimes) and a bar chart of the most frequent values of a categorical column, plus the rule choosing one
 * for a `ColumnProfile`.
 *
 * @example
 * ```ts
 * import { histogramSpec, distributionSpec } from './histogram-chart.js';
 * histogramSpec({ edges: [0, 10, 20], counts: [5, 3] }, { xTitle: 'age' });
 * distributionSpec(profile.columns[0], 'de'); // histogram or top-values chart, or undefined
 * ```
 */
import type { ColumnProfile, Histogram, ValueCount } from '../quality/column-profile.js';
import { formatMessage, type Language } from '../util/messages.js';
import { type BarDatum, barChartSpec } from './bar-chart.js';
import { CHART_COLORS } from './chart-theme.js';
import type { VegaLiteSpec } from './render-chart.js';

/** Options of {@link histogramSpec}. */
export interface HistogramOptions {
  readonly title?: string;
  readonly xTitle?: string;
  /** Axis title of the counts (default none). */
  readonly yTitle?: string;
  /** Edges are epoch milliseconds: draw a time axis (UTC). */
  readonly temporal?: boolean;
  /** Plot area in px (default 360 × 140). */
  readonly width?: number;
  readonly height?: number;
  readonly color?: string;
}

/**
 * Build the vega-lite spec of a histogram from bin edges and counts. A single bin of zero width (a constant
 * column) is widened so it stays visible.
 *
 * @example
 * ```ts
 * histogramSpec({ edges: [17, 30, 45, 60, 98], counts: [7000, 20000, 12000, 2000] }, { xTitle: 'age', yTitle: 'Rows' });
 * ```
 */
export function histogramSpec(histogram: Histogram, options: HistogramOptions = {}): VegaLiteSpec {
  const { edges, counts } = histogram;
  const values = counts.map((count, i) => {
    let start = edges[i];
    let end = edges[i + 1];
    if (end === start) {
      const pad = options.temporal ? 43_200_000 : Math.max(Math.abs(start) * 0.05, 0.5);
      start -= pad;
      end += pad;
    }
    return { start, end, count };
  });
  const x = options.temporal
    ? { field: 'start', type: 'temporal', scale: { type: 'utc' }, title: options.xTitle ?? null }
    : { field: 'start', type: 'quantitative', bin: { binned: true }, title: options.xTitle ?? null };
  return {
    ...(options.title === undefined ? {} : { title: options.title, description: options.title }),
    width: options.width ?? 360,
    height: options.height ?? 140,
    data: { values },
    mark: {
      type: 'bar',
      color: options.color ?? CHART_COLORS.primary,
      binSpacing: 1,
      // time bins have no bin spacing: a thin white outline separates them
      ...(options.temporal ? { stroke: 'white', strokeWidth: 1 } : {}),
    },
    encoding: {
      x: { ...x, axis: { tickCount: 6, labelOverlap: true } },
      x2: { field: 'end' },
      y: { field: 'count', type: 'quantitative', title: options.yTitle ?? null, axis: { tickCount: 4 } },
      y2: { datum: 0 },
    },
  } as VegaLiteSpec;
}

/** Options of {@link topValuesSpec}. */
export interface TopValuesOptions {
  readonly title?: string;
  readonly valueTitle?: string;
  /** Rows that are neither missing nor among `top`: drawn as one grey bar labelled `otherLabel`. */
  readonly otherCount?: number;
  readonly otherLabel?: string;
  readonly width?: number;
}

/**
 * Build the spec of a horizontal bar chart of the most frequent values, most frequent on top. Empty strings
 * are shown as `""` so the bar has a visible label.
 *
 * @example
 * ```ts
 * topValuesSpec([{ value: 'yes', count: 4640 }, { value: 'no', count: 36548 }], { valueTitle: 'Rows' });
 * ```
 */
export function topValuesSpec(top: readonly ValueCount[], options: TopValuesOptions = {}): VegaLiteSpec {
  const bars: BarDatum[] = top.map((t) => ({ label: t.value === '' ? '""' : t.value, value: t.count }));
  if (options.otherCount !== undefined && options.otherCount > 0) {
    bars.push({ label: options.otherLabel ?? '(other)', value: options.otherCount, color: CHART_COLORS.muted });
  }
  return barChartSpec(bars, {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.valueTitle === undefined ? {} : { valueTitle: options.valueTitle }),
    valueFormat: ',d',
    showValues: true,
    width: options.width ?? 300,
  });
}

/**
 * The distribution chart for a column profile: a histogram for numeric, integer and datetime columns with
 * bins, a top-values chart for the others (or when there are no bins), nothing when there is nothing to draw.
 *
 * @example
 * ```ts
 * const spec = distributionSpec(column, 'en');
 * if (spec) svg = await renderChartSvg(spec);
 * ```
 */
export function distributionSpec(column: ColumnProfile, lang: Language = 'en'): VegaLiteSpec | undefined {
  const rowsTitle = formatMessage('report.label.rows', {}, lang);
  const histogram = column.numeric?.histogram;
  if (
    histogram !== undefined &&
    histogram.counts.length > 0 &&
    histogram.edges.length === histogram.counts.length + 1
  ) {
    return histogramSpec(histogram, { yTitle: rowsTitle, temporal: column.type === 'datetime' });
  }
  if (column.top.length === 0) return undefined;
  const shown = column.top.reduce((sum, t) => sum + t.count, 0);
  return topValuesSpec(column.top, {
    valueTitle: rowsTitle,
    otherCount: column.rows - column.missing - shown,
    otherLabel: formatMessage('report.label.otherValues', {}, lang),
  });
}
