import { describe, expect, it } from 'vitest';
import { explainRows } from '../../src/automl/explain-bundle.js';
import { blendMembers, loadBundle, scoreTable } from '../../src/automl/model-bundle.js';
import { trainTable } from '../../src/automl/train.js';
import { numberColumn } from '../../src/data/column.js';
import { readTable } from '../../src/data/read-table.js';
import { type Table, createTable, takeRows } from '../../src/data/table.js';
import { CancelledError, ValidationError } from '../../src/util/errors.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';
const BANK = 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv';

/** Every 10th row: a small, deterministic subset. */
function everyTenth(table: Table): Table {
  return takeRows(
    table,
    Array.from({ length: Math.floor(table.rowCount / 10) }, (_, i) => i * 10),
  );
}

function leaderboardDigest(result: Awaited<ReturnType<typeof trainTable>>['result']) {
  return result.leaderboard.map((e) => `${e.id} ${e.cv[result.metric].toFixed(4)}`);
}

describe('trainTable on telco churn', () => {
  it('finds a good model, excludes the id column, and is deterministic for a trial budget', async () => {
    const table = await readTable(TELCO);
    const options = {
      target: 'Churn',
      trials: 7,
      folds: 3,
      seed: 3,
      workers: 2,
      learners: ['linear', 'decision_tree', 'gbdt', 'random_forest'],
    } as const;
    const first = await trainTable(table, options);
    const { result, bundle } = first;
    expect(result.task).toBe('binary');
    expect(result.positive).toBe('Yes');
    expect(result.metric).toBe('auc');
    expect(result.data.features).not.toContain('customerID');
    expect(result.data.excluded.map((e) => e.column)).toContain('customerID');
    // 4 default candidates + 2 further GBDT portfolio entries + 1 TPE proposal (raced: it may stop after one fold)
    expect(result.search.trials).toBe(7);
    expect(result.leaderboard.filter((e) => e.learner !== 'ensemble').length).toBeGreaterThanOrEqual(4);
    const best = result.leaderboard[0];
    expect(best.cv.auc).toBeGreaterThan(0.83);
    expect(best.cv.auc).toBeLessThan(0.9);
    for (let i = 1; i < result.leaderboard.length; i++) {
      expect(result.leaderboard[i - 1].cv.auc).toBeGreaterThanOrEqual(result.leaderboard[i].cv.auc);
    }
    expect(result.baseline).toBeCloseTo(0.5, 6);
    expect(Object.keys(best.cvSd)).toEqual(Object.keys(best.cv));
    // business view from out-of-fold predictions
    expect(result.marketing?.lift.find((l) => l.share === 0.1)?.lift).toBeGreaterThan(2);
    expect(result.calibration?.reliability.length).toBeGreaterThan(3);
    expect(result.curves?.roc.fpr.length).toBeGreaterThan(10);
    expect(result.learningCurve.map((p) => p.share)).toEqual([0.1, 0.25, 0.5, 1]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(bundle.members.length).toBeGreaterThanOrEqual(1);
    expect(bundle.deciles).toHaveLength(9);
    // what drives the final model, on its input columns
    expect(result.explanation?.importance.map((i) => i.feature).sort()).toEqual([...result.data.features].sort());
    expect(result.explanation?.importance[0].meanAbs).toBeGreaterThan(0);
    // same seed and trial budget → same leaderboard to 4 decimals
    const again = await trainTable(table, options);
    expect(leaderboardDigest(again.result)).toEqual(leaderboardDigest(result));
  }, 240_000);
});

describe('trainTable on bank marketing (10 % subset)', () => {
  it('leaves the leakage suspect duration out unless --keep names it', async () => {
    const table = everyTenth(await readTable(BANK));
    const base = { target: 'y', trials: 2, folds: 3, learners: ['gbdt', 'linear'], workers: 2, seed: 1 } as const;
    const without = await trainTable(table, base);
    expect(without.result.data.features).not.toContain('duration');
    expect(without.result.data.leakage).toEqual([expect.objectContaining({ column: 'duration', kept: false })]);
    expect(without.result.choices.some((c) => c.id === 'leakage:duration' && /EXCLUDED/.test(c.text))).toBe(true);
    const kept = await trainTable(table, { ...base, keep: ['duration'] });
    expect(kept.result.data.features).toContain('duration');
    expect(kept.result.choices.some((c) => c.id === 'leakage:duration' && /KEPT/.test(c.text))).toBe(true);
    // duration carries most of the signal: with it the model is much better
    expect(kept.result.leaderboard[0].cv.auc).toBeGreaterThan(without.result.leaderboard[0].cv.auc + 0.05);
  }, 180_000);

  it('gives the same leaderboard on one thread as on two (results come back in task order)', async () => {
    const table = everyTenth(await readTable(BANK));
    const base = { target: 'y', trials: 4, folds: 3, learners: ['gbdt', 'linear'], seed: 5 } as const;
    const one = await trainTable(table, { ...base, workers: 1 });
    const two = await trainTable(table, { ...base, workers: 2 });
    expect(two.result.search.workers).toBe(2);
    expect(leaderboardDigest(two.result)).toEqual(leaderboardDigest(one.result));
    expect(two.result.leaderboard.map((e) => e.cv.auc)).toEqual(one.result.leaderboard.map((e) => e.cv.auc));
  }, 180_000);

  it('adds the context size on the chronological file: one more pipeline output, its SHAP share on the context columns', async () => {
    const table = everyTenth(await readTable(BANK));
    const base = {
      target: 'y',
      trials: 1,
      folds: 3,
      learners: ['gbdt'],
      workers: 1,
      seed: 2,
      ensemble: false,
    } as const;
    const { result, bundle } = await trainTable(table, base);
    // every 10th row: a day's calls make runs of ~9 rows, too short for day_of_week; month and the indicators stay
    expect(result.data.context).toEqual(expect.arrayContaining(['month', 'euribor3m', 'nr.employed']));
    expect(result.data.context).not.toContain('age');
    expect(result.choices.find((c) => c.id === 'context')?.text).toMatch(/rows in context/);
    const pipeline = bundle.members[0].pipeline;
    const step = pipeline.steps.find((s) => s.kind === 'contextCount');
    expect(step?.kind === 'contextCount' && step.columns).toEqual(result.data.context);
    // the refitted step counts all training rows: its counts add up to them
    expect(step?.kind === 'contextCount' && step.counts.reduce((a, b) => a + b, 0)).toBe(result.data.usedRows);
    const loaded = loadBundle(JSON.parse(JSON.stringify(bundle)));
    const rows = takeRows(table, [0, 1, 2, 3, 4, 5]);
    const e = explainRows(loaded, rows, {});
    const raw = blendMembers(loaded, rows).scores;
    for (let i = 0; i < rows.rowCount; i++) {
      let margin = e.expected;
      for (let j = 0; j < e.features.length; j++) margin += e.values[i * e.features.length + j];
      expect(margin).toBeCloseTo(Math.log(raw[i] / (1 - raw[i])), 9);
    }
    // switched off: no context, no extra output
    const off = await trainTable(table, { ...base, context: false });
    expect(off.result.data.context).toEqual([]);
    expect(off.bundle.members[0].pipeline.steps.some((s) => s.kind === 'contextCount')).toBe(false);
  }, 120_000);

  it('boosts on the encoded pipeline as gbdt_encoded: a gbdt member with level-encoded numbers that scores raw rows', async () => {
    const table = everyTenth(await readTable(BANK));
    const { result, bundle } = await trainTable(table, {
      target: 'y',
      trials: 1,
      folds: 3,
      learners: ['gbdt_encoded'],
      workers: 1,
      seed: 2,
    });
    expect(result.leaderboard[0].learner).toBe('gbdt_encoded');
    expect(result.leaderboard[0].cv.auc).toBeGreaterThan(0.7);
    expect(bundle.members).toHaveLength(1);
    const member = bundle.members[0];
    expect(member.learner).toBe('gbdt');
    expect(member.pipeline.spec.family).toBe('encoded');
    // age (years) and the price index have few distinct values: each gets a level encoding beside its number
    const levelled = member.pipeline.steps.filter((s) => s.kind === 'levelEncoding').map((s) => s.column);
    expect(levelled).toEqual(expect.arrayContaining(['age', 'cons.price.idx', 'euribor3m']));
    expect(member.pipeline.outputNames).toContain('age~level');
    // the registered bundle scores raw rows (new values fall to the nearest level) and explains input columns
    const scored = scoreTable(loadBundle(JSON.parse(JSON.stringify(bundle))), takeRows(table, [0, 1, 2, 3]));
    expect(Array.from(scored.scores).every((p) => p > 0 && p < 1)).toBe(true);
    expect(result.explanation?.importance.map((i) => i.feature).sort()).toEqual([...result.data.features].sort());
  }, 120_000);

  it('validates out of time on the row order', async () => {
    const table = everyTenth(await readTable(BANK));
    const { result, prepared } = await trainTable(table, {
      target: 'y',
      trials: 1,
      folds: 3,
      learners: ['gbdt'],
      time: '@row',
      workers: 1,
    });
    expect(result.validation.scheme).toBe('time');
    // every fold trains on earlier rows of the file than it validates on, and the window grows
    expect(prepared.folds).toHaveLength(3);
    prepared.folds.forEach((fold, f) => {
      expect(Math.max(...fold.train)).toBeLessThan(Math.min(...fold.valid));
      if (f > 0) expect(fold.train.length).toBeGreaterThan(prepared.folds[f - 1].train.length);
    });
    const auc = result.leaderboard[0].cv.auc;
    expect(auc).toBeGreaterThan(0.4);
    expect(auc).toBeLessThan(1);
  }, 120_000);
});

function tiny(rows: number, target: (i: number) => number): Table {
  return createTable([
    numberColumn(
      'x',
      Float64Array.from({ length: rows }, (_, i) => i % 7),
    ),
    numberColumn(
      'z',
      Float64Array.from({ length: rows }, (_, i) => (i * 13) % 11),
    ),
    numberColumn(
      't',
      Float64Array.from({ length: rows }, (_, i) => target(i)),
    ),
  ]);
}

describe('trainTable on bad input', () => {
  const run = (table: Table, target = 't') => trainTable(table, { target, trials: 1, workers: 1 });
  it('names a missing target column', async () => {
    await expect(
      run(
        tiny(100, (i) => i % 2),
        'nope',
      ),
    ).rejects.toMatchObject({ messageId: 'train.noTarget' });
  });
  it('refuses a constant target', async () => {
    await expect(run(tiny(100, () => 1))).rejects.toMatchObject({ messageId: 'train.targetConstant' });
  });
  it('refuses a target that is all missing', async () => {
    await expect(run(tiny(100, () => Number.NaN))).rejects.toMatchObject({ messageId: 'train.targetEmpty' });
  });
  it('refuses fewer than 50 rows with a target', async () => {
    const error = await run(tiny(120, (i) => (i < 40 ? i % 2 : Number.NaN))).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.messageId).toBe('train.tooFewRows');
    expect(error.message).toMatch(/40 rows/);
  });
});

describe('trainTable budget and cancellation', () => {
  it('falls back to a baseline when the budget cannot finish one candidate, and says so', async () => {
    const table = await readTable(TELCO);
    const { result, bundle } = await trainTable(table, {
      target: 'Churn',
      budgetSeconds: 0.001,
      learners: ['mlp'],
      workers: 1,
    });
    expect(result.fallback).toBe(true);
    expect(bundle.fallback).toBe(true);
    expect(result.leaderboard).toHaveLength(1);
    expect(result.leaderboard[0].learner).toBe('decision_tree');
    expect(result.choices.some((c) => c.id === 'fallback')).toBe(true);
  }, 60_000);

  it('stops with CancelledError when aborted', async () => {
    const table = await readTable(TELCO);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    await expect(
      trainTable(table, { target: 'Churn', budgetSeconds: 120, workers: 2, signal: controller.signal }),
    ).rejects.toBeInstanceOf(CancelledError);
  }, 60_000);
});
