import { describe, expect, it } from 'vitest';
import { formatMessage, messageCatalogue } from '../../../src/util/messages.js';
import { featureMessages } from '../../../src/util/messages/features.js';

describe('features messages', () => {
  it('are in the catalogue with the same placeholders in English and German', () => {
    const ids = Object.keys(featureMessages);
    expect(ids).toContain('features.missingColumns');
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of ids) {
      const m = messageCatalogue()[id as keyof ReturnType<typeof messageCatalogue>];
      expect(m, id).toBeDefined();
      expect(holes(m.de), id).toEqual(holes(m.en));
      expect(m.de, id).not.toBe(m.en);
    }
  });

  it('renders the missing-columns message with every column', () => {
    expect(formatMessage('features.missingColumns', { count: 2, missing: 'tenure, Contract', columns: 'a, b' })).toBe(
      'The data lacks 2 column(s) the pipeline needs: tenure, Contract; the data has: a, b',
    );
  });
});
