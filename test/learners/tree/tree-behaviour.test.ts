/**
 * Decision tree behaviour beyond the sklearn comparison: readable rules, learned missing directions,
 * categorical splits by ordered categories, cost-complexity pruning and bad settings.
 */
import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { cartShape } from '../../../src/learners/tree/cart-tree.js';
import { pruneCart, pruningPath } from '../../../src/learners/tree/prune-cart.js';
import { decisionTreeLearner } from '../../../src/learners/tree/tree-learner.js';
import { predictProbaTree } from '../../../src/learners/tree/tree-model.js';
import { treeRuleList, treeRules } from '../../../src/learners/tree/tree-rules.js';
import { ValidationError } from '../../../src/util/errors.js';
import { createRng } from '../../../src/util/rng.js';

const CONTACT = ['cellular', 'telephone', 'unknown'];

/** age 20..79, contact, y = 1 when age > 60 and contact = cellular (plus 10 % flipped by a seeded RNG). */
function campaign(n: number) {
  const rng = createRng(4);
  const age = new Float64Array(n);
  const contact = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    age[i] = 20 + (i % 60);
    contact[i] = Math.floor(i / 60) % 3;
    y[i] = age[i] > 60 && contact[i] === 0 ? 1 : 0;
    if (rng.next() < 0.1) y[i] = 1 - y[i];
  }
  const x = createFeatureMatrix(['age', 'contact'], [age, contact], {
    categorical: [false, true],
    categories: [null, CONTACT],
  });
  return { x, y, age, contact };
}

describe('treeRules', () => {
  const { x, y, age, contact } = campaign(1800);
  const model = decisionTreeLearner
    .create({ max_depth: 2 })
    .fit(x, { values: y, classes: ['no', 'yes'], name: 'subscribed' });

  it('writes one rule per leaf, in the quoted format, best segment first', () => {
    const rules = treeRules(model);
    expect(rules.length).toBe(cartShape(model.tree).leaves);
    const top = treeRuleList(model)[0];
    let n = 0;
    let pos = 0;
    for (let i = 0; i < y.length; i++) {
      if (age[i] > 60.5 && contact[i] === 0) {
        n++;
        pos += y[i];
      }
    }
    expect(top.text).toBe(`IF age > 60.5 AND contact = cellular THEN ${Math.round((100 * pos) / n)} % yes (n = ${n})`);
    expect(top.value).toBeCloseTo(pos / n, 12);
    for (const r of rules) expect(r).toMatch(/^IF .+ THEN \d+ % yes \(n = \d+\)$/);
  });

  it('reports another class and caps the number of rules', () => {
    const rules = treeRules(model, { classLabel: 'no', maxRules: 2 });
    expect(rules.length).toBe(2);
    expect(rules[0]).toMatch(/THEN \d+ % no/);
    expect(() => treeRules(model, { classLabel: 'maybe' })).toThrow(ValidationError);
  });

  it('merges conditions on one feature into a range and names regression means', () => {
    const n = 400;
    const v = Float64Array.from({ length: n }, (_, i) => i);
    const target = Float64Array.from(v, (a) => (a >= 100 && a < 300 ? 10 : 0));
    const reg = decisionTreeLearner
      .create({ objective: 'regression', max_depth: 2 })
      .fit(createFeatureMatrix(['tenure'], [v]), { values: target, name: 'spend' });
    expect(treeRules(reg)[0]).toBe('IF 99.5 < tenure <= 299.5 THEN spend = 10 (n = 200)');
  });
});

describe('missing values and categories', () => {
  it('learns where missing values go', () => {
    const n = 300;
    const x0 = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Number.NaN : i));
    const y = Float64Array.from(x0, (v) => (v !== v || v > 250 ? 1 : 0));
    const model = decisionTreeLearner.create({ max_depth: 3 }).fit(createFeatureMatrix(['x'], [x0]), y);
    const p = predictProbaTree(model, createFeatureMatrix(['x'], [Float64Array.of(Number.NaN, 10, 280)]));
    expect(p[1]).toBe(1); // missing → the all-positive leaf
    expect(p[3]).toBe(0);
    expect(p[5]).toBe(1);
  });

  it('splits categories by their ordered class share in one split', () => {
    const rate = [0.9, 0.1, 0.8, 0.2, 0.85];
    const rng = createRng(9);
    const n = 2000;
    const cat = Float64Array.from({ length: n }, (_, i) => i % 5);
    const y = Float64Array.from(cat, (c) => (rng.next() < rate[c] ? 1 : 0));
    const x = createFeatureMatrix(['segment'], [cat], { categorical: [true], categories: [['a', 'b', 'c', 'd', 'e']] });
    const model = decisionTreeLearner.create({ max_depth: 1 }).fit(x, { values: y, classes: ['no', 'yes'] });
    const rules = treeRules(model);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(/^IF segment NOT IN \{b, d\} THEN/);
    expect(rules[1]).toMatch(/^IF segment IN \{b, d\} THEN/);
  });
});

describe('cost-complexity pruning', () => {
  const { x, y } = campaign(1800);
  const full = decisionTreeLearner.create({}).fit(x, y);

  it('shrinks the tree as alpha grows, down to the root', () => {
    const path = pruningPath(full.tree);
    expect(path.alphas[0]).toBe(0);
    for (let i = 1; i < path.alphas.length; i++) {
      expect(path.alphas[i]).toBeGreaterThanOrEqual(path.alphas[i - 1] - 1e-15);
      expect(path.impurities[i]).toBeGreaterThanOrEqual(path.impurities[i - 1] - 1e-15);
    }
    let last = full.tree.nodeCount;
    for (const alpha of [1e-4, 1e-3, 1e-2]) {
      const pruned = pruneCart(full.tree, alpha);
      expect(pruned.nodeCount).toBeLessThanOrEqual(last);
      last = pruned.nodeCount;
    }
    expect(last).toBeLessThan(full.tree.nodeCount);
    expect(pruneCart(full.tree, path.alphas[path.alphas.length - 1]).nodeCount).toBe(1);
    const viaSettings = decisionTreeLearner.create({ ccp_alpha: 1e-2 }).fit(x, y);
    expect(viaSettings.tree.nodeCount).toBe(pruneCart(full.tree, 1e-2).nodeCount);
  });
});

describe('settings', () => {
  it('rejects a criterion that does not fit the objective', () => {
    expect(() => decisionTreeLearner.create({ objective: 'regression', criterion: 'gini' })).toThrow(ValidationError);
    expect(() => decisionTreeLearner.create({ objective: 'binary', criterion: 'squared_error' })).toThrow(
      ValidationError,
    );
  });
});
