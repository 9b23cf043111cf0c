/**
 * Real-data sanity case: the call duration of the bank-full campaign (examples/data/bank-marketing, see its
 * SOURCE.md) as a score for "subscribed". Reference figures from scripts/reference/evaluation_sklearn.py:
 * sklearn's roc_auc_score and max(tpr − fpr) of roc_curve, and lift at 10 % / 20 % computed with pandas.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/data/read-table.js';
import { getColumn } from '../../../src/data/table.js';
import { auc } from '../../../src/evaluation/auc.js';
import { budgetSelection } from '../../../src/evaluation/marketing/budget-selection.js';
import { gainsCurve } from '../../../src/evaluation/marketing/gains-curve.js';
import { ksStatistic } from '../../../src/evaluation/marketing/ks-statistic.js';
import { liftTable } from '../../../src/evaluation/marketing/lift-table.js';
import { profitCurve } from '../../../src/evaluation/marketing/profit-curve.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/evaluation/metrics.json', import.meta.url), 'utf8'));
const ref = fixture.bankFullDuration;

let score: Float64Array;
let y: Float64Array;

beforeAll(async () => {
  const table = await readTable('examples/data/bank-marketing/bank/bank-full.csv');
  const duration = getColumn(table, 'duration');
  const target = getColumn(table, 'y');
  if (duration.storage !== 'number' || target.storage !== 'category') throw new Error('unexpected column types');
  score = Float64Array.from(duration.values);
  const yes = target.dictionary.indexOf('yes');
  y = Float64Array.from(target.codes, (c) => (c === yes ? 1 : 0));
});

describe('bank-full, score = call duration', () => {
  it('reads the rows the reference used', () => {
    expect(score.length).toBe(ref.rows);
    expect(y.reduce((a, b) => a + b, 0) / y.length).toBeCloseTo(ref.positiveRate, 14);
  });

  it('AUC and KS equal scikit-learn’s', () => {
    expect(Math.abs(auc(score, y) - ref.auc)).toBeLessThan(1e-12);
    expect(Math.abs(ksStatistic(score, y) - ref.ks)).toBeLessThan(1e-12);
  });

  it('lift and captured share at 10 % and 20 % equal the pandas reference', () => {
    const rows = liftTable(score, y, [0.1, 0.2]);
    for (let j = 0; j < 2; j++) {
      expect(Math.abs(rows[j].lift - ref.top[j].lift)).toBeLessThan(1e-9);
      expect(Math.abs(rows[j].capturedShare - ref.top[j].capturedShare)).toBeLessThan(1e-9);
    }
    // sanity: long calls convert far more often; lift falls with the share
    expect(rows[0].lift).toBeGreaterThan(3);
    expect(rows[0].lift).toBeGreaterThan(rows[1].lift);
  });

  it('gains, profit and budget are consistent on real data', () => {
    const gains = gainsCurve(score, y, 10);
    for (let j = 1; j < gains.length; j++) expect(gains[j].captured).toBeGreaterThanOrEqual(gains[j - 1].captured);
    expect(gains[1].captured).toBeCloseTo(ref.top[0].capturedShare, 9);
    const curve = profitCurve(score, y, { valuePerConversion: 50, costPerContact: 4 });
    expect(curve.points.length).toBeLessThanOrEqual(200);
    expect(curve.best.profit).toBeGreaterThan(0);
    // contacting everyone: 5289 buyers × 50 − 45211 × 4 = 83,606 — the model's best beats it
    expect(curve.points.at(-1)?.profit).toBe(5289 * 50 - 45211 * 4);
    expect(curve.best.profit).toBeGreaterThan(83606);
    const plan = budgetSelection(score, y, { contacts: 4521.1 });
    expect(plan.lift).toBeCloseTo(ref.top[0].lift, 9);
  });
});
