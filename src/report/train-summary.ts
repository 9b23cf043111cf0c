/**
 * @module report/train-summary
 * The terminal output of `leitwerk train`: a headline (task, target, source, rows, trials, time; the winner
 * with the primary metric as CV mean ± sd; holdout and baseline), loud lines for a fallback model and for
 * leakage suspects that were kept, the top of the leaderboard as an aligned table fitted to the width, the
 * diagnostics with severity marks, and the marketing lines (lift in the top 10 %, KS, best profit, the contact
 * plan for a budget). Where the report and the model went is printed by the CLI. ANSI colours only when asked.
 *
 * @example
 * ```ts
 * import { formatTrainSummary } from './train-summary.js';
 * process.stdout.write(formatTrainSummary(result, { lang: 'en', color: process.stdout.isTTY, width: 100 }));
 * ```
 */
import type { LeaderboardEntry, MarketingValue, TrainResult } from '../automl/train-result.js';
import { formatMessage, type Language, type MessageId } from '../util/messages.js';
import { formatCount, formatNumber, formatShare } from './format-value.js';
import {
  padEnd,
  padStart,
  painter,
  SEVERITY_MARK,
  SEVERITY_STYLE,
  type Style,
  truncate,
  visibleLength,
  wrap,
} from './terminal-text.js';
import {
  formatBytes,
  formatMeanSd,
  formatMetric,
  formatMoney,
  formatSeconds,
  formatThreshold,
  metricDecimals,
  metricLabel,
  taskLabel,
} from './train-format.js';
import { metricOrder } from './train-leaderboard.js';
import { formatExpected } from './train-marketing-section.js';

/** Options of {@link formatTrainSummary}. */
export interface TrainSummaryOptions {
  readonly lang: Language;
  /** Use ANSI colours (pass `stdout.isTTY && !NO_COLOR`). */
  readonly color: boolean;
  /** Line width to fit (at least 60). */
  readonly width: number;
  /** Rows of the leaderboard shown (default 5). */
  readonly top?: number;
}

/** One column of the leaderboard table: header, cell text per entry, alignment. */
interface Column {
  readonly head: string;
  readonly cell: (e: LeaderboardEntry) => string;
  readonly right: boolean;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleUpperCase() + text.slice(1);
}

function leaderboardLines(result: TrainResult, lang: Language, width: number, top: number): string[] {
  const t = (id: MessageId, params = {}) => formatMessage(id, params, lang);
  const entries = result.leaderboard.slice(0, top);
  const primary = result.metric;
  const digits = (m: string, e: LeaderboardEntry) => metricDecimals(e.cv[m] ?? 0);
  const fixed: Column[] = [
    { head: t('report.train.head.rank'), cell: (e) => String(e.rank), right: true },
    { head: t('report.train.head.candidate'), cell: (e) => e.id, right: false },
    {
      head: metricLabel(primary, lang),
      cell: (e) => (e.cv[primary] === undefined ? '–' : formatMeanSd(e.cv[primary], e.cvSd[primary], lang)),
      right: true,
    },
  ];
  const tail: Column[] = [
    {
      head: t('report.train.head.train', { metric: metricLabel(primary, lang) }),
      cell: (e) => formatMetric(e.train, lang),
      right: true,
    },
    { head: t('report.train.head.fit'), cell: (e) => formatSeconds(e.fitSeconds, lang), right: true },
    { head: t('report.train.head.size'), cell: (e) => formatBytes(e.modelBytes, lang), right: true },
  ];
  const sizeOf = (c: Column) => Math.max(visibleLength(c.head), ...entries.map((e) => visibleLength(c.cell(e))));
  const total = (cols: readonly Column[]) => cols.reduce((s, c) => s + sizeOf(c), 0) + 2 * (cols.length - 1);
  // the other metrics (means only) are added while they fit
  const extra: Column[] = [];
  for (const m of metricOrder(result).slice(1)) {
    const col: Column = {
      head: metricLabel(m, lang),
      cell: (e) => (e.cv[m] === undefined ? '–' : formatMetric(e.cv[m], lang, digits(m, e))),
      right: true,
    };
    if (total([...fixed, ...extra, col, ...tail]) <= width) extra.push(col);
  }
  const columns = [...fixed, ...extra, ...tail];
  const widths = columns.map(sizeOf);
  // the candidate column gives way when the table is still too wide
  const over = total(columns) - width;
  if (over > 0) widths[1] = Math.max(6, widths[1] - over);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const text = truncate(c, widths[i]);
        return columns[i].right ? padStart(text, widths[i]) : padEnd(text, widths[i]);
      })
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.head)), ...entries.map((e) => line(columns.map((c) => c.cell(e))))];
  if (result.leaderboard.length > entries.length) {
    out.push(t('report.train.summary.moreCandidates', { n: result.leaderboard.length - entries.length }));
  }
  return out.map((l) => truncate(l, width));
}

/** The lift row nearest to the share (exact 10 % when the table has it). */
function liftNear(marketing: MarketingValue, share: number): MarketingValue['lift'][number] | undefined {
  let best: MarketingValue['lift'][number] | undefined;
  for (const row of marketing.lift) {
    if (best === undefined || Math.abs(row.share - share) < Math.abs(best.share - share)) best = row;
  }
  return best;
}

