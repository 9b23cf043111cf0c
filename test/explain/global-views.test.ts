import { describe, expect, it } from 'vitest';
import { meanAbsShap } from '../../src/explain/mean-abs-shap.js';
import { partialDependence } from '../../src/explain/partial-dependence.js';
import { permutationImportance, tQuantile975 } from '../../src/explain/permutation-importance.js';
import type { ShapValues } from '../../src/explain/shap-values.js';
import { type FeatureMatrix, createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { createRng } from '../../src/util/rng.js';

function normals(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
}

const n = 3000;
const x = createFeatureMatrix(
  ['a', 'b', 'noise', 'channel'],
  [normals(n, 1), normals(n, 2), normals(n, 3), Float64Array.from({ length: n }, (_, i) => i % 4)],
  { categorical: [false, false, false, true], categories: [null, null, null, ['mail', 'phone', 'web', 'shop']] },
);
const effect = [0, 1, -0.5, 2];
const f = (m: FeatureMatrix): Float64Array =>
  Float64Array.from(
    { length: m.rowCount },
    (_, i) => 3 * m.columns[0][i] + m.columns[1][i] ** 2 + effect[m.columns[3][i]],
  );
const y = f(x);
const negMse = (t: Float64Array, p: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < t.length; i++) s += (t[i] - p[i]) ** 2;
  return -s / t.length;
};

describe('permutationImportance', () => {
  const imp = permutationImportance(f, x, y, negMse, { repeats: 8, seed: 4 });

  it('recovers the known drops: 2·Var(3a) = 18, 2·Var(b²) = 4, channel 2·Var(effect), noise 0', () => {
    expect(imp.map((r) => r.feature)).toEqual(['a', 'b', 'noise', 'channel']);
    expect(imp[0].mean).toBeGreaterThan(18 * 0.9);
    expect(imp[0].mean).toBeLessThan(18 * 1.1);
    expect(imp[1].mean).toBeGreaterThan(4 * 0.85);
    expect(imp[1].mean).toBeLessThan(4 * 1.15);
    // effects 0, 1, −0.5, 2 equally often: variance 0.921875
    expect(imp[3].mean).toBeCloseTo(2 * 0.921875, 0);
    expect(imp[2].mean).toBe(0);
    expect(imp[2].sd).toBe(0);
  });

  it('gives a t confidence interval around the mean from the repeats', () => {
    const r = imp[0];
    expect(r.drops).toHaveLength(8);
    expect(r.sd).toBeGreaterThan(0);
    const half = (tQuantile975(7) * r.sd) / Math.sqrt(8);
    expect(r.low).toBeCloseTo(r.mean - half, 12);
    expect(r.high).toBeCloseTo(r.mean + half, 12);
    expect(tQuantile975(7)).toBe(2.365);
    expect(tQuantile975(1000)).toBeCloseTo(1.9623, 3);
  });

  it('treats losses with higherIsBetter: false and is seeded', () => {
    const mse = (t: Float64Array, p: Float64Array) => -negMse(t, p);
    const loss = permutationImportance(f, x, y, mse, { repeats: 8, seed: 4, higherIsBetter: false });
    expect(loss[0].mean).toBeCloseTo(imp[0].mean, 12);
  });
});

describe('partialDependence', () => {
  it('numeric: PD(a = v) = 3v + mean(b²) + mean effect, ICE per row exact', () => {
    const pd = partialDependence(f, x, 'a', { grid: 11, ice: 5, seed: 1, sampleRows: n });
    expect(pd.kind).toBe('numeric');
    expect(pd.grid).toHaveLength(11);
    let base = 0;
    for (let i = 0; i < n; i++) base += x.columns[1][i] ** 2 + effect[x.columns[3][i]];
    base /= n;
    pd.grid.forEach((v, g) => {
      expect(pd.average[g]).toBeCloseTo(3 * v + base, 9);
    });
    // grid between the 5th and 95th percentiles, increasing
    expect(pd.grid[0]).toBeGreaterThan(-1.8);
    expect(pd.grid[0]).toBeLessThan(-1.5);
    expect(pd.iceRows).toHaveLength(5);
    pd.iceRows.forEach((r, k) => {
      pd.grid.forEach((v, g) => {
        expect(pd.ice[k * 11 + g]).toBeCloseTo(3 * v + x.columns[1][r] ** 2 + effect[x.columns[3][r]], 9);
      });
    });
  });

  it('categorical: one point per level, PD = effect + mean of the rest', () => {
    const pd = partialDependence(f, x, 'channel', { sampleRows: 1000, seed: 2 });
    expect(pd.kind).toBe('categorical');
    expect(pd.labels).toEqual(['mail', 'phone', 'web', 'shop']);
    expect(pd.average[3] - pd.average[0]).toBeCloseTo(2, 9);
    expect(pd.average[2] - pd.average[1]).toBeCloseTo(-1.5, 9);
  });

  it('rejects an unknown feature', () => {
    expect(() => partialDependence(f, x, 'nope')).toThrow(/nope/);
  });
});

describe('meanAbsShap', () => {
  it('averages |values| per feature and sorts them', () => {
    const shap: ShapValues = {
      features: ['p', 'q', 'r'],
      rowCount: 2,
      outputs: 1,
      values: Float64Array.of(1, -3, 0, -1, 1, 0.5),
      expected: [0],
      method: 'tree',
    };
    expect(meanAbsShap(shap)).toEqual([
      { feature: 'q', index: 1, value: 2 },
      { feature: 'p', index: 0, value: 1 },
      { feature: 'r', index: 2, value: 0.25 },
    ]);
  });
});

describe('shapDependence', () => {
  it('finds the interacting feature of a product term', async () => {
    const { gbdtLearner } = await import('../../src/learners/gbdt/gbdt-learner.js');
    const { treeShap } = await import('../../src/explain/tree-shap.js');
    const { shapDependence } = await import('../../src/explain/shap-dependence.js');
    const m = 1500;
    const cols = [normals(m, 11), normals(m, 12), normals(m, 13)];
    const z = createFeatureMatrix(['u', 'v', 'w'], cols);
    const target = Float64Array.from({ length: m }, (_, i) => cols[0][i] * cols[1][i] + 0.3 * cols[2][i]);
    const model = gbdtLearner
      .create({ objective: 'squared_error', n_rounds: 60, max_leaves: 8 })
      .fit(z, target, { seed: 1 });
    const shap = treeShap(model, z);
    const dep = shapDependence(shap, z, 'u');
    expect(dep.interaction).toBe('v');
    expect(dep.values[5]).toBe(cols[0][5]);
    expect(dep.shap[5]).toBe(shap.values[5 * 3]);
    expect(dep.interactionValues?.[5]).toBe(cols[1][5]);
  });
});
