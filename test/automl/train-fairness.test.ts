import { describe, expect, it } from 'vitest';
import { loadBundle, scoreTable } from '../../src/automl/model-bundle.js';
import { trainTable } from '../../src/automl/train.js';
import { readTable } from '../../src/data/read-table.js';
import { dropColumns } from '../../src/data/table.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';

describe('train with --sensitive and a fairness mitigation', () => {
  it('assesses groups with confidence intervals and stores per-group thresholds applied at prediction', async () => {
    const table = await readTable(TELCO);
    const base = {
      target: 'Churn',
      sensitive: ['gender', 'SeniorCitizen'],
      trials: 2,
      folds: 3,
      learners: ['gbdt'],
      workers: 2,
      seed: 4,
    } as const;
    const { result, bundle } = await trainTable(table, { ...base, mitigation: 'demographic-parity' });
    expect(result.data.features).not.toContain('gender');
    expect(result.data.features).not.toContain('SeniorCitizen');
    const fairness = result.fairness;
    expect(fairness?.assessment.attributes.map((a) => a.name)).toEqual([
      'gender',
      'SeniorCitizen',
      'gender × SeniorCitizen',
    ]);
    const senior = fairness?.unmitigated?.attributes[1].fairness;
    // seniors churn far more often: the unmitigated model selects them far more often
    const dp = senior?.gaps.demographicParityDifference;
    expect(dp?.value).toBeGreaterThan(0.1);
    expect(dp?.ci?.[0]).toBeLessThan(dp?.value ?? 0);
    expect(dp?.ci?.[1]).toBeGreaterThan(dp?.value ?? 1);
    // thresholds per gender (the first sensitive column) bring its DP gap down on the out-of-fold rows
    const genderAfter = fairness?.assessment.attributes[0].fairness.gaps.demographicParityDifference.value ?? 1;
    expect(genderAfter).toBeLessThan(0.02);
    expect(fairness?.tradeOff.map((r) => r.name)).toEqual(['unmitigated', 'demographic-parity']);
    expect(bundle.groupThresholds?.goal).toBe('demographic-parity');
    // at prediction the decisions follow the stored per-group thresholds
    const scored = scoreTable(loadBundle(JSON.parse(JSON.stringify(bundle))), table);
    const thresholds = bundle.groupThresholds?.thresholds ?? {};
    const gender = table.columns.find((c) => c.name === 'gender');
    if (gender?.storage !== 'category') throw new Error('gender is categorical');
    for (let i = 0; i < 50; i++) {
      const t = thresholds[gender.dictionary[gender.codes[i]]];
      expect(scored.decisions?.[i]).toBe(scored.scores[i] >= t ? 1 : 0);
    }
    // the sensitive column is needed to decide
    expect(() => scoreTable(loadBundle(bundle), dropColumns(table, ['gender']))).toThrow(/gender/);
  }, 180_000);

  it('reweighing trains with weights that make label and group independent', async () => {
    const table = await readTable(TELCO);
    const { result } = await trainTable(table, {
      target: 'Churn',
      sensitive: ['SeniorCitizen'],
      mitigation: 'reweighing',
      trials: 1,
      folds: 3,
      learners: ['gbdt'],
      workers: 1,
    });
    expect(result.fairness?.mitigation).toBe('reweighing');
    expect(result.fairness?.tradeOff.map((r) => r.name)).toEqual(['reweighing']);
  }, 120_000);

  it('names a sensitive column that does not exist', async () => {
    const table = await readTable(TELCO);
    await expect(
      trainTable(table, { target: 'Churn', sensitive: ['nope'], trials: 1, learners: ['linear'], workers: 1 }),
    ).rejects.toThrow(/nope/);
  });
});
