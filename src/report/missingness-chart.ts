/**
 * @module report/missingness-chart
 * The missing share of each column as horizontal bars, most missing on top. Columns without missing values
 * are left out; for wide tables only the `limit` worst columns are drawn.
 *
 * @example
 * ```ts
 * import { missingShares, missingnessSpec } from './missingness-chart.js';
 * const shares = missingShares(profile.columns);
 * const spec = missingnessSpec(shares, { lang: 'de' });
 * ```
 */
import type { ColumnProfile } from '../quality/column-profile.js';
import { formatMessage, type Language } from '../util/messages.js';
import { barChartSpec } from './bar-chart.js';
import { CHART_COLORS } from './chart-theme.js';
import type { VegaLiteSpec } from './render-chart.js';

/** The missing cells of one column. */
export interface MissingShare {
  readonly name: string;
  readonly missing: number;
  /** `missing / rows` (0 for an empty table). */
  readonly share: number;
}

/**
 * The columns that have missing values, most missing first (ties in column order).
 *
 * @example
 * ```ts
 * missingShares(profile.columns)[0]; // { name: 'default', missing: 8597, share: 0.2087 }
 * ```
 */
export function missingShares(columns: readonly ColumnProfile[]): MissingShare[] {
  return columns
    .map((c, i) => ({ name: c.name, missing: c.missing, share: c.rows > 0 ? c.missing / c.rows : 0, i }))
    .filter((c) => c.missing > 0)
    .sort((a, b) => b.share - a.share || a.i - b.i)
    .map(({ name, missing, share }) => ({ name, missing, share }));
}

/** Options of {@link missingnessSpec}. */
export interface MissingnessOptions {
  readonly lang?: Language;
  readonly title?: string;
  /** At most this many bars (default 40). */
  readonly limit?: number;
}

/**
 * Build the spec of the missingness chart, or `undefined` when no column has missing values. Bars above 50 %
 * are drawn in the error colour, above 5 % in the warning colour.
 *
 * @example
 * ```ts
 * missingnessSpec([{ name: 'age', missing: 3, share: 0.3 }], { lang: 'en' });
 * ```
 */
export function missingnessSpec(
  shares: readonly MissingShare[],
  options: MissingnessOptions = {},
): VegaLiteSpec | undefined {
  if (shares.length === 0) return undefined;
  const lang = options.lang ?? 'en';
  const shown = shares.slice(0, options.limit ?? 40);
  const bars = shown.map((s) => ({
    label: s.name,
    value: s.share,
    color: s.share > 0.5 ? CHART_COLORS.error : s.share > 0.05 ? CHART_COLORS.warning : CHART_COLORS.primary,
  }));
  return barChartSpec(bars, {
    ...(options.title === undefined ? {} : { title: options.title }),
    valueTitle: formatMessage('report.label.missingShare', {}, lang),
    valueFormat: '.1%',
    valueMax: Math.min(1, Math.max(...shown.map((s) => s.share)) * 1.15),
    showValues: true,
    width: 420,
  });
}
