/**
 * @module store/validate
 * Small input checks shared by the registry functions; each failure is a ValidationError that says which
 * field, what was expected and what came.
 *
 * @example
 * ```ts
 * import { requireName } from './validate.js';
 * requireName('name', 'churn'); // 'churn'
 * ```
 */
import { ValidationError } from '../util/errors.js';

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A non-empty text (trimmed).
 *
 * @example
 * ```ts
 * requireName('learner', ' gbdt '); // 'gbdt'
 * ```
 */
export function requireName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError('store.invalidInput', { field, expected: 'a non-empty text', got: shown(value) });
  }
  return value.trim();
}

/**
 * A non-negative safe integer.
 *
 * @example
 * ```ts
 * requireCount('rows', 45211); // 45211
 * ```
 */
export function requireCount(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError('store.invalidInput', { field, expected: 'an integer ≥ 0', got: shown(value) });
  }
  return value;
}

/**
 * A safe integer (a seed may be negative).
 *
 * @example
 * ```ts
 * requireInteger('seed', 42); // 42
 * ```
 */
export function requireInteger(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new ValidationError('store.invalidInput', { field, expected: 'an integer', got: shown(value) });
  }
  return value;
}

/**
 * A sha256 hex digest (lower-cased).
 *
 * @example
 * ```ts
 * requireSha256('sha256', 'E3B0…'); // 'e3b0…'
 * ```
 */
export function requireSha256(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]{64}$/.test(value)) {
    throw new ValidationError('store.invalidInput', {
      field,
      expected: '64 hexadecimal characters',
      got: shown(value),
    });
  }
  return value.toLowerCase();
}

/**
 * One of a fixed set of texts.
 *
 * @example
 * ```ts
 * requireOneOf('kind', 'train', ['train', 'predict'] as const); // 'train'
 * ```
 */
export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError('store.invalidInput', {
      field,
      expected: `one of ${allowed.join(', ')}`,
      got: shown(value),
    });
  }
  return value as T;
}
