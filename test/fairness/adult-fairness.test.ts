/**
 * Fairness on the UCI Adult data (sensitive: sex, race). One GBDT (default settings, seed 1) is fitted on
 * 70 % of adult.data (a seeded random split) without income, sex and race; the other 30 % is the validation
 * part the per-group thresholds are fitted on; adult.test is held out for every figure. A second GBDT with
 * Kamiran–Calders weights for sex shows the effect of reweighing at the same threshold (0.5).
 * Figures are printed with `[adult]` so they can be quoted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/read-table.js';
import { type Table, getColumn, storageRow, takeRows } from '../../src/data/table.js';
import { dataBias } from '../../src/fairness/data-bias.js';
import { fairnessSummary } from '../../src/fairness/fairness-summary.js';
import { gapsOf } from '../../src/fairness/gaps.js';
import { expectedCounts, rates } from '../../src/fairness/group-counts.js';
import { groupFairness } from '../../src/fairness/group-fairness.js';
import {
  type GroupThresholds,
  applyGroupThresholds,
  groupThresholds,
  selectionProbabilities,
} from '../../src/fairness/group-thresholds.js';
import { type GroupAttribute, sensitiveGroups } from '../../src/fairness/groups.js';
import { randomizedOdds } from '../../src/fairness/randomized-odds.js';
import { reweighing } from '../../src/fairness/reweighing.js';
import { rowGroups } from '../../src/fairness/row-groups.js';
import { thresholdGrid } from '../../src/fairness/threshold-grid.js';
import { tradeOffTable } from '../../src/fairness/trade-off.js';
import { gbdtLearner } from '../../src/learners/gbdt/gbdt-learner.js';
import type { GbdtModel } from '../../src/learners/gbdt/gbdt-model.js';
import { tableToMatrix } from '../../src/learners/table-matrix.js';
import { createRng } from '../../src/util/rng.js';

const DATA = 'examples/data/adult/';
const NAMES = [
  'age',
  'workclass',
  'fnlwgt',
  'education',
  'education-num',
  'marital-status',
  'occupation',
  'relationship',
  'race',
  'sex',
  'capital-gain',
  'capital-loss',
  'hours-per-week',
  'native-country',
  'income',
];
const EXCLUDE = ['income', 'sex', 'race'];

/** 1 for `>50K` (adult.test writes `>50K.`). */
function incomeLabels(t: Table): Float64Array {
  const c = getColumn(t, 'income');
  if (c.storage !== 'category') throw new Error('income is not a category column');
  return Float64Array.from({ length: t.rowCount }, (_, i) =>
    c.dictionary[c.codes[storageRow(t, i)]].startsWith('>50K') ? 1 : 0,
  );
}

function fitModel(t: Table, weights?: Float64Array): GbdtModel {
  const x = tableToMatrix(t, { exclude: EXCLUDE });
  const estimator = gbdtLearner.create({ objective: 'binary' });
  return weights
    ? estimator.fit(x, incomeLabels(t), { seed: 1, weights })
    : estimator.fit(x, incomeLabels(t), { seed: 1 });
}

function score(model: GbdtModel, t: Table): Float64Array {
  const p = gbdtLearner.predictProba(model, tableToMatrix(t, { exclude: EXCLUDE }));
  return Float64Array.from({ length: t.rowCount }, (_, i) => p[2 * i + 1]);
}

function accuracy(decisions: ArrayLike<number>, labels: ArrayLike<number>): number {
  let c = 0;
  for (let i = 0; i < labels.length; i++) if (decisions[i] === labels[i]) c++;
  return c / labels.length;
}

const log = (...parts: unknown[]) => console.log('[adult]', ...parts);
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

let all: Table;
let valid: Table;
let test: Table;
let yValid: Float64Array;
let yTest: Float64Array;
let pValid: Float64Array;
let pTest: Float64Array;
let pReweighed: Float64Array;
let sexValid: GroupAttribute;
let sexTest: GroupAttribute;
let raceTest: GroupAttribute;
let sexRaceTest: GroupAttribute;

