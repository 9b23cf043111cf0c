/**
 * leitwerk's MLP against scikit-learn's MLPClassifier(solver='adam') on telco churn: same rows, same split,
 * same preprocessing (mean imputation + standardisation of every one-hot column), same architecture (64, 32),
 * alpha, learning rate, batch size and number of epochs. The fixture (scripts/reference/mlp_sklearn.py) holds
 * sklearn's holdout AUC for five seeds; the two implementations cannot draw the same random numbers, so the
 * test asks for leitwerk's mean AUC over seeds 0, 1, 2 within 0.01 of sklearn's mean over its five seeds
 * (each side's seeds spread over ~0.01).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlpLearner } from '../../../src/learners/mlp/mlp-learner.js';
import { auc } from '../support/metrics.js';
import { type ReferenceFixture, loadReference } from '../support/reference-data.js';

interface MlpFixture extends ReferenceFixture {
  readonly aucBySeed: number[];
}

const fixture: MlpFixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'learners', 'mlp-sklearn-telco.json'), 'utf8'),
);

describe('MLP vs sklearn MLPClassifier on telco', () => {
  it('reaches sklearn holdout AUC within 0.01 with the same settings', { timeout: 60_000 }, () => {
    const data = loadReference(fixture);
    expect(data.oneHot.train.names.length).toBe(fixture.featureCount);
    expect(data.yTest.length).toBe(fixture.testRows);
    const params = fixture.leitwerkParams;
    const aucs: number[] = [];
    let seconds = 0;
    for (const seed of [0, 1, 2]) {
      const start = performance.now();
      const model = mlpLearner.create(params).fit(data.oneHot.train, data.yTrain, { seed });
      seconds += (performance.now() - start) / 3000;
      expect(model.epochs).toBe(params.max_epochs);
      const p = mlpLearner.predictProba(model, data.oneHot.test).filter((_, i) => i % 2 === 1);
      aucs.push(auc(data.yTest, p));
    }
    const got = (aucs[0] + aucs[1] + aucs[2]) / 3;
    console.log(
      `mlp telco: AUC ${got.toFixed(4)} (${aucs.map((a) => a.toFixed(4)).join(', ')}) vs sklearn ${fixture.metrics.auc.toFixed(4)} ` +
        `[${fixture.metrics.aucMin.toFixed(4)}, ${fixture.metrics.aucMax.toFixed(4)}]; ` +
        `fit ${seconds.toFixed(2)} s vs sklearn ${fixture.fitSeconds} s (ratio ${(seconds / fixture.fitSeconds).toFixed(2)}, information only)`,
    );
    expect(Math.abs(got - fixture.metrics.auc)).toBeLessThan(0.01);
  });
});
