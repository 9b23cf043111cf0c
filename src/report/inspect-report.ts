/**
 * @module report/inspect-report
 * The HTML report of `leitwerk inspect`: one self-contained file (inline CSS and SVG charts, no scripts, no
 * external resources). Header with source, shape and notes; findings by severity with a chart of findings per
 * check; the missingness chart; data-bias tables; an overview of all columns; a collapsible card per column
 * with its distribution chart; and the proposed cleaning recipe when one is passed.
 *
 * @example
 * ```ts
 * import { renderInspectReport } from './inspect-report.js';
 * const page = await renderInspectReport(profile, { lang: 'de' });
 * await writeFileAtomic('report.html', page);
 * ```
 */
import type { TableProfile } from '../quality/column-profile.js';
import type { Finding } from '../quality/finding.js';
import { formatMessage, type Language } from '../util/messages.js';
import { columnAnchorId, columnCardHtml, columnOverviewHtml } from './column-section.js';
import { findingSummarySpec } from './finding-summary-chart.js';
import { biasSectionHtml, findingsTablesHtml } from './findings-section.js';
import { formatCount, formatNumber } from './format-value.js';
import { distributionSpec } from './histogram-chart.js';
import { html, htmlDocument, type SafeHtml, trustedHtml } from './html-document.js';
import { missingShares, missingnessSpec } from './missingness-chart.js';
import { renderChartSvg } from './render-chart.js';
import { countBySeverity, formatSeverityCount, totalSeconds } from './report-text.js';

/** Options of {@link renderInspectReport}. */
export interface InspectReportOptions {
  /** Language of the report's texts and number formats. Default `en`. */
  readonly lang?: Language;
  /** Time in the footer line; pass a fixed date for reproducible files. Default: now. */
  readonly generatedAt?: Date;
  /** The proposed cleaning recipe, shown as JSON when given. */
  readonly recipe?: unknown;
  /** Column cards start expanded up to this many columns (default 30); wider tables start collapsed. */
  readonly expandColumnsUpTo?: number;
}

function findingsByColumn(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const name of f.columns) {
      const list = map.get(name);
      if (list === undefined) map.set(name, [f]);
      else if (!list.includes(f)) list.push(f);
    }
  }
  return map;
}

function headerHtml(profile: TableProfile, lang: Language): SafeHtml {
  const counts = countBySeverity(profile.findings);
  const seconds = totalSeconds(profile);
  return html`<header>
<h1>${formatMessage('report.inspect.title', { source: profile.source }, lang)}</h1>
<p class="meta"><span>${formatMessage('report.shape', { rows: formatCount(profile.rows, lang), columns: formatCount(profile.columns.length, lang) }, lang)}</span>${
    profile.target === undefined
      ? null
      : html`<span>${formatMessage('report.target', { target: profile.target }, lang)}</span>`
  }${seconds > 0 ? html`<span>${formatMessage('report.seconds', { seconds: formatNumber(Math.round(seconds * 100) / 100, lang) }, lang)}</span>` : null}</p>
<div class="totals">${(['error', 'warning', 'info'] as const).map(
    (s) => html`<span class="badge ${s}">${formatSeverityCount(s, counts[s], lang)}</span>`,
  )}</div>
${
  profile.notes.length > 0
    ? html`<div class="panel"><h4>${formatMessage('report.notes', {}, lang)}</h4><ul>${profile.notes.map((n) => html`<li>${n}</li>`)}</ul></div>`
    : null
}
</header>
`;
}

/**
 * Render the inspect report of a table profile as one HTML document (a string; the caller writes it).
 * Charts are rendered one after another with `renderChartSvg`, so output is the same for the same input.
 *
 * @example
 * ```ts
 * const page = await renderInspectReport(profile, { lang: 'en', generatedAt: new Date(0), recipe });
 * page.includes('<svg'); // true
 * ```
 */
export async function renderInspectReport(profile: TableProfile, options: InspectReportOptions = {}): Promise<string> {
  const lang = options.lang ?? 'en';
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  const anchors = new Map<string, string>();
  profile.columns.forEach((c, i) => {
    if (!anchors.has(c.name)) anchors.set(c.name, `#${columnAnchorId(i)}`);
  });
  const sectionOptions = { lang, columnAnchor: (name: string) => anchors.get(name) };

  const summarySpec = findingSummarySpec(profile.findings, { lang });
  const summarySvg = summarySpec === undefined ? undefined : await renderChartSvg(summarySpec, { lang });

  const shares = missingShares(profile.columns);
  const missingLimit = 40;
  const missingSpec = missingnessSpec(shares, { lang, limit: missingLimit });
  const missingSvg = missingSpec === undefined ? undefined : await renderChartSvg(missingSpec, { lang });

  const byColumn = findingsByColumn(profile.findings);
  const open = profile.columns.length <= (options.expandColumnsUpTo ?? 30);
  const cards: SafeHtml[] = [];
  for (const [i, column] of profile.columns.entries()) {
    const spec = distributionSpec(column, lang);
    const svg = spec === undefined ? undefined : await renderChartSvg(spec, { lang });
    cards.push(
      columnCardHtml(column, i, {
        lang,
        findings: byColumn.get(column.name) ?? [],
        open,
        ...(svg === undefined ? {} : { svg }),
      }),
    );
  }

  const body = html`${headerHtml(profile, lang)}
<section id="findings">
<h2>${t('report.findings')}</h2>
${summarySvg === undefined ? null : html`<figure>${trustedHtml(summarySvg)}</figure>`}
${findingsTablesHtml(profile.findings, sectionOptions)}
</section>
<section id="missing">
<h2>${t('report.missingness')}</h2>
${
  missingSvg === undefined
    ? html`<p>${t('report.noMissing')}</p>`
    : html`${
        shares.length > missingLimit
          ? html`<p class="meta">${formatMessage('report.missingShown', { shown: missingLimit, total: shares.length }, lang)}</p>`
          : null
      }<figure>${trustedHtml(missingSvg)}</figure>`
}
</section>
${biasSectionHtml(profile.findings, sectionOptions)}
<section id="columns">
<h2>${t('report.columns')}</h2>
${columnOverviewHtml(profile.columns, lang)}
<h2>${t('report.columnDetails')}</h2>
${cards}
</section>
${
  options.recipe === undefined
    ? null
    : html`<section id="recipe">
<h2>${t('report.recipe')}</h2>
<pre><code>${JSON.stringify(options.recipe, null, 2)}</code></pre>
</section>`
}`;

  return htmlDocument({
    title: formatMessage('report.inspect.title', { source: profile.source }, lang),
    lang,
    body,
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
  });
}
