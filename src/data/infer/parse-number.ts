/**
 * @module data/infer/parse-number
 * Fast number parsing straight from bytes (no string per cell) and from strings, with the same rules:
 * optional surrounding spaces, an optional `-`, digits, an optional fraction and exponent. Values are
 * correctly rounded (a fast exact path for ≤ 15 significant digits and small exponents, `Number()` otherwise).
 *
 * Not numbers, on purpose: a leading `+` (phone numbers), `Infinity`, hex, thousands separators, a decimal
 * comma (handled later from the dictionary), and integers with a leading zero such as `0049` or with more than
 * 15 digits (codes, zip codes, card numbers — text whose digits matter). Those report a `NumberVerdict`.
 *
 * @example
 * ```ts
 * import { parseNumberBytes } from './parse-number.js';
 * const b = new TextEncoder().encode(' 12.5 ');
 * parseNumberBytes(b, 0, b.length); // 12.5
 * ```
 */

/** Why a numeric-looking cell was not taken as a number (`NOT_NUMBER` for plain text). */
export const NOT_NUMBER = 0;
/** Digits with a leading zero (`007`, `0171…`): a code, not a quantity. */
export const LEADING_ZERO = 1;
/** More than 15 integer digits: would lose precision as a double. */
export const TOO_MANY_DIGITS = 2;

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/** The verdict of the last failed parse (set when a parse returns NaN). */
export let lastVerdict = NOT_NUMBER;

const decoder = new TextDecoder('latin1');

/**
 * Parse bytes `[start, end)` as a number; `NaN` when they are not one (see `lastVerdict` for why).
 *
 * @example
 * ```ts
 * parseNumberBytes(Uint8Array.of(0x34, 0x32), 0, 2); // 42
 * ```
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  lastVerdict = NOT_NUMBER;
  while (start < end && (buf[start] === 32 || buf[start] === 9)) start++;
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9)) end--;
  if (start >= end) return Number.NaN;
  let i = start;
  let negative = false;
  if (buf[i] === 45) {
    negative = true;
    i++;
  }
  const intStart = i;
  let mantissa = 0;
  let digits = 0;
  while (i < end) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0 || digits > 0) digits++;
    i++;
  }
  const intDigits = i - intStart;
  let fracDigits = 0;
  if (i < end && buf[i] === 46) {
    i++;
    const fracStart = i;
    while (i < end) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa !== 0 || digits > 0) digits++;
      i++;
    }
    fracDigits = i - fracStart;
  }
  if (intDigits === 0 && fracDigits === 0) return Number.NaN;
  let exponent = 0;
  let hasExponent = false;
  if (i < end && (buf[i] === 101 || buf[i] === 69)) {
    hasExponent = true;
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === 45 || buf[i] === 43)) {
      expNegative = buf[i] === 45;
      i++;
    }
    const expStart = i;
    while (i < end) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      exponent = exponent * 10 + d;
      i++;
    }
    if (i === expStart) return Number.NaN;
    if (expNegative) exponent = -exponent;
  }
  if (i !== end) return Number.NaN;
  if (intDigits > 1 && buf[intStart] === 48 && fracDigits === 0 && !hasExponent) {
    lastVerdict = LEADING_ZERO;
    return Number.NaN;
  }
  if (intDigits > 15 && fracDigits === 0 && !hasExponent) {
    lastVerdict = TOO_MANY_DIGITS;
    return Number.NaN;
  }
  const scale = exponent - fracDigits;
  let value: number;
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    value = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
  } else {
    value = Number(decoder.decode(buf.subarray(negative ? start + 1 : start, end)));
  }
  return negative ? -value : value;
}

const scratch = new Uint8Array(64);

/**
 * Parse a string with the same rules as `parseNumberBytes`.
 *
 * @example
 * ```ts
 * parseNumberString('1e3'); // 1000
 * parseNumberString('0049'); // NaN (lastVerdict === LEADING_ZERO)
 * ```
 */
export function parseNumberString(text: string): number {
  const n = text.length;
  if (n > scratch.length) {
    lastVerdict = NOT_NUMBER;
    const trimmed = text.trim();
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number.NaN;
    if (/^-?\d{16,}$/.test(trimmed)) {
      lastVerdict = TOO_MANY_DIGITS;
      return Number.NaN;
    }
    return Number(trimmed);
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      lastVerdict = NOT_NUMBER;
      return Number.NaN;
    }
    scratch[i] = c;
  }
  return parseNumberBytes(scratch, 0, n);
}

/**
 * Parse a number written with a decimal comma and optional `.` thousands separators (`1.234,5`, `-3,75`).
 * `NaN` when the text is not of that form.
 *
 * @example
 * ```ts
 * parseDecimalComma('1.234,5'); // 1234.5
 * ```
 */
export function parseDecimalComma(text: string): number {
  const t = text.trim();
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}
