import { describe, expect, it } from 'vitest';
import { formatMessage, messageCatalogue } from '../../../src/util/messages.js';
import { storeMessages } from '../../../src/util/messages/store.js';

describe('store messages', () => {
  it('are in the catalogue with the same placeholders in English and German', () => {
    const ids = Object.keys(storeMessages);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of ids) {
      const m = messageCatalogue()[id as keyof ReturnType<typeof messageCatalogue>];
      expect(m, id).toBeDefined();
      expect(holes(m.de), id).toEqual(holes(m.en));
      expect(m.de, id).not.toBe(m.en);
    }
  });
  it('renders the tampered-artefact message with both hashes', () => {
    const text = formatMessage(
      'store.artifactChanged',
      { file: 'a.json', model: 'm_1', expected: 'aa', got: 'bb' },
      'de',
    );
    expect(text).toBe(
      'Das Artefakt a.json von Modell m_1 wurde nach der Registrierung verändert (sha256 erwartet aa, erhalten bb); es wird nicht geladen',
    );
  });
});
