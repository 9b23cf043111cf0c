/**
 * @module quality/enrich/date-parts
 * New columns from a date column, all in UTC: `<col>_weekday`, `_month`, `_hour`, `_day`, `_year`, `_quarter`,
 * `_days_since`.
 *
 * - `weekday` is categorical with the fixed dictionary `Mon Tue Wed Thu Fri Sat Sun` (ISO 8601 order, so the
 *   codes are 0 = Monday … 6 = Sunday whatever the data): readable in reports, one-hot-encodable, and the same
 *   encoding on new rows as on training rows.
 * - `month` (1–12), `hour` (0–23), `day` (1–31), `year`, `quarter` (1–4) are integers.
 * - `days_since` is whole calendar days from the date to `now` (see `calendar-days.ts`), negative for future
 *   dates. It needs `now` to be given — never the clock — so a result can be reproduced.
 *
 * Default parts: weekday, month, hour, plus days_since when `now` is given.
 *
 * @example
 * ```ts
 * import { addDateParts } from './date-parts.js';
 * const t = addDateParts(table, 'InvoiceDate', { parts: ['weekday', 'hour', 'days_since'], now: Date.UTC(2011, 11, 10) });
 * ```
 */
import { categoryColumn, type Column, type DateColumn, numberColumn } from '../../data/column.js';
import { type Table, createTable, getColumn, hasColumn, materialize } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import { calendarDaysBetween } from './calendar-days.js';

/** A date part. */
export type DatePart = 'weekday' | 'month' | 'hour' | 'day' | 'year' | 'quarter' | 'days_since';

/** Every date part, in column order. */
export const DATE_PARTS: readonly DatePart[] = Object.freeze([
  'weekday',
  'month',
  'hour',
  'day',
  'year',
  'quarter',
  'days_since',
]);

/** The weekday labels; the code of a label is its position (0 = Monday). */
export const WEEKDAYS: readonly string[] = Object.freeze(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

/** Options of `addDateParts`. */
export interface DatePartsOptions {
  /** Which parts (default: weekday, month, hour, and days_since when `now` is given). */
  readonly parts?: readonly DatePart[];
  /** The reference time of `days_since`, epoch ms. Required for `days_since`. */
  readonly now?: number;
}

function partValue(part: Exclude<DatePart, 'weekday'>, t: number, now: number): number {
  const d = new Date(t);
  switch (part) {
    case 'month':
      return d.getUTCMonth() + 1;
    case 'hour':
      return d.getUTCHours();
    case 'day':
      return d.getUTCDate();
    case 'year':
      return d.getUTCFullYear();
    case 'quarter':
      return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'days_since':
      return calendarDaysBetween(t, now);
  }
}

/**
 * The date-part columns of a date column (one value per visible row), without adding them to a table.
 *
 * @example
 * ```ts
 * datePartColumns(table, 'signup', { parts: ['year'] })[0].name; // 'signup_year'
 * ```
 */
export function datePartColumns(table: Table, column: string, options: DatePartsOptions = {}): Column[] {
  const base = materialize(table);
  const source = getColumn(base, column);
  if (source.storage !== 'datetime') {
    throw new ValidationError('enrich.notDate', { column, got: source.storage });
  }
  const parts =
    options.parts ?? (['weekday', 'month', 'hour', ...(options.now === undefined ? [] : ['days_since'])] as DatePart[]);
  for (const p of parts) {
    if (!DATE_PARTS.includes(p)) {
      throw new ValidationError('option.invalid', {
        name: 'parts',
        expected: `some of ${DATE_PARTS.join(', ')}`,
        got: String(p),
      });
    }
  }
  if (parts.includes('days_since') && (options.now === undefined || !Number.isFinite(options.now))) {
    throw new ValidationError('enrich.needsNow', {});
  }
  const values = (source as DateColumn).values;
  const n = values.length;
  return parts.map((part) => {
    const name = `${column}_${part}`;
    if (part === 'weekday') {
      const codes = new Int32Array(n);
      // 1970-01-01 was a Thursday (code 3).
      for (let i = 0; i < n; i++) {
        const t = values[i];
        codes[i] = t !== t ? -1 : (((Math.floor(t / 86_400_000) + 3) % 7) + 7) % 7;
      }
      return categoryColumn(name, codes, WEEKDAYS, 'categorical', { evidence: [`weekday of ${column} (UTC)`] });
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = values[i];
      out[i] = t !== t ? Number.NaN : partValue(part, t, options.now ?? Number.NaN);
    }
    return numberColumn(name, out, 'integer', { evidence: [`${part} of ${column} (UTC)`] });
  });
}

/**
 * The table with date-part columns appended after the existing ones.
 *
 * @throws ValidationError `enrich.notDate` (not a datetime column), `enrich.needsNow`, `enrich.columnExists`.
 * @example
 * ```ts
 * addDateParts(table, 'InvoiceDate').columns.map((c) => c.name).slice(-3);
 * // ['InvoiceDate_weekday', 'InvoiceDate_month', 'InvoiceDate_hour']
 * ```
 */
export function addDateParts(table: Table, column: string, options: DatePartsOptions = {}): Table {
  const base = materialize(table);
  const added = datePartColumns(base, column, options);
  for (const c of added) {
    if (hasColumn(base, c.name)) throw new ValidationError('enrich.columnExists', { column: c.name });
  }
  return createTable([...base.columns, ...added], base.source);
}
