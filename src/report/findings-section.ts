/**
 * @module report/findings-section
 * The findings part of the inspect report: one table per severity (badge, check, column, count, share,
 * example rows, message, what to do, optional details), and the data-bias section that lays out the group
 * tables carried by `bias-label-gap` / `bias-group-size` findings.
 *
 * @example
 * ```ts
 * import { findingsTablesHtml, biasSectionHtml } from './findings-section.js';
 * findingsTablesHtml(profile.findings, { lang: 'en', columnAnchor: (name) => '#col-0' });
 * ```
 */
import { compareFindings, type Finding } from '../quality/finding.js';
import { formatMessage, type Language } from '../util/messages.js';
import { detailsHtml } from './details-table.js';
import { SEVERITIES } from './finding-summary-chart.js';
import { formatCount, formatShare } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';
import { findingMessage, findingSuggestion, severityBadge, severityHeading } from './report-text.js';

/** Checks whose details are the group tables of the data-bias section. */
export const BIAS_CHECKS: readonly string[] = Object.freeze(['bias-group-size', 'bias-label-gap']);

/** Options of the findings renderers. */
export interface FindingsHtmlOptions {
  readonly lang: Language;
  /** The link target of a column's card (`#col-3`), or undefined when the column has no card. */
  readonly columnAnchor?: (name: string) => string | undefined;
}

/**
 * A severity badge.
 *
 * @example
 * ```ts
 * badgeHtml('error', 'en'); // <span class="badge error">error</span>
 * ```
 */
export function badgeHtml(severity: Finding['severity'], lang: Language): SafeHtml {
  return html`<span class="badge ${severity}">${severityBadge(severity, lang)}</span>`;
}

function columnCell(finding: Finding, options: FindingsHtmlOptions): SafeHtml {
  if (finding.columns.length === 0) return html`<td>–</td>`;
  const links = finding.columns.map((name, i) => {
    const anchor = options.columnAnchor?.(name);
    const sep = i > 0 ? ', ' : '';
    return anchor === undefined ? html`${sep}${name}` : html`${sep}<a href="${anchor}">${name}</a>`;
  });
  return html`<td>${links}</td>`;
}

function findingRow(finding: Finding, options: FindingsHtmlOptions): SafeHtml {
  const { lang } = options;
  const showDetails = finding.details !== undefined && !BIAS_CHECKS.includes(finding.check);
  return html`<tr>
<td>${badgeHtml(finding.severity, lang)}</td>
<td><code>${finding.check}</code></td>
${columnCell(finding, options)}
<td class="num">${formatCount(finding.count, lang)}</td>
<td class="num">${finding.share === undefined ? '–' : formatShare(finding.share, lang)}</td>
<td class="examples">${finding.examples.map((r) => formatCount(r, lang)).join(', ')}</td>
<td>${findingMessage(finding, lang)}${
    showDetails
      ? html`<details><summary>${formatMessage('report.details', {}, lang)}</summary>${detailsHtml(finding.details, lang)}</details>`
      : null
  }</td>
<td class="suggestion">${findingSuggestion(finding, lang)}</td>
</tr>
`;
}

/**
 * The findings grouped by severity, most severe first, each group a table; a short note when there are none.
 *
 * @example
 * ```ts
 * findingsTablesHtml(profile.findings, { lang: 'de' });
 * ```
 */
export function findingsTablesHtml(findings: readonly Finding[], options: FindingsHtmlOptions): SafeHtml {
  const { lang } = options;
  if (findings.length === 0) return html`<p>${formatMessage('report.noFindings', {}, lang)}</p>`;
  const sorted = [...findings].sort(compareFindings);
  const head = html`<thead><tr>
<th>${formatMessage('report.head.severity', {}, lang)}</th>
<th>${formatMessage('report.head.check', {}, lang)}</th>
<th>${formatMessage('report.head.column', {}, lang)}</th>
<th class="num">${formatMessage('report.head.count', {}, lang)}</th>
<th class="num">${formatMessage('report.head.share', {}, lang)}</th>
<th>${formatMessage('report.head.examples', {}, lang)}</th>
<th>${formatMessage('report.head.message', {}, lang)}</th>
<th>${formatMessage('report.head.suggestion', {}, lang)}</th>
</tr></thead>`;
  return html`${SEVERITIES.map((severity) => {
    const group = sorted.filter((f) => f.severity === severity);
    if (group.length === 0) return null;
    return html`<h3>${severityHeading(severity, lang)} (${formatCount(group.length, lang)})</h3>
<div class="table-wrap"><table class="findings">${head}<tbody>
${group.map((f) => findingRow(f, options))}</tbody></table></div>
`;
  })}`;
}

/**
 * The data-bias section: for every bias finding with details, its message and its details as tables.
 * Empty markup when there is none.
 *
 * @example
 * ```ts
 * biasSectionHtml(profile.findings, { lang: 'en' });
 * ```
 */
export function biasSectionHtml(findings: readonly Finding[], options: FindingsHtmlOptions): SafeHtml {
  const { lang } = options;
  const bias = [...findings]
    .sort(compareFindings)
    .filter((f) => BIAS_CHECKS.includes(f.check) && f.details !== undefined);
  if (bias.length === 0) return html``;
  return html`<section id="bias">
<h2>${formatMessage('report.bias', {}, lang)}</h2>
${bias.map(
  (f) => html`<div class="panel">
<h3>${badgeHtml(f.severity, lang)} <code>${f.check}</code>${f.columns.length > 0 ? html` · ${f.columns.join(', ')}` : null}</h3>
<p>${findingMessage(f, lang)}</p>
<p class="suggestion">${findingSuggestion(f, lang)}</p>
${detailsHtml(f.details, lang)}
</div>
`,
)}</section>
`;
}
