/**
 * @module quality/pii-patterns
 * Recognise personal data in a text value: e-mail addresses, phone numbers, IBANs (structure + mod-97),
 * payment card numbers (13–19 digits, Luhn, issuer prefix) and IPv4/IPv6 addresses — either as the whole
 * value (`wholePii`) or inside free text (`embeddedPii`).
 *
 * Phone numbers (whole value): international (`+49 151 2345678`, `0049 …`), national with a trunk `0`
 * (`030 1234567`, `(030) 123456`, `0151-23456789`, `089/123456`) and North-American (`(555) 123-4567`),
 * 7–15 digits. Not phones: plain digit strings (unless `0` + 9–12 digits or `00` + country code), decimals and
 * dates. Inside free text only
 * the international form counts (national forms collide with order numbers and amounts).
 *
 * @example
 * ```ts
 * import { wholePii, luhnValid, ibanValid } from './pii-patterns.js';
 * wholePii('jane.doe@example.com'); // 'email'
 * luhnValid('4111111111111111');    // true
 * ibanValid('DE89370400440532013000'); // true
 * ```
 */
import { isIP, isIPv6 } from 'node:net';

/** A kind of personal data recognised by content. */
export type ContentPiiKind = 'email' | 'phone' | 'iban' | 'card' | 'ip';

/** Every content kind, in report order. */
export const CONTENT_PII_KINDS: readonly ContentPiiKind[] = ['email', 'iban', 'card', 'phone', 'ip'];

const EMAIL_WHOLE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const EMAIL_IN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IBAN_IN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/g;
const CARD_IN = /(?<![+\d])\d(?:[ -]?\d){12,18}(?!\d)/g;
const PHONE_INTL_IN = /(?:\+|\b00)\d{1,3}[ \-/.]?(?:\(0?\d{1,5}\)[ \-/.]?)?\d(?:[\d \-/.]*\d)?/g;
const IPV4_IN = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g;
const IPV6_IN = /(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}/g;

const PHONE_INTL = /^(?:\+|00)\d{1,3}[ \-/.]?(?:\(0?\d{1,5}\)[ \-/.]?)?\d[\d \-/.]*\d$/;
const PHONE_NATIONAL = /^(?:\(0\d{1,5}\)|0\d{1,5})[ \-/.]?\d[\d \-/.]*\d$/;
const PHONE_NANP = /^(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const PLAIN_NATIONAL = /^0[1-9]\d{8,11}$/;
const PLAIN_INTL = /^00[1-9]\d{7,13}$/;
const DATE_LIKE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}$/;
const DECIMAL = /^\d+[.,]\d+$/;
const CARD_WHOLE = /^\d(?:[ -]?\d){12,18}$/;

/** IBAN lengths of common countries (others: 15–34 characters). */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  CH: 21,
  CZ: 24,
  DE: 22,
  DK: 18,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  IE: 22,
  IT: 27,
  LU: 20,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  SE: 24,
};

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Whether a digit string (spaces and dashes allowed) passes the Luhn check.
 *
 * @example
 * ```ts
 * luhnValid('4111 1111 1111 1111'); // true
 * luhnValid('4111111111111112');    // false
 * ```
 */
export function luhnValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d+$/.test(digits) || digits.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether a value is a payment card number: 13–19 digits (optionally spaced or dashed), an issuer prefix
 * (2–6: Mastercard, Amex/Diners/JCB, Visa, Mastercard, Discover/Maestro) and a valid Luhn check digit.
 *
 * @example
 * ```ts
 * isCardNumber('4111-1111-1111-1111'); // true
 * isCardNumber('1234567812345670');    // false (no issuer starts with 1)
 * ```
 */
export function isCardNumber(value: string): boolean {
  if (!CARD_WHOLE.test(value)) return false;
  const n = digitCount(value);
  return n >= 13 && n <= 19 && value[0] >= '2' && value[0] <= '6' && luhnValid(value);
}

