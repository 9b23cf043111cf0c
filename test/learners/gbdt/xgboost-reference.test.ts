/**
 * leitwerk's GBDT against XGBoost `hist` with the same settings (lossguide, 31 leaves, 256 bins, eta 0.1,
 * lambda 1, 200 rounds) on the same rows, from fixtures written by scripts/reference/gbdt_xgboost.py
 * (see there how they were made). Must hold: holdout AUC within 0.002 on bank-full, telco and adult, RMSE and
 * Poisson deviance within 1 %. Also: the first tree makes XGBoost's splits (same bins, same gains), and with
 * native categorical splits (LightGBM's method, not XGBoost's) the AUC stays within 0.005 of XGBoost's own
 * categorical support.
 */
import { describe, expect, it } from 'vitest';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import type { GbdtModel } from '../../../src/learners/gbdt/gbdt-model.js';
import { auc, meanPoissonDeviance, rmse } from '../support/metrics.js';
import { type ReferenceFixture, loadReference, readFixture } from '../support/reference-data.js';

function checkFirstTree(model: GbdtModel, fixture: ReferenceFixture & { firstTree: FirstSplit[] }): void {
  const tree = model.trees[0];
  const names = model.features.map((f) => f.name);
  for (const want of fixture.firstTree) {
    // the node splitting the same feature at the same (float32) threshold with the closest cover
    let at = -1;
    for (let i = 0; i < tree.feature.length; i++) {
      if (names[tree.feature[i]] !== want.feature) continue;
      if (Math.fround(tree.threshold[i]) !== Math.fround(want.threshold)) continue;
      if (at < 0 || Math.abs(tree.nodeHess[i] - want.cover) < Math.abs(tree.nodeHess[at] - want.cover)) at = i;
    }
    expect(at, `first tree splits ${want.feature} < ${want.threshold}`).toBeGreaterThanOrEqual(0);
    expect(Math.abs(tree.nodeHess[at] - want.cover) / want.cover).toBeLessThan(1e-4);
    expect(Math.abs(tree.gain[at] - want.gain) / want.gain).toBeLessThan(1e-4);
  }
}

interface FirstSplit {
  feature: string;
  threshold: number;
  gain: number;
  cover: number;
}

describe.each(['bank-full', 'telco', 'adult'])('%s: binary AUC against XGBoost', (name) => {
  const fixture = readFixture(name) as ReferenceFixture & { firstTree: FirstSplit[] };
  const data = loadReference(fixture);

  it('uses the rows and columns the script used', () => {
    expect(data.oneHot.train.rowCount).toBe(fixture.trainRows);
    expect(data.oneHot.test.rowCount).toBe(fixture.testRows);
    expect(data.oneHot.train.names.length).toBe(fixture.featureCount);
    expect(data.numeric).toEqual(fixture.numeric);
    expect(data.categorical).toEqual(fixture.categorical);
  });

  it('one-hot encoded, as XGBoost saw it: holdout AUC within 0.002, first tree identical', () => {
    const model = gbdtLearner.create(fixture.leitwerkParams).fit(data.oneHot.train, data.yTrain);
    const p = gbdtLearner.predictProba(model, data.oneHot.test).filter((_, i) => i % 2 === 1);
    const got = auc(data.yTest, p);
    expect(Math.abs(got - fixture.metrics.auc)).toBeLessThan(0.002);
    checkFirstTree(model, fixture);
  });

  it('native categorical splits: holdout AUC within 0.005 of XGBoost with its categorical support', () => {
    const model = gbdtLearner.create(fixture.leitwerkParams).fit(data.native.train, data.yTrain);
    const p = gbdtLearner.predictProba(model, data.native.test).filter((_, i) => i % 2 === 1);
    const got = auc(data.yTest, p);
    expect(Math.abs(got - fixture.metrics.aucNativeCategorical)).toBeLessThan(0.005);
    expect(model.trees.some((t) => t.categorical.includes(1))).toBe(true);
  });
});

describe('synthetic regression: RMSE against XGBoost', () => {
  const fixture = readFixture('synthetic-regression') as ReferenceFixture & { firstTree: FirstSplit[] };
  const data = loadReference(fixture);

  it('generates the same rows as the Python script', () => {
    checkChecksums(fixture, data.oneHot.train, data.oneHot.test, data.yTrain, data.yTest);
  });

  it('holdout RMSE within 1 % of XGBoost, first tree identical', () => {
    const model = gbdtLearner.create(fixture.leitwerkParams).fit(data.oneHot.train, data.yTrain);
    const got = rmse(data.yTest, gbdtLearner.predict(model, data.oneHot.test));
    expect(Math.abs(got / fixture.metrics.rmse - 1)).toBeLessThan(0.01);
    expect(got).toBeLessThan(0.3 * fixture.metrics.rmseOfMean);
    checkFirstTree(model, fixture);
  });
});

describe('synthetic counts: Poisson deviance against XGBoost', () => {
  const fixture = readFixture('synthetic-poisson') as ReferenceFixture & { firstTree: FirstSplit[] };
  const data = loadReference(fixture);

  it('generates the same rows as the Python script', () => {
    checkChecksums(fixture, data.oneHot.train, data.oneHot.test, data.yTrain, data.yTest);
  });

  it('holdout Poisson deviance within 1 % of XGBoost', () => {
    const model = gbdtLearner.create(fixture.leitwerkParams).fit(data.oneHot.train, data.yTrain);
    const got = meanPoissonDeviance(data.yTest, gbdtLearner.predict(model, data.oneHot.test));
    expect(Math.abs(got / fixture.metrics.poissonDeviance - 1)).toBeLessThan(0.01);
    expect(got).toBeLessThan(fixture.metrics.poissonDevianceOfMean);
  });
});

function checkChecksums(
  fixture: ReferenceFixture,
  train: { columns: readonly Float64Array[] },
  test: { columns: readonly Float64Array[] },
  yTrain: Float64Array,
  yTest: Float64Array,
): void {
  const sums = fixture.checksums as NonNullable<ReferenceFixture['checksums']>;
  let sumX = 0;
  let missing = 0;
  for (const part of [train, test]) {
    part.columns.forEach((col, j) => {
      for (const v of col) {
        if (v === v) sumX += v;
        else if (j === 1) missing++;
      }
    });
  }
  const y = [...yTrain, ...yTest];
  expect(sumX).toBeCloseTo(sums.sumX, 6);
  expect(missing).toBe(sums.missingX1);
  expect(y.reduce((a, b) => a + b, 0)).toBeCloseTo(sums.sumY, 6);
  expect(y.reduce((a, b) => a + b * b, 0)).toBeCloseTo(sums.sumSquaresY, 4);
}
