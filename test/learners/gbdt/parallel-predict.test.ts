/**
 * Multi-threaded prediction: scores on 2 and 3 threads equal one thread's bit for bit (binary with a
 * categorical feature and missing values, multiclass), small inputs stay on the calling thread, the shared
 * packing of the trees round-trips, and the model's `threads` setting is the default.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import { predictRawGbdt } from '../../../src/learners/gbdt/gbdt-model.js';
import { forestScores, predictPools } from '../../../src/learners/gbdt/parallel-predict.js';
import { PREDICT_TOOLS, addRowRange, predictForm, predictTrees } from '../../../src/learners/gbdt/predict-forest.js';
import { warmUpWalkers } from '../../../src/learners/gbdt/predict-worker-source.js';
import { shareTrees, viewTrees } from '../../../src/learners/gbdt/shared-forest.js';
import { type Tree, treeValue } from '../../../src/learners/gbdt/tree.js';
import { createRng } from '../../../src/util/rng.js';

function dataset(n: number, seed: number, classes: number) {
  const rng = createRng(seed);
  const names = ['a', 'b', 'c', 'cat'];
  const columns = names.map(() => new Float64Array(n));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) columns[j][i] = rng.next() < 0.05 ? Number.NaN : rng.normal();
    columns[3][i] = rng.next() < 0.05 ? Number.NaN : rng.int(8);
    const a = columns[0][i] === columns[0][i] ? columns[0][i] : 0;
    const s =
      a * columns[1][i] + Math.sin(2 * (columns[2][i] || 0)) + (columns[3][i] % 3 === 1 ? 1 : 0) + 0.5 * rng.normal();
    y[i] = classes === 2 ? (s > 0.5 ? 1 : 0) : s < 0 ? 0 : s < 1 ? 1 : 2;
  }
  const categorical = names.map((name) => name === 'cat');
  const categories = names.map((name) => (name === 'cat' ? ['p', 'q', 'r', 's', 't', 'u', 'v', 'w'] : null));
  return { x: createFeatureMatrix(names, columns, { categorical, categories }), y };
}

const classesOf = (k: number) => Array.from({ length: k }, (_, i) => String(i));

describe('parallel prediction', () => {
  const train = dataset(4000, 1, 2);
  const model = gbdtLearner
    .create({ objective: 'binary', n_rounds: 120, max_leaves: 15, max_cat_to_onehot: 2 })
    .fit(train.x, { values: train.y, classes: classesOf(2) }, { seed: 3 });
  const test = dataset(30_001, 2, 2);

  it('gives the same scores on 1, 2 and 3 threads, bit for bit', () => {
    const one = predictRawGbdt(model, test.x, 1);
    for (const threads of [2, 3]) {
      const many = predictRawGbdt(model, test.x, threads);
      expect(many.length).toBe(one.length);
      expect(Buffer.from(many.buffer).equals(Buffer.from(one.buffer))).toBe(true);
    }
    // the model has categorical splits, so both tree walkers ran
    expect(model.trees.some((t) => t.catBoundaries.length > 1)).toBe(true);
  });

  it('repeats calls on a warm pool and for a second model', () => {
    const other = gbdtLearner
      .create({ objective: 'binary', n_rounds: 60, max_leaves: 7 })
      .fit(train.x, { values: train.y, classes: classesOf(2) }, { seed: 4 });
    for (const m of [model, other, model]) {
      expect(
        Buffer.from(predictRawGbdt(m, test.x, 2).buffer).equals(Buffer.from(predictRawGbdt(m, test.x, 1).buffer)),
      ).toBe(true);
    }
  });

  it('gives the same multiclass scores on 2 threads', () => {
    const tr = dataset(3000, 5, 3);
    const multi = gbdtLearner
      .create({ objective: 'multiclass', n_rounds: 50, max_leaves: 7 })
      .fit(tr.x, { values: tr.y, classes: classesOf(3) }, { seed: 6 });
    const te = dataset(12_345, 7, 3);
    const one = predictRawGbdt(multi, te.x, 1);
    const two = predictRawGbdt(multi, te.x, 2);
    expect(one.length).toBe(3 * 12_345);
    expect(Buffer.from(two.buffer).equals(Buffer.from(one.buffer))).toBe(true);
  });

  it('walks mixed trees without a branch on the node kind, with the same sums as treeValue on every row', () => {
    const trees = predictTrees(model.trees);
    // both walkers run: trees with and without categorical splits
    expect(trees.some((t) => t.catSpans !== null)).toBe(true);
    expect(trees.some((t) => t.catSpans === null && t.numLeaves > 1)).toBe(true);
    // a code outside every set (99) and missing codes exercise the bounds and the default directions
    const columns = test.x.columns.map((c) => Float64Array.from(c.subarray(0, 999)));
    columns[3][5] = 99;
    columns[3][6] = Number.NaN;
    const sums = (forest: readonly Tree[]) => {
      const out = new Float64Array(999);
      addRowRange(
        predictTrees(forest),
        1,
        columns,
        0,
        999,
        [out],
        new Float64Array(64 * columns.length),
        PREDICT_TOOLS,
      );
      return out;
    };
    // the same trees with every category set emptied (no bitset words at all): known codes all go right
    const emptied = model.trees.map((t) => ({
      ...t,
      catBits: new Uint32Array(0),
      catBoundaries: new Int32Array(t.catBoundaries.length),
    }));
    for (const forest of [model.trees, emptied]) {
      const got = sums(forest);
      for (let row = 0; row < 999; row++) {
        let sum = 0;
        for (const tree of forest) sum += treeValue(tree, columns, row);
        expect(got[row]).toBe(sum);
      }
    }
    expect(sums(emptied)).not.toEqual(sums(model.trees));
  });

  it('warms the walkers up on a made-up forest that reaches real leaves', () => {
    const first = warmUpWalkers(addRowRange, PREDICT_TOOLS, shareTrees, viewTrees);
    // 20 trees, leaf values i/8 (i < 8), every row reaches one leaf per tree
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThanOrEqual((20 * 7) / 8);
    expect(warmUpWalkers(addRowRange, PREDICT_TOOLS, shareTrees, viewTrees)).toBe(first);
  });

  it('keeps small inputs on the calling thread and honours the base scores', () => {
    const columns = [new Float64Array([0.1, -2]), new Float64Array(2), new Float64Array(2), new Float64Array([1, 5])];
    const [s] = forestScores(model.trees, 1, [0.25], columns, 2, 2);
    const [t] = forestScores(model.trees, 1, [0], columns, 2, 1);
    expect(s[0] - t[0]).toBeCloseTo(0.25, 12);
    expect(s[1] - t[1]).toBeCloseTo(0.25, 12);
  });

  it('turns leaves into nodes that loop to themselves', () => {
    const tree = model.trees.find((t) => t.numLeaves > 2) as Tree;
    const form = predictForm(tree);
    expect(form.inner).toBe(tree.feature.length);
    expect(form.feature.length).toBe(tree.feature.length + tree.numLeaves);
    for (let i = 0; i < form.inner; i++) {
      const side = (c: number) => (c >= 0 ? c : form.inner + ~c);
      const missing = tree.defaultLeft[i] === 1 ? tree.left[i] : tree.right[i];
      expect(Array.from(form.children.subarray(3 * i, 3 * i + 3))).toEqual([
        side(tree.left[i]),
        side(tree.right[i]),
        side(missing),
      ]);
    }
    for (let l = 0; l < tree.numLeaves; l++) {
      const node = form.inner + l;
      expect(Array.from(form.children.subarray(3 * node, 3 * node + 3))).toEqual([node, node, node]);
    }
  });

  it('packs the trees into shared memory and views them back unchanged', () => {
    const trees = predictTrees(model.trees);
    const packed = shareTrees(trees);
    expect(packed.leafValue.buffer).toBeInstanceOf(SharedArrayBuffer);
    const back = viewTrees(packed);
    expect(back.length).toBe(trees.length);
    for (let t = 0; t < trees.length; t += 17) {
      for (const key of ['feature', 'threshold', 'children', 'leafValue', 'catBits'] as const) {
        expect(Array.from(back[t][key])).toEqual(Array.from(trees[t][key]));
      }
      expect(back[t].numLeaves).toBe(trees[t].numLeaves);
      expect(back[t].inner).toBe(trees[t].inner);
      expect(back[t].catSpans === null ? null : Array.from(back[t].catSpans ?? [])).toEqual(
        trees[t].catSpans === null ? null : Array.from(trees[t].catSpans ?? []),
      );
    }
  });

  it('uses the model threads setting by default', () => {
    expect(model.params.threads).toBe(1);
    expect(predictPools()).not.toContain(3);
    predictRawGbdt(model, test.x);
    expect(predictPools()).not.toContain(3);
    const threaded = { ...model, params: { ...model.params, threads: 4 } };
    const scores = predictRawGbdt(threaded, test.x);
    expect(predictPools()).toContain(3);
    expect(Buffer.from(scores.buffer).equals(Buffer.from(predictRawGbdt(model, test.x).buffer))).toBe(true);
  });
});
