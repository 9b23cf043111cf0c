import { describe, expect, it } from 'vitest';
import { formatMessage, messageCatalogue } from '../../../src/util/messages.js';
import { explainMessages } from '../../../src/util/messages/explain.js';

describe('explain messages', () => {
  it('are in the catalogue with the same placeholders in English and German', () => {
    const ids = Object.keys(explainMessages);
    expect(ids).toContain('explain.raisesChance');
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of ids) {
      const m = messageCatalogue()[id as keyof ReturnType<typeof messageCatalogue>];
      expect(m, id).toBeDefined();
      expect(holes(m.de), id).toEqual(holes(m.en));
      // the reason template is language-neutral punctuation; every other text is translated
      if (id !== 'explain.reason') expect(m.de, id).not.toBe(m.en);
    }
  });

  it('renders a reason in both languages', () => {
    const effect = formatMessage('explain.lowersChance', {}, 'de');
    expect(formatMessage('explain.reason', { feature: 'duration', value: 12, effect }, 'de')).toBe(
      'duration = 12: senkt die Chance',
    );
  });
});
