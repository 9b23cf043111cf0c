/**
 * @module report
 * Render result objects to HTML and terminal text, with charts drawn to SVG offline. Public surface of
 * `report/`: the inspect and training reports, their terminal summaries, the chart renderer and the generic
 * chart builders.
 *
 * @example
 * ```ts
 * import { renderInspectReport, formatInspectSummary } from './report/index.js';
 * const page = await renderInspectReport(profile, { lang: 'de' });
 * console.log(formatInspectSummary(profile, { color: true }));
 * ```
 */
export { type BarChartOptions, type BarDatum, barChartSpec } from './bar-chart.js';
export { CHART_COLORS, FONT_STACK, SERIES_COLORS, chartConfig, chartLocale } from './chart-theme.js';
export { type FindingSummaryOptions, findingSummarySpec } from './finding-summary-chart.js';
export { formatCount, formatInstant, formatNumber, formatShare } from './format-value.js';
export {
  type HistogramOptions,
  type TopValuesOptions,
  distributionSpec,
  histogramSpec,
  topValuesSpec,
} from './histogram-chart.js';
export {
  type HtmlDocumentOptions,
  type HtmlValue,
  SafeHtml,
  escapeHtml,
  html,
  htmlDocument,
  trustedHtml,
} from './html-document.js';
export { type InspectReportOptions, renderInspectReport } from './inspect-report.js';
export {
  type LineChartOptions,
  type LineMark,
  type LinePoint,
  type LineSeries,
  lineChartSpec,
} from './line-chart.js';
export { type MissingShare, type MissingnessOptions, missingShares, missingnessSpec } from './missingness-chart.js';
export { type RenderChartOptions, type VegaLiteSpec, renderChartSvg } from './render-chart.js';
export { type TerminalSummaryOptions, formatInspectSummary } from './terminal-summary.js';
export {
  ANSI,
  SEVERITY_MARK,
  SEVERITY_STYLE,
  type Style,
  padEnd,
  padStart,
  painter,
  truncate,
  visibleLength,
  wrap,
} from './terminal-text.js';
export {
  MAX_CURVE_POINTS,
  calibrationSpec,
  gainsSpec,
  learningCurveSpec,
  prSpec,
  profitSpec,
  rocSpec,
  thinPoints,
} from './train-charts.js';
export {
  formatBytes,
  formatMeanSd,
  formatMetric,
  formatMoney,
  formatParams,
  formatSeconds,
  formatThreshold,
  metricDecimals,
  metricLabel,
  taskLabel,
} from './train-format.js';
export { type TrainReportOptions, renderTrainReport } from './train-report.js';
export { type TrainSummaryOptions, formatTrainSummary } from './train-summary.js';
