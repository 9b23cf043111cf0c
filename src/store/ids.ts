/**
 * @module store/ids
 * Registry ids: a one-letter kind prefix and 12 random base32 characters (60 bits from `crypto`), e.g.
 * `m_7k2q9x4hzc1d`. Ids are identities, not part of reproducibility, so they are deliberately not seeded.
 *
 * @example
 * ```ts
 * import { newId } from './ids.js';
 * newId('m'); // 'm_7k2q9x4hzc1d'
 * ```
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** The kinds of ids: dataset, run, model. */
export type IdKind = 'd' | 'r' | 'm';

/** Characters after the prefix. */
export const ID_LENGTH = 12;

/**
 * A fresh random id of a kind.
 *
 * @example
 * ```ts
 * newId('r'); // 'r_…' (12 characters after the underscore)
 * ```
 */
export function newId(kind: IdKind): string {
  const bytes = randomBytes(ID_LENGTH);
  let out = `${kind}_`;
  for (let i = 0; i < ID_LENGTH; i++) out += ALPHABET[bytes[i] & 31];
  return out;
}

/**
 * Whether a string has the shape of an id of the given kind.
 *
 * @example
 * ```ts
 * looksLikeId('m', 'm_7k2q9x4hzc1d'); // true
 * looksLikeId('m', 'churn@2'); // false
 * ```
 */
export function looksLikeId(kind: IdKind, text: string): boolean {
  return new RegExp(`^${kind}_[${ALPHABET}]{${ID_LENGTH}}$`).test(text);
}
