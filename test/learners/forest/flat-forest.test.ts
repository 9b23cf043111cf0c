/**
 * The flattened forest used for prediction: the same sums as walking every tree on its own (cartLeaf with
 * class shares), for binary, multiclass and regression forests with missing values, categorical splits and
 * unseen categories — also for trees not numbered depth-first (the general flattening path).
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { flatForest, predictFlatForest } from '../../../src/learners/forest/flat-forest.js';
import { randomForestLearner } from '../../../src/learners/forest/forest-learner.js';
import { type CartTree, cartLeaf } from '../../../src/learners/tree/cart-tree.js';
import { toyData } from '../support/toy-data.js';

/** Sums over trees by walking each tree with cartLeaf (binary: class-1 shares only). */
function reference(trees: readonly CartTree[], columns: readonly Float64Array[], n: number): Float64Array {
  const k = trees[0].outputs;
  const outputs = k === 2 ? 1 : k;
  const out = new Float64Array(n * outputs);
  for (const tree of trees) {
    for (let row = 0; row < n; row++) {
      const leaf = cartLeaf(tree, columns, row);
      if (k === 1) out[row] += tree.value[leaf];
      else {
        let sum = 0;
        for (let c = 0; c < k; c++) sum += tree.value[leaf * k + c];
        if (k === 2) out[row] += tree.value[leaf * 2 + 1] / sum;
        else for (let c = 0; c < k; c++) out[row * k + c] += tree.value[leaf * k + c] / sum;
      }
    }
  }
  return out;
}

/** The same tree with its nodes numbered breadth-first (left child no longer next to its parent). */
function breadthFirst(tree: CartTree): CartTree {
  const order = [0];
  for (let q = 0; q < order.length; q++) {
    const node = order[q];
    if (tree.left[node] >= 0) order.push(tree.left[node], tree.right[node]);
  }
  const newId = new Int32Array(tree.nodeCount);
  order.forEach((node, i) => {
    newId[node] = i;
  });
  const k = tree.outputs;
  const map = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const out = make(tree.nodeCount);
    order.forEach((node, i) => {
      out[i] = a[node];
    });
    return out;
  };
  const child = (a: Int32Array) => {
    const out = new Int32Array(tree.nodeCount);
    order.forEach((node, i) => {
      out[i] = a[node] >= 0 ? newId[a[node]] : -1;
    });
    return out;
  };
  const value = new Float64Array(tree.value.length);
  order.forEach((node, i) => {
    for (let c = 0; c < k; c++) value[i * k + c] = tree.value[node * k + c];
  });
  return {
    ...tree,
    left: child(tree.left),
    right: child(tree.right),
    feature: map(tree.feature, (n) => new Int32Array(n)),
    threshold: map(tree.threshold, (n) => new Float64Array(n)),
    missingLeft: map(tree.missingLeft, (n) => new Uint8Array(n)),
    categorical: map(tree.categorical, (n) => new Uint8Array(n)),
    value,
  };
}

describe('flat forest', () => {
  for (const [task, settings] of [
    ['binary', { objective: 'binary' }],
    ['multiclass', { objective: 'multiclass' }],
    ['regression', { objective: 'regression', max_features: 'all' }],
  ] as const) {
    it(`sums the leaves every tree reaches (${task}, missing values, categories)`, () => {
      const train = toyData(task, 1500, 41);
      const test = toyData(task, 700, 42);
      const model = randomForestLearner.create({ ...settings, n_estimators: 8 }).fit(train.x, train.y, { seed: 3 });
      expect(model.trees.some((t) => t.categorical.some((c) => c === 1))).toBe(true);
      // category code 9 was never seen (NaN for the trees, as prepareColumns maps it)
      const columns = test.x.columns.map((c, f) => (f === 3 ? c.map((v, i) => (i % 50 === 0 ? Number.NaN : v)) : c));
      const expected = reference(model.trees, columns, 700);
      expect(predictFlatForest(flatForest(model.trees), columns, 700)).toEqual(expected);
      const shuffled = model.trees.map(breadthFirst);
      expect(shuffled[0].left.some((l, i) => l >= 0 && l !== i + 1)).toBe(true);
      expect(predictFlatForest(flatForest(shuffled), columns, 700)).toEqual(expected);
      // and the learner's probabilities are the averages (binary: 1 − p, p)
      const unseen = createFeatureMatrix(
        test.x.names,
        test.x.columns.map((c, f) => (f === 3 ? c.map((v, i) => (i % 50 === 0 ? 9 : v)) : c)),
        { categorical: test.x.categorical, categories: test.x.categories },
      );
      if (task === 'regression') {
        const p = randomForestLearner.predict(model, unseen);
        expect(p[5]).toBeCloseTo(expected[5] / 8, 12);
      } else {
        const p = randomForestLearner.predictProba(model, unseen);
        if (task === 'binary') {
          expect(p[2 * 5 + 1]).toBeCloseTo(expected[5] / 8, 12);
          expect(p[2 * 5] + p[2 * 5 + 1]).toBeCloseTo(1, 12);
        } else expect(p[3 * 5 + 2]).toBeCloseTo(expected[3 * 5 + 2] / 8, 12);
      }
    });
  }
});
