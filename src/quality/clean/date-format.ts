/**
 * @module quality/clean/date-format
 * Date formats of the `parse-dates` step: tokens `YYYY` (year), `MM`/`M` (month, two digits / one or two),
 * `DD`/`D` (day), `HH`/`H` (hour 0–23), `mm` (minute), `ss` (second), `SSS` (milliseconds); every other
 * character except letters is literal. `ISO` accepts ISO 8601 (`2011-01-04`, `2011-01-04T10:00:00Z`, with offset).
 * Dates without an offset are read as UTC. Impossible dates (31 April) do not parse.
 *
 * @example
 * ```ts
 * import { compileDateFormat } from './date-format.js';
 * const parse = compileDateFormat('DD.MM.YYYY');
 * parse('04.01.2011'); // Date.UTC(2011, 0, 4)
 * parse('31.04.2011'); // NaN
 * ```
 */

/** A compiled date format: text in, epoch milliseconds (UTC) out, NaN when it does not parse. */
export type DateParser = (text: string) => number;

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms';

const TOKENS: readonly (readonly [string, Field, string])[] = [
  ['YYYY', 'year', '(\\d{4})'],
  ['SSS', 'ms', '(\\d{3})'],
  ['MM', 'month', '(\\d{2})'],
  ['DD', 'day', '(\\d{2})'],
  ['HH', 'hour', '(\\d{2})'],
  ['mm', 'minute', '(\\d{2})'],
  ['ss', 'second', '(\\d{2})'],
  ['M', 'month', '(\\d{1,2})'],
  ['D', 'day', '(\\d{1,2})'],
  ['H', 'hour', '(\\d{1,2})'],
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Why a format cannot be used, or `null` when it is fine.
 *
 * @example
 * ```ts
 * dateFormatProblem('DD.MM.YYYY'); // null
 * dateFormatProblem('DD.MM.YY');   // 'unknown letters "YY" …'
 * ```
 */
export function dateFormatProblem(format: string): string | null {
  if (format === 'ISO') return null;
  const seen = new Set<Field>();
  let i = 0;
  while (i < format.length) {
    const token = TOKENS.find(([t]) => format.startsWith(t, i));
    if (token) {
      if (seen.has(token[1])) return `the ${token[1]} appears twice`;
      seen.add(token[1]);
      i += token[0].length;
    } else if (/[A-Za-z]/.test(format[i])) {
      let j = i;
      while (j < format.length && format[j] === format[i]) j++;
      return `unknown letters "${format.slice(i, j)}" (use YYYY MM M DD D HH H mm ss SSS, or ISO)`;
    } else {
      i++;
    }
  }
  for (const need of ['year', 'month', 'day'] as const) {
    if (!seen.has(need)) return `the format has no ${need} (YYYY, MM and DD are needed)`;
  }
  return null;
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return Number.NaN;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31 April over to 1 May: reject by reading the day back.
  return new Date(t).getUTCDate() === d ? t : Number.NaN;
}

function parseIso(text: string): number {
  const m = ISO.exec(text);
  if (!m) return Number.NaN;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const t = fromParts(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, ms);
  const zone = m[8];
  if (!zone || zone === 'Z' || t !== t) return t;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return t - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * Compile a format (check it first with `dateFormatProblem`; an invalid format throws a plain Error here,
 * as it is a programming error once the recipe has been validated).
 *
 * @example
 * ```ts
 * compileDateFormat('YYYY-MM-DD HH:mm')('2011-12-09 12:50'); // Date.UTC(2011, 11, 9, 12, 50)
 * ```
 */
export function compileDateFormat(format: string): DateParser {
  const problem = dateFormatProblem(format);
  if (problem) throw new Error(`invalid date format ${format}: ${problem}`);
  if (format === 'ISO') return (text) => parseIso(text.trim());
  const order: Field[] = [];
  let pattern = '^';
  let i = 0;
  while (i < format.length) {
    const token = TOKENS.find(([t]) => format.startsWith(t, i));
    if (token) {
      order.push(token[1]);
      pattern += token[2];
      i += token[0].length;
    } else {
      pattern += escapeRegex(format[i]);
      i++;
    }
  }
  const regex = new RegExp(`${pattern}$`);
  return (text) => {
    const m = regex.exec(text.trim());
    if (!m) return Number.NaN;
    const parts: Record<Field, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
    for (let k = 0; k < order.length; k++) parts[order[k]] = Number(m[k + 1]);
    return fromParts(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.ms);
  };
}
