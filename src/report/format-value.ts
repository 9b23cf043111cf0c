/**
 * @module report/format-value
 * Number, share and date formatting for reports and terminal summaries, in English or German
 * (`41,188` / `41.188`, `2.5 %` / `2,5 %`). Plain functions over `Intl`, so both outputs agree.
 *
 * @example
 * ```ts
 * import { formatCount, formatShare } from './format-value.js';
 * formatCount(41188, 'de'); // '41.188'
 * formatShare(0.0253, 'en'); // '2.5 %'
 * ```
 */
import type { Language } from '../util/messages.js';

const localeOf: Record<Language, string> = { en: 'en-US', de: 'de-DE' };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf[lang], options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * A whole count with digit grouping.
 *
 * @example
 * ```ts
 * formatCount(41188); // '41,188'
 * ```
 */
export function formatCount(n: number, lang: Language = 'en'): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/**
 * A share (0..1) as a percentage with one decimal (or more for tiny non-zero shares, so they do not read as 0).
 *
 * @example
 * ```ts
 * formatShare(0.25); // '25.0 %'
 * formatShare(0.00004); // '0.004 %'
 * ```
 */
export function formatShare(share: number, lang: Language = 'en'): string {
  if (!Number.isFinite(share)) return '–';
  const pct = share * 100;
  const digits = pct !== 0 && Math.abs(pct) < 0.1 ? 3 : 1;
  const text = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: digits }).format(pct);
  return `${text} %`;
}

/**
 * A measured value with precision that fits its size: integers exactly, large values with one decimal,
 * small values with three significant digits.
 *
 * @example
 * ```ts
 * formatNumber(93.2) ; // '93.2'
 * formatNumber(0.012345, 'de'); // '0,0123'
 * ```
 */
export function formatNumber(x: number, lang: Language = 'en'): string {
  if (Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (Number.isInteger(x)) return numberFormat(lang, { maximumFractionDigits: 0 }).format(x);
  const abs = Math.abs(x);
  if (abs >= 100) return numberFormat(lang, { maximumFractionDigits: 1 }).format(x);
  if (abs >= 1) return numberFormat(lang, { maximumFractionDigits: 2 }).format(x);
  return numberFormat(lang, { maximumSignificantDigits: 3 }).format(x);
}

/**
 * An epoch-ms instant as an ISO date (UTC), with the time only when it is not midnight.
 *
 * @example
 * ```ts
 * formatInstant(Date.UTC(2024, 0, 31)); // '2024-01-31'
 * formatInstant(Date.UTC(2024, 0, 31, 8, 30)); // '2024-01-31 08:30'
 * ```
 */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const iso = new Date(ms).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return date;
  return time.endsWith(':00') ? `${date} ${time.slice(0, 5)}` : `${date} ${time}`;
}
