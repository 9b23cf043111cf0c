/**
 * @module data/infer/parse-date
 * Date and datetime format detection over the distinct values of a column, and parsing to epoch
 * milliseconds. Times without a zone are read as UTC, so results never depend on the machine's time zone.
 *
 * Formats: ISO 8601 (`2011-12-09`, `2011-12-09 12:50`, `2011-12-09T12:50:00.000Z`, with offsets),
 * `YYYY/MM/DD`, German `DD.MM.YYYY`, and `DD/MM/YYYY` or `MM/DD/YYYY` (decided by the values: a first field
 * above 12 means day-first; when every value is ambiguous, month-first is assumed and said in the evidence) —
 * each optionally followed by ` HH:mm` or ` HH:mm:ss`.
 *
 * @example
 * ```ts
 * import { detectDateFormat, parseDate } from './parse-date.js';
 * const f = detectDateFormat(['01.02.2020', '31.12.2021']); // { format: 'DD.MM.YYYY', … }
 * parseDate('31.12.2021', f!.format); // Date.UTC(2021, 11, 31)
 * ```
 */

/** A detected format, with how much of the input it covers. */
export interface DateFormatGuess {
  readonly format: string;
  /** Values (weighted by their counts when given) that parse with this format. */
  readonly parsed: number;
  readonly total: number;
  /** Set when day/month order could not be decided from the values. */
  readonly ambiguous?: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const XY_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const XY_DASH = /^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return Number.NaN;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(t);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return Number.NaN;
  return t;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/**
 * Parse one value with a given format name (as returned by `detectDateFormat`); `NaN` when it does not fit.
 *
 * @example
 * ```ts
 * parseDate('2011-12-09 12:50:00', 'ISO'); // Date.UTC(2011, 11, 9, 12, 50)
 * ```
 */
export function parseDate(text: string, format: string): number {
  const t = text.trim();
  let m: RegExpExecArray | null;
  switch (format) {
    case 'ISO': {
      m = ISO.exec(t);
      if (!m) return Number.NaN;
      const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
      let v = build(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), ms);
      const zone = m[8];
      if (zone && zone !== 'Z') {
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        v -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
      }
      return v;
    }
    case 'YYYY/MM/DD':
      m = YMD_SLASH.exec(t);
      return m ? build(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    case 'DD.MM.YYYY':
      m = DMY_DOT.exec(t);
      return m ? build(num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    case 'DD/MM/YYYY':
      m = XY_SLASH.exec(t);
      return m ? build(num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    case 'MM/DD/YYYY':
      m = XY_SLASH.exec(t);
      return m ? build(num(m[3]), num(m[1]), num(m[2]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    case 'DD-MM-YYYY':
      m = XY_DASH.exec(t);
      return m ? build(num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    case 'MM-DD-YYYY':
      m = XY_DASH.exec(t);
      return m ? build(num(m[3]), num(m[1]), num(m[2]), num(m[4]), num(m[5]), num(m[6]), 0) : Number.NaN;
    default:
      return Number.NaN;
  }
}

/** Every format name `parseDate` understands. */
export const DATE_FORMATS: readonly string[] = Object.freeze([
  'ISO',
  'YYYY/MM/DD',
  'DD.MM.YYYY',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD-MM-YYYY',
  'MM-DD-YYYY',
]);

/**
 * Pick the date format that parses the largest share of the values (weighted by `counts` when given).
 * Returns undefined when no value looks like a date.
 *
 * @example
 * ```ts
 * detectDateFormat(['13/01/2020', '02/03/2020'])?.format; // 'DD/MM/YYYY'
 * ```
 */
export function detectDateFormat(values: readonly string[], counts?: ArrayLike<number>): DateFormatGuess | undefined {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += counts ? counts[i] : 1;
  if (total === 0) return undefined;
  // Day/month order for the slash and dash forms: decided by any field above 12.
  let slashDayFirst = false;
  let slashMonthFirst = false;
  let dashDayFirst = false;
  let dashMonthFirst = false;
  for (const v of values) {
    const s = XY_SLASH.exec(v.trim());
    if (s) {
      if (Number(s[1]) > 12) slashDayFirst = true;
      if (Number(s[2]) > 12) slashMonthFirst = true;
    }
    const d = XY_DASH.exec(v.trim());
    if (d) {
      if (Number(d[1]) > 12) dashDayFirst = true;
      if (Number(d[2]) > 12) dashMonthFirst = true;
    }
  }
  const candidates = ['ISO', 'YYYY/MM/DD', 'DD.MM.YYYY'];
  candidates.push(slashDayFirst && !slashMonthFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY');
  candidates.push(dashDayFirst && !dashMonthFirst ? 'DD-MM-YYYY' : 'MM-DD-YYYY');
  let best: DateFormatGuess | undefined;
  for (const format of candidates) {
    let parsed = 0;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isNaN(parseDate(values[i], format))) parsed += counts ? counts[i] : 1;
    }
    if (parsed > 0 && (!best || parsed > best.parsed)) {
      const ambiguous =
        (format === 'MM/DD/YYYY' && !slashMonthFirst) || (format === 'MM-DD-YYYY' && !dashMonthFirst) || undefined;
      best = { format, parsed, total, ...(ambiguous ? { ambiguous } : {}) };
    }
  }
  return best;
}
