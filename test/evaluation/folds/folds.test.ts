import { describe, expect, it } from 'vitest';
import type { Fold } from '../../../src/evaluation/folds/fold.js';
import { groupKFold } from '../../../src/evaluation/folds/group-k-fold.js';
import { holdoutSplit } from '../../../src/evaluation/folds/holdout-split.js';
import { kFold } from '../../../src/evaluation/folds/k-fold.js';
import { stratifiedKFold } from '../../../src/evaluation/folds/stratified-k-fold.js';
import { timeFolds } from '../../../src/evaluation/folds/time-folds.js';
import { ValidationError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';

function isSorted(a: Uint32Array): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] <= a[i - 1]) return false;
  return true;
}

/** Every row validated exactly once; train = all other rows; sorted; disjoint. */
function checkPartition(folds: Fold[], n: number): void {
  const seen = new Uint8Array(n);
  for (const f of folds) {
    expect(isSorted(f.train)).toBe(true);
    expect(isSorted(f.valid)).toBe(true);
    expect(f.train.length + f.valid.length).toBe(n);
    const inValid = new Set(f.valid);
    for (const i of f.train) expect(inValid.has(i)).toBe(false);
    for (const i of f.valid) seen[i]++;
  }
  expect(seen.every((c) => c === 1)).toBe(true);
}

describe('kFold', () => {
  it('partitions the rows into k folds of sizes differing by at most one, deterministically', () => {
    const folds = kFold(103, 5, 42);
    checkPartition(folds, 103);
    expect(folds.map((f) => f.valid.length)).toEqual([21, 21, 21, 20, 20]);
    expect(kFold(103, 5, 42)).toEqual(folds);
    expect(kFold(103, 5, 43)[0].valid).not.toEqual(folds[0].valid);
    // shuffled: the first fold is not the first rows
    expect(folds[0].valid[20]).toBeGreaterThan(25);
  });

  it('rejects k < 2, non-integers and k > n', () => {
    expect(() => kFold(10, 1, 1)).toThrow(ValidationError);
    expect(() => kFold(10, 2.5, 1)).toThrow(/integer/);
    expect(() => kFold(3, 4, 1)).toThrow(/Cannot make 4 folds from 3 rows/);
  });
});

