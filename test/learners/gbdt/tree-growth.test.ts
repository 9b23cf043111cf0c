import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import type { GbdtModel } from '../../../src/learners/gbdt/gbdt-model.js';
import { treeDepth } from '../../../src/learners/gbdt/tree.js';
import { createRng } from '../../../src/util/rng.js';
import { toyData } from '../support/toy-data.js';

const one = (values: number[], categorical = false) =>
  createFeatureMatrix(['x'], [Float64Array.from(values)], { categorical: [categorical] });

describe('numeric splits', () => {
  it('finds the step of a step function, between the two values', () => {
    const xs = Array.from({ length: 200 }, (_, i) => i % 11);
    const y = xs.map((v) => (v > 5 ? 10 : 0));
    const model = gbdtLearner
      .create({
        objective: 'squared_error',
        n_rounds: 1,
        max_leaves: 2,
        min_data_in_leaf: 1,
        learning_rate: 1,
        lambda_l2: 0,
      })
      .fit(one(xs), y);
    const tree = model.trees[0];
    expect(tree.numLeaves).toBe(2);
    expect(tree.threshold[0]).toBeGreaterThan(5);
    expect(tree.threshold[0]).toBeLessThanOrEqual(6);
    const p = gbdtLearner.predict(model, one([0, 5, 6, 10]));
    expect(Array.from(p).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 0, 10, 10]);
  });

  it('learns where missing values go', () => {
    const rng = createRng(2);
    const xs: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 600; i++) {
      const missing = rng.next() < 0.2;
      const v = rng.next() * 10;
      xs.push(missing ? Number.NaN : v);
      y.push(missing ? 9 : v > 5 ? 10 : 0);
    }
    const model = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 30, max_leaves: 3, learning_rate: 0.5 })
      .fit(one(xs), y);
    const [missing, low, high] = gbdtLearner.predict(model, one([Number.NaN, 1, 9]));
    expect(Math.abs(missing - high)).toBeLessThan(Math.abs(missing - low));
    expect(model.trees[0].defaultLeft[0]).toBe(model.trees[0].threshold[0] > 9 ? 1 : 0);
  });
});

