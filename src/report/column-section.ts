/**
 * @module report/column-section
 * The column parts of the inspect report: an overview table of all columns (linked to their cards) and one
 * collapsible card per column with type and evidence, missing, unique, statistics and quantiles, the most
 * frequent values, the column's findings and its distribution chart.
 *
 * @example
 * ```ts
 * import { columnOverviewHtml, columnCardHtml } from './column-section.js';
 * columnOverviewHtml(profile.columns, 'en');
 * columnCardHtml(profile.columns[0], 0, { lang: 'en', svg, findings: [], open: true });
 * ```
 */
import type { ColumnProfile } from '../quality/column-profile.js';
import { compareFindings, type Finding } from '../quality/finding.js';
import { formatMessage, type Language } from '../util/messages.js';
import { badgeHtml } from './findings-section.js';
import { formatCount, formatInstant, formatNumber, formatShare } from './format-value.js';
import { html, type SafeHtml, trustedHtml } from './html-document.js';
import { columnGist, findingMessage, typeLabel } from './report-text.js';

/**
 * The id of the card of the column at `index` (column names need not be valid ids).
 *
 * @example
 * ```ts
 * columnAnchorId(3); // 'col-3'
 * ```
 */
export function columnAnchorId(index: number): string {
  return `col-${index}`;
}

function missingShare(column: ColumnProfile): number {
  return column.rows > 0 ? column.missing / column.rows : 0;
}

/**
 * The table of all columns: name (linked to its card), type, missing share, unique values, range or top value.
 *
 * @example
 * ```ts
 * columnOverviewHtml(profile.columns, 'de');
 * ```
 */
export function columnOverviewHtml(columns: readonly ColumnProfile[], lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  return html`<div class="table-wrap"><table class="columns">
<thead><tr><th>${t('report.head.column')}</th><th>${t('report.head.type')}</th><th class="num">${t('report.head.missing')}</th><th class="num">${t('report.head.unique')}</th><th>${t('report.head.topOrRange')}</th></tr></thead>
<tbody>
${columns.map(
  (c, i) =>
    html`<tr><td><a href="#${columnAnchorId(i)}">${c.name}</a></td><td>${typeLabel(c.type, lang)}</td><td class="num">${formatShare(missingShare(c), lang)}</td><td class="num">${formatCount(c.unique, lang)}</td><td>${columnGist(c, lang)}</td></tr>\n`,
)}</tbody></table></div>`;
}

function statRow(label: string, value: string): SafeHtml {
  return html`<tr><th>${label}</th><td class="num">${value}</td></tr>`;
}

function statisticsTable(column: ColumnProfile, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  const rows: SafeHtml[] = [
    statRow(
      t('report.head.missing'),
      `${formatCount(column.missing, lang)} (${formatShare(missingShare(column), lang)})`,
    ),
    statRow(t('report.head.unique'), formatCount(column.unique, lang)),
  ];
  const n = column.numeric;
  if (n !== undefined) {
    const isDate = column.type === 'datetime';
    const value = (x: number) => (isDate ? formatInstant(x) : formatNumber(x, lang));
    rows.push(statRow(t('report.stat.min'), value(n.min)));
    for (const [key, q] of Object.entries(n.quantiles)) {
      rows.push(statRow(t('report.stat.quantile', { p: Number(key.slice(1)) }), value(q)));
    }
    rows.push(statRow(t('report.stat.max'), value(n.max)));
    rows.push(statRow(t('report.stat.mean'), value(n.mean)));
    if (!isDate) {
      rows.push(statRow(t('report.stat.sd'), formatNumber(n.sd, lang)));
      rows.push(statRow(t('report.stat.skewness'), formatNumber(n.skewness, lang)));
      rows.push(statRow(t('report.stat.zeros'), formatCount(n.zeros, lang)));
      rows.push(statRow(t('report.stat.negatives'), formatCount(n.negatives, lang)));
    }
  }
  if (column.length !== undefined) {
    const { min, mean, max } = column.length;
    rows.push(
      statRow(
        t('report.stat.length'),
        `${formatNumber(min, lang)} / ${formatNumber(mean, lang)} / ${formatNumber(max, lang)}`,
      ),
    );
  }
  return html`<table class="stats"><tbody>${rows}</tbody></table>`;
}

function topValuesTable(column: ColumnProfile, lang: Language): SafeHtml {
  if (column.top.length === 0) return html``;
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  return html`<h4>${t('report.label.topValues')}</h4>
<table class="top"><thead><tr><th>${t('report.head.value')}</th><th class="num">${t('report.head.count')}</th><th class="num">${t('report.head.share')}</th></tr></thead><tbody>${column.top.map(
    (v) =>
      html`<tr><td>${v.value === '' ? '""' : v.value}</td><td class="num">${formatCount(v.count, lang)}</td><td class="num">${formatShare(column.rows > 0 ? v.count / column.rows : 0, lang)}</td></tr>`,
  )}</tbody></table>`;
}

/** Inputs of {@link columnCardHtml}. */
export interface ColumnCardOptions {
  readonly lang: Language;
  /** The rendered distribution chart, if any. */
  readonly svg?: string;
  /** Findings that involve this column. */
  readonly findings: readonly Finding[];
  /** Render the card expanded. */
  readonly open: boolean;
}

/**
 * One collapsible column card.
 *
 * @example
 * ```ts
 * columnCardHtml(column, 4, { lang: 'en', svg: await renderChartSvg(distributionSpec(column)!), findings, open: false });
 * ```
 */
export function columnCardHtml(column: ColumnProfile, index: number, options: ColumnCardOptions): SafeHtml {
  const { lang } = options;
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  const findings = [...options.findings].sort(compareFindings);
  const worst = findings[0]?.severity;
  const facts = `${t('report.head.missing')} ${formatShare(missingShare(column), lang)} · ${t('report.head.unique')} ${formatCount(column.unique, lang)} · ${columnGist(column, lang)}`;
  return html`<details class="column" id="${columnAnchorId(index)}"${options.open ? trustedHtml(' open') : null}>
<summary><span class="name">${column.name}</span> <span class="badge type">${typeLabel(column.type, lang)}</span>${
    worst === undefined ? null : html` ${badgeHtml(worst, lang)}`
  } <span class="facts">${facts}</span></summary>
<div class="column-body">
<div>
${statisticsTable(column, lang)}
${column.evidence.length > 0 ? html`<h4>${t('report.label.evidence')}</h4><ul class="evidence">${column.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : null}
${topValuesTable(column, lang)}
</div>
<div>
${options.svg === undefined ? null : html`<h4>${t('report.label.distribution')}</h4><figure>${trustedHtml(options.svg)}</figure>`}
${
  findings.length > 0
    ? html`<h4>${t('report.label.findings')}</h4><ul class="column-findings">${findings.map(
        (f) => html`<li>${badgeHtml(f.severity, lang)} <code>${f.check}</code> ${findingMessage(f, lang)}</li>`,
      )}</ul>`
    : null
}
</div>
</div>
</details>
`;
}
