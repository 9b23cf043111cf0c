import { describe, expect, it } from 'vitest';
import { accuracy, multiclassAccuracy } from '../../src/evaluation/accuracy.js';
import { auc } from '../../src/evaluation/auc.js';
import { averagePrecision } from '../../src/evaluation/average-precision.js';
import { brierScore } from '../../src/evaluation/brier-score.js';
import { logLoss, multiclassLogLoss } from '../../src/evaluation/log-loss.js';
import { METRICS, defaultMetric, isBetter, metricByName, metricsFor } from '../../src/evaluation/metric-registry.js';
import { prCurve } from '../../src/evaluation/pr-curve.js';
import { mae, poissonDeviance, r2, rmse } from '../../src/evaluation/regression-errors.js';
import { rocCurve } from '../../src/evaluation/roc-curve.js';
import { ValidationError } from '../../src/util/errors.js';
import { createRng } from '../../src/util/rng.js';

/** Pair counting: the share of (positive, negative) pairs ordered correctly, ties one half, weighted. */
function pairAuc(s: number[], y: number[], w?: number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < s.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < s.length; j++) {
      if (y[j] !== 0) continue;
      const ww = (w?.[i] ?? 1) * (w?.[j] ?? 1);
      den += ww;
      num += ww * (s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0);
    }
  }
  return num / den;
}

describe('auc', () => {
  it('counts ties as one half and matches pair counting with weights', () => {
    expect(auc([0.5, 0.5, 0.2, 0.9, 0.2], [1, 0, 0, 1, 1])).toBeCloseTo(4 / 6, 14);
    const rng = createRng(3);
    const s = Array.from({ length: 120 }, () => Math.round(rng.next() * 10) / 10);
    const y = s.map((v) => (rng.next() < v ? 1 : 0));
    const w = s.map(() => 0.1 + rng.next());
    expect(auc(s, y, w)).toBeCloseTo(pairAuc(s, y, w), 12);
    expect(auc(s, y)).toBeCloseTo(pairAuc(s, y), 12);
  });

  it('is NaN with one class and rejects bad input', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
    expect(() => auc([0.1, 0.2], [1, 2])).toThrow(ValidationError);
    expect(() => auc([0.1, Number.NaN], [1, 0])).toThrow(/finite/);
    expect(() => auc([0.1], [1, 0])).toThrow(ValidationError);
    expect(() => auc([0.1, 0.2], [1, 0], [1, -1])).toThrow(/weights/);
  });
});

