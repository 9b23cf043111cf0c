import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auc } from '../../src/evaluation/auc.js';
import { averagePrecision } from '../../src/evaluation/average-precision.js';
import { brierScore } from '../../src/evaluation/brier-score.js';
import { logLoss, multiclassLogLoss } from '../../src/evaluation/log-loss.js';
import { mae, poissonDeviance, r2, rmse } from '../../src/evaluation/regression-errors.js';

/** Made by scripts/reference/evaluation_sklearn.py (scikit-learn 1.2.1). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/evaluation/metrics.json', import.meta.url), 'utf8'));
const b = fixture.binary;
const m = fixture.multiclass;
const r = fixture.regression;
const f64 = (a: number[]) => Float64Array.from(a);

function close(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
}

describe('metrics against scikit-learn', () => {
  it('the fixture has ties and both classes', () => {
    expect(new Set(b.scores).size).toBeLessThan(b.scores.length / 2);
    expect(b.labels.filter((y: number) => y === 1).length).toBeGreaterThan(50);
  });

  it('auc equals roc_auc_score, with ties and with weights', () => {
    close(auc(f64(b.scores), f64(b.labels)), b.auc, 1e-12);
    close(auc(f64(b.scores), f64(b.labels), f64(b.weights)), b.aucWeighted, 1e-12);
    expect(b.auc).not.toBeCloseTo(b.aucWeighted, 6);
  });

  it('averagePrecision equals average_precision_score', () => {
    close(averagePrecision(f64(b.scores), f64(b.labels)), b.averagePrecision, 1e-12);
    close(averagePrecision(f64(b.scores), f64(b.labels), f64(b.weights)), b.averagePrecisionWeighted, 1e-12);
  });

  it('logLoss and brierScore equal log_loss and brier_score_loss', () => {
    close(logLoss(f64(b.prob), f64(b.labels)), b.logLoss, 1e-12);
    close(logLoss(f64(b.prob), f64(b.labels), f64(b.weights)), b.logLossWeighted, 1e-12);
    close(brierScore(f64(b.prob), f64(b.labels)), b.brier, 1e-12);
    close(brierScore(f64(b.prob), f64(b.labels), f64(b.weights)), b.brierWeighted, 1e-12);
  });

  it('multiclassLogLoss equals log_loss on 4 classes', () => {
    close(multiclassLogLoss(f64(m.probs), f64(m.labels), m.k), m.logLoss, 1e-12);
    close(multiclassLogLoss(f64(m.probs), f64(m.labels), m.k, f64(m.weights)), m.logLossWeighted, 1e-12);
  });

  it('regression errors equal r2_score, RMSE, MAE and mean_poisson_deviance', () => {
    close(r2(f64(r.pred), f64(r.y)), r.r2, 1e-12);
    close(r2(f64(r.pred), f64(r.y), f64(r.weights)), r.r2Weighted, 1e-12);
    close(rmse(f64(r.pred), f64(r.y)), r.rmse, 1e-12);
    close(rmse(f64(r.pred), f64(r.y), f64(r.weights)), r.rmseWeighted, 1e-12);
    close(mae(f64(r.pred), f64(r.y)), r.mae, 1e-12);
    close(mae(f64(r.pred), f64(r.y), f64(r.weights)), r.maeWeighted, 1e-12);
    close(poissonDeviance(f64(r.mu), f64(r.counts)), r.poissonDeviance, 1e-12);
    close(poissonDeviance(f64(r.mu), f64(r.counts), f64(r.weights)), r.poissonDevianceWeighted, 1e-12);
  });
});
