import { describe, expect, it } from 'vitest';
import { closePairs, editDistance } from '../../src/quality/edit-distance.js';
import { createRng } from '../../src/util/rng.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(editDistance('married', 'married')).toBe(0);
    expect(editDistance('married', 'marreid')).toBe(1);
    expect(editDistance('married', 'maried')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early beyond the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closePairs', () => {
  it('finds exactly the pairs a brute-force search finds', () => {
    const rng = createRng(9);
    const alphabet = 'abcde';
    const labels = new Set<string>();
    while (labels.size < 150) {
      const n = 4 + rng.int(9);
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)];
      labels.add(s);
      // add a close variant now and then
      if (rng.next() < 0.4) labels.add(s.slice(0, 2) + s.slice(3));
    }
    const list = [...labels];
    const limit = (a: string, b: string) => {
      const n = Math.min(a.length, b.length);
      return n >= 10 ? 2 : n >= 5 ? 1 : 0;
    };
    const expected: [number, number, number][] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = limit(list[i], list[j]);
        if (k === 0) continue;
        const d = editDistance(list[i], list[j]);
        if (d <= k) expected.push([i, j, d]);
      }
    }
    expect(expected.length).toBeGreaterThan(10);
    expect(closePairs(list, limit)).toEqual(expected);
  });
});
