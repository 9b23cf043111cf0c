import { describe, expect, it } from 'vitest';
import { compileDateFormat, dateFormatProblem } from '../../../src/quality/clean/date-format.js';

describe('date formats', () => {
  it('reads the documented tokens as UTC', () => {
    expect(compileDateFormat('DD.MM.YYYY')('04.01.2011')).toBe(Date.UTC(2011, 0, 4));
    expect(compileDateFormat('M/D/YYYY H:mm')('12/9/2011 8:26')).toBe(Date.UTC(2011, 11, 9, 8, 26));
    expect(compileDateFormat('YYYY-MM-DD HH:mm:ss.SSS')(' 2011-12-09 12:50:01.250 ')).toBe(
      Date.UTC(2011, 11, 9, 12, 50, 1, 250),
    );
    expect(compileDateFormat('YYYYMMDD')('20110104')).toBe(Date.UTC(2011, 0, 4));
  });

  it('refuses impossible dates and text that does not fit', () => {
    const parse = compileDateFormat('DD.MM.YYYY');
    expect(parse('31.04.2011')).toBeNaN();
    expect(parse('29.02.2011')).toBeNaN();
    expect(parse('29.02.2012')).toBe(Date.UTC(2012, 1, 29));
    expect(parse('4.1.2011')).toBeNaN();
    expect(parse('04.13.2011')).toBeNaN();
    expect(compileDateFormat('YYYY-MM-DD HH:mm')('2011-01-01 24:00')).toBeNaN();
  });

  it('reads ISO 8601 with and without offsets', () => {
    const iso = compileDateFormat('ISO');
    expect(iso('2011-01-04')).toBe(Date.UTC(2011, 0, 4));
    expect(iso('2011-01-04T10:00:00Z')).toBe(Date.UTC(2011, 0, 4, 10));
    expect(iso('2011-01-04T10:00:00+02:00')).toBe(Date.UTC(2011, 0, 4, 8));
    expect(iso('2011-01-04 10:00:00.5-0130')).toBe(Date.UTC(2011, 0, 4, 11, 30, 0, 500));
    expect(iso('04.01.2011')).toBeNaN();
  });

  it('explains a bad format', () => {
    expect(dateFormatProblem('YYYY-MM-DD')).toBeNull();
    expect(dateFormatProblem('DD.MM.YY')).toMatch(/unknown letters "YY"/);
    expect(dateFormatProblem('MM/YYYY')).toBe('the format has no day (YYYY, MM and DD are needed)');
    expect(dateFormatProblem('DD.MM.YYYY MM')).toBe('the month appears twice');
  });
});
