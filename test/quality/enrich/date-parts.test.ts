import { describe, expect, it } from 'vitest';
import { type CategoryColumn, dateColumn } from '../../../src/data/column.js';
import { createTable, getColumn } from '../../../src/data/table.js';
import { WEEKDAYS, addDateParts } from '../../../src/quality/enrich/date-parts.js';
import { calendarDaysBetween } from '../../../src/quality/enrich/calendar-days.js';
import { cat, cells } from '../clean/build-table.js';

const dates = [
  Date.UTC(2011, 11, 9, 12, 50), // Friday
  Date.UTC(2010, 11, 1, 8, 26), // Wednesday
  Date.UTC(2024, 1, 29, 23, 59), // Thursday, leap day
  Date.UTC(1969, 11, 28, 0, 0), // Sunday, before the epoch
  Number.NaN,
  Date.UTC(2011, 11, 12, 0, 0), // Monday, after "now"
];
const table = createTable([dateColumn('d', Float64Array.from(dates))]);

describe('addDateParts', () => {
  it('derives every part in UTC, with weekday Mon…Sun coded 0…6', () => {
    const now = Date.UTC(2011, 11, 10);
    const out = addDateParts(table, 'd', {
      parts: ['weekday', 'month', 'hour', 'day', 'year', 'quarter', 'days_since'],
      now,
    });
    expect(out.columns.map((c) => c.name)).toEqual([
      'd',
      'd_weekday',
      'd_month',
      'd_hour',
      'd_day',
      'd_year',
      'd_quarter',
      'd_days_since',
    ]);
    expect(cells(out).map((r) => r.slice(1))).toEqual([
      ['Fri', '12', '12', '9', '2011', '4', '1'],
      ['Wed', '12', '8', '1', '2010', '4', '374'],
      ['Thu', '2', '23', '29', '2024', '1', String(-(365 * 12 + 3 + 21 + 31 + 29))],
      ['Sun', '12', '0', '28', '1969', '4', String(calendarDaysBetween(Date.UTC(1969, 11, 28), now))],
      ['', '', '', '', '', '', ''],
      ['Mon', '12', '0', '12', '2011', '4', '-2'],
    ]);
    const weekday = getColumn(out, 'd_weekday') as CategoryColumn;
    expect(weekday.dictionary).toEqual(WEEKDAYS);
    expect(Array.from(weekday.codes)).toEqual([4, 2, 3, 6, -1, 0]);
    // JavaScript's own weekday (0 = Sunday) agrees, shifted
    dates.forEach((t, i) => {
      if (t === t) expect(weekday.codes[i]).toBe((new Date(t).getUTCDay() + 6) % 7);
    });
  });

  it('counts days_since in calendar days: 23:59 to 00:01 next day is one day', () => {
    expect(calendarDaysBetween(Date.UTC(2011, 0, 1, 23, 59), Date.UTC(2011, 0, 2, 0, 1))).toBe(1);
    expect(calendarDaysBetween(Date.UTC(2011, 0, 1, 0, 1), Date.UTC(2011, 0, 1, 23, 59))).toBe(0);
  });

  it('defaults to weekday, month, hour, and adds days_since only with now', () => {
    expect(addDateParts(table, 'd').columns.map((c) => c.name)).toEqual(['d', 'd_weekday', 'd_month', 'd_hour']);
    expect(
      addDateParts(table, 'd', { now: 0 })
        .columns.map((c) => c.name)
        .at(-1),
    ).toBe('d_days_since');
  });

  it('refuses days_since without now, a text column and an existing part column', () => {
    expect(() => addDateParts(table, 'd', { parts: ['days_since'] })).toThrow(/needs a reference time/);
    expect(() => addDateParts(createTable([cat('d', ['2011-01-01'])]), 'd')).toThrow(
      /Column d holds category values, not dates/,
    );
    const twice = addDateParts(table, 'd', { parts: ['month'] });
    expect(() => addDateParts(twice, 'd', { parts: ['month'] })).toThrow(/d_month already exists/);
  });
});
