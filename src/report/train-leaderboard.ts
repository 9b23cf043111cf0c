/**
 * @module report/train-leaderboard
 * The leaderboard table of the training report: every candidate, best first, with rank, id, learner, its key
 * settings (and boosting rounds kept), each cross-validated metric as mean ± sd (the primary metric first),
 * the training score of the primary metric, fit seconds and model size. The winner's row is marked.
 *
 * @example
 * ```ts
 * import { leaderboardHtml, metricOrder } from './train-leaderboard.js';
 * leaderboardHtml(result, 'en');
 * metricOrder(result); // ['auc', 'logloss', 'brier', …]
 * ```
 */
import type { LeaderboardEntry, TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language } from '../util/messages.js';
import { formatNumber } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';
import { formatBytes, formatMeanSd, formatMetric, formatParams, formatSeconds, metricLabel } from './train-format.js';

/**
 * The metrics of the leaderboard: the primary metric first, then the others in first-seen order.
 *
 * @example
 * ```ts
 * metricOrder({ metric: 'auc', leaderboard: [{ cv: { logloss: 0.2, auc: 0.93 } }] } as TrainResult); // ['auc', 'logloss']
 * ```
 */
export function metricOrder(result: Pick<TrainResult, 'metric' | 'leaderboard'>): string[] {
  const order = [result.metric];
  for (const entry of result.leaderboard) for (const m of Object.keys(entry.cv)) if (!order.includes(m)) order.push(m);
  return order;
}

/**
 * The settings of a candidate with the boosting rounds kept, as one short line.
 *
 * @example
 * ```ts
 * entrySettings({ params: { max_depth: 6 }, rounds: 412.5 } as LeaderboardEntry, 'en'); // 'max_depth=6, rounds=412.5'
 * ```
 */
export function entrySettings(entry: LeaderboardEntry, lang: Language): string {
  const text = formatParams(entry.params, lang);
  if (entry.rounds === undefined) return text;
  const rounds = `${formatMessage('report.train.rounds', {}, lang)}=${formatNumber(entry.rounds, lang)}`;
  return text === '–' ? rounds : `${text}, ${rounds}`;
}

/**
 * The leaderboard as an HTML table (all entries, in the order given, which is best first).
 *
 * @example
 * ```ts
 * leaderboardHtml(result, 'de');
 * ```
 */
export function leaderboardHtml(result: TrainResult, lang: Language): SafeHtml {
  const t = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, lang);
  const metrics = metricOrder(result);
  const primary = metricLabel(result.metric, lang);
  const rows = result.leaderboard.map(
    (e, i) => html`<tr${i === 0 ? html` class="winner"` : null}>
<td class="num">${e.rank}</td>
<td><code>${e.id}</code></td>
<td>${e.learner}</td>
<td>${entrySettings(e, lang)}</td>
${metrics.map((m) => html`<td class="num">${e.cv[m] === undefined ? '–' : formatMeanSd(e.cv[m], e.cvSd[m], lang)}</td>`)}
<td class="num">${formatMetric(e.train, lang)}</td>
<td class="num">${formatSeconds(e.fitSeconds, lang)}</td>
<td class="num">${formatBytes(e.modelBytes, lang)}</td>
</tr>
`,
  );
  return html`<div class="table-wrap"><table class="leaderboard">
<thead><tr>
<th class="num">${t('report.train.head.rank')}</th>
<th>${t('report.train.head.candidate')}</th>
<th>${t('report.train.head.learner')}</th>
<th>${t('report.train.head.params')}</th>
${metrics.map((m) => html`<th class="num">${metricLabel(m, lang)}</th>`)}
<th class="num">${t('report.train.head.train', { metric: primary })}</th>
<th class="num">${t('report.train.head.fit')}</th>
<th class="num">${t('report.train.head.size')}</th>
</tr></thead>
<tbody>
${rows}</tbody>
</table></div>`;
}
