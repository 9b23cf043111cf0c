import { describe, expect, it } from 'vitest';
import { rocAuc, rocAucFromGroups } from '../../src/quality/auc.js';
import { createRng } from '../../src/util/rng.js';

/** Reference: count every (positive, negative) pair by hand, ties one half. O(n²), independent of the sort. */
function pairCountAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      if (scores[i] > scores[j]) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    }
  }
  return wins / pairs;
}

describe('rocAuc', () => {
  it('matches the hand-computed value without ties', () => {
    // positives 0.35 (beats 0.1, loses to 0.4) and 0.8 (beats both): 3 of 4 pairs
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(3 / 4, 12);
  });

  it('counts ties as one half', () => {
    // positives 0.5, 0.9, 0.2; negatives 0.5, 0.2
    // pairs: (0.5,0.5)=½ (0.5,0.2)=1 (0.9,0.5)=1 (0.9,0.2)=1 (0.2,0.5)=0 (0.2,0.2)=½ → 4 of 6
    expect(rocAuc([0.5, 0.5, 0.2, 0.9, 0.2], [1, 0, 0, 1, 1])).toBeCloseTo(4 / 6, 12);
    expect(rocAuc([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, NaN with one class', () => {
    expect(rocAuc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([1, 2, 3], [1, 1, 1])).toBeNaN();
  });

  it('ignores NaN scores and labels other than 0/1', () => {
    expect(rocAuc([Number.NaN, 0.1, 0.4, 0.35, 0.8, 5], [1, 0, 0, 1, 1, 2])).toBeCloseTo(0.75, 12);
  });

  it('agrees with pair counting on random data with many ties', () => {
    const rng = createRng(3);
    const scores = Array.from({ length: 300 }, () => rng.int(12) / 4);
    const labels = Array.from({ length: 300 }, () => (rng.next() < 0.3 ? 1 : 0));
    expect(rocAuc(scores, labels)).toBeCloseTo(pairCountAuc(scores, labels), 12);
  });
});

describe('rocAucFromGroups', () => {
  it('matches the hand-computed value', () => {
    // score 0.2: 1 positive, 3 negatives; score 0.7: 3 positives, 1 negative
    // U = 1·(0 + 3/2) + 3·(3 + 1/2) = 12 of 16 pairs
    expect(rocAucFromGroups([0.2, 0.7], [1, 3], [3, 1])).toBeCloseTo(12 / 16, 12);
  });

  it('merges groups with equal scores as ties, in any order', () => {
    const a = rocAucFromGroups([0.7, 0.2, 0.7], [2, 1, 1], [0, 3, 1]);
    expect(a).toBeCloseTo(12 / 16, 12);
  });

  it('equals the per-row AUC of the expanded rows', () => {
    const rng = createRng(9);
    const groupScores = Array.from({ length: 20 }, () => rng.int(8) / 8);
    const pos = groupScores.map(() => rng.int(6));
    const neg = groupScores.map(() => rng.int(6));
    const scores: number[] = [];
    const labels: number[] = [];
    groupScores.forEach((s, g) => {
      for (let k = 0; k < pos[g] + neg[g]; k++) {
        scores.push(s);
        labels.push(k < pos[g] ? 1 : 0);
      }
    });
    expect(rocAucFromGroups(groupScores, pos, neg)).toBeCloseTo(pairCountAuc(scores, labels), 12);
  });
});
