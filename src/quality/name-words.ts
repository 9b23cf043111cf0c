/**
 * @module quality/name-words
 * Split a column name into lower-case words, for the checks that read meaning from names (leakage by name,
 * PII by name, age bands).
 *
 * @example
 * ```ts
 * import { nameWords } from './name-words.js';
 * nameWords('callDuration_sec'); // ['call', 'duration', 'sec']
 * ```
 */

/**
 * The lower-case words of a column name, split at `_`, `-`, `.`, spaces and camelCase humps.
 *
 * @example
 * ```ts
 * nameWords('Date-Of-Birth'); // ['date', 'of', 'birth']
 * nameWords('customerID');    // ['customer', 'id']
 * ```
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-zäöüß0-9])([A-ZÄÖÜ])/g, '$1_$2')
    .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .filter((w) => w.length > 0);
}
