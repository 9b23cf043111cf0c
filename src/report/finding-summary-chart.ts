/**
 * @module report/finding-summary-chart
 * How many findings each check raised, as horizontal bars stacked by severity (error, warning, note), in the
 * order of the check list.
 *
 * @example
 * ```ts
 * import { findingSummarySpec } from './finding-summary-chart.js';
 * const spec = findingSummarySpec(profile.findings, { lang: 'en' });
 * ```
 */
import { CHECK_IDS, type Finding, type Severity } from '../quality/finding.js';
import { formatMessage, type Language } from '../util/messages.js';
import { CHART_COLORS } from './chart-theme.js';
import type { VegaLiteSpec } from './render-chart.js';

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = Object.freeze(['error', 'warning', 'info'] as const);

/** Options of {@link findingSummarySpec}. */
export interface FindingSummaryOptions {
  readonly lang?: Language;
  readonly title?: string;
}

/**
 * Build the spec of the findings-per-check chart, or `undefined` when there are no findings.
 *
 * @example
 * ```ts
 * findingSummarySpec([{ check: 'missing', severity: 'warning', column: 'a', columns: ['a'], count: 3,
 *   examples: [1], message: '', suggestion: '' }]);
 * ```
 */
export function findingSummarySpec(
  findings: readonly Finding[],
  options: FindingSummaryOptions = {},
): VegaLiteSpec | undefined {
  if (findings.length === 0) return undefined;
  const lang = options.lang ?? 'en';
  const label = (s: Severity): string => formatMessage(`report.badge.${s}`, {}, lang);
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.check}\u0000${f.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const checks = CHECK_IDS.filter((c) => findings.some((f) => f.check === c));
  const values = checks.flatMap((check, order) =>
    SEVERITIES.filter((s) => counts.has(`${check}\u0000${s}`)).map((s) => ({
      check,
      order,
      severity: label(s),
      rank: SEVERITIES.indexOf(s),
      count: counts.get(`${check}\u0000${s}`),
    })),
  );
  return {
    ...(options.title === undefined ? {} : { title: options.title, description: options.title }),
    width: 320,
    height: { step: 18 },
    data: { values },
    mark: { type: 'bar', height: { band: 0.8 } },
    encoding: {
      y: { field: 'check', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' } },
      x: {
        field: 'count',
        type: 'quantitative',
        title: formatMessage('report.label.findings', {}, lang),
        axis: { format: 'd', tickMinStep: 1 },
      },
      color: {
        field: 'severity',
        type: 'nominal',
        title: null,
        scale: {
          domain: SEVERITIES.map(label),
          range: [CHART_COLORS.error, CHART_COLORS.warning, CHART_COLORS.info],
        },
        legend: { orient: 'bottom' },
      },
      order: { field: 'rank', type: 'quantitative' },
    },
  } as VegaLiteSpec;
}
