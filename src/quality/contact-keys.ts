/**
 * @module quality/contact-keys
 * Normalised forms of e-mail addresses, phone numbers and person names, so that spellings of the same
 * contact compare equal — and the recognition of columns that hold them (by column name, or by content).
 * Used by the near-duplicate check on candidate columns only.
 *
 * @example
 * ```ts
 * import { normaliseEmail, normalisePhone, normaliseName } from './contact-keys.js';
 * normaliseEmail(' Anna.Schmidt@GMail.com'); // 'annaschmidt@gmail.com'
 * normalisePhone('+49 (0)170 123-4567'); // '01701234567'
 * normaliseName('Schmidt,  Anna-Lena'); // 'anna lena schmidt'
 * ```
 */

/** Kinds of contact columns. */
export type ContactKind = 'email' | 'phone' | 'name';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An e-mail address lower-cased and trimmed; for Gmail, dots and `+tags` in the local part are dropped.
 * `null` when the text is not an address.
 *
 * @example
 * ```ts
 * normaliseEmail('J.Doe+news@gmail.com'); // 'jdoe@gmail.com'
 * ```
 */
export function normaliseEmail(text: string): string | null {
  const s = text.trim().toLowerCase();
  if (!EMAIL.test(s)) return null;
  const at = s.lastIndexOf('@');
  let local = s.slice(0, at);
  let domain = s.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') {
    local = local.replace(/\+.*$/, '').replaceAll('.', '');
  }
  return `${local}@${domain}`;
}

/** Country codes whose national numbers start with a trunk 0 (dialled after the code without it). */
const TRUNK_ZERO = ['49', '43', '41', '44', '33', '31', '32', '48', '420', '45', '46', '47', '358', '353', '30'];

/**
 * The digits of a phone number; an international prefix (`+` or `00`) of a country that dials a trunk 0
 * nationally (DE, AT, CH, UK, FR, NL, …) becomes that 0, and `+1` is dropped, so national and international
 * spellings compare equal. `null` with fewer than 6 digits.
 *
 * @example
 * ```ts
 * normalisePhone('0049 170 1234567') === normalisePhone('0170/1234567'); // true
 * ```
 */
export function normalisePhone(text: string): string | null {
  const trimmed = text.trim();
  let digits = trimmed.replace(/\D+/g, '');
  if (digits.length < 6) return null;
  let international = false;
  if (trimmed.startsWith('+')) international = true;
  else if (digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  if (!international) return digits;
  if (digits.startsWith('1') && digits.length === 11) return digits.slice(1);
  for (const cc of TRUNK_ZERO) {
    if (digits.startsWith(cc)) {
      const rest = digits.slice(cc.length);
      return rest.startsWith('0') ? rest : `0${rest}`;
    }
  }
  return `+${digits}`;
}

/**
 * A person's name lower-cased, accents removed (ß → ss), punctuation turned into spaces, spaces collapsed and
 * the words sorted (so "Schmidt, Anna" equals "Anna Schmidt"). `null` when nothing is left.
 *
 * @example
 * ```ts
 * normaliseName('Müller,  Jörg') === normaliseName('jorg muller'); // true
 * ```
 */
export function normaliseName(text: string): string | null {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (s.length < 2) return null;
  return s.split(' ').sort().join(' ');
}

/**
 * The normaliser of a contact kind.
 *
 * @example
 * ```ts
 * normaliserOf('email')('A@B.de'); // 'a@b.de'
 * ```
 */
export function normaliserOf(kind: ContactKind): (text: string) => string | null {
  return kind === 'email' ? normaliseEmail : kind === 'phone' ? normalisePhone : normaliseName;
}

const NAME_PATTERNS: Record<ContactKind, RegExp> = {
  email: /^(e[-_ ]?mail|mail)([-_ ]?(address|adresse|addr))?$|[-_ ]e[-_ ]?mail$|^e[-_ ]?mail[-_ ]/,
  phone:
    /(^|[-_ ])(phone|telephone|tel|telefon|telefonnummer|mobile|mobil|handy|cell|cellphone|fax)([-_ ]?(no|nr|number|nummer))?$|phone/,
  name: /^((full|customer|client|contact|kunden|person)[-_ ]?)?name$|^(kunde|vollständiger name)$/,
};

const FIRST_NAME = /^(first|given|fore)[-_ ]?name$|^vorname$/;
const LAST_NAME = /^(last|family|sur)[-_ ]?name$|^surname$|^nachname$|^familienname$/;

/**
 * Whether a column name is a first-name or a last-name column (combined into one name key).
 *
 * @example
 * ```ts
 * namePartByName('Vorname'); // 'first'
 * ```
 */
export function namePartByName(name: string): 'first' | 'last' | null {
  const n = name.trim().toLowerCase();
  return FIRST_NAME.test(n) ? 'first' : LAST_NAME.test(n) ? 'last' : null;
}

/**
 * Which kind of contact data a column name suggests, if any (`email`, `Phone_Number`, `customer_name`, …).
 *
 * @example
 * ```ts
 * contactKindByName('E-Mail-Adresse'); // 'email'
 * contactKindByName('job'); // null
 * ```
 */
export function contactKindByName(name: string): ContactKind | null {
  const n = name.trim().toLowerCase();
  for (const kind of ['email', 'phone', 'name'] as const) if (NAME_PATTERNS[kind].test(n)) return kind;
  return null;
}

const PHONE_TEXT = /^\+?[\d\s()./-]{7,24}$/;
const DATE_TEXT = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

/**
 * Which kind of contact data most (≥ 80 %) of some distinct values hold: e-mail addresses, or phone numbers
 * written with a `+`, a leading 0 or separators (plain digit strings are left out: they are usually ids).
 *
 * @example
 * ```ts
 * contactKindByContent(['a@b.de', 'c@d.com']); // 'email'
 * ```
 */
export function contactKindByContent(values: readonly string[]): ContactKind | null {
  if (values.length === 0) return null;
  let emails = 0;
  let phones = 0;
  for (const v of values) {
    const s = v.trim();
    if (EMAIL.test(s)) emails++;
    else if (PHONE_TEXT.test(s) && /^[+0]|[\s()./-]/.test(s) && !DATE_TEXT.test(s)) {
      const digits = s.replace(/\D+/g, '').length;
      if (digits >= 7 && digits <= 15) phones++;
    }
  }
  if (emails >= 0.8 * values.length) return 'email';
  if (phones >= 0.8 * values.length) return 'phone';
  return null;
}