beforeAll(async () => {
  all = await readTable(`${DATA}adult.data`, { names: NAMES });
  test = await readTable(`${DATA}adult.test`, { names: NAMES });
  const rng = createRng(1);
  const trainRows: number[] = [];
  const validRows: number[] = [];
  for (let i = 0; i < all.rowCount; i++) (rng.next() < 0.7 ? trainRows : validRows).push(i);
  const train = takeRows(all, trainRows);
  valid = takeRows(all, validRows);
  yValid = incomeLabels(valid);
  yTest = incomeLabels(test);
  const model = fitModel(train);
  pValid = score(model, valid);
  pTest = score(model, test);
  const [sexTrain] = sensitiveGroups(train, ['sex']);
  pReweighed = score(fitModel(train, reweighing(sexTrain, incomeLabels(train)).weights), test);
  [sexValid] = sensitiveGroups(valid, ['sex']);
  [sexTest, raceTest, sexRaceTest] = sensitiveGroups(test, ['sex', 'race'], { intersections: true });
}, 120_000);

describe('Adult: bias in the data before training', () => {
  it('has the group sizes of SOURCE.md and a large label-rate gap for sex', () => {
    const [sex] = sensitiveGroups(all, ['sex']);
    const b = dataBias(sex, incomeLabels(all));
    expect(b.reference).toBe('Male');
    const female = b.groups.find((g) => g.group === 'Female');
    expect(female?.rows).toBe(10_771);
    expect(female?.ci).toBeCloseTo((21_790 - 10_771) / 32_561, 12);
    expect(female?.dpl).toBeGreaterThan(0.15);
    log(
      'pre-training sex: label rates',
      b.groups.map((g) => `${g.group} ${r4(g.labelRate)}`).join(', '),
      'DPL',
      r4(female?.dpl ?? 0),
    );
  });
});

describe('Adult: the unmitigated GBDT at 0.5', () => {
  it('selects women far less often: DP difference for sex with its bootstrap CI', () => {
    const f = groupFairness(pTest, yTest, sexTest, { attribute: 'sex', replicates: 1000, seed: 1 });
    const dp = f.gaps.demographicParityDifference;
    log(
      'unmitigated DP difference (sex)',
      r4(dp.value),
      'CI',
      dp.ci?.map(r4),
      'disparate impact',
      r4(f.gaps.demographicParityRatio.value),
    );
    log(
      'unmitigated EO difference (sex)',
      r4(f.gaps.equalizedOddsDifference.value),
      'CI',
      f.gaps.equalizedOddsDifference.ci?.map(r4),
    );
    // Fairlearn's documentation reports roughly 0.16–0.20 for an unmitigated model on this example
    expect(dp.value).toBeGreaterThan(0.14);
    expect(dp.value).toBeLessThan(0.22);
    expect(dp.low).toBe('Female');
    expect(dp.ci?.[0]).toBeLessThan(dp.value);
    expect(dp.ci?.[1]).toBeGreaterThan(dp.value);
    expect((dp.ci?.[1] ?? 1) - (dp.ci?.[0] ?? 0)).toBeLessThan(0.04);
    expect(f.fourFifthsViolated).toBe(true);
    const summary = fairnessSummary(f).map((s) => s.text);
    log(summary.join(' '));
    expect(summary[0]).toMatch(/^sex = Female is selected \d\.\d× less often than sex = Male at this threshold/);
    expect(summary[1]).toMatch(/four-fifths rule is violated/);
  });

  it('flags intersections under 100 rows as too small and leaves them out of the gaps', () => {
    const f = groupFairness(pTest, yTest, sexRaceTest, { replicates: 0 });
    const small = sexRaceTest.labels.filter((_, g) => sexRaceTest.sizes[g] < 100);
    expect(small.length).toBeGreaterThan(0);
    expect(f.excluded).toEqual(small);
    const judged = sexRaceTest.sizes.map((s) => s >= 100);
    expect(f.groups.map((g) => g.group)).toEqual(sexRaceTest.labels);
    expect(f.gaps.demographicParityDifference.value).toBe(gapsOf(f.groups, judged).demographicParityDifference);
    const race = groupFairness(pTest, yTest, raceTest, { replicates: 0 });
    log('race: selection rates', race.groups.map((g) => `${g.group} ${r4(g.selectionRate)} (${g.count})`).join(', '));
    log('sex × race: too small to judge', f.excluded.join(', '));
  });

  it('gives the figures across thresholds, matching the figures at 0.5', () => {
    const grid = thresholdGrid(pTest, yTest, sexTest);
    expect(grid.points).toHaveLength(19);
    const at = grid.points.find((p) => p.threshold === 0.5);
    const f = groupFairness(pTest, yTest, sexTest, { replicates: 0 });
    expect(at?.gaps.demographicParityDifference).toBe(f.gaps.demographicParityDifference.value);
  });
});

