/**
 * @module report/report-text
 * Localized texts shared by the HTML report and the terminal summary: a finding's message and suggestion in the
 * reader's language (from the catalogue ids the finding carries, else its English text), type and severity
 * labels, and the "3 errors, 12 warnings, 5 notes" line.
 *
 * @example
 * ```ts
 * import { findingMessage, formatTotals, countBySeverity } from './report-text.js';
 * findingMessage(finding, 'de');
 * formatTotals(countBySeverity(profile.findings), 'en'); // '1 error, 2 warnings, 0 notes'
 * ```
 */
import type { ColumnType } from '../data/column.js';
import type { ColumnProfile, TableProfile } from '../quality/column-profile.js';
import type { Finding, Severity } from '../quality/finding.js';
import { formatMessage, isMessageId, type Language } from '../util/messages.js';
import { formatCount, formatInstant, formatNumber, formatShare } from './format-value.js';

/**
 * The finding's sentence in `lang`: rendered from `messageId` + `params` when the catalogue knows the id,
 * otherwise the English `message` as it came.
 *
 * @example
 * ```ts
 * findingMessage({ ...finding, messageId: 'file.empty', params: { file: 'x.csv' } }, 'de'); // 'x.csv ist leer'
 * ```
 */
export function findingMessage(finding: Finding, lang: Language): string {
  if (lang !== 'en' && finding.messageId !== undefined && isMessageId(finding.messageId)) {
    return formatMessage(finding.messageId, finding.params ?? {}, lang);
  }
  return finding.message;
}

/**
 * The finding's advice in `lang` (see {@link findingMessage}).
 *
 * @example
 * ```ts
 * findingSuggestion(finding, 'en'); // finding.suggestion
 * ```
 */
export function findingSuggestion(finding: Finding, lang: Language): string {
  if (lang !== 'en' && finding.suggestionId !== undefined && isMessageId(finding.suggestionId)) {
    return formatMessage(finding.suggestionId, finding.params ?? {}, lang);
  }
  return finding.suggestion;
}

/**
 * The name of a column type for people.
 *
 * @example
 * ```ts
 * typeLabel('categorical', 'de'); // 'kategorial'
 * ```
 */
export function typeLabel(type: ColumnType, lang: Language): string {
  return formatMessage(`report.type.${type}`, {}, lang);
}

/**
 * The short badge word of a severity (`error`, `warning`, `note`).
 *
 * @example
 * ```ts
 * severityBadge('info', 'de'); // 'Hinweis'
 * ```
 */
export function severityBadge(severity: Severity, lang: Language): string {
  return formatMessage(`report.badge.${severity}`, {}, lang);
}

/**
 * The heading of a severity group (`Errors`, `Warnings`, `Notes`).
 *
 * @example
 * ```ts
 * severityHeading('warning', 'en'); // 'Warnings'
 * ```
 */
export function severityHeading(severity: Severity, lang: Language): string {
  return formatMessage(`report.severity.${severity}`, {}, lang);
}

/**
 * How many findings there are of each severity.
 *
 * @example
 * ```ts
 * countBySeverity(profile.findings); // { error: 1, warning: 4, info: 2 }
 * ```
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * A count of one severity with the right plural (`1 error`, `2 errors`).
 *
 * @example
 * ```ts
 * formatSeverityCount('warning', 12, 'de'); // '12 Warnungen'
 * ```
 */
export function formatSeverityCount(severity: Severity, n: number, lang: Language): string {
  const id = n === 1 ? (`report.count.${severity}.one` as const) : (`report.count.${severity}.other` as const);
  return formatMessage(id, { n: formatCount(n, lang) }, lang);
}

/**
 * The totals line: `3 errors, 12 warnings, 5 notes`.
 *
 * @example
 * ```ts
 * formatTotals({ error: 1, warning: 0, info: 2 }, 'en'); // '1 error, 0 warnings, 2 notes'
 * ```
 */
export function formatTotals(counts: Readonly<Record<Severity, number>>, lang: Language): string {
  return (['error', 'warning', 'info'] as const).map((s) => formatSeverityCount(s, counts[s], lang)).join(', ');
}

/**
 * Total seconds of a profiling run: `timings.total` when recorded, else the sum of the phases.
 *
 * @example
 * ```ts
 * totalSeconds({ timings: { read: 0.5, checks: 0.7 } } as TableProfile); // 1.2
 * ```
 */
export function totalSeconds(profile: Pick<TableProfile, 'timings'>): number {
  // `total` covers the whole run; the phases overlap it (and each other), so they are summed only without it.
  const total = profile.timings.total;
  if (total !== undefined && Number.isFinite(total)) return total;
  let sum = 0;
  for (const v of Object.values(profile.timings)) if (Number.isFinite(v)) sum += v;
  return sum;
}

/**
 * One short phrase that characterises a column: the range of a numeric or datetime column, else the most
 * frequent value with its share of the rows.
 *
 * @example
 * ```ts
 * columnGist(ageProfile, 'en'); // '17 – 98'
 * columnGist(jobProfile, 'en'); // 'admin. (25.3 %)'
 * ```
 */
export function columnGist(column: ColumnProfile, lang: Language): string {
  const n = column.numeric;
  if (n !== undefined && Number.isFinite(n.min)) {
    if (column.type === 'datetime') return `${formatInstant(n.min)} – ${formatInstant(n.max)}`;
    return `${formatNumber(n.min, lang)} – ${formatNumber(n.max, lang)}`;
  }
  const top = column.top[0];
  if (top === undefined) return '–';
  const value = top.value === '' ? '""' : top.value;
  return column.rows > 0 ? `${value} (${formatShare(top.count / column.rows, lang)})` : value;
}
