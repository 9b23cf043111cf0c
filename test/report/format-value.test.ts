import { describe, expect, it } from 'vitest';
import { formatCount, formatInstant, formatNumber, formatShare } from '../../src/report/format-value.js';

describe('format-value', () => {
  it('groups counts per language', () => {
    expect(formatCount(41188)).toBe('41,188');
    expect(formatCount(41188, 'de')).toBe('41.188');
  });

  it('formats shares as percentages, with more digits for tiny non-zero shares', () => {
    expect(formatShare(0.0253)).toBe('2.5 %');
    expect(formatShare(0.0253, 'de')).toBe('2,5 %');
    expect(formatShare(0)).toBe('0.0 %');
    expect(formatShare(0.00004)).toBe('0.004 %');
    expect(formatShare(Number.NaN)).toBe('–');
  });

  it('chooses precision by magnitude', () => {
    expect(formatNumber(5228.1)).toBe('5,228.1');
    expect(formatNumber(93.994)).toBe('93.99');
    expect(formatNumber(0.012345, 'de')).toBe('0,0123');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('formats instants as UTC dates, with the time only when needed', () => {
    expect(formatInstant(Date.UTC(2024, 0, 31))).toBe('2024-01-31');
    expect(formatInstant(Date.UTC(2024, 0, 31, 8, 30))).toBe('2024-01-31 08:30');
    expect(formatInstant(Date.UTC(2024, 0, 31, 8, 30, 5))).toBe('2024-01-31 08:30:05');
  });
});
