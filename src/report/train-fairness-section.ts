/**
 * @module report/train-fairness-section
 * The fairness section of the training report: per sensitive attribute the plain-language summary, the
 * per-group figures at the decision threshold in use (groups too small to judge marked), each gap with its
 * bootstrap 95 % interval, and the trade-off table of the mitigation options.
 *
 * @example
 * ```ts
 * import { fairnessHtml } from './train-fairness-section.js';
 * const part = fairnessHtml(result.fairness, 'en');
 * ```
 */
import type { TrainingFairness } from '../automl/fairness-step.js';
import { GAP_NAMES } from '../fairness/index.js';
import { type Language, formatMessage } from '../util/messages.js';
import { type SafeHtml, html } from './html-document.js';

function pct(v: number): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–';
}

function num(v: number): string {
  return Number.isFinite(v) ? v.toFixed(3) : '–';
}

/**
 * The fairness section body.
 *
 * @example
 * ```ts
 * fairnessHtml(result.fairness, 'de');
 * ```
 */
export function fairnessHtml(fairness: TrainingFairness, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  const attributes = fairness.assessment.attributes.map((a) => {
    const f = a.fairness;
    const rows = f.groups.map(
      (g) => html`<tr class="${g.tooSmall ? 'small' : ''}"><td>${g.group}</td><td class="num">${g.count}</td>
<td class="num">${pct(g.selectionRate)}</td><td class="num">${pct(g.tpr)}</td><td class="num">${pct(g.fpr)}</td>
<td class="num">${pct(g.precision)}</td><td class="num">${num(g.auc)}</td><td class="num">${pct(g.meanScore)} / ${pct(g.labelRate)}</td>
<td>${g.tooSmall ? t('report.fairness.tooSmall') : ''}</td></tr>`,
    );
    const gaps = GAP_NAMES.map((name) => {
      const gap = f.gaps[name];
      const ci = gap.ci ? `${num(gap.ci[0])} – ${num(gap.ci[1])}` : '–';
      return html`<tr><td>${t(`report.fairness.gap.${name}`)}</td><td class="num">${num(gap.value)}</td><td class="num">${ci}</td></tr>`;
    });
    return html`<h3>${a.name}</h3>
<ul class="statements">${a.summary.map((s) => html`<li>${s.text}</li>`)}</ul>
<table><thead><tr><th>${t('report.fairness.group')}</th><th>n</th><th>${t('report.fairness.selection')}</th><th>TPR</th><th>FPR</th><th>${t('report.fairness.precision')}</th><th>AUC</th><th>${t('report.fairness.calibration')}</th><th></th></tr></thead>
<tbody>${rows}</tbody></table>
<table><thead><tr><th>${t('report.fairness.gap')}</th><th>${t('report.fairness.value')}</th><th>95 % CI</th></tr></thead><tbody>${gaps}</tbody></table>`;
  });
  const trade = fairness.tradeOff.map(
    (r) => html`<tr><td>${r.name}</td><td class="num">${pct(r.accuracy)}</td><td class="num">${num(r.auc)}</td>
<td class="num">${pct(r.selectionRate)}</td><td class="num">${r.profit === null ? '–' : r.profit.toFixed(0)}</td>
<td class="num">${num(r.demographicParityDifference)}</td><td class="num">${num(r.equalizedOddsDifference)}</td></tr>`,
  );
  return html`<p>${t('report.fairness.intro', { threshold: fairness.assessment.threshold.toFixed(3), mitigation: fairness.mitigation })}</p>
${attributes}
<h3>${t('report.fairness.tradeOff')}</h3>
<table><thead><tr><th></th><th>${t('report.fairness.accuracy')}</th><th>AUC</th><th>${t('report.fairness.selection')}</th><th>${t('report.fairness.profit')}</th><th>DP</th><th>EO</th></tr></thead><tbody>${trade}</tbody></table>`;
}
