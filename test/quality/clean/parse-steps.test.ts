import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../src/quality/clean/parse-steps.js';

describe('parseNumberText', () => {
  it('reads decimal points with comma thousands separators', () => {
    expect(parseNumberText('1,234.5', false)).toBe(1234.5);
    expect(parseNumberText('-12', false)).toBe(-12);
    expect(parseNumberText('.5', false)).toBe(0.5);
    expect(parseNumberText('1e3', false)).toBe(1000);
    expect(parseNumberText("1'000", false)).toBe(1000);
    expect(parseNumberText('€ 3.50', false)).toBe(3.5);
    expect(parseNumberText('12 %', false)).toBe(12);
    expect(parseNumberText('3,5', false)).toBeNaN();
    expect(parseNumberText('1,23,4', false)).toBeNaN();
  });

  it('reads decimal commas with point thousands separators', () => {
    expect(parseNumberText('3,5', true)).toBe(3.5);
    expect(parseNumberText('1.234,50 €', true)).toBe(1234.5);
    expect(parseNumberText('1\u00a0234,5', true)).toBe(1234.5);
    expect(parseNumberText('1.5', true)).toBeNaN();
    expect(parseNumberText('n/a', true)).toBeNaN();
    expect(parseNumberText('  ', true)).toBeNaN();
  });
});
