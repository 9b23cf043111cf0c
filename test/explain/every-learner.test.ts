import { describe, expect, it } from 'vitest';
import { explainModel } from '../../src/explain/explain-model.js';
import { marginFunction, marginOutputs } from '../../src/explain/model-margins.js';
import { shapMargins } from '../../src/explain/shap-values.js';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { LEARNERS } from '../../src/learners/registry.js';
import { synthetic } from './support/synthetic.js';

const data = synthetic(240, 31);
const rows = createFeatureMatrix(
  data.x.names,
  data.x.columns.map((c) => c.slice(0, 15)),
  { categorical: data.x.categorical, categories: data.x.categories },
);
// small models: the property, not the fit, is under test
const quick: Record<string, Record<string, unknown>> = {
  gbdt: { n_rounds: 15, max_leaves: 8 },
  random_forest: { n_estimators: 8, threads: 1, oob_score: false },
  mlp: { max_epochs: 8, hidden_layer_1: 8, hidden_layer_2: 0 },
  decision_tree: { max_depth: 6 },
  linear: {},
};

describe('explainModel on every registered learner variant', () => {
  for (const learner of LEARNERS) {
    for (const variant of learner.variants) {
      it(`${variant.name}: values + expected = margin (1e-9)`, () => {
        const y =
          variant.task === 'binary'
            ? data.binary
            : variant.task === 'multiclass'
              ? data.multiclass
              : data.regression.map(Math.abs);
        const model = learner.create({ ...variant.settings, ...quick[learner.kind] }).fit(data.x, y, { seed: 3 });
        const shap = explainModel(model, rows, { background: data.x, backgroundSize: 30, permutations: 2, seed: 1 });
        expect(shap.outputs).toBe(marginOutputs(model));
        expect(shap.rowCount).toBe(15);
        const margins = marginFunction(model)(rows);
        const sums = shapMargins(shap);
        let worst = 0;
        for (let i = 0; i < sums.length; i++) worst = Math.max(worst, Math.abs(sums[i] - margins[i]));
        expect(worst).toBeLessThan(1e-9);
        let spread = 0;
        for (const v of shap.values) spread += Math.abs(v);
        expect(spread).toBeGreaterThan(0);
      });
    }
  }
});
