/**
 * @module report/train-marketing-section
 * The tables and sentences of the marketing part of the training report: the lift table (top share, lift,
 * response rate, conversions captured) with KS, the profit-maximising point and its inputs, and the contact
 * plan for a budget set against contacting at random. Charts are rendered by the caller and passed in.
 *
 * @example
 * ```ts
 * import { liftTableHtml, budgetPlanHtml } from './train-marketing-section.js';
 * liftTableHtml(result.marketing!, 'en');
 * ```
 */
import type { BudgetPlan, MarketingValue } from '../automl/train-result.js';
import { formatMessage, type Language } from '../util/messages.js';
import { formatCount, formatNumber, formatShare } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';
import { formatMetric, formatMoney, formatThreshold } from './train-format.js';

/**
 * A count that may be fractional (expected conversions): whole numbers grouped, else one decimal.
 *
 * @example
 * ```ts
 * formatExpected(1234.56, 'en'); // '1,234.6'
 * ```
 */
export function formatExpected(n: number, lang: Language): string {
  return Number.isInteger(n) ? formatCount(n, lang) : formatNumber(Math.round(n * 10) / 10, lang);
}

/**
 * The lift table with the KS statistic and where the figures come from.
 *
 * @example
 * ```ts
 * liftTableHtml(result.marketing!, 'de');
 * ```
 */
export function liftTableHtml(marketing: MarketingValue, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  return html`<p class="meta">${t(`report.train.source.${marketing.source}`)}</p>
<p><strong>${t('report.train.ks', { ks: formatMetric(marketing.ks, lang) })}</strong></p>
<div class="table-wrap"><table class="lift">
<thead><tr><th class="num">${t('report.train.head.share')}</th><th class="num">${t('report.train.head.lift')}</th><th class="num">${t(
    'report.train.head.responseRate',
  )}</th><th class="num">${t('report.train.head.captured')}</th></tr></thead>
<tbody>${marketing.lift.map(
    (r) =>
      html`<tr><td class="num">${formatShare(r.share, lang)}</td><td class="num">${formatNumber(
        Math.round(r.lift * 100) / 100,
        lang,
      )}</td><td class="num">${formatShare(r.responseRate, lang)}</td><td class="num">${formatShare(
        r.capturedShare,
        lang,
      )}</td></tr>\n`,
  )}</tbody>
</table></div>`;
}

/**
 * The sentence about the profit-maximising point and the value/cost it was computed with.
 *
 * @example
 * ```ts
 * profitTextHtml(result.marketing!.profit!, 'en');
 * ```
 */
export function profitTextHtml(profit: NonNullable<MarketingValue['profit']>, lang: Language): SafeHtml {
  const b = profit.best;
  return html`<p><strong>${formatMessage(
    'report.train.profitBest',
    {
      profit: formatMoney(b.profit, lang),
      share: formatShare(b.share, lang),
      contacts: formatCount(b.contacts, lang),
      threshold: formatThreshold(b.threshold, lang),
      conversions: formatExpected(b.conversions, lang),
    },
    lang,
  )}</strong></p>
<p class="meta">${formatMessage(
    'report.train.profitInputs',
    { value: formatMoney(profit.valuePerConversion, lang), cost: formatMoney(profit.costPerContact, lang) },
    lang,
  )}</p>`;
}

/**
 * The contact plan for a budget: contacts, threshold, expected conversions, lift and (when known) profit,
 * with the model and at random side by side.
 *
 * @example
 * ```ts
 * budgetPlanHtml(result.marketing!.budget!, 'de');
 * ```
 */
export function budgetPlanHtml(plan: BudgetPlan, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0]) => formatMessage(id, {}, lang);
  const row = (label: string, model: string, random: string) =>
    html`<tr><th>${label}</th><td class="num">${model}</td><td class="num">${random}</td></tr>\n`;
  const contacts = formatCount(plan.contacts, lang);
  return html`<div class="table-wrap"><table class="budget">
<thead><tr><th>${t('report.train.head.plan')}</th><th class="num">${t('report.train.head.model')}</th><th class="num">${t(
    'report.train.head.random',
  )}</th></tr></thead>
<tbody>${row(t('report.train.plan.contacts'), contacts, contacts)}${row(
    t('report.train.plan.threshold'),
    formatThreshold(plan.threshold, lang),
    '–',
  )}${row(
    t('report.train.plan.conversions'),
    formatExpected(plan.expectedConversions, lang),
    formatExpected(plan.randomConversions, lang),
  )}${row(t('report.train.plan.lift'), formatNumber(Math.round(plan.lift * 100) / 100, lang), '1')}${
    plan.expectedProfit === undefined
      ? null
      : row(
          t('report.train.plan.profit'),
          formatMoney(plan.expectedProfit, lang),
          plan.randomProfit === undefined ? '–' : formatMoney(plan.randomProfit, lang),
        )
  }</tbody>
</table></div>`;
}
