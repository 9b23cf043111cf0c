import { describe, expect, it } from 'vitest';
import { formatReasonValue, reasonCodes, rowFeatureValues } from '../../src/explain/reason-codes.js';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';

const values = [
  { name: 'contact', value: 'cellular' },
  { name: 'duration', value: 12 },
  { name: 'age', value: 41 },
  { name: 'balance', value: null },
  { name: 'pdays', value: 12.34567 },
];
const phi = Float64Array.of(0.8, -1.2, 0.1, -0.05, 0);

describe('reasonCodes', () => {
  it('lists the top-k up and down, strongest first, with value and phrase', () => {
    const codes = reasonCodes(phi, values, 2);
    expect(codes.up.map((c) => c.text)).toEqual([
      'contact = cellular: raises the chance',
      'age = 41: raises the chance',
    ]);
    expect(codes.down.map((c) => c.text)).toEqual([
      'duration = 12: lowers the chance',
      'balance = (missing): lowers the chance',
    ]);
    expect(codes.up[0].contribution).toBe(0.8);
  });

  it('speaks of the prediction for regression, in German too, and never lists zero contributions', () => {
    const codes = reasonCodes(phi, values, 5, { task: 'regression', lang: 'de' });
    expect(codes.up).toHaveLength(2);
    expect(codes.down).toHaveLength(2);
    expect(codes.down[1].text).toBe('balance = (fehlt): senkt die Vorhersage');
    expect(codes.up[0].text).toBe('contact = cellular: erhöht die Vorhersage');
  });

  it('formats numbers and reads rows of a matrix with category labels', () => {
    expect(formatReasonValue(12.34567)).toBe('12.35');
    const x = createFeatureMatrix(['contact', 'age'], [Float64Array.of(1, Number.NaN), Float64Array.of(30, 52)], {
      categorical: [true, false],
      categories: [['telephone', 'cellular'], null],
    });
    expect(rowFeatureValues(x, 0)).toEqual([
      { name: 'contact', value: 'cellular' },
      { name: 'age', value: 30 },
    ]);
    expect(rowFeatureValues(x, 1)[0].value).toBeNull();
  });

  it('rejects values that do not match the contributions', () => {
    expect(() => reasonCodes(phi, values.slice(1), 2)).toThrow(/featureValues/);
  });
});
