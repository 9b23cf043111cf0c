/**
 * @module tuning/params-key
 * A stable text key for a set of parameters (sorted keys, `-0` as `0`), so the same settings proposed twice
 * are recognised whatever the key order.
 *
 * @example
 * ```ts
 * import { paramsKey } from './params-key.js';
 * paramsKey({ b: 1, a: 'x' }) === paramsKey({ a: 'x', b: 1 }); // true
 * ```
 */

/**
 * A stable string for parameters: JSON with object keys sorted at every level; `undefined` entries dropped;
 * non-finite numbers written as `NaN`, `Infinity`, `-Infinity`.
 *
 * @example
 * ```ts
 * paramsKey({ max_leaves: 31, learning_rate: 0.1 }); // '{"learning_rate":0.1,"max_leaves":31}'
 * ```
 */
export function paramsKey(params: Readonly<Record<string, unknown>>): string {
  return encode(params);
}

function encode(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '0' : JSON.stringify(value);
  }
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : (JSON.stringify(value) ?? 'null');
  }
  if (Array.isArray(value)) return `[${value.map(encode).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${encode(v)}`).join(',')}}`;
}
