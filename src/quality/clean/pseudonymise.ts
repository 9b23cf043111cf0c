/**
 * @module quality/clean/pseudonymise
 * Keyed pseudonyms for personal data: `pii_` + the first 10 bytes of HMAC-SHA256(key, value) in lower-case
 * base32 (16 characters, 80 bits). The same value and key always give the same token, so joins and counts still
 * work; without the key the token cannot be recomputed from a guessed value (unlike a plain hash of an e-mail).
 *
 * Values are normalised before hashing (`normalise: 'auto'`, the default), so that one person gets one token
 * however the value was typed: every value is Unicode-NFC'd and trimmed; e-mail addresses are lower-cased;
 * IBANs lose their spaces and are upper-cased; phone numbers keep only their digits and a leading `+` (a
 * leading `00` becomes `+`). National and international forms of one phone number (`0151 …` vs `+49 151 …`)
 * stay different: the country is not guessed. The column is not part of the hashed text, so the same e-mail
 * gets the same token in every column and table of a project.
 *
 * @example
 * ```ts
 * import { pseudonym } from './pseudonymise.js';
 * pseudonym(' Anna@Example.org', key) === pseudonym('anna@example.org', key); // true
 * ```
 */
import { createHmac } from 'node:crypto';
import { type CategoryColumn, type Column, categoryColumn, textAt } from '../../data/column.js';
import { ValidationError } from '../../util/errors.js';

/** The prefix of every pseudonym. */
export const PSEUDONYM_PREFIX = 'pii_';

/** Shortest key accepted (bytes). The project key has 32. */
export const MIN_KEY_BYTES = 16;

/** Domain separation: tokens of this scheme never equal HMACs the same key makes for anything else. */
const DOMAIN = 'leitwerk.pseudonym.v1\u0000';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const PHONE = /^\+?[\d\s().\-/]+$/;

/**
 * The key as bytes: a `Uint8Array` as it is, a string as its UTF-8 bytes (a hex string is NOT decoded — pass
 * the bytes of `loadProjectKey`). Throws when shorter than 16 bytes.
 *
 * @example
 * ```ts
 * keyBytes('a long enough passphrase').length; // 24
 * ```
 */
export function keyBytes(key: Uint8Array | string): Uint8Array {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  if (bytes.length < MIN_KEY_BYTES) {
    throw new ValidationError('option.invalid', {
      name: 'key',
      expected: `at least ${MIN_KEY_BYTES} bytes`,
      got: `${bytes.length} bytes`,
    });
  }
  return bytes;
}

/**
 * Lower-case base32 (RFC 4648 alphabet) without padding.
 *
 * @example
 * ```ts
 * base32(Uint8Array.of(0, 0, 0, 0, 0)); // 'aaaaaaaa'
 * ```
 */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The text that is hashed for a value (see the module comment for the rules).
 *
 * @example
 * ```ts
 * normalisePii(' Anna@Example.ORG '); // 'anna@example.org'
 * normalisePii('DE89 3704 0044 0532 0130 00'); // 'DE89370400440532013000'
 * normalisePii('0049 (151) 234-567'); // '+49151234567'
 * ```
 */
export function normalisePii(value: string, mode: 'auto' | 'none' = 'auto'): string {
  const text = value.normalize('NFC').trim();
  if (mode === 'none') return text;
  if (EMAIL.test(text)) return text.toLowerCase();
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (IBAN.test(compact)) return compact;
  if (PHONE.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 6) {
      if (text.startsWith('+')) return `+${digits}`;
      if (digits.startsWith('00')) return `+${digits.slice(2)}`;
      return digits;
    }
  }
  return text;
}

/**
 * The pseudonym of one value under a key.
 *
 * @example
 * ```ts
 * pseudonym('anna@example.org', key); // e.g. 'pii_k3x7q2m4aa9b7c5d'
 * ```
 */
export function pseudonym(value: string, key: Uint8Array | string, mode: 'auto' | 'none' = 'auto'): string {
  const digest = createHmac('sha256', keyBytes(key))
    .update(DOMAIN + normalisePii(value, mode), 'utf8')
    .digest();
  return PSEUDONYM_PREFIX + base32(digest.subarray(0, 10));
}

/**
 * Replace every non-missing value of a column by its pseudonym. Works on any storage (numbers, e.g. phone
 * numbers read as integers, are pseudonymised from their text). Missing stays missing. The result is a
 * category column; category columns keep their logical type, other columns become `id`.
 *
 * @example
 * ```ts
 * const { column, changed } = pseudonymiseColumn(getColumn(t, 'email'), key);
 * ```
 */
export function pseudonymiseColumn(
  column: Column,
  key: Uint8Array | string,
  mode: 'auto' | 'none' = 'auto',
): { readonly column: CategoryColumn; readonly changed: number } {
  const bytes = keyBytes(key);
  const n = column.length;
  const codes = new Int32Array(n);
  const dictionary: string[] = [];
  const tokenCode = new Map<string, number>();
  const codeOf = (token: string): number => {
    let code = tokenCode.get(token);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(token);
      tokenCode.set(token, code);
    }
    return code;
  };
  let changed = 0;
  if (column.storage === 'category') {
    // Hash each distinct value once, when first used (unused dictionary entries are left out).
    const remap = new Int32Array(column.dictionary.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const c = column.codes[i];
      if (c < 0) {
        codes[i] = -1;
        continue;
      }
      if (remap[c] < 0) remap[c] = codeOf(pseudonym(column.dictionary[c], bytes, mode));
      codes[i] = remap[c];
      changed++;
    }
  } else {
    const cache = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const text = textAt(column, i);
      if (text === '') {
        codes[i] = -1;
        continue;
      }
      let code = cache.get(text);
      if (code === undefined) {
        code = codeOf(pseudonym(text, bytes, mode));
        cache.set(text, code);
      }
      codes[i] = code;
      changed++;
    }
  }
  const type = column.storage === 'category' ? column.type : 'id';
  const out = categoryColumn(column.name, codes, dictionary, type, {
    evidence: [`pseudonymised with a keyed HMAC-SHA256 (${PSEUDONYM_PREFIX}…)`],
    sourceType: column.info.sourceType,
  });
  return { column: out, changed };
}
