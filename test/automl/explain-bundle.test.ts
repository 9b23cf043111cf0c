import { describe, expect, it } from 'vitest';
import { explainRows } from '../../src/automl/explain-bundle.js';
import { blendMembers, loadBundle } from '../../src/automl/model-bundle.js';
import { trainTable } from '../../src/automl/train.js';
import { readTable } from '../../src/data/read-table.js';
import { takeRows } from '../../src/data/table.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';

describe('explanations of a registered model on its input columns', () => {
  it('add up to the margin for one model and give reason codes', async () => {
    const table = await readTable(TELCO);
    const { bundle } = await trainTable(table, {
      target: 'Churn',
      trials: 1,
      folds: 3,
      learners: ['gbdt'],
      workers: 1,
      ensemble: false,
    });
    const loaded = loadBundle(JSON.parse(JSON.stringify(bundle)));
    const rows = takeRows(table, [0, 1, 2, 3, 4, 5, 6, 7]);
    const e = explainRows(loaded, rows, { k: 3 });
    expect(e.exact).toBe(true);
    expect(e.method).toBe('tree');
    expect(e.features).toEqual(bundle.features);
    const raw = blendMembers(loaded, rows).scores;
    for (let i = 0; i < rows.rowCount; i++) {
      let margin = e.expected;
      for (let j = 0; j < e.features.length; j++) margin += e.values[i * e.features.length + j];
      expect(margin).toBeCloseTo(Math.log(raw[i] / (1 - raw[i])), 9);
    }
    const r = e.reasons[0];
    expect(r.up.length + r.down.length).toBeGreaterThan(0);
    expect(r.up.length).toBeLessThanOrEqual(3);
    for (const reason of r.up) expect(reason.text).toMatch(/raises the chance/);
    for (const reason of r.down) expect(reason.text).toMatch(/lowers the chance/);
    // tenure is among the strongest drivers of churn for someone with 1 month of tenure (row 0)
    expect([...r.up, ...r.down].map((x) => x.feature)).toContain('tenure');
  }, 120_000);
});