describe('averagePrecision, logLoss, brier, accuracy', () => {
  it('computes hand-checked values', () => {
    expect(averagePrecision([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2, 14);
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 14);
    expect(logLoss([0, 1], [1, 0])).toBeCloseTo(-Math.log(2 ** -52), 6);
    expect(multiclassLogLoss([0.7, 0.2, 0.1, 0.1, 0.1, 0.8], [0, 2], 3)).toBeCloseTo(
      -(Math.log(0.7) + Math.log(0.8)) / 2,
      14,
    );
    expect(brierScore([0.8, 0.3], [1, 0])).toBeCloseTo(0.065, 14);
    expect(accuracy([0, 1], [0, 0], [3, 1])).toBe(0.75);
    expect(multiclassAccuracy([0.6, 0.4, 0.3, 0.7, 0.5, 0.5], [0, 0, 1], 2)).toBeCloseTo(1 / 3, 14);
    expect(() => multiclassLogLoss([0.5, 0.5], [2], 2)).toThrow(/class code/);
  });

  it('regression errors: hand-checked values and constant-target R²', () => {
    expect(rmse([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5), 14);
    expect(mae([0, 0], [3, -4])).toBe(3.5);
    expect(r2([2, 2, 2], [1, 2, 3])).toBe(0);
    expect(r2([5, 5], [5, 5])).toBe(1);
    expect(r2([5, 4], [5, 5])).toBe(0);
    expect(poissonDeviance([1, 1], [0, 2])).toBeCloseTo((2 + 2 * (2 * Math.log(2) - 1)) / 2, 14);
    expect(() => poissonDeviance([0, 1], [1, 1])).toThrow(/> 0/);
  });
});

describe('rocCurve and prCurve', () => {
  it('gives the hand-checked points', () => {
    const roc = rocCurve([0.9, 0.4, 0.6], [1, 0, 1]);
    expect(roc.fpr).toEqual([0, 0, 0, 1]);
    expect(roc.tpr).toEqual([0, 0.5, 1, 1]);
    expect(roc.thresholds).toEqual([1.9, 0.9, 0.6, 0.4]);
    const pr = prCurve([0.9, 0.4, 0.6], [1, 0, 1]);
    expect(pr.recall).toEqual([0, 0.5, 1, 1]);
    expect(pr.precision).toEqual([1, 1, 1, 2 / 3]);
  });

  it('thins to at most 200 points keeping both ends, and the trapezoid area stays the AUC', () => {
    const rng = createRng(11);
    const s = Array.from({ length: 5000 }, () => rng.next());
    const y = s.map((v) => (rng.next() < v ? 1 : 0));
    const roc = rocCurve(s, y);
    expect(roc.fpr.length).toBeLessThanOrEqual(200);
    expect(roc.fpr.length).toBeGreaterThan(150);
    expect([roc.fpr[0], roc.tpr[0]]).toEqual([0, 0]);
    expect([roc.fpr.at(-1), roc.tpr.at(-1)]).toEqual([1, 1]);
    let area = 0;
    for (let i = 1; i < roc.fpr.length; i++)
      area += ((roc.fpr[i] - roc.fpr[i - 1]) * (roc.tpr[i] + roc.tpr[i - 1])) / 2;
    expect(area).toBeCloseTo(auc(s, y), 3);
    const full = rocCurve(s, y, undefined, 100000);
    let exact = 0;
    for (let i = 1; i < full.fpr.length; i++)
      exact += ((full.fpr[i] - full.fpr[i - 1]) * (full.tpr[i] + full.tpr[i - 1])) / 2;
    expect(exact).toBeCloseTo(auc(s, y), 12);
    expect(prCurve(s, y).recall.length).toBeLessThanOrEqual(200);
  });
});

describe('metric registry', () => {
  it('has defaults, tasks and directions', () => {
    expect(defaultMetric('binary')).toBe('auc');
    expect(defaultMetric('multiclass')).toBe('logloss');
    expect(defaultMetric('regression')).toBe('rmse');
    expect(metricsFor('multiclass').map((m) => m.name)).toEqual(['logloss', 'accuracy']);
    expect(metricsFor('binary')[0].name).toBe('auc');
    expect(metricsFor('binary').map((m) => m.name)).toContain('brier');
    expect(metricsFor('regression').map((m) => m.name)).toEqual(['rmse', 'mae', 'r2', 'poisson_deviance']);
    expect(METRICS.rmse.higherIsBetter).toBe(false);
    expect(METRICS.average_precision.higherIsBetter).toBe(true);
    expect(isBetter('rmse', 1, 2)).toBe(true);
    expect(isBetter('auc', 0.7, 0.8)).toBe(false);
    expect(isBetter('auc', Number.NaN, 0.1)).toBe(false);
    expect(metricByName('AUC').name).toBe('auc');
    expect(() => metricByName('f1')).toThrow(/Unknown metric f1/);
  });

  it('computes binary and multiclass forms from the same entry', () => {
    const p = Float64Array.of(0.2, 0.9, 0.6);
    const y = Float64Array.of(0, 1, 0);
    expect(METRICS.accuracy.compute(p, y, 2)).toBeCloseTo(2 / 3, 14);
    expect(METRICS.logloss.compute(p, y, 2)).toBeCloseTo(logLoss(p, y), 14);
    const probs = Float64Array.of(0.7, 0.2, 0.1, 0.1, 0.1, 0.8);
    const yk = Float64Array.of(0, 2);
    expect(METRICS.logloss.compute(probs, yk, 3)).toBeCloseTo(multiclassLogLoss(probs, yk, 3), 14);
    expect(METRICS.accuracy.compute(probs, yk, 3)).toBe(1);
    expect(METRICS.auc.compute(p, y, 2, Float64Array.of(1, 1, 1))).toBe(1);
  });
});