describe('Adult: mitigation', () => {
  const results: { name: string; thresholds?: GroupThresholds; scores?: Float64Array }[] = [];

  it('per-group thresholds for demographic parity: held-out DP difference ≤ 0.02, accuracy loss ≤ 2 points', () => {
    const t = groupThresholds(pValid, yValid, sexValid, { goal: 'demographic-parity', spec: sexValid.spec });
    const stored: GroupThresholds = JSON.parse(JSON.stringify(t));
    const groups = rowGroups(test, stored.spec ?? sexValid.spec);
    const decisions = applyGroupThresholds(pTest, groups, stored);
    const f = groupFairness(decisions, yTest, sexTest, { threshold: 1, replicates: 1000, seed: 1 });
    const before = accuracy(
      Array.from(pTest, (p) => (p >= 0.5 ? 1 : 0)),
      yTest,
    );
    const after = accuracy(decisions, yTest);
    log(
      'DP thresholds',
      t.thresholds,
      'target rate',
      t.fit.targetRate,
      'held-out selection rates',
      f.groups.map((g) => `${g.group} ${r4(g.selectionRate)}`),
      'DP difference',
      r4(f.gaps.demographicParityDifference.value),
      'CI',
      f.gaps.demographicParityDifference.ci?.map(r4),
    );
    log('DP thresholds: accuracy', r4(before), '→', r4(after), `(loss ${r4((before - after) * 100)} points)`);
    expect(f.gaps.demographicParityDifference.value).toBeLessThanOrEqual(0.02);
    expect(before - after).toBeLessThanOrEqual(0.02);
    expect(t.thresholds.Female).toBeLessThan(t.thresholds.Male);
    results.push({ name: 'demographic-parity thresholds', thresholds: t });
    // the same with the target rate kept at the overall selection rate at 0.5 (as many selected as before)
    const overall = groupThresholds(pValid, yValid, sexValid, { goal: 'demographic-parity', targetRate: 'overall' });
    const d2 = applyGroupThresholds(pTest, sexTest, overall);
    const f2 = groupFairness(d2, yTest, sexTest, { threshold: 1, replicates: 0 });
    log(
      'DP thresholds at the overall rate',
      r4(overall.fit.targetRate ?? Number.NaN),
      overall.thresholds,
      'held-out selection rates',
      f2.groups.map((g) => `${g.group} ${r4(g.selectionRate)}`),
      'DP difference',
      r4(f2.gaps.demographicParityDifference.value),
      'accuracy',
      r4(accuracy(d2, yTest)),
    );
    expect(f2.gaps.demographicParityDifference.value).toBeLessThanOrEqual(0.02);
  });

  it('randomised equalised odds: expected held-out EO difference ≤ 0.03; deterministic EO thresholds reported', () => {
    const unmitigated = groupFairness(pTest, yTest, sexTest, { replicates: 0 }).gaps.equalizedOddsDifference.value;
    const r = randomizedOdds(pValid, yValid, sexValid, { spec: sexValid.spec });
    const probabilities = selectionProbabilities(pTest, sexTest, r);
    const expected = gapsOf(expectedCounts(probabilities, yTest, sexTest).map(rates)).equalizedOddsDifference;
    const drawn = applyGroupThresholds(pTest, sexTest, r, { seed: 1 });
    const drawnGaps = groupFairness(drawn, yTest, sexTest, { threshold: 1, replicates: 300, seed: 1 }).gaps;
    const before = accuracy(
      Array.from(pTest, (p) => (p >= 0.5 ? 1 : 0)),
      yTest,
    );
    log('randomised EO: mixing', JSON.stringify(r.mixing));
    log(
      'randomised EO: held-out EO difference expected',
      r4(expected),
      'drawn (seed 1)',
      r4(drawnGaps.equalizedOddsDifference.value),
      'CI',
      drawnGaps.equalizedOddsDifference.ci?.map(r4),
      'unmitigated',
      r4(unmitigated),
    );
    log('randomised EO: accuracy', r4(before), '→', r4(accuracy(drawn, yTest)));
    expect(expected).toBeLessThanOrEqual(0.03);
    expect(expected).toBeLessThan(unmitigated);
    const det = groupThresholds(pValid, yValid, sexValid, { goal: 'equalized-odds', tolerance: 0.01 });
    const detDecisions = applyGroupThresholds(pTest, sexTest, det);
    const detGap = groupFairness(detDecisions, yTest, sexTest, { threshold: 1, replicates: 300, seed: 1 }).gaps
      .equalizedOddsDifference;
    log(
      'deterministic EO thresholds',
      det.thresholds,
      'fit gap',
      r4(det.fit.gap),
      'held-out EO difference',
      r4(detGap.value),
      'CI',
      detGap.ci?.map(r4),
      'accuracy',
      r4(accuracy(detDecisions, yTest)),
    );
    expect(det.fit.gap).toBeLessThanOrEqual(0.01);
    expect(detGap.value).toBeLessThan(unmitigated);
    results.push(
      { name: 'equalised-odds (randomised)', thresholds: r },
      { name: 'equalised-odds thresholds', thresholds: det },
    );
  });

  it('reweighing lowers the DP difference at the same threshold', () => {
    const before = groupFairness(pTest, yTest, sexTest, { replicates: 300, seed: 1 }).gaps.demographicParityDifference;
    const after = groupFairness(pReweighed, yTest, sexTest, { replicates: 300, seed: 1 }).gaps
      .demographicParityDifference;
    log('reweighing: DP difference', r4(before.value), before.ci?.map(r4), '→', r4(after.value), after.ci?.map(r4));
    log(
      'reweighing: accuracy',
      r4(
        accuracy(
          Array.from(pTest, (p) => (p >= 0.5 ? 1 : 0)),
          yTest,
        ),
      ),
      '→',
      r4(
        accuracy(
          Array.from(pReweighed, (p) => (p >= 0.5 ? 1 : 0)),
          yTest,
        ),
      ),
    );
    expect(before.value - after.value).toBeGreaterThan(0.03);
    expect(after.ci?.[1]).toBeLessThan(before.ci?.[0] ?? 0); // the intervals do not overlap
  });

  it('lists the trade-off so a human chooses', () => {
    const rows = tradeOffTable(
      yTest,
      sexTest,
      [
        { name: 'unmitigated', scores: pTest },
        { name: 'reweighed', scores: pReweighed },
        ...results.map((r) => ({ name: r.name, scores: pTest, thresholds: r.thresholds })),
      ],
      { value: { valuePerConversion: 10, costPerContact: 2 } },
    );
    for (const row of rows) {
      log(
        'trade-off',
        row.name,
        'accuracy',
        r4(row.accuracy),
        'AUC',
        r4(row.auc),
        'profit',
        row.profit,
        'DP',
        r4(row.demographicParityDifference),
        'EO',
        r4(row.equalizedOddsDifference),
      );
    }
    expect(rows.map((r) => r.name)).toEqual(['unmitigated', 'reweighed', ...results.map((r) => r.name)]);
    const dp = rows.find((r) => r.name === 'demographic-parity thresholds');
    expect(dp?.demographicParityDifference).toBe(Math.min(...rows.map((r) => r.demographicParityDifference)));
    expect(rows[0].auc).toBe(rows[2].auc); // thresholds do not change the ranking
  });
});