describe('native categorical splits', () => {
  it('groups the categories with high targets by sorted gradients', () => {
    const rng = createRng(5);
    const codes: number[] = [];
    const y: number[] = [];
    const high = new Set([2, 5, 7]);
    for (let i = 0; i < 3000; i++) {
      const c = rng.int(10);
      codes.push(c);
      y.push((high.has(c) ? 3 : 0) + rng.normal() * 0.1);
    }
    const model = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 1, max_leaves: 2, learning_rate: 1, min_data_per_group: 50 })
      .fit(one(codes, true), y);
    const tree = model.trees[0];
    expect(tree.categorical[0]).toBe(1);
    const bits = tree.catBits[tree.catBoundaries[tree.threshold[0]]];
    const left = [...Array(10).keys()].filter((c) => ((bits >>> c) & 1) === 1);
    expect(left.length === 3 ? left : [...Array(10).keys()].filter((c) => !left.includes(c))).toEqual([2, 5, 7]);
    const p = gbdtLearner.predict(model, one([2, 5, 7, 0, 1, 9], true));
    expect(Math.min(p[0], p[1], p[2])).toBeGreaterThan(Math.max(p[3], p[4], p[5]) + 2);
  });

  it('splits one category against the rest when there are few, and limits the left side', () => {
    const codes = Array.from({ length: 900 }, (_, i) => i % 3);
    const y = codes.map((c) => (c === 1 ? 5 : 0));
    const model = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 1, max_leaves: 2, learning_rate: 1 })
      .fit(one(codes, true), y);
    const tree = model.trees[0];
    expect(tree.catBits[tree.catBoundaries[tree.threshold[0]]]).toBe(0b10);
    const many = Array.from({ length: 4000 }, (_, i) => i % 40);
    const yMany = many.map((c) => c);
    const limited = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 3, max_leaves: 4, max_cat_threshold: 4, min_data_per_group: 10 })
      .fit(one(many, true), yMany);
    for (const t of limited.trees) {
      for (let k = 0; k + 1 < t.catBoundaries.length; k++) {
        let count = 0;
        for (let w = t.catBoundaries[k]; w < t.catBoundaries[k + 1]; w++) {
          for (let b = 0; b < 32; b++) count += (t.catBits[w] >>> b) & 1;
        }
        expect(count).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('monotone constraints', () => {
  const rng = createRng(8);
  const n = 1500;
  const x0 = Float64Array.from({ length: n }, () => rng.next() * 6);
  const x1 = Float64Array.from({ length: n }, () => rng.normal());
  const y = Float64Array.from({ length: n }, (_, i) => Math.sin(x0[i] * 2) + 0.3 * x0[i] + x1[i] + rng.normal() * 0.1);
  const x = createFeatureMatrix(['x0', 'x1'], [x0, x1]);
  const grid = Float64Array.from({ length: 61 }, (_, i) => i / 10);

  function curve(model: GbdtModel, at: number): Float64Array {
    return gbdtLearner.predict(model, createFeatureMatrix(['x0', 'x1'], [grid, new Float64Array(61).fill(at)]));
  }

  it('keeps predictions rising in a constrained feature (and only then)', () => {
    const settings = { objective: 'squared_error', n_rounds: 60, max_leaves: 15, min_data_in_leaf: 10 } as const;
    const free = gbdtLearner.create(settings).fit(x, y);
    const rising = gbdtLearner.create({ ...settings, monotone_constraints: { x0: 1 } }).fit(x, y);
    const falling = gbdtLearner.create({ ...settings, monotone_constraints: { x0: -1 } }).fit(x, y);
    const drops = (c: Float64Array) => c.some((v, i) => i > 0 && v < c[i - 1] - 1e-12);
    const rises = (c: Float64Array) => c.some((v, i) => i > 0 && v > c[i - 1] + 1e-12);
    expect(drops(curve(free, 0))).toBe(true);
    for (const at of [-1, 0, 1.5]) {
      expect(drops(curve(rising, at))).toBe(false);
      expect(rises(curve(falling, at))).toBe(false);
    }
  });

  it('refuses unknown or categorical features', () => {
    const c = createFeatureMatrix(['x0', 'c'], [x0, Float64Array.from(x0, (v) => Math.floor(v))], {
      categorical: [false, true],
    });
    expect(() =>
      gbdtLearner.create({ objective: 'squared_error', monotone_constraints: { nope: 1 } }).fit(x, y),
    ).toThrow(/names feature nope/);
    expect(() => gbdtLearner.create({ objective: 'squared_error', monotone_constraints: { c: 1 } }).fit(c, y)).toThrow(
      /categorical feature c/,
    );
  });
});

describe('growth limits and regularisation', () => {
  const { x, y } = toyData('regression', 1500, 21);

  it('depth-wise growth respects max_depth; leaf-wise respects max_leaves', () => {
    const deep = gbdtLearner
      .create({ objective: 'squared_error', growth: 'depthwise', max_depth: 2, max_leaves: 64, n_rounds: 10 })
      .fit(x, y);
    for (const t of deep.trees) {
      expect(treeDepth(t)).toBeLessThanOrEqual(2);
      expect(t.numLeaves).toBeLessThanOrEqual(4);
    }
    expect(deep.trees.some((t) => t.numLeaves === 4)).toBe(true);
    const wide = gbdtLearner.create({ objective: 'squared_error', max_leaves: 7, n_rounds: 10 }).fit(x, y);
    expect(Math.max(...wide.trees.map((t) => t.numLeaves))).toBe(7);
    expect(Math.max(...wide.trees.map(treeDepth))).toBeGreaterThan(2);
  });

  it('respects min_data_in_leaf and min_child_weight', () => {
    const m = gbdtLearner
      .create({ objective: 'squared_error', min_data_in_leaf: 60, min_child_weight: 0, n_rounds: 10 })
      .fit(x, y);
    for (const t of m.trees) for (const c of t.leafCount) expect(c).toBeGreaterThanOrEqual(60);
    const b = toyData('binary', 1500, 22);
    const h = gbdtLearner
      .create({ objective: 'binary', min_data_in_leaf: 0, min_child_weight: 8, n_rounds: 10 })
      .fit(b.x, b.y);
    for (const t of h.trees) for (const v of t.leafHess) expect(v).toBeGreaterThanOrEqual(8 - 1e-9);
  });

  it('shrinks leaves with lambda_l2 and lambda_l1, and caps them with max_delta_step', () => {
    const largest = (m: GbdtModel) => Math.max(...m.trees.map((t) => Math.max(...t.leafValue.map(Math.abs))));
    const base = { objective: 'squared_error', n_rounds: 5, learning_rate: 1 } as const;
    const plain = largest(gbdtLearner.create(base).fit(x, y));
    expect(largest(gbdtLearner.create({ ...base, lambda_l2: 500 }).fit(x, y))).toBeLessThan(plain);
    expect(largest(gbdtLearner.create({ ...base, lambda_l1: 200 }).fit(x, y))).toBeLessThan(plain);
    expect(largest(gbdtLearner.create({ ...base, max_delta_step: 0.25 }).fit(x, y))).toBeLessThanOrEqual(0.25);
    const gamma = gbdtLearner.create({ ...base, min_split_gain: 1e5 }).fit(x, y);
    expect(gamma.trees.every((t) => t.numLeaves === 1)).toBe(true);
  });

  it('draws features per tree with colsample_bytree', () => {
    const wide = createFeatureMatrix(
      ['a', 'b', 'c', 'd'],
      [0, 1, 2, 3].map((k) => Float64Array.from(x.columns[0], (v, i) => v + k * x.columns[2][i])),
    );
    const m = gbdtLearner
      .create({ objective: 'squared_error', colsample_bytree: 0.5, n_rounds: 20, max_leaves: 8 })
      .fit(wide, y, { seed: 3 });
    for (const t of m.trees) expect(new Set(t.feature).size).toBeLessThanOrEqual(2);
    expect(new Set(m.trees.flatMap((t) => Array.from(t.feature))).size).toBe(4);
  });
});