describe('stratifiedKFold', () => {
  it('keeps class proportions in every fold (counts within one)', () => {
    const rng = createRng(5);
    const labels = Float64Array.from({ length: 1000 }, () => (rng.next() < 0.12 ? 1 : rng.next() < 0.3 ? 2 : 0));
    const counts = [0, 0, 0];
    for (const y of labels) counts[y]++;
    const folds = stratifiedKFold(labels, 7, 9);
    checkPartition(folds, 1000);
    for (let c = 0; c < 3; c++) {
      const perFold = folds.map((f) => [...f.valid].filter((i) => labels[i] === c).length);
      expect(Math.max(...perFold) - Math.min(...perFold)).toBeLessThanOrEqual(1);
      expect(perFold.reduce((a, b) => a + b, 0)).toBe(counts[c]);
    }
    const sizes = folds.map((f) => f.valid.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(stratifiedKFold(labels, 7, 9)).toEqual(folds);
  });

  it('names the class with fewer members than folds', () => {
    const labels = [0, 0, 0, 0, 0, 1, 1, 3];
    expect(() => stratifiedKFold(labels, 3, 1)).toThrow(/Class 1 has only 2 rows, fewer than the 3 folds/);
    expect(() => stratifiedKFold([0, 1, Number.NaN], 2, 1)).toThrow(/known class/);
  });
});

describe('groupKFold', () => {
  const rng = createRng(8);
  // 300 customers with 1..8 rows each
  const groups: number[] = [];
  const labels: number[] = [];
  for (let g = 0; g < 300; g++) {
    const size = 1 + rng.int(8);
    const buyer = rng.next() < 0.2 ? 1 : 0;
    for (let j = 0; j < size; j++) {
      groups.push(1000 + g * 3);
      labels.push(buyer);
    }
  }

  it('puts every group in exactly one fold and balances rows', () => {
    const folds = groupKFold(groups, 5, 3);
    checkPartition(folds, groups.length);
    for (const f of folds) {
      const validGroups = new Set([...f.valid].map((i) => groups[i]));
      for (const i of f.train) expect(validGroups.has(groups[i])).toBe(false);
    }
    const sizes = folds.map((f) => f.valid.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(8);
    expect(groupKFold(groups, 5, 3)).toEqual(folds);
  });

  it('stratifies approximately when labels are given', () => {
    const folds = groupKFold(groups, 5, 3, labels);
    checkPartition(folds, groups.length);
    const overall = labels.reduce((a, b) => a + b, 0) / labels.length;
    for (const f of folds) {
      const rate = [...f.valid].reduce((a, i) => a + labels[i], 0) / f.valid.length;
      expect(Math.abs(rate - overall)).toBeLessThan(0.03);
    }
  });

  it('treats missing codes as singleton groups and rejects fewer groups than folds', () => {
    const folds = groupKFold([Number.NaN, -1, Number.NaN, 7, 7], 3, 1);
    checkPartition(folds, 5);
    expect(() => groupKFold([1, 1, 2, 2, 2], 3, 1)).toThrow(/Only 2 groups for 3 folds/);
  });
});

describe('timeFolds', () => {
  it('trains on the past and validates on the next block', () => {
    const folds = timeFolds(Float64Array.of(6, 5, 4, 3, 2, 1), 2);
    expect(folds.map((f) => [[...f.train], [...f.valid]])).toEqual([
      [
        [4, 5],
        [2, 3],
      ],
      [
        [2, 3, 4, 5],
        [0, 1],
      ],
    ]);
  });

  it('never splits a time value across train and valid, and makes k folds from k+1 blocks', () => {
    const rng = createRng(2);
    const times = Float64Array.from({ length: 500 }, () => 2000 + rng.int(40));
    times[3] = Number.NaN;
    const folds = timeFolds(times, 4);
    expect(folds).toHaveLength(4);
    for (const f of folds) {
      const maxTrain = Math.max(...[...f.train].map((i) => times[i]));
      const minValid = Math.min(...[...f.valid].map((i) => times[i]));
      expect(maxTrain).toBeLessThan(minValid);
      expect(isSorted(f.train) && isSorted(f.valid)).toBe(true);
      expect([...f.train, ...f.valid]).not.toContain(3);
    }
    // expanding window: each fold trains on the previous fold's train + valid
    for (let i = 1; i < 4; i++)
      expect(folds[i].train.length).toBe(folds[i - 1].train.length + folds[i - 1].valid.length);
    // blocks of about 100 rows
    for (const f of folds) expect(Math.abs(f.valid.length - 100)).toBeLessThan(20);
  });

  it('rejects too few distinct times', () => {
    expect(() => timeFolds([1, 1, 1, 2, 2, 2], 2)).toThrow(/Only 2 distinct time values in 6 rows/);
  });
});

describe('holdoutSplit', () => {
  it('random, stratified, grouped and latest', () => {
    const n = 1000;
    const plain = holdoutSplit(n, 0.2, { seed: 1 });
    checkPartition([plain, { train: plain.valid, valid: plain.train }], n);
    expect(plain.valid.length).toBe(200);

    const labels = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const strat = holdoutSplit(n, 0.25, { seed: 1, labels });
    expect([...strat.valid].filter((i) => labels[i] === 1).length).toBe(25);
    expect(strat.valid.length).toBe(250);

    const groups = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 4));
    const grouped = holdoutSplit(n, 0.3, { seed: 1, groups });
    const validGroups = new Set([...grouped.valid].map((i) => groups[i]));
    for (const i of grouped.train) expect(validGroups.has(groups[i])).toBe(false);
    expect(grouped.valid.length).toBe(300);

    const order = Float64Array.from({ length: n }, (_, i) => n - i);
    const latest = holdoutSplit(n, 0.1, { seed: 1, order });
    expect([...latest.valid]).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('keeps tied times on one side and rejects bad shares and conflicting options', () => {
    const order = [1, 2, 3, 3, 3, 3, 4, 5, 6, 7];
    const split = holdoutSplit(10, 0.5, { seed: 1, order });
    expect([...split.valid]).toEqual([6, 7, 8, 9]);
    expect(() => holdoutSplit(10, 0, { seed: 1 })).toThrow(ValidationError);
    expect(() => holdoutSplit(10, 1, { seed: 1 })).toThrow(/holdout share/);
    expect(() => holdoutSplit(3, 0.1, { seed: 1 })).toThrow(/holdout share/);
    expect(() => holdoutSplit(4, 0.5, { seed: 1, groups: [1, 1, 2, 2], order: [1, 2, 3, 4] })).toThrow(
      /either grouped/,
    );
  });
});
