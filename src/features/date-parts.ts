/**
 * @module features/date-parts
 * Numeric parts of a datetime (epoch milliseconds, UTC): year, month (1–12), day of week (ISO: 1 = Monday …
 * 7 = Sunday), day of month, hour (only when the training column has any time of day), and days since the
 * epoch (fractional, keeps the trend). NaN stays NaN.
 *
 * @example
 * ```ts
 * import { datePart } from './date-parts.js';
 * datePart(Date.UTC(2011, 11, 9, 12, 50), 'dayOfWeek'); // 5 (a Friday)
 * ```
 */

/** A numeric part of a datetime. */
export type DatePart = 'year' | 'month' | 'dayOfWeek' | 'dayOfMonth' | 'hour' | 'days';

/** Every date part, in output order. */
export const DATE_PARTS: readonly DatePart[] = Object.freeze([
  'year',
  'month',
  'dayOfWeek',
  'dayOfMonth',
  'hour',
  'days',
]);

const DAY_MS = 86_400_000;

/**
 * One part of one datetime.
 *
 * @example
 * ```ts
 * datePart(Date.UTC(2020, 0, 1), 'days'); // 18262
 * ```
 */
export function datePart(ms: number, part: DatePart): number {
  if (ms !== ms || !Number.isFinite(ms)) return Number.NaN;
  if (part === 'days') return ms / DAY_MS;
  const d = new Date(ms);
  switch (part) {
    case 'year':
      return d.getUTCFullYear();
    case 'month':
      return d.getUTCMonth() + 1;
    case 'dayOfWeek':
      return ((d.getUTCDay() + 6) % 7) + 1;
    case 'dayOfMonth':
      return d.getUTCDate();
    case 'hour':
      return d.getUTCHours();
  }
}

/**
 * The parts to derive from a training column: all but `hour` when every value falls on midnight UTC.
 *
 * @example
 * ```ts
 * datePartsFor(Float64Array.of(Date.UTC(2020, 0, 1))); // ['year', 'month', 'dayOfWeek', 'dayOfMonth', 'days']
 * ```
 */
export function datePartsFor(values: Float64Array): DatePart[] {
  let hasTime = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && Number.isFinite(v) && ((v % DAY_MS) + DAY_MS) % DAY_MS !== 0) {
      hasTime = true;
      break;
    }
  }
  return DATE_PARTS.filter((p) => p !== 'hour' || hasTime);
}

/**
 * A part of every value.
 *
 * @example
 * ```ts
 * datePartColumn(Float64Array.of(Date.UTC(2011, 0, 4), NaN), 'month'); // Float64Array [1, NaN]
 * ```
 */
export function datePartColumn(values: Float64Array, part: DatePart): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = datePart(values[i], part);
  return out;
}
