/**
 * @module report/chart-theme
 * The look of every leitwerk chart: a system font stack (no web fonts), quiet axes, the palette, and the
 * number/time locales handed to vega for English and German axis labels.
 *
 * @example
 * ```ts
 * import { chartConfig, CHART_COLORS } from './chart-theme.js';
 * const spec = { config: chartConfig, mark: { type: 'bar', color: CHART_COLORS.primary } };
 * ```
 */
import type { Config } from 'vega-lite';
import type { Language } from '../util/messages.js';

/** Fonts installed on the reader's system; charts never load a font. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Named colours shared by charts and the HTML report (severities match the report's badges).
 *
 * @example
 * ```ts
 * CHART_COLORS.error; // '#b42318'
 * ```
 */
export const CHART_COLORS = Object.freeze({
  primary: '#3b6ea8',
  muted: '#a8b3c0',
  error: '#b42318',
  warning: '#b25e09',
  info: '#2f6fb0',
  text: '#1f2933',
  grid: '#e4e7eb',
});

/**
 * A categorical palette for several series (line charts); colour-blind friendly (Okabe–Ito order).
 *
 * @example
 * ```ts
 * SERIES_COLORS[0]; // '#0072b2'
 * ```
 */
export const SERIES_COLORS: readonly string[] = Object.freeze([
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
]);

/**
 * The vega-lite config merged under every chart spec by `renderChartSvg`.
 *
 * @example
 * ```ts
 * compile({ ...spec, config: { ...chartConfig, ...spec.config } });
 * ```
 */
export const chartConfig: Config = {
  font: FONT_STACK,
  background: 'white',
  padding: 6,
  view: { stroke: null },
  title: { fontSize: 13, fontWeight: 600, color: CHART_COLORS.text, anchor: 'start', offset: 8 },
  axis: {
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 600,
    labelColor: CHART_COLORS.text,
    titleColor: CHART_COLORS.text,
    domainColor: '#9aa5b1',
    tickColor: '#9aa5b1',
    gridColor: CHART_COLORS.grid,
    labelLimit: 180,
  },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 180 },
  bar: { color: CHART_COLORS.primary },
  line: { color: CHART_COLORS.primary, strokeWidth: 2 },
  range: { category: [...SERIES_COLORS] },
};

/** Number and time locale definitions (d3-format / d3-time-format), as vega-lite's `config.locale` takes them. */
export type ChartLocale = NonNullable<Config['locale']>;
type NumberLocale = NonNullable<ChartLocale['number']>;
type TimeLocale = NonNullable<ChartLocale['time']>;

const numberLocales: Record<Language, NumberLocale> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  de: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] },
};

const timeLocales: Record<Language, TimeLocale> = {
  en: {
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  de: {
    dateTime: '%A, der %e. %B %Y, %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    shortMonths: ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  },
};

/**
 * The number and time locale definitions for axis labels in a language.
 *
 * @example
 * ```ts
 * chartLocale('de').number.decimal; // ','
 * ```
 */
export function chartLocale(lang: Language): ChartLocale {
  return { number: numberLocales[lang], time: timeLocales[lang] };
}
