/**
 * @module report/train-report
 * The HTML report of `leitwerk train`: one self-contained file (inline CSS and SVG charts, no scripts, no
 * external resources) in English or German. Sections, each left out when its data is missing: headline,
 * leaderboard, diagnostics, ROC/PR curves, lift table with cumulative gains and KS, profit curve with the best
 * point, the contact plan for a budget, calibration, learning curve, data quality (leakage suspects loudly),
 * the choices leitwerk made, search and validation, timings, and optionally the embedded data profile.
 *
 * @example
 * ```ts
 * import { renderTrainReport } from './train-report.js';
 * const page = await renderTrainReport(result, { lang: 'de' });
 * await writeFileAtomic('train-report.html', page);
 * ```
 */
import type { TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language, type MessageId } from '../util/messages.js';
import { html, htmlDocument, type SafeHtml, trustedHtml } from './html-document.js';
import { renderChartSvg, type VegaLiteSpec } from './render-chart.js';
import { calibrationSpec, gainsSpec, learningCurveSpec, prSpec, profitSpec, rocSpec } from './train-charts.js';
import { dataQualityHtml } from './train-data-section.js';
import { fairnessHtml } from './train-fairness-section.js';
import { formatMetric, metricLabel } from './train-format.js';
import { leaderboardHtml } from './train-leaderboard.js';
import { budgetPlanHtml, liftTableHtml, profitTextHtml } from './train-marketing-section.js';
import { TRAIN_REPORT_CSS } from './train-report-styles.js';
import { headlineHtml, searchHtml, statementsHtml, timingsHtml } from './train-sections.js';

/** Options of {@link renderTrainReport}. */
export interface TrainReportOptions {
  /** Language of the report's texts and number formats. */
  readonly lang: Language;
  /**
   * Markup of the data profile made by leitwerk (e.g. the inspect report); embedded, collapsed, at the end.
   * A whole document is reduced to the content of its `<main>`. Trusted: never pass markup from elsewhere.
   */
  readonly dataProfileHtml?: string;
  /** Time in the footer line; pass a fixed date for reproducible files. Default: now. */
  readonly generatedAt?: Date;
}

/** The content of `<main>` when the markup is a whole leitwerk report, else the markup as it is. */
function profileBody(markup: string): string {
  const start = markup.indexOf('<main>');
  const end = markup.lastIndexOf('</main>');
  return start >= 0 && end > start ? markup.slice(start + '<main>'.length, end) : markup;
}

function section(id: string, title: string, body: HtmlPart): SafeHtml {
  return html`<section id="${id}">
<h2>${title}</h2>
${body}
</section>
`;
}

type HtmlPart = SafeHtml | readonly SafeHtml[] | null;

async function figure(spec: VegaLiteSpec, lang: Language): Promise<SafeHtml> {
  return html`<figure>${trustedHtml(await renderChartSvg(spec, { lang }))}</figure>`;
}

/**
 * Render the training report as one HTML document (a string; the caller writes it). Charts are rendered one
 * after another with `renderChartSvg`, so the same result gives the same bytes.
 *
 * @example
 * ```ts
 * const page = await renderTrainReport(result, { lang: 'en', generatedAt: new Date(0) });
 * page.includes('<section id="leaderboard">'); // true
 * ```
 */
export async function renderTrainReport(result: TrainResult, options: TrainReportOptions): Promise<string> {
  const { lang } = options;
  const t = (id: MessageId, params: Record<string, string | number> = {}) => formatMessage(id, params, lang);
  const parts: SafeHtml[] = [headlineHtml(result, lang)];
  parts.push(section('leaderboard', t('report.train.leaderboard'), leaderboardHtml(result, lang)));
  parts.push(section('diagnostics', t('report.train.diagnostics'), statementsHtml(result.diagnostics, lang, 'diag-')));

  if (result.curves !== null) {
    const roc = await figure(rocSpec(result.curves.roc, lang), lang);
    const pr = await figure(prSpec(result.curves.pr, result.data.positiveRate, lang), lang);
    parts.push(section('curves', t('report.train.curves'), html`<div class="charts">${roc}${pr}</div>`));
  }

  const marketing = result.marketing;
  if (marketing !== null) {
    const gains = await figure(gainsSpec(marketing.gains, lang), lang);
    parts.push(
      section(
        'lift',
        t('report.train.lift'),
        html`<div class="charts"><div>${liftTableHtml(marketing, lang)}</div>${gains}</div>`,
      ),
    );
    if (marketing.profit !== undefined) {
      const chart = await figure(profitSpec(marketing.profit, lang), lang);
      parts.push(section('profit', t('report.train.profit'), html`${profitTextHtml(marketing.profit, lang)}${chart}`));
    }
    if (marketing.budget !== undefined) {
      parts.push(section('budget', t('report.train.budget'), budgetPlanHtml(marketing.budget, lang)));
    }
  }

  const calibration = result.calibration;
  if (calibration !== null) {
    const line = formatMessage(
      'report.train.calibrationLine',
      {
        method: t(`report.train.calibrationMethod.${calibration.method}`),
        before: formatMetric(calibration.eceBefore, lang),
        after: formatMetric(calibration.eceAfter, lang),
      },
      lang,
    );
    const chart =
      calibration.reliability.length > 0 ? await figure(calibrationSpec(calibration.reliability, lang), lang) : null;
    parts.push(section('calibration', t('report.train.calibration'), html`<p>${line}</p>${chart}`));
  }

  if (result.learningCurve.length > 0) {
    const chart = await figure(learningCurveSpec(result.learningCurve, metricLabel(result.metric, lang), lang), lang);
    parts.push(section('learning-curve', t('report.train.learningCurve'), chart));
  }

  if (result.explanation) {
    const e = result.explanation;
    const top = e.importance[0]?.meanAbs || 1;
    const rows = e.importance
      .slice(0, 15)
      .map(
        (i) =>
          html`<tr><td>${i.feature}</td><td class="num">${i.meanAbs.toFixed(4)}</td><td><span class="bar" style="display:inline-block;background:#4c78a8;height:0.8em;width:${String(Math.round((i.meanAbs / top) * 200))}px"></span></td></tr>`,
      );
    parts.push(
      section(
        'explanation',
        t('report.train.explanation'),
        html`<p>${t('report.train.explanationIntro', { method: e.method, rows: e.rows })}</p><table><tbody>${rows}</tbody></table>`,
      ),
    );
  }
  if (result.fairness) parts.push(section('fairness', t('report.train.fairness'), fairnessHtml(result.fairness, lang)));
  parts.push(section('data', t('report.train.data'), dataQualityHtml(result, lang)));
  parts.push(section('choices', t('report.train.choices'), statementsHtml(result.choices, lang, 'choice-')));
  parts.push(section('search', t('report.train.search'), searchHtml(result, lang)));
  parts.push(section('timings', t('report.train.timings'), timingsHtml(result.timings, lang)));
  if (options.dataProfileHtml !== undefined) {
    parts.push(
      section(
        'data-profile',
        t('report.train.dataProfile'),
        html`<details class="column"><summary>${t('report.train.dataProfile')}</summary><div class="profile">${trustedHtml(
          profileBody(options.dataProfileHtml),
        )}</div></details>`,
      ),
    );
  }

  return htmlDocument({
    title: formatMessage('report.train.title', { target: result.target }, lang),
    lang,
    body: html`${parts}`,
    css: TRAIN_REPORT_CSS,
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
  });
}
