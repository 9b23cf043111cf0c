import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeShap } from '../../src/explain/tree-shap.js';
import { gbdtFromXgboostJson } from '../../src/explain/xgboost-model.js';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { predictRawGbdt } from '../../src/learners/gbdt/gbdt-model.js';

// made by scripts/reference/treeshap_xgboost.py (XGBoost 1.7.4 pred_contribs)
const fixture = JSON.parse(readFileSync('test/fixtures/explain/treeshap-xgboost.json', 'utf8'));
const features: string[] = fixture.features;
const F = features.length;

function matrixOf(rows: (number | null)[][]) {
  const cols = features.map((_, j) => Float64Array.from(rows, (r) => r[j] ?? Number.NaN));
  return createFeatureMatrix(features, cols);
}

describe('treeShap against XGBoost pred_contribs', () => {
  it('binary: same contributions and bias (1e-6), same margins', () => {
    const ref = fixture.binary;
    const model = gbdtFromXgboostJson(ref.model, features);
    expect(model.task).toBe('binary');
    const x = matrixOf(ref.rows);
    const margins = predictRawGbdt(model, x);
    const shap = treeShap(model, x);
    let worst = 0;
    ref.rows.forEach((_: unknown, i: number) => {
      expect(margins[i]).toBeCloseTo(ref.margins[i], 5);
      for (let f = 0; f < F; f++) worst = Math.max(worst, Math.abs(shap.values[i * F + f] - ref.contribs[i][f]));
      worst = Math.max(worst, Math.abs(shap.expected[0] - ref.contribs[i][F]));
    });
    expect(worst).toBeLessThan(1e-6);
    expect(ref.rows.some((r: (number | null)[]) => r.includes(null))).toBe(true);
  });

  it('multiclass: same contributions per class (1e-6)', () => {
    const ref = fixture.multiclass;
    const model = gbdtFromXgboostJson(ref.model, features);
    const x = matrixOf(ref.rows);
    const shap = treeShap(model, x);
    expect(shap.outputs).toBe(3);
    let worst = 0;
    ref.rows.forEach((_: unknown, i: number) => {
      for (let k = 0; k < 3; k++) {
        for (let f = 0; f < F; f++) {
          worst = Math.max(worst, Math.abs(shap.values[(i * 3 + k) * F + f] - ref.contribs[i][k][f]));
        }
        worst = Math.max(worst, Math.abs(shap.expected[k] - ref.contribs[i][k][F]));
      }
    });
    expect(worst).toBeLessThan(1e-6);
  });

  it('rejects a document that is not an XGBoost tree model', () => {
    expect(() => gbdtFromXgboostJson({ learner: {} }, features)).toThrow(/XGBoost/);
    expect(() => gbdtFromXgboostJson(fixture.binary.model, ['a', 'b'])).toThrow(/5 feature names/);
  });
});