/**
 * Whether a value is a valid IBAN: two letters, two check digits, 11–30 letters or digits (spaces allowed),
 * the country's length where known, and the ISO 7064 mod-97 check equal to 1.
 *
 * @example
 * ```ts
 * ibanValid('GB82 WEST 1234 5698 7654 32'); // true
 * ibanValid('DE89370400440532013001');      // false
 * ```
 */
export function ibanValid(value: string): boolean {
  const iban = value.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const d of part) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/**
 * Whether a value is a phone number (see the module rules).
 *
 * @example
 * ```ts
 * isPhoneNumber('+49 (0)30 1234567'); // true
 * isPhoneNumber('2020-01-15');        // false
 * isPhoneNumber('123456789');         // false
 * ```
 */
export function isPhoneNumber(value: string): boolean {
  if (DATE_LIKE.test(value) || DECIMAL.test(value)) return false;
  if (/^\d+$/.test(value) && !PLAIN_NATIONAL.test(value) && !PLAIN_INTL.test(value)) return false;
  const digits = digitCount(value);
  if (digits < 7 || digits > 15) return false;
  if (!/^[\d +\-/.()]+$/.test(value)) return false;
  return PHONE_INTL.test(value) || PHONE_NATIONAL.test(value) || PHONE_NANP.test(value);
}

/**
 * The kind of personal data the whole (trimmed) value is, or null.
 *
 * @example
 * ```ts
 * wholePii('192.168.0.1');      // 'ip'
 * wholePii('4111111111111111'); // 'card'
 * wholePii('hello');            // null
 * ```
 */
export function wholePii(raw: string): ContentPiiKind | null {
  const value = raw.trim();
  if (value.length < 3 || value.length > 254) return null;
  if (value.includes('@')) return EMAIL_WHOLE.test(value) ? 'email' : null;
  if (/^[A-Za-z]{2}\d{2}/.test(value) && ibanValid(value)) return 'iban';
  if (isCardNumber(value)) return 'card';
  if (isIP(value) !== 0) return 'ip';
  if (isPhoneNumber(value)) return 'phone';
  return null;
}

/** One piece of personal data found inside a text. */
export interface PiiMatch {
  readonly kind: ContentPiiKind;
  readonly text: string;
}

/**
 * Personal data inside free text (used when the value as a whole is not one): e-mails, IBANs, card numbers,
 * international phone numbers, IPv4 and IPv6 addresses.
 *
 * @example
 * ```ts
 * embeddedPii('call back, mail jane@example.com').map((m) => m.kind); // ['email']
 * ```
 */
export function embeddedPii(value: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  let rest = value;
  for (const m of value.matchAll(EMAIL_IN)) {
    out.push({ kind: 'email', text: m[0] });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(IBAN_IN)) {
    const iban = longestValidPrefix(m[0]);
    if (iban) {
      out.push({ kind: 'iban', text: iban });
      rest = rest.replace(iban, ' ');
    }
  }
  for (const m of rest.matchAll(CARD_IN)) {
    if (isCardNumber(m[0])) {
      out.push({ kind: 'card', text: m[0] });
      rest = rest.replace(m[0], ' ');
    }
  }
  for (const m of rest.matchAll(PHONE_INTL_IN)) {
    const digits = digitCount(m[0]);
    if (digits >= 8 && digits <= 15) {
      out.push({ kind: 'phone', text: m[0] });
      rest = rest.replace(m[0], ' ');
    }
  }
  for (const m of rest.matchAll(IPV4_IN)) out.push({ kind: 'ip', text: m[0] });
  if (rest.includes('::') || /[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/.test(rest)) {
    for (const m of rest.matchAll(IPV6_IN)) if (m[0].length >= 3 && isIPv6(m[0])) out.push({ kind: 'ip', text: m[0] });
  }
  return out;
}

/** The longest prefix (at a character boundary, spaces trimmed) of an IBAN-shaped run that is a valid IBAN. */
function longestValidPrefix(run: string): string | null {
  for (let end = run.length; end >= 15; end--) {
    const candidate = run.slice(0, end).trimEnd();
    if (ibanValid(candidate)) return candidate;
  }
  return null;
}
