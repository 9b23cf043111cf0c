/**
 * Random forest against scikit-learn 1.2.1's RandomForestClassifier on bank-full (one-hot, the split of the
 * GBDT fixtures): n_estimators=100, max_features='sqrt', bootstrap, min_samples_leaf 5 and 1. The holdout AUC
 * must lie within 0.005 of the mean of sklearn's AUCs over three random states.
 * Fixture: test/fixtures/learners/forest-sklearn-bank-full.json, made by scripts/reference/trees_sklearn.py.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomForestLearner } from '../../../src/learners/forest/forest-learner.js';
import { auc } from '../support/metrics.js';
import { loadReference, readFixture } from '../support/reference-data.js';

interface ForestRun {
  model: 'random_forest' | 'extra_trees';
  minSamplesLeaf: number;
  aucByRandomState: number[];
  auc: number;
  oobAccuracyLastRun: number | null;
  fitSeconds: number;
}

const fixture: { runs: ForestRun[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'learners', 'forest-sklearn-bank-full.json'), 'utf8'),
);
const data = loadReference(readFixture('bank-full'));
const { train, test } = data.oneHot;

const runs = fixture.runs.filter((r) => r.model === 'random_forest');

describe.each(
  runs.map((r) => [`min_samples_leaf ${r.minSamplesLeaf}`, r] as [string, ForestRun]),
)('random forest on bank-full, %s', (_name, run) => {
  it('has a holdout AUC within 0.005 of sklearn and a plausible out-of-bag accuracy', () => {
    const started = performance.now();
    const model = randomForestLearner
      .create({
        objective: 'binary',
        n_estimators: 100,
        max_features: 'sqrt',
        min_samples_leaf: run.minSamplesLeaf,
        oob_score: true,
      })
      .fit(train, data.yTrain, { seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    const p = randomForestLearner.predictProba(model, test).filter((_, i) => i % 2 === 1);
    const ours = auc(data.yTest, p);
    console.log(
      `bank-full RF msl=${run.minSamplesLeaf}: AUC ${ours.toFixed(4)} vs sklearn ${run.auc.toFixed(4)} ` +
        `(${run.aucByRandomState.map((a) => a.toFixed(4)).join(', ')}); fit ${seconds.toFixed(2)} s vs ${run.fitSeconds} s; ` +
        `OOB accuracy ${model.oobScore?.toFixed(4)} vs ${run.oobAccuracyLastRun?.toFixed(4)}`,
    );
    expect(Math.abs(ours - run.auc)).toBeLessThan(0.005);
    expect(model.oobScore).not.toBeNull();
    expect(Math.abs((model.oobScore as number) - (run.oobAccuracyLastRun as number))).toBeLessThan(0.01);
  });
});
