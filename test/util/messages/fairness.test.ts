import { describe, expect, it } from 'vitest';
import { formatMessage, messageCatalogue } from '../../../src/util/messages.js';
import { fairnessMessages } from '../../../src/util/messages/fairness.js';

describe('fairness messages', () => {
  it('are in the catalogue, translated, with the same placeholders in English and German', () => {
    const ids = Object.keys(fairnessMessages);
    expect(ids).toContain('fairness.summary.fourFifthsViolated');
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of ids) {
      const m = messageCatalogue()[id as keyof ReturnType<typeof messageCatalogue>];
      expect(m, id).toBeDefined();
      expect(holes(m.de), id).toEqual(holes(m.en));
      expect(m.de, id).not.toBe(m.en);
    }
  });

  it('renders a summary statement in both languages', () => {
    const params = { ratio: '0.33', low: '0.30', high: '0.36' };
    expect(formatMessage('fairness.summary.fourFifthsViolated', params)).toBe(
      'The four-fifths rule is violated (disparate impact 0.33, 95 % CI 0.30–0.36). Options: reweighing, per-group thresholds.',
    );
    expect(formatMessage('fairness.summary.fourFifthsViolated', params, 'de')).toContain(
      'Vier-Fünftel-Regel ist verletzt',
    );
  });
});
