/**
 * @module report/line-chart
 * A generic line chart spec from named series of `{ x, y }` points (drawn in the given point order, so curves
 * such as ROC or gains that go back and forth in x are drawn correctly), with an optional diagonal reference
 * line for ROC, gains and calibration charts and optional marked points (the best point of a profit curve).
 *
 * @example
 * ```ts
 * import { lineChartSpec } from './line-chart.js';
 * lineChartSpec([{ name: 'model', points: [{ x: 0, y: 0 }, { x: 0.2, y: 0.7 }, { x: 1, y: 1 }] }], {
 *   xTitle: 'False positive rate', yTitle: 'True positive rate', diagonal: true, xDomain: [0, 1], yDomain: [0, 1],
 * });
 * ```
 */
import { CHART_COLORS } from './chart-theme.js';
import type { VegaLiteSpec } from './render-chart.js';

/** A point of a series. */
export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

/** One named line. */
export interface LineSeries {
  readonly name: string;
  readonly points: readonly LinePoint[];
}

/** A marked point of a line chart. */
export interface LineMark {
  readonly x: number;
  readonly y: number;
  /** Text written next to the dot. */
  readonly label?: string;
}

/** Options of {@link lineChartSpec}. */
export interface LineChartOptions {
  readonly title?: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  /** d3 number formats of the axes, e.g. `.0%`. */
  readonly xFormat?: string;
  readonly yFormat?: string;
  /** Draw a dashed grey line from the lower-left to the upper-right corner of the domains. */
  readonly diagonal?: boolean;
  /** Draw the points as dots too. */
  readonly points?: boolean;
  /** Points to mark with a dot and an optional label (e.g. the best point of a profit curve). */
  readonly marks?: readonly LineMark[];
  /** Plot area in px (default 360 × 240). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * Build the vega-lite spec of a line chart. Several series get a colour each and a legend.
 *
 * @example
 * ```ts
 * lineChartSpec([{ name: 'train', points }, { name: 'valid', points: points2 }], { xTitle: 'Rows', yTitle: 'AUC' });
 * ```
 */
export function lineChartSpec(series: readonly LineSeries[], options: LineChartOptions = {}): VegaLiteSpec {
  const values = series.flatMap((s, si) => s.points.map((p, i) => ({ series: s.name, si, i, x: p.x, y: p.y })));
  const axis = (
    title: string | undefined,
    domain: readonly [number, number] | undefined,
    format: string | undefined,
  ) => ({
    type: 'quantitative' as const,
    title: title ?? null,
    ...(domain === undefined ? {} : { scale: { domain: [...domain], zero: false } }),
    ...(format === undefined ? {} : { axis: { format } }),
  });
  const layers: object[] = [];
  if (options.diagonal) {
    const xs = options.xDomain ?? extent(values.map((v) => v.x));
    const ys = options.yDomain ?? extent(values.map((v) => v.y));
    layers.push({
      data: { values: [{ x: xs[0], y: ys[0], x2: xs[1], y2: ys[1] }] },
      mark: { type: 'rule', color: '#9aa5b1', strokeDash: [4, 4] },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        x2: { field: 'x2' },
        y2: { field: 'y2' },
      },
    });
  }
  layers.push({
    mark: { type: 'line', point: options.points ?? false },
    encoding: {
      x: { field: 'x', ...axis(options.xTitle, options.xDomain, options.xFormat) },
      y: { field: 'y', ...axis(options.yTitle, options.yDomain, options.yFormat) },
      order: { field: 'i', type: 'quantitative' },
      ...(series.length > 1
        ? {
            color: {
              field: 'series',
              type: 'nominal',
              title: null,
              sort: { field: 'si', op: 'min' },
              legend: { orient: 'bottom' },
            },
          }
        : {}),
    },
  });
  if (options.marks !== undefined && options.marks.length > 0) {
    const marks = options.marks.map((m) => ({ x: m.x, y: m.y, label: m.label ?? '' }));
    const position = { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } };
    layers.push(
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, size: 70, color: CHART_COLORS.error },
        encoding: position,
      },
      {
        data: { values: marks },
        mark: { type: 'text', align: 'left', dx: 7, dy: -7, fontSize: 11, color: CHART_COLORS.error },
        encoding: { ...position, text: { field: 'label' } },
      },
    );
  }
  return {
    ...(options.title === undefined ? {} : { title: options.title, description: options.title }),
    width: options.width ?? 360,
    height: options.height ?? 240,
    data: { values },
    layer: layers,
  } as VegaLiteSpec;
}

function extent(xs: readonly number[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}