function marketingLines(marketing: MarketingValue, lang: Language): string[] {
  const t = (id: MessageId, params = {}) => formatMessage(id, params, lang);
  const out: string[] = [];
  const lift = liftNear(marketing, 0.1);
  if (lift !== undefined) {
    out.push(
      t('report.train.summary.liftAt', {
        share: formatShare(lift.share, lang),
        lift: formatNumber(Math.round(lift.lift * 100) / 100, lang),
        captured: formatShare(lift.capturedShare, lang),
        ks: formatMetric(marketing.ks, lang),
      }),
    );
  }
  if (marketing.profit !== undefined) {
    const b = marketing.profit.best;
    out.push(
      t('report.train.summary.profit', {
        profit: formatMoney(b.profit, lang),
        share: formatShare(b.share, lang),
        threshold: formatThreshold(b.threshold, lang),
        contacts: formatCount(b.contacts, lang),
      }),
    );
  }
  const plan = marketing.budget;
  if (plan !== undefined) {
    out.push(
      t('report.train.summary.budget', {
        contacts: formatCount(plan.contacts, lang),
        threshold: formatThreshold(plan.threshold, lang),
        expected: formatExpected(plan.expectedConversions, lang),
        random: formatExpected(plan.randomConversions, lang),
        lift: formatNumber(Math.round(plan.lift * 100) / 100, lang),
      }),
    );
    if (plan.expectedProfit !== undefined && plan.randomProfit !== undefined) {
      out.push(
        t('report.train.summary.budgetProfit', {
          expected: formatMoney(plan.expectedProfit, lang),
          random: formatMoney(plan.randomProfit, lang),
        }),
      );
    }
  }
  return out;
}

/**
 * Format the terminal summary of a training result (ends with a newline; no line is wider than `width`).
 *
 * @example
 * ```ts
 * formatTrainSummary(result, { lang: 'en', color: false, width: 100 });
 * // 'Binary classification of y on bank-full.csv: 45,211 rows used, 184 trials in 298 s\n
 * //  Best model: gbdt#17 (gbdt) · AUC in cross-validation: 0.9391 ± 0.0031\n…'
 * ```
 */
export function formatTrainSummary(result: TrainResult, options: TrainSummaryOptions): string {
  const { lang } = options;
  const width = Math.max(60, options.width);
  const paint = painter(options.color);
  const t = (id: MessageId, params = {}) => formatMessage(id, params, lang);
  const out: string[] = [];
  const push = (text: string, ...styles: Style[]) => {
    for (const l of wrap(text, width)) out.push(styles.reduce((s, style) => paint(style, s), l));
  };

  push(
    t('report.train.summary.header', {
      task: capitalise(taskLabel(result.task, lang)),
      target: result.target,
      source: result.data.source,
      rows: formatCount(result.data.usedRows, lang),
      trials: formatCount(result.search.trials, lang),
      seconds: formatSeconds(result.search.elapsedSeconds, lang),
    }),
    'bold',
  );
  const best = result.leaderboard[0];
  const metric = metricLabel(result.metric, lang);
  if (best !== undefined) {
    const mean = best.cv[result.metric] ?? Number.NaN;
    push(
      `${t('report.train.winner', { winner: `${best.id} (${best.learner})` })} · ${t('report.train.cvScore', {
        metric,
        mean: formatMetric(mean, lang),
        sd: formatMetric(best.cvSd[result.metric] ?? Number.NaN, lang, metricDecimals(mean)),
      })}`,
      'bold',
    );
  }
  const scores: string[] = [];
  const holdout = result.holdout?.[result.metric];
  if (holdout !== undefined)
    scores.push(t('report.train.holdoutScore', { metric, value: formatMetric(holdout, lang) }));
  scores.push(t('report.train.baselineScore', { value: formatMetric(result.baseline, lang) }));
  push(scores.join(' · '));
  if (result.fallback) push(`${SEVERITY_MARK.error} ${t('report.train.fallbackShort')}`, 'red', 'bold');
  const kept = result.data.leakage.filter((l) => l.kept).map((l) => l.column);
  if (kept.length > 0) {
    push(
      `${SEVERITY_MARK.error} ${t('report.train.leakage.keptWarning', { n: kept.length, columns: kept.join(', ') })}`,
      'red',
    );
  }

  if (result.leaderboard.length > 0) {
    out.push('');
    const table = leaderboardLines(result, lang, width, options.top ?? 5);
    out.push(paint('bold', table[0]), ...table.slice(1));
  }

  if (result.diagnostics.length > 0) {
    out.push('', paint('bold', t('report.train.diagnostics')));
    for (const s of result.diagnostics) {
      const lines = wrap(s.text, width - 2);
      lines.forEach((l, i) => {
        out.push(i === 0 ? `${paint(SEVERITY_STYLE[s.severity], SEVERITY_MARK[s.severity])} ${l}` : `  ${l}`);
      });
    }
  }

  if (result.marketing !== null) {
    const lines = marketingLines(result.marketing, lang);
    if (lines.length > 0) {
      out.push('');
      for (const l of lines) push(l);
    }
  }
  return `${out.join('\n')}\n`;
}
