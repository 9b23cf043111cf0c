/**
 * @module report/train-data-section
 * The data-quality part of the training report: rows read and used, rows dropped (missing target, cleaning
 * recipe), features, positive rate, the findings of the data check, excluded columns with their reasons,
 * the cleaning steps applied — and the leakage suspects, loudly: a red alert for every suspect that was kept
 * on request, a warning for those excluded, and a table with each suspect's score and status.
 *
 * @example
 * ```ts
 * import { dataQualityHtml } from './train-data-section.js';
 * html`<section id="data">${dataQualityHtml(result, 'en')}</section>`;
 * ```
 */
import type { TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language } from '../util/messages.js';
import { formatCount, formatNumber, formatShare } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';
import { formatTotals } from './report-text.js';
import { factsHtml } from './train-sections.js';

/**
 * The alerts about leakage suspects: kept ones as an error, excluded ones as a warning. Empty when none.
 *
 * @example
 * ```ts
 * leakageAlertsHtml(result.data.leakage, 'de');
 * ```
 */
export function leakageAlertsHtml(leakage: TrainResult['data']['leakage'], lang: Language): SafeHtml {
  const kept = leakage.filter((l) => l.kept).map((l) => l.column);
  const excluded = leakage.filter((l) => !l.kept).map((l) => l.column);
  return html`${
    kept.length === 0
      ? null
      : html`<div class="alert error" id="leakage-kept">⚠ ${formatMessage(
          'report.train.leakage.keptWarning',
          { n: kept.length, columns: kept.join(', ') },
          lang,
        )}</div>`
  }${
    excluded.length === 0
      ? null
      : html`<div class="alert warning" id="leakage-excluded">${formatMessage(
          'report.train.leakage.excludedNote',
          { n: excluded.length, columns: excluded.join(', ') },
          lang,
        )}</div>`
  }`;
}

function leakageTable(leakage: TrainResult['data']['leakage'], lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  return html`<h3>${t('report.train.leakage')}</h3>
<div class="table-wrap"><table class="leakage">
<thead><tr><th>${t('report.head.column')}</th><th class="num">${t('report.train.leakage.score')}</th><th>${t('report.train.leakage.status')}</th></tr></thead>
<tbody>${leakage.map(
    (l) =>
      html`<tr${l.kept ? html` class="kept"` : null}><td>${l.column}</td><td class="num">${
        l.score === null ? '–' : formatNumber(l.score, lang)
      }</td><td>${t(l.kept ? 'report.train.leakage.kept' : 'report.train.leakage.excluded')}</td></tr>\n`,
  )}</tbody>
</table></div>`;
}

/**
 * The whole data-quality section body (without the `<section>` and heading).
 *
 * @example
 * ```ts
 * dataQualityHtml(result, 'en');
 * ```
 */
export function dataQualityHtml(result: TrainResult, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  const d = result.data;
  const facts = factsHtml([
    [t('report.train.data.rows'), formatCount(d.rows, lang)],
    [t('report.train.data.usedRows'), formatCount(d.usedRows, lang)],
    [t('report.train.data.droppedMissingTarget'), formatCount(d.droppedMissingTarget, lang)],
    [t('report.train.data.droppedByRecipe'), formatCount(d.droppedByRecipe, lang)],
    [t('report.train.data.features'), formatCount(d.features.length, lang)],
    [t('report.train.data.positiveRate'), d.positiveRate === null ? null : formatShare(d.positiveRate, lang)],
    [
      t('report.train.data.findings'),
      formatTotals({ error: d.findings.errors, warning: d.findings.warnings, info: d.findings.info }, lang),
    ],
  ]);
  return html`${leakageAlertsHtml(d.leakage, lang)}
${facts}
${d.leakage.length === 0 ? null : leakageTable(d.leakage, lang)}
${
  d.excluded.length === 0
    ? null
    : html`<h3>${t('report.train.data.excluded')} (${formatCount(d.excluded.length, lang)})</h3>
<div class="table-wrap"><table class="excluded">
<thead><tr><th>${t('report.head.column')}</th><th>${t('report.train.data.reason')}</th></tr></thead>
<tbody>${d.excluded.map((e) => html`<tr><td>${e.column}</td><td>${e.reason}</td></tr>\n`)}</tbody>
</table></div>`
}
${
  d.recipeSteps.length === 0
    ? null
    : html`<h3>${t('report.train.data.recipe')}</h3>
<ol class="recipe">${d.recipeSteps.map((s) => html`<li>${s}</li>`)}</ol>`
}`;
}
