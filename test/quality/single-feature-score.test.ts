import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../src/data/column.js';
import { createTable, getColumn } from '../../src/data/table.js';
import { scoreFeature, scoringSample } from '../../src/quality/single-feature-score.js';
import { targetInfo } from '../../src/quality/target-info.js';
import { createRng } from '../../src/util/rng.js';

function synthetic(n: number, seed: number) {
  const rng = createRng(seed);
  const y = new Int32Array(n);
  const leak = new Float64Array(n);
  const noise = new Float64Array(n);
  const onlyIfYes = new Float64Array(n);
  const weak = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = rng.next() < 0.3 ? 1 : 0;
    leak[i] = y[i] * 10 + rng.next();
    noise[i] = rng.normal();
    onlyIfYes[i] = y[i] === 1 ? rng.next() * 100 : Number.NaN;
    weak[i] = y[i] * 0.3 + rng.normal();
  }
  return createTable([
    categoryColumn('y', y, ['no', 'yes']),
    numberColumn('leak', leak),
    numberColumn('noise', noise),
    numberColumn('onlyIfYes', onlyIfYes),
    numberColumn('weak', weak),
  ]);
}

describe('scoreFeature', () => {
  const table = synthetic(2000, 5);
  const sample = scoringSample(table, targetInfo(table, 'y'), 0);

  it('gives AUC ≈ 1 to a perfectly separating column and about 0.5 to noise', () => {
    const leak = scoreFeature(sample, getColumn(table, 'leak'));
    expect(leak.metric).toBe('auc');
    // quantile bins may put the largest negatives and the smallest positives in one bin: not quite 1
    expect(leak.value).toBeGreaterThan(0.99);
    expect(leak.foldValues).toHaveLength(5);
    const noise = scoreFeature(sample, getColumn(table, 'noise'));
    expect(Math.abs(noise.value - 0.5)).toBeLessThan(0.06);
  });

  it('treats missing values as their own bin', () => {
    expect(scoreFeature(sample, getColumn(table, 'onlyIfYes')).value).toBe(1);
  });

  it('ranks a weak signal near its theoretical AUC', () => {
    // shift 0.3 sd between classes: AUC = Φ(0.3/√2) ≈ 0.584
    const weak = scoreFeature(sample, getColumn(table, 'weak')).value;
    expect(weak).toBeGreaterThan(0.54);
    expect(weak).toBeLessThan(0.63);
  });

  it('uses stratified folds: every fold holds 30 % ± 1 % positives', () => {
    for (let f = 0; f < 5; f++) {
      let n = 0;
      let pos = 0;
      for (let j = 0; j < sample.y.length; j++) {
        if (sample.fold[j] !== f) continue;
        n++;
        pos += sample.y[j];
      }
      expect(n).toBeGreaterThanOrEqual(399);
      expect(n).toBeLessThanOrEqual(401);
      const all = sample.y.reduce((s, v) => s + v, 0) / sample.y.length;
      expect(Math.abs(pos / n - all)).toBeLessThan(0.01);
    }
  });

  it('is deterministic for a seed and samples at most maxRows', () => {
    const a = scoreFeature(scoringSample(table, targetInfo(table, 'y'), 7, 500), getColumn(table, 'weak'));
    const b = scoreFeature(scoringSample(table, targetInfo(table, 'y'), 7, 500), getColumn(table, 'weak'));
    expect(a.foldValues).toEqual(b.foldValues);
    expect(scoringSample(table, targetInfo(table, 'y'), 7, 500).rows.length).toBe(500);
  });

  it('computes R² for a regression target', () => {
    const rng = createRng(2);
    const n = 1000;
    const x = Float64Array.from({ length: n }, () => rng.next() * 10);
    const y = Float64Array.from(x, (v) => 3 * v + rng.normal() * 0.5 + 0.25);
    const z = Float64Array.from({ length: n }, () => rng.normal());
    const t = createTable([numberColumn('spend', y), numberColumn('x', x), numberColumn('z', z)]);
    const s = scoringSample(t, targetInfo(t, 'spend'), 0);
    const rx = scoreFeature(s, getColumn(t, 'x'));
    expect(rx.metric).toBe('r2');
    // var(3x) = 9·100/12 = 75, noise 0.25, binning error of 32 bins small: R² ≈ 0.99
    expect(rx.value).toBeGreaterThan(0.97);
    expect(scoreFeature(s, getColumn(t, 'z')).value).toBeLessThan(0.05);
  });

  it('scores categories by their training-fold rate, macro AUC for multiclass', () => {
    const rng = createRng(4);
    const n = 900;
    const cls = Int32Array.from({ length: n }, () => rng.int(3));
    const same = Int32Array.from(cls);
    const random = Int32Array.from({ length: n }, () => rng.int(4));
    const t = createTable([
      categoryColumn('segment', cls, ['a', 'b', 'c']),
      categoryColumn('copy', same, ['A', 'B', 'C']),
      categoryColumn('random', random, ['p', 'q', 'r', 's']),
    ]);
    const s = scoringSample(t, targetInfo(t, 'segment'), 0);
    expect(scoreFeature(s, getColumn(t, 'copy')).value).toBe(1);
    expect(Math.abs(scoreFeature(s, getColumn(t, 'random')).value - 0.5)).toBeLessThan(0.06);
  });

  it('skips constant columns and targets with too few rows', () => {
    const t = createTable([
      categoryColumn('y', Int32Array.of(0, 1, 0, 1, 0, 1), ['no', 'yes']),
      numberColumn('c', Float64Array.of(1, 1, 1, 1, 1, 1)),
    ]);
    const s = scoringSample(t, targetInfo(t, 'y'), 0);
    expect(s.skipped).toBe('too-few-rows');
    expect(scoreFeature(s, getColumn(t, 'c')).value).toBeNaN();
  });
});
