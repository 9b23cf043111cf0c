/**
 * @module report/train-sections
 * The text sections of the training report: the headline (task, target, winner, primary metric with its
 * spread, holdout, baseline, the fallback warning), statement lists (diagnostics and choices) coloured by
 * severity with the figures behind them, the search and validation facts, and the timings.
 *
 * @example
 * ```ts
 * import { headlineHtml, statementsHtml } from './train-sections.js';
 * html`${headlineHtml(result, 'en')}${statementsHtml(result.diagnostics, 'en')}`;
 * ```
 */
import type { Statement, TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language } from '../util/messages.js';
import { badgeHtml } from './findings-section.js';
import { formatCount, formatShare } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';
import {
  formatMetric,
  formatSeconds,
  formatThreshold,
  metricDecimals,
  metricLabel,
  taskLabel,
} from './train-format.js';

/**
 * A definition list of label → value pairs (`<dl class="facts">`); pairs with a null value are left out.
 *
 * @example
 * ```ts
 * factsHtml([['Seed', '42'], ['Group', null]]);
 * ```
 */
export function factsHtml(pairs: readonly (readonly [string, string | SafeHtml | null])[]): SafeHtml {
  return html`<dl class="facts">${pairs
    .filter(([, v]) => v !== null)
    .map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/**
 * The headline: title, source and task facts, the winner with the primary metric as CV mean ± sd, the holdout
 * score and the constant baseline, and a loud warning when only the fallback baseline was registered.
 *
 * @example
 * ```ts
 * headlineHtml(result, 'de');
 * ```
 */
export function headlineHtml(result: TrainResult, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  const best = result.leaderboard[0];
  const metric = metricLabel(result.metric, lang);
  const meta: string[] = [t('report.train.source', { source: result.data.source }), taskLabel(result.task, lang)];
  if (result.positive !== null) meta.push(t('report.train.positive', { positive: result.positive }));
  else if (result.classes !== null) meta.push(t('report.train.classes', { classes: result.classes.join(', ') }));
  meta.push(
    result.modelId === null
      ? t('report.train.notRegistered')
      : t('report.train.model', { id: result.modelId, version: result.modelVersion ?? '–' }),
  );
  const holdout = result.holdout?.[result.metric];
  return html`<header>
<h1>${t('report.train.title', { target: result.target })}</h1>
<p class="meta">${meta.map((m) => html`<span>${m}</span>`)}</p>
${result.fallback ? html`<div class="alert error" id="fallback">${t('report.train.fallback')}</div>` : null}
${
  best === undefined
    ? null
    : html`<p class="headline">${t('report.train.winner', { winner: `${best.id} (${best.learner})` })} · <span class="score">${t(
        'report.train.cvScore',
        {
          metric,
          mean: formatMetric(best.cv[result.metric] ?? Number.NaN, lang),
          sd: formatMetric(best.cvSd[result.metric] ?? Number.NaN, lang, metricDecimals(best.cv[result.metric] ?? 0)),
        },
      )}</span></p>`
}
<p class="meta">${
    holdout === undefined
      ? null
      : html`<span>${t('report.train.holdoutScore', { metric, value: formatMetric(holdout, lang) })}</span>`
  }<span>${t('report.train.baselineScore', { value: formatMetric(result.baseline, lang) })}</span></p>
</header>
`;
}

function figureText(value: string | number, lang: Language): string {
  if (typeof value !== 'number') return value;
  return Number.isInteger(value) ? formatCount(value, lang) : formatMetric(value, lang);
}

/**
 * A list of statements, each with its severity badge, its text and its figures (`gap: 0.0412 · train: 0.9900`),
 * and an anchor `idPrefix + statement.id`. A short note when there is none.
 *
 * @example
 * ```ts
 * statementsHtml(result.diagnostics, 'en', 'diag-');
 * ```
 */
export function statementsHtml(statements: readonly Statement[], lang: Language, idPrefix = 'st-'): SafeHtml {
  if (statements.length === 0) return html`<p>${formatMessage('report.train.noDiagnostics', {}, lang)}</p>`;
  return html`<ul class="statements">${statements.map((s) => {
    const figures = Object.entries(s.params);
    return html`<li class="${s.severity}" id="${idPrefix + s.id}">${badgeHtml(s.severity, lang)} ${s.text}${
      figures.length === 0
        ? null
        : html`<span class="figures">${figures.map(([k, v]) => `${k}: ${figureText(v, lang)}`).join(' · ')}</span>`
    }</li>
`;
  })}</ul>`;
}

function schemeText(result: TrainResult, lang: Language): string {
  const v = result.validation;
  return formatMessage(
    `report.train.scheme.${v.scheme}`,
    { folds: v.folds, group: v.group ?? '–', time: v.time ?? '–' },
    lang,
  );
}

function decisionText(result: TrainResult, lang: Language): string | null {
  const d = result.decision;
  if (d === null) return null;
  return formatMessage(`report.train.decision.${d.reason}`, { threshold: formatThreshold(d.threshold, lang) }, lang);
}

/**
 * The search and validation facts: scheme, holdout, trials, budget, time used, workers, seed, why the search
 * stopped, the learners tried and the decision rule stored with the model.
 *
 * @example
 * ```ts
 * searchHtml(result, 'en');
 * ```
 */
export function searchHtml(result: TrainResult, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  const s = result.search;
  const budget: string[] = [];
  if (s.budgetSeconds !== null)
    budget.push(t('report.train.search.budgetSeconds', { seconds: formatSeconds(s.budgetSeconds, lang) }));
  if (s.trialBudget !== null)
    budget.push(t('report.train.search.budgetTrials', { trials: formatCount(s.trialBudget, lang) }));
  return factsHtml([
    [t('report.train.search.scheme'), schemeText(result, lang)],
    [
      t('report.train.search.holdout'),
      result.validation.holdout > 0 ? formatShare(result.validation.holdout, lang) : null,
    ],
    [t('report.train.search.trials'), formatCount(s.trials, lang)],
    [t('report.train.search.budget'), budget.length === 0 ? null : budget.join(', ')],
    [t('report.train.search.elapsed'), `${formatSeconds(s.elapsedSeconds, lang)} s`],
    [t('report.train.search.workers'), formatCount(s.workers, lang)],
    [t('report.train.search.seed'), String(s.seed)],
    [t('report.train.search.stoppedBy'), t(`report.train.stoppedBy.${s.stoppedBy}`)],
    [t('report.train.search.learners'), s.learners.join(', ')],
    [t('report.train.decision'), decisionText(result, lang)],
  ]);
}

/**
 * The timings table: reading, data check, search, final fit and total, in seconds.
 *
 * @example
 * ```ts
 * timingsHtml(result.timings, 'de');
 * ```
 */
export function timingsHtml(timings: TrainResult['timings'], lang: Language): SafeHtml {
  const rows = [
    ['report.train.time.read', timings.readSeconds],
    ['report.train.time.inspect', timings.inspectSeconds],
    ['report.train.time.search', timings.searchSeconds],
    ['report.train.time.refit', timings.refitSeconds],
    ['report.train.time.total', timings.totalSeconds],
  ] as const;
  return html`<div class="table-wrap"><table class="timings"><tbody>${rows.map(
    ([id, s]) =>
      html`<tr><th>${formatMessage(id, {}, lang)}</th><td class="num">${formatSeconds(s, lang)} s</td></tr>\n`,
  )}</tbody></table></div>`;
}
