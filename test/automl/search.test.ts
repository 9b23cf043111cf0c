/**
 * The search's portfolio phase and how early-stopping families use their folds: the GBDT portfolio runs in
 * order after the other families' defaults, an early-stopped fit on fold 0 finds the rounds, every fold
 * (fold 0 again) then trains for 1.1 × those rounds on its whole training part, and the final refit uses
 * the same count.
 */
import { describe, expect, it } from 'vitest';
import { familyOf } from '../../src/automl/candidates.js';
import { prepareFoldData } from '../../src/automl/fold-data.js';
import { prepareTraining } from '../../src/automl/prepare-training.js';
import { finalParams } from '../../src/automl/refit.js';
import { roundsAfterStopping, runSearch } from '../../src/automl/search.js';
import { createTrialPool } from '../../src/automl/trial-pool.js';
import { readTable } from '../../src/data/read-table.js';
import { takeRows } from '../../src/data/table.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';

describe('runSearch portfolio and rounds', () => {
  it('runs the portfolio in order and validates every fold with the rounds fold 0 found', async () => {
    const table = await readTable(TELCO);
    const prep = prepareTraining(table, { target: 'Churn', folds: 3, seed: 5 });
    const rows = takeRows(prep.table, prep.trainRows);
    const y = Float64Array.from(prep.trainRows, (r) => prep.y[r]);
    const data = prepareFoldData(rows, y, prep.folds, {
      features: prep.features,
      task: prep.task,
      classCount: prep.classCount,
      kinds: ['native'],
      seed: 5,
    });
    const pool = createTrialPool(data, 1);
    const gbdtPortfolio = familyOf('gbdt').portfolio;
    try {
      const found = await runSearch({
        data,
        pool,
        learners: ['decision_tree', 'gbdt'],
        metric: 'auc',
        seed: 5,
        trials: 1 + gbdtPortfolio.length,
      });
      expect(found.trials).toBe(1 + gbdtPortfolio.length);
      const ids = found.candidates.map((c) => c.id).sort();
      expect(ids).toEqual(['decision_tree#1', ...gbdtPortfolio.map((_, i) => `gbdt#${i + 1}`)]);
      for (const [i, suggestion] of gbdtPortfolio.entries()) {
        const c = found.candidates.find((x) => x.id === `gbdt#${i + 1}`);
        if (!c) throw new Error(`gbdt#${i + 1} missing`);
        expect(c.params).toMatchObject({ ...suggestion, n_rounds: 3000, early_stopping_rounds: 50 });
        expect(c.folds.map((r) => r.fold)).toEqual([0, 1, 2]);
        const rounds = c.folds[0].rounds;
        expect(rounds).toBeGreaterThan(5);
        expect(rounds).toBeLessThan(3000);
        // 1.1 × the early-stopped count, the same on every fold
        const k = Math.round(rounds / 1.1);
        expect([k - 1, k, k + 1].some((found) => roundsAfterStopping(found) === rounds)).toBe(true);
        for (const r of c.folds) expect(r.rounds).toBe(rounds);
        expect(finalParams(c)).toMatchObject({ n_rounds: rounds, early_stopping_rounds: 0 });
        expect(c.cv.auc).toBeGreaterThan(0.8);
      }
      // non-stopping families keep their settings at the refit
      const tree = found.candidates.find((x) => x.id === 'decision_tree#1');
      expect(tree && finalParams(tree)).toBe(tree?.params);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('rounds after stopping add a tenth', () => {
    expect(roundsAfterStopping(200)).toBe(220);
    expect(roundsAfterStopping(0)).toBe(1);
  });
});
