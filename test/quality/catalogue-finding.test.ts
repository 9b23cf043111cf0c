import { describe, expect, it } from 'vitest';
import { catalogueFinding, firstRows, listNames, percent } from '../../src/quality/catalogue-finding.js';
import { formatMessage, messageCatalogue } from '../../src/util/messages.js';

describe('catalogueFinding', () => {
  it('renders message and suggestion from the catalogue and keeps ids and params', () => {
    const params = { column: 'y', count: 3, percent: '1.5%' };
    const f = catalogueFinding({
      check: 'missing-target',
      severity: 'warning',
      column: 'y',
      count: 3,
      examples: [1, 2, 3, 4, 5, 6, 7],
      messageId: 'quality.missingTarget',
      suggestionId: 'quality.missingTarget.fix',
      params,
    });
    expect(f.message).toBe('3 rows (1.5%) have no value in the target y');
    expect(f.suggestion).toBe(formatMessage('quality.missingTarget.fix', params));
    expect(f.columns).toEqual(['y']);
    expect(f.examples).toEqual([1, 2, 3, 4, 5]);
    expect(f.messageId).toBe('quality.missingTarget');
    expect(formatMessage('quality.missingTarget', params, 'de')).toBe(
      '3 Zeilen (1.5%) haben keinen Wert in der Zielspalte y',
    );
  });

  it('has the same placeholders in English and German for every target/leakage/PII/bias message', () => {
    const ids = Object.keys(messageCatalogue()).filter((id) =>
      /^quality\.(missingTarget|classImbalance|rareClasses|leakageSuspect|pii|biasGroupSize|biasLabelGap|smallGroup)/.test(
        id,
      ),
    );
    expect(ids.length).toBeGreaterThanOrEqual(28);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of ids) {
      const m = messageCatalogue()[id as keyof ReturnType<typeof messageCatalogue>];
      expect(holes(m.de), id).toEqual(holes(m.en));
    }
  });
});

describe('formatters', () => {
  it('formats percentages by size', () => {
    expect(percent(4640 / 41188)).toBe('11.3%');
    expect(percent(0.0452)).toBe('4.52%');
    expect(percent(80 / 41188)).toBe('0.19%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(Number.NaN)).toBe('n/a');
  });

  it('lists at most ten names', () => {
    expect(listNames(['a', 'b'])).toBe('a, b');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b … (+1 more)');
  });

  it('finds the first matching rows, 1-based', () => {
    expect(firstRows(10, (i) => i % 4 === 1)).toEqual([2, 6, 10]);
  });
});
