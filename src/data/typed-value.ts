/**
 * @module data/typed-value
 * Values from typed sources (JSON, Parquet, SQL drivers) that have no column of their own — nested objects,
 * arrays, binary buffers — turned into text the column builder can hold: JSON text (64-bit integers inside
 * are written as numbers, exactly) and base64 for bytes.
 *
 * @example
 * ```ts
 * import { cellText, isNestedValue } from './typed-value.js';
 * isNestedValue({ a: 1 }); // true
 * cellText({ a: 1n, tags: ['x'] }); // '{"a":1,"tags":["x"]}'
 * cellText(Uint8Array.of(1, 2, 3)); // 'AQID'
 * ```
 */

/**
 * Whether a value is an object the builder cannot take as it is (anything but `null` and `Date`).
 *
 * @example
 * ```ts
 * isNestedValue(new Date()); // false
 * ```
 */
export function isNestedValue(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return value;
}

/**
 * The text of a nested value: base64 for bytes, JSON for anything else.
 *
 * @example
 * ```ts
 * cellText([1, 2]); // '[1,2]'
 * ```
 */
export function cellText(value: object): string {
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return JSON.stringify(value, replacer) ?? String(value);
}
