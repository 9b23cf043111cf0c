/**
 * @module store/json-column
 * The one place where JSON values cross into and out of the database. Both dialects store JSON as `text`
 * (see `store/database.ts`); values that cannot be serialised (cycles, `BigInt`) are refused with a
 * ValidationError naming the field, instead of being stored half.
 *
 * @example
 * ```ts
 * import { toJsonText, fromJsonText } from './json-column.js';
 * fromJsonText(toJsonText('params', { depth: 6 })); // { depth: 6 }
 * ```
 */
import { ValidationError } from '../util/errors.js';

/**
 * Serialise a value for a `*_json` column. `undefined` becomes `null` JSON.
 *
 * @example
 * ```ts
 * toJsonText('metrics', { auc: 0.93 }); // '{"auc":0.93}'
 * ```
 */
export function toJsonText(field: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value === undefined ? null : value);
  } catch (error) {
    throw new ValidationError('store.notJson', {
      field,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (text === undefined) throw new ValidationError('store.notJson', { field, reason: typeof value });
  return text;
}

/**
 * Serialise an optional value: `undefined` stays SQL `NULL`.
 *
 * @example
 * ```ts
 * toNullableJsonText('recipe', undefined); // null
 * ```
 */
export function toNullableJsonText(field: string, value: unknown): string | null {
  return value === undefined ? null : toJsonText(field, value);
}

/**
 * Parse a `*_json` column; SQL `NULL` gives `undefined`.
 *
 * @example
 * ```ts
 * fromJsonText('[1,2]'); // [1, 2]
 * ```
 */
export function fromJsonText(text: string | null): unknown {
  return text === null ? undefined : JSON.parse(text);
}

/**
 * The current time as the ISO-8601 UTC text every timestamp column holds.
 *
 * @example
 * ```ts
 * nowIso(); // '2026-11-29T07:46:41.123Z'
 * ```
 */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * A `bigint` column value as a number (node-postgres returns `bigint` as a string).
 *
 * @example
 * ```ts
 * toNumber('1024'); // 1024
 * ```
 */
export function toNumber(value: number | string | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}
