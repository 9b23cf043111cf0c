/**
 * @module report/train-format
 * Texts and number formats shared by the training report and the training summary: metric names, metric
 * values with a fixed number of decimals (`0.9391 ± 0.0031`, `0,9391 ± 0,0031`), the short form of a
 * candidate's settings, model sizes, seconds, money and the task name.
 *
 * @example
 * ```ts
 * import { formatMeanSd, metricLabel } from './train-format.js';
 * `${metricLabel('auc', 'en')} ${formatMeanSd(0.93912, 0.00307, 'en')}`; // 'AUC 0.9391 ± 0.0031'
 * ```
 */
import type { Task } from '../learners/learner.js';
import { formatMessage, isMessageId, type Language } from '../util/messages.js';
import { formatNumber } from './format-value.js';

const localeOf: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

function fixed(x: number, digits: number, lang: Language): string {
  if (Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const text = new Intl.NumberFormat(localeOf[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
  return text === '-0' || /^-0[.,]0*$/.test(text) ? text.slice(1) : text;
}

/**
 * Decimals for a metric value of this size: 4 below 10 (AUC, log loss, R²), 2 below 1000, else 0.
 *
 * @example
 * ```ts
 * metricDecimals(0.93); // 4
 * metricDecimals(412.7); // 2
 * ```
 */
export function metricDecimals(x: number): number {
  const abs = Math.abs(x);
  if (!Number.isFinite(abs) || abs < 10) return 4;
  return abs < 1000 ? 2 : 0;
}

/**
 * A metric value with the decimals of {@link metricDecimals} (or the given number).
 *
 * @example
 * ```ts
 * formatMetric(0.93912, 'de'); // '0,9391'
 * formatMetric(1234.567, 'en'); // '1,235'
 * ```
 */
export function formatMetric(x: number, lang: Language, digits = metricDecimals(x)): string {
  return fixed(x, digits, lang);
}

/**
 * `mean ± sd`, both with the decimals of the mean.
 *
 * @example
 * ```ts
 * formatMeanSd(0.93912, 0.00307, 'en'); // '0.9391 ± 0.0031'
 * ```
 */
export function formatMeanSd(mean: number, sd: number | undefined, lang: Language): string {
  const digits = metricDecimals(mean);
  const m = fixed(mean, digits, lang);
  return sd === undefined || Number.isNaN(sd) ? m : `${m} ± ${fixed(sd, digits, lang)}`;
}

/**
 * The name of a metric for people (`AUC`, `Log loss`, `RMSE`); unknown ids are shown as they are.
 *
 * @example
 * ```ts
 * metricLabel('logloss', 'de'); // 'Log-Loss'
 * metricLabel('my_metric', 'en'); // 'my_metric'
 * ```
 */
export function metricLabel(metric: string, lang: Language): string {
  const id = `report.train.metric.${metric}`;
  return isMessageId(id) ? formatMessage(id, {}, lang) : metric;
}

/**
 * The name of a task (`binary classification`, `Regression`).
 *
 * @example
 * ```ts
 * taskLabel('regression', 'de'); // 'Regression'
 * ```
 */
export function taskLabel(task: Task, lang: Language): string {
  return formatMessage(`report.train.task.${task}`, {}, lang);
}

/**
 * A byte count as B, kB or MB (powers of 1000, one decimal).
 *
 * @example
 * ```ts
 * formatBytes(48213, 'en'); // '48.2 kB'
 * ```
 */
export function formatBytes(bytes: number, lang: Language): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1000) return `${fixed(bytes, 0, lang)} B`;
  if (bytes < 1e6) return `${fixed(bytes / 1e3, 1, lang)} kB`;
  return `${fixed(bytes / 1e6, 1, lang)} MB`;
}

/**
 * Seconds with two decimals below 10 s, one below 100 s, else whole seconds.
 *
 * @example
 * ```ts
 * formatSeconds(1.234, 'de'); // '1,23'
 * formatSeconds(312.4, 'en'); // '312'
 * ```
 */
export function formatSeconds(seconds: number, lang: Language): string {
  const abs = Math.abs(seconds);
  return fixed(seconds, abs < 10 ? 2 : abs < 100 ? 1 : 0, lang);
}

/**
 * A money amount with digit grouping and two decimals below 1000, none above (the currency is the user's).
 *
 * @example
 * ```ts
 * formatMoney(18234.4, 'de'); // '18.234'
 * formatMoney(2.5, 'en'); // '2.50'
 * ```
 */
export function formatMoney(amount: number, lang: Language): string {
  return fixed(amount, Math.abs(amount) < 1000 ? 2 : 0, lang);
}

/**
 * A score threshold (a probability) with three decimals.
 *
 * @example
 * ```ts
 * formatThreshold(0.23117, 'en'); // '0.231'
 * ```
 */
export function formatThreshold(threshold: number, lang: Language): string {
  return fixed(threshold, 3, lang);
}

function paramValue(value: unknown, lang: Language): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value) ?? '–';
}

/**
 * The settings of a candidate in one short line, in the key order given: `learning_rate=0.05, max_depth=6`.
 * An ensemble's `members` map is written as `gbdt#3 0.6, linear#1 0.4`. At most `max` settings (default 6)
 * are shown; the rest is counted (`+3`).
 *
 * @example
 * ```ts
 * formatParams({ learning_rate: 0.05, max_depth: 6 }, 'en'); // 'learning_rate=0.05, max_depth=6'
 * formatParams({ members: { 'gbdt#3': 0.6, 'linear#1': 0.4 } }, 'en'); // 'gbdt#3 0.6, linear#1 0.4'
 * ```
 */
export function formatParams(params: Readonly<Record<string, unknown>>, lang: Language, max = 6): string {
  const members = params.members;
  if (typeof members === 'object' && members !== null && !Array.isArray(members)) {
    return Object.entries(members as Record<string, unknown>)
      .map(([id, w]) => `${id} ${paramValue(w, lang)}`)
      .join(', ');
  }
  const entries = Object.entries(params);
  const shown = entries.slice(0, max).map(([k, v]) => `${k}=${paramValue(v, lang)}`);
  if (entries.length > max) shown.push(`+${entries.length - max}`);
  return shown.length === 0 ? '–' : shown.join(', ');
}
