/**
 * @module report/terminal-summary
 * The terminal output of `leitwerk inspect`: a header line (source, rows, columns, seconds), a compact column
 * table (name, type, missing %, unique, range or top value), the findings grouped by severity with count,
 * share and first example rows, and a totals line ("3 errors, 12 warnings, 5 notes"). ANSI colours only when
 * asked for. The CLI prints the string as it is.
 *
 * @example
 * ```ts
 * import { formatInspectSummary } from './terminal-summary.js';
 * process.stdout.write(formatInspectSummary(profile, { color: process.stdout.isTTY, lang: 'en', width: 100 }));
 * ```
 */
import type { ColumnProfile, TableProfile } from '../quality/column-profile.js';
import { compareFindings, type Finding } from '../quality/finding.js';
import { formatMessage, type Language } from '../util/messages.js';
import { SEVERITIES } from './finding-summary-chart.js';
import { formatCount, formatNumber, formatShare } from './format-value.js';
import {
  columnGist,
  countBySeverity,
  findingMessage,
  findingSuggestion,
  formatTotals,
  severityHeading,
  totalSeconds,
  typeLabel,
} from './report-text.js';
import {
  padEnd,
  padStart,
  painter,
  SEVERITY_MARK,
  SEVERITY_STYLE,
  truncate,
  visibleLength,
  wrap,
} from './terminal-text.js';

/** Options of {@link formatInspectSummary}. */
export interface TerminalSummaryOptions {
  /** Use ANSI colours (pass `stdout.isTTY && !NO_COLOR`). */
  readonly color: boolean;
  readonly lang?: Language;
  /** Line width to fit (default 100, at least 60). */
  readonly width?: number;
  /** At most this many columns in the column table (default 40). */
  readonly maxColumns?: number;
  /** At most this many findings per severity (default 25). */
  readonly maxFindings?: number;
}

function columnTable(columns: readonly ColumnProfile[], lang: Language, width: number, max: number): string[] {
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  const shown = columns.slice(0, max);
  const rows = shown.map((c) => [
    c.name,
    typeLabel(c.type, lang),
    formatShare(c.rows > 0 ? c.missing / c.rows : 0, lang),
    formatCount(c.unique, lang),
    columnGist(c, lang),
  ]);
  const head = [
    t('report.head.column'),
    t('report.head.type'),
    t('report.head.missing'),
    t('report.head.unique'),
    t('report.head.topOrRange'),
  ];
  const widths = [0, 1, 2, 3].map((k) => Math.max(visibleLength(head[k]), ...rows.map((r) => visibleLength(r[k]))));
  // the last column gets at least 12 characters; the name column gives way first (down to 8)
  const others = widths[1] + widths[2] + widths[3] + 2 * 4;
  const nameWidth = Math.max(8, Math.min(28, widths[0], width - others - 12));
  const lastWidth = Math.max(12, width - others - nameWidth);
  const line = (r: string[]) =>
    [
      padEnd(truncate(r[0], nameWidth), nameWidth),
      padEnd(r[1], widths[1]),
      padStart(r[2], widths[2]),
      padStart(r[3], widths[3]),
      truncate(r[4], lastWidth),
    ]
      .join('  ')
      .trimEnd();
  const out = [line(head), ...rows.map(line)];
  if (columns.length > shown.length)
    out.push(formatMessage('report.summary.moreColumns', { n: columns.length - shown.length }, lang));
  return out;
}

function findingHead(f: Finding, lang: Language): string {
  const parts: string[] = [f.check];
  if (f.columns.length > 0) parts.push(f.columns.join(', '));
  let count = formatCount(f.count, lang);
  if (f.share !== undefined) count += ` (${formatShare(f.share, lang)})`;
  parts.push(count);
  if (f.examples.length > 0) {
    parts.push(
      formatMessage('report.summary.rows', { rows: f.examples.map((r) => formatCount(r, lang)).join(', ') }, lang),
    );
  }
  return parts.join(' · ');
}

/**
 * Format the terminal summary of a profile. Ends with a newline.
 *
 * @example
 * ```ts
 * formatInspectSummary(profile, { color: false });
 * // 'bank.csv: 41,188 rows × 21 columns, checked in 1.2 s\n\nColumn  Type …\n…\n3 errors, 12 warnings, 5 notes\n'
 * ```
 */
export function formatInspectSummary(profile: TableProfile, options: TerminalSummaryOptions): string {
  const lang = options.lang ?? 'en';
  const width = Math.max(60, options.width ?? 100);
  const paint = painter(options.color);
  const out: string[] = [];
  const header = formatMessage(
    'report.summary.header',
    {
      source: profile.source,
      rows: formatCount(profile.rows, lang),
      columns: formatCount(profile.columns.length, lang),
      seconds: formatNumber(Math.round(totalSeconds(profile) * 10) / 10, lang),
    },
    lang,
  );
  for (const l of wrap(header, width)) out.push(paint('bold', l));
  if (profile.target !== undefined) out.push(formatMessage('report.target', { target: profile.target }, lang));
  for (const note of profile.notes) out.push(paint('dim', truncate(note, width)));
  out.push('');
  const table = columnTable(profile.columns, lang, width, options.maxColumns ?? 40);
  out.push(paint('bold', table[0]), ...table.slice(1));

  const sorted = [...profile.findings].sort(compareFindings);
  const max = options.maxFindings ?? 25;
  for (const severity of SEVERITIES) {
    const group = sorted.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('');
    out.push(
      paint(
        'bold',
        paint(SEVERITY_STYLE[severity], `${severityHeading(severity, lang)} (${formatCount(group.length, lang)})`),
      ),
    );
    for (const f of group.slice(0, max)) {
      const mark = paint(SEVERITY_STYLE[severity], SEVERITY_MARK[severity]);
      out.push(`${mark} ${truncate(findingHead(f, lang), width - 2)}`);
      for (const l of wrap(findingMessage(f, lang), width - 4)) out.push(`    ${l}`);
      const suggestion = findingSuggestion(f, lang);
      if (suggestion !== '') for (const l of wrap(`→ ${suggestion}`, width - 4)) out.push(`    ${paint('dim', l)}`);
    }
    if (group.length > max)
      out.push(paint('dim', `  ${formatMessage('report.summary.moreFindings', { n: group.length - max }, lang)}`));
  }
  out.push('');
  const counts = countBySeverity(profile.findings);
  const totals = formatTotals(counts, lang);
  const worst = SEVERITIES.find((s) => counts[s] > 0);
  out.push(worst === undefined ? paint('bold', totals) : paint('bold', paint(SEVERITY_STYLE[worst], totals)));
  return `${out.join('\n')}\n`;
}
