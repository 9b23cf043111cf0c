/**
 * @module quality/enrich/calendar-days
 * Whole calendar days in UTC between two instants: the number of midnights crossed, so a purchase at 23:59
 * and a reference time at 00:01 the next day are 1 day apart, and any two times on the same day are 0. Used by
 * `days_since`, `recency_days` and `tenure_days`, so they agree with each other.
 *
 * @example
 * ```ts
 * import { calendarDaysBetween } from './calendar-days.js';
 * calendarDaysBetween(Date.UTC(2011, 11, 9, 12, 50), Date.UTC(2011, 11, 10)); // 1
 * ```
 */

/** Milliseconds per day. */
export const DAY_MS = 86_400_000;

/**
 * The UTC day number of an instant (days since 1970-01-01).
 *
 * @example
 * ```ts
 * utcDay(Date.UTC(1970, 0, 2, 5)); // 1
 * ```
 */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * Calendar days (UTC) from `from` to `to`; negative when `to` is earlier; NaN when either is NaN.
 *
 * @example
 * ```ts
 * calendarDaysBetween(Date.UTC(2011, 0, 1, 23), Date.UTC(2011, 0, 3, 1)); // 2
 * ```
 */
export function calendarDaysBetween(from: number, to: number): number {
  return utcDay(to) - utcDay(from);
}
