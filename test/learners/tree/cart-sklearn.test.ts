/**
 * CART against scikit-learn 1.2.1: the same rows and settings give the same tree, node by node (feature,
 * threshold, counts, values, impurity), the same cost-complexity pruning path and the same predictions.
 * Fixture: test/fixtures/learners/tree-cart-sklearn.json, made by scripts/reference/trees_sklearn.py.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { fitTree } from '../../../src/learners/tree/fit-tree.js';
import { pruningPath } from '../../../src/learners/tree/prune-cart.js';
import { predictProbaTree, predictTree } from '../../../src/learners/tree/tree-model.js';
import { treeSchema } from '../../../src/learners/tree/tree-params.js';
import { resolveParams } from '../../../src/learners/params.js';

interface SkTree {
  left: number[];
  right: number[];
  feature: number[];
  threshold: number[];
  value: number[][];
  nSamples: number[];
  weightedNSamples: number[];
  impurity: number[];
}

interface CartCase {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  target: 'yBinary' | 'yMulticlass' | 'yRegression';
  weighted: boolean;
  sklearnParams: Record<string, string | number>;
  pruningPath: { ccpAlphas: number[]; impurities: number[] } | null;
  nodeCount: number;
  tree: SkTree;
  testPrediction: number[];
}

interface CartFixture {
  featureNames: string[];
  trainRows: number;
  x: number[][];
  yBinary: number[];
  yMulticlass: number[];
  yRegression: number[];
  weights: number[];
  splitterSeed: number;
  cases: CartCase[];
}

const fixture: CartFixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'learners', 'tree-cart-sklearn.json'), 'utf8'),
);
const nTrain = fixture.trainRows;
const matrix = (from: number, to: number) =>
  createFeatureMatrix(
    fixture.featureNames,
    fixture.x.map((col) => Float64Array.from(col.slice(from, to))),
  );
const train = matrix(0, nTrain);
const test = matrix(nTrain, fixture.x[0].length);

function settingsOf(c: CartCase): Record<string, unknown> {
  const p = c.sklearnParams;
  const out: Record<string, unknown> = { objective: c.task, criterion: p.criterion };
  if (p.max_depth !== undefined) out.max_depth = p.max_depth;
  if (p.min_samples_leaf !== undefined) out.min_samples_leaf = p.min_samples_leaf;
  if (p.min_samples_split !== undefined) out.min_samples_split = p.min_samples_split;
  if (p.min_impurity_decrease !== undefined) out.min_impurity_decrease = p.min_impurity_decrease;
  if (p.ccp_alpha !== undefined) out.ccp_alpha = p.ccp_alpha;
  return out;
}

function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

describe.each(fixture.cases.map((c) => [c.name, c] as [string, CartCase]))('%s', (_name, c) => {
  const y = Float64Array.from(fixture[c.target].slice(0, nTrain));
  const weights = c.weighted ? fixture.weights.slice(0, nTrain) : undefined;
  const params = resolveParams('decision_tree', treeSchema, settingsOf(c));
  // the seed is the state of sklearn's splitter RNG: RandomState(0).randint(0, 2**31 - 1) for random_state=0
  const model = fitTree(params, train, y, { weights, seed: fixture.splitterSeed });
  const t = model.tree;
  const sk = c.tree;

  it('grows the same tree node by node', () => {
    expect(t.nodeCount).toBe(c.nodeCount);
    for (let i = 0; i < c.nodeCount; i++) {
      const leaf = sk.left[i] < 0;
      expect(t.left[i], `node ${i} left`).toBe(sk.left[i]);
      expect(t.right[i], `node ${i} right`).toBe(sk.right[i]);
      expect(t.nSamples[i], `node ${i} n`).toBe(sk.nSamples[i]);
      expect(close(t.weightedNSamples[i], sk.weightedNSamples[i]), `node ${i} weighted n`).toBe(true);
      expect(
        close(t.impurity[i], sk.impurity[i], 1e-9),
        `node ${i} impurity ${t.impurity[i]} vs ${sk.impurity[i]}`,
      ).toBe(true);
      if (!leaf) {
        expect(t.feature[i], `node ${i} feature`).toBe(sk.feature[i]);
        expect(t.threshold[i], `node ${i} threshold`).toBe(sk.threshold[i]);
      }
      const k = t.outputs;
      for (let o = 0; o < k; o++) {
        expect(close(t.value[i * k + o], sk.value[i][o]), `node ${i} value ${o}`).toBe(true);
      }
    }
  });

  it('predicts as sklearn on new rows', () => {
    const p = c.task === 'regression' ? predictTree(model, test) : predictProbaTree(model, test);
    expect(p.length).toBe(c.testPrediction.length);
    for (let i = 0; i < p.length; i++) expect(close(p[i], c.testPrediction[i], 1e-12), `row ${i}`).toBe(true);
  });

  if (c.pruningPath) {
    it('has the same cost-complexity pruning path', () => {
      const full = fitTree(resolveParams('decision_tree', treeSchema, { ...settingsOf(c), ccp_alpha: 0 }), train, y, {
        weights,
        seed: fixture.splitterSeed,
      });
      const path = pruningPath(full.tree);
      const ref = c.pruningPath as { ccpAlphas: number[]; impurities: number[] };
      expect(path.alphas.length).toBe(ref.ccpAlphas.length);
      for (let i = 0; i < ref.ccpAlphas.length; i++) {
        expect(close(path.alphas[i], ref.ccpAlphas[i], 1e-9), `alpha ${i}`).toBe(true);
        expect(close(path.impurities[i], ref.impurities[i], 1e-9), `impurity ${i}`).toBe(true);
      }
      expect(full.tree.nodeCount).toBeGreaterThan(model.tree.nodeCount);
    });
  }
});
