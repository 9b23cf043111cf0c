import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCalibration } from '../../../src/evaluation/calibration/apply-calibration.js';
import { fitIsotonic, pava } from '../../../src/evaluation/calibration/isotonic.js';
import { fitPlatt } from '../../../src/evaluation/calibration/platt.js';
import { expectedCalibrationError, reliabilityCurve } from '../../../src/evaluation/calibration/reliability-curve.js';
import { logLoss } from '../../../src/evaluation/log-loss.js';
import { createRng } from '../../../src/util/rng.js';

/** Made by scripts/reference/evaluation_sklearn.py (scikit-learn 1.2.1). */
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/evaluation/metrics.json', import.meta.url), 'utf8'));
const b = fixture.binary;

function expectAllClose(actual: ArrayLike<number>, expected: number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(tol);
}

describe('reliabilityCurve against calibration_curve(strategy="quantile")', () => {
  it('matches with 10 and 7 bins', () => {
    for (const [bins, ref] of [
      [10, b.calibration10],
      [7, b.calibration7],
    ] as const) {
      const curve = reliabilityCurve(b.prob, b.labels, bins);
      expectAllClose(
        curve.map((c) => c.predicted),
        ref.predicted,
        1e-12,
      );
      expectAllClose(
        curve.map((c) => c.observed),
        ref.observed,
        1e-12,
      );
      expect(curve.reduce((a, c) => a + c.count, 0)).toBe(b.prob.length);
    }
  });

  it('computes a hand-checked ECE', () => {
    expect(expectedCalibrationError([0.5, 0.5, 0.5, 0.5], [1, 1, 1, 0], 1)).toBe(0.25);
    // two bins: {0.1, 0.2} observed 0.5 (|0.15 − 0.5|), {0.8, 0.9} observed 1 (|0.85 − 1|)
    expect(expectedCalibrationError([0.1, 0.2, 0.8, 0.9], [1, 0, 1, 1], 2)).toBeCloseTo((0.35 + 0.15) / 2, 14);
  });
});

describe('fitIsotonic against IsotonicRegression', () => {
  it('has the same knots and predictions, with and without weights', () => {
    const cal = fitIsotonic(b.prob, b.labels);
    expectAllClose(cal.x, b.isotonic.x, 1e-12);
    expectAllClose(cal.y, b.isotonic.y, 1e-9);
    expectAllClose(applyCalibration(cal, b.isotonic.grid), b.isotonic.predict, 1e-9);
    const calW = fitIsotonic(b.prob, b.labels, b.weights);
    expectAllClose(calW.x, b.isotonicWeighted.x, 1e-12);
    expectAllClose(applyCalibration(calW, b.isotonic.grid), b.isotonicWeighted.predict, 1e-9);
    expect(JSON.parse(JSON.stringify(cal))).toEqual(cal);
  });

  it('pools violators by hand', () => {
    const y = [1, 3, 2, 2, 5, 0];
    pava(y, [1, 1, 1, 1, 1, 1]);
    expect(y).toEqual([1, 7 / 3, 7 / 3, 7 / 3, 2.5, 2.5]);
    expect(fitIsotonic([0.1, 0.3, 0.2, 0.8], [0, 1, 0, 1])).toEqual({
      kind: 'isotonic',
      x: [0.1, 0.2, 0.3, 0.8],
      y: [0, 0, 1, 1],
    });
    // inner points of a flat run are dropped
    expect(fitIsotonic([0.1, 0.2, 0.3, 0.4], [0, 0, 0, 1]).x).toEqual([0.1, 0.3, 0.4]);
  });
});

describe('fitPlatt', () => {
  it('matches scikit-learn’s Platt fit (BFGS, so to 1e-5) and zeroes the gradient', () => {
    const cal = fitPlatt(b.scores, b.labels);
    expect(Math.abs(cal.a - b.platt.a)).toBeLessThan(1e-5);
    expect(Math.abs(cal.b - b.platt.b)).toBeLessThan(1e-5);
    const p = applyCalibration(cal, b.scores);
    const nPos = b.labels.reduce((a: number, y: number) => a + y, 0);
    const nNeg = b.labels.length - nPos;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < p.length; i++) {
      const t = b.labels[i] === 1 ? (nPos + 1) / (nPos + 2) : 1 / (nNeg + 2);
      ga += (p[i] - t) * b.scores[i];
      gb += p[i] - t;
    }
    expect(Math.abs(ga) + Math.abs(gb)).toBeLessThan(1e-9);
  });

  it('repairs badly scaled probabilities and stays finite on separable data', () => {
    const rng = createRng(4);
    const z = Float64Array.from({ length: 4000 }, () => rng.normal());
    const y = Float64Array.from(z, (v) => (rng.next() < 1 / (1 + Math.exp(-v)) ? 1 : 0));
    // an overconfident margin: four times the true log-odds, read as a probability through the logistic
    const margin = Float64Array.from(z, (v) => 4 * v);
    const raw = applyCalibration({ kind: 'platt', a: 1, b: 0 }, margin);
    const cal = fitPlatt(margin, y);
    expect(cal.a).toBeCloseTo(0.25, 1);
    expect(Math.abs(cal.b)).toBeLessThan(0.1);
    const fixed = applyCalibration(cal, margin);
    expect(logLoss(fixed, y)).toBeLessThan(logLoss(raw, y) - 0.1);
    expect(expectedCalibrationError(fixed, y)).toBeLessThan(expectedCalibrationError(raw, y) / 2);
    const sep = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
    expect(Number.isFinite(sep.a) && sep.a > 0).toBe(true);
  });
});
