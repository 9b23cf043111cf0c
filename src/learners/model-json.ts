/**
 * @module learners/model-json
 * JSON helpers shared by the fitted models: typed arrays become plain number arrays (non-finite values as the
 * strings `"NaN"`, `"Infinity"`, `"-Infinity"`) and are restored as typed arrays of the same kind, so a JSON
 * round trip gives bit-identical predictions. `checkEnvelope` rejects a wrong `kind` or `formatVersion`.
 *
 * @example
 * ```ts
 * import { encodeArray, decodeFloat64 } from './model-json.js';
 * const json = JSON.stringify(encodeArray(Float64Array.of(0.1, Infinity)));
 * decodeFloat64(JSON.parse(json), 'gbdt', 'leafValue'); // Float64Array [0.1, Infinity]
 * ```
 */
import { ValidationError } from '../util/errors.js';
import type { FeatureInfo } from './feature-matrix.js';

/** A JSON-safe number list. */
export type NumberList = (number | string)[];

/**
 * A typed array (or number list) as a JSON-safe list.
 *
 * @example
 * ```ts
 * encodeArray(Int32Array.of(1, -2)); // [1, -2]
 * ```
 */
export function encodeArray(values: ArrayLike<number>): NumberList {
  const out: NumberList = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isFinite(v) ? v : String(v);
  }
  return out;
}

function decodeNumbers(json: unknown, kind: string, field: string): number[] {
  if (!Array.isArray(json)) corrupt(kind, `${field} is not a list`);
  const list = json as unknown[];
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'number') out[i] = v;
    else if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') out[i] = Number(v);
    else corrupt(kind, `${field}[${i}] is not a number`);
  }
  return out;
}

/**
 * Restore a `Float64Array`.
 *
 * @example
 * ```ts
 * decodeFloat64([1, 'NaN'], 'gbdt', 'threshold');
 * ```
 */
export function decodeFloat64(json: unknown, kind: string, field: string): Float64Array {
  return Float64Array.from(decodeNumbers(json, kind, field));
}

/**
 * Restore an `Int32Array` (values must be integers in range).
 *
 * @example
 * ```ts
 * decodeInt32([0, -1], 'gbdt', 'left');
 * ```
 */
export function decodeInt32(json: unknown, kind: string, field: string): Int32Array {
  const v = decodeNumbers(json, kind, field);
  for (const x of v)
    if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) corrupt(kind, `${field} holds ${x}`);
  return Int32Array.from(v);
}

/**
 * Restore a `Uint32Array`.
 *
 * @example
 * ```ts
 * decodeUint32([7], 'gbdt', 'catBits');
 * ```
 */
export function decodeUint32(json: unknown, kind: string, field: string): Uint32Array {
  const v = decodeNumbers(json, kind, field);
  for (const x of v) if (!Number.isInteger(x) || x < 0 || x > 4294967295) corrupt(kind, `${field} holds ${x}`);
  return Uint32Array.from(v);
}

/**
 * Restore a `Uint8Array`.
 *
 * @example
 * ```ts
 * decodeUint8([0, 1], 'gbdt', 'defaultLeft');
 * ```
 */
export function decodeUint8(json: unknown, kind: string, field: string): Uint8Array {
  const v = decodeNumbers(json, kind, field);
  for (const x of v) if (!Number.isInteger(x) || x < 0 || x > 255) corrupt(kind, `${field} holds ${x}`);
  return Uint8Array.from(v);
}

/**
 * Throw `learner.modelCorrupt`.
 *
 * @example
 * ```ts
 * if (left.length !== right.length) corrupt('gbdt', 'tree 3 has arrays of different lengths');
 * ```
 */
export function corrupt(kind: string, reason: string): never {
  throw new ValidationError('learner.modelCorrupt', { kind, reason });
}

/**
 * Check that parsed JSON is an object of the expected `kind` and `formatVersion`; return it as a record.
 *
 * @example
 * ```ts
 * const o = checkEnvelope(JSON.parse(text), 'gbdt', 1);
 * ```
 */
export function checkEnvelope(json: unknown, kind: string, formatVersion: number): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ValidationError('learner.modelKind', {
      expected: kind,
      got: Array.isArray(json) ? 'a list' : typeof json,
    });
  }
  const o = json as Record<string, unknown>;
  if (o.kind !== kind) throw new ValidationError('learner.modelKind', { expected: kind, got: String(o.kind) });
  if (o.formatVersion !== formatVersion) {
    throw new ValidationError('learner.modelVersion', { kind, got: String(o.formatVersion), expected: formatVersion });
  }
  return o;
}

/**
 * Restore feature infos.
 *
 * @example
 * ```ts
 * decodeFeatures(o.features, 'decision_tree');
 * ```
 */
export function decodeFeatures(json: unknown, kind: string): readonly FeatureInfo[] {
  if (!Array.isArray(json)) corrupt(kind, 'features is not a list');
  return Object.freeze(
    (json as unknown[]).map((f, j) => {
      const r = f as Record<string, unknown>;
      if (typeof r?.name !== 'string' || typeof r.categorical !== 'boolean') corrupt(kind, `feature ${j} is malformed`);
      const categories = r.categories == null ? null : decodeStrings(r.categories, kind, `features[${j}].categories`);
      return Object.freeze({ name: r.name, categorical: r.categorical, categories });
    }),
  );
}

/**
 * A frozen list of strings, or `learner.modelCorrupt`.
 *
 * @example
 * ```ts
 * decodeStrings(o.classes, 'decision_tree', 'classes');
 * ```
 */
export function decodeStrings(v: unknown, kind: string, field: string): readonly string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) corrupt(kind, `${field} is not a list of strings`);
  return Object.freeze([...(v as string[])]);
}

/**
 * A whole number ≥ 0, or `learner.modelCorrupt`.
 *
 * @example
 * ```ts
 * decodeCount(o.classCount, 'gbdt', 'classCount'); // 2
 * ```
 */
export function decodeCount(v: unknown, kind: string, field: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) corrupt(kind, `${field} is not a count`);
  return v;
}
