import { describe, expect, it } from 'vitest';
import { createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { gbdtImportance } from '../../../src/learners/gbdt/gbdt-importance.js';
import { gbdtLearner } from '../../../src/learners/gbdt/gbdt-learner.js';
import { predictRawGbdt } from '../../../src/learners/gbdt/gbdt-model.js';
import { poissonDeviance, tweedieDeviance, weightedMedian } from '../../../src/learners/gbdt/objectives.js';
import type { ValidationError } from '../../../src/util/errors.js';
import { toyData } from '../support/toy-data.js';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as ValidationError).messageId;
  }
  return 'no error';
}

describe('early stopping', () => {
  const train = toyData('binary', 800, 31);
  const valid = toyData('binary', 400, 32);

  it('stops when the validation loss stalls and keeps the best round', () => {
    const seen: number[] = [];
    const model = gbdtLearner
      .create({
        objective: 'binary',
        n_rounds: 400,
        learning_rate: 0.3,
        early_stopping_rounds: 10,
        min_data_in_leaf: 2,
      })
      .fit(train.x, train.y, {
        validation: { data: valid.x, target: valid.y },
        onProgress: (p) => seen.push(p.valid as number),
      });
    const loss = model.validLoss as Float64Array;
    expect(model.rounds).toBeLessThan(400);
    expect(loss.length).toBe(model.rounds + 10);
    expect(model.trees.length).toBe(model.rounds);
    const best = loss.indexOf(Math.min(...loss));
    expect(best).toBe(model.rounds - 1);
    expect(Array.from(loss)).toEqual(seen);
    expect(model.metric).toBe('logloss');
  });

  it('tracks the validation loss without stopping when early stopping is off', () => {
    const model = gbdtLearner
      .create({ objective: 'binary', n_rounds: 30 })
      .fit(train.x, train.y, { validation: { data: valid.x, target: valid.y } });
    expect(model.rounds).toBe(30);
    expect(model.validLoss?.length).toBe(30);
  });
});

describe('objectives', () => {
  it('reduce their training loss round after round', () => {
    const cases = [
      ['binary', 'binary'],
      ['multiclass', 'multiclass'],
      ['squared_error', 'regression'],
      ['absolute_error', 'regression'],
      ['huber', 'regression'],
      ['poisson', 'count'],
      ['tweedie', 'positive'],
    ] as const;
    for (const [objective, kind] of cases) {
      const { x, y } = toyData(kind, 600, 41);
      const losses: number[] = [];
      gbdtLearner.create({ objective, n_rounds: 20 }).fit(x, y, { onProgress: (p) => losses.push(p.train as number) });
      expect(losses[19], objective).toBeLessThan(losses[0]);
      expect(losses[19], objective).toBeLessThan(losses[9]);
    }
  });

  it('absolute error re-fits leaves to the median of each group, squared error to its mean', () => {
    const group = Float64Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    const x = createFeatureMatrix(['k'], [group]);
    const y = Float64Array.of(1, 2, 3, 100, 200, 10, 11, 12, 13, 1000);
    const settings = { n_rounds: 1, learning_rate: 1, min_data_in_leaf: 1, max_leaves: 2, lambda_l2: 0 } as const;
    const l1 = gbdtLearner.create({ ...settings, objective: 'absolute_error' }).fit(x, y);
    const p1 = gbdtLearner.predict(l1, createFeatureMatrix(['k'], [Float64Array.of(0, 1)]));
    expect(p1[0]).toBeCloseTo(3, 12);
    expect(p1[1]).toBeCloseTo(12, 12);
    const l2 = gbdtLearner.create({ ...settings, objective: 'squared_error' }).fit(x, y);
    const p2 = gbdtLearner.predict(l2, createFeatureMatrix(['k'], [Float64Array.of(0, 1)]));
    expect(p2[0]).toBeCloseTo(306 / 5, 9);
    expect(p2[1]).toBeCloseTo(1046 / 5, 9);
    expect(weightedMedian(Float64Array.of(1, 10, 2), Float64Array.of(1, 5, 1), 3)).toBe(10);
  });

  it('poisson and tweedie work on the log scale; boost_from_average starts at the mean', () => {
    const { x, y } = toyData('count', 600, 42);
    const mean = y.reduce((a, b) => a + b, 0) / y.length;
    const model = gbdtLearner.create({ objective: 'poisson', n_rounds: 1, learning_rate: 1e-9 }).fit(x, y);
    expect(model.baseScores[0]).toBeCloseTo(Math.log(mean), 12);
    expect(gbdtLearner.predict(model, x)[0]).toBeCloseTo(mean, 6);
    const zero = gbdtLearner.create({ objective: 'binary', boost_from_average: false, n_rounds: 1 }).fit(...binary());
    expect(zero.baseScores).toEqual([0]);
    expect(poissonDeviance(3, 3)).toBe(0);
    expect(tweedieDeviance(2, 2, 1.5)).toBeCloseTo(0, 12);
    expect(tweedieDeviance(0, 1, 1.5)).toBeGreaterThan(0);
  });

  it('rejects targets an objective cannot take', () => {
    const { x } = toyData('regression', 50, 43);
    const y = new Float64Array(50).fill(1);
    y[3] = -1;
    expect(messageOf(() => gbdtLearner.create({ objective: 'poisson' }).fit(x, y))).toBe('learner.negativeTarget');
    expect(messageOf(() => gbdtLearner.create({ objective: 'tweedie' }).fit(x, new Float64Array(50)))).toBe(
      'learner.zeroTarget',
    );
    y[3] = 2;
    expect(messageOf(() => gbdtLearner.create({ objective: 'binary' }).fit(x, y))).toBe('learner.badLabel');
    expect(
      messageOf(() =>
        gbdtLearner.create({ objective: 'multiclass' }).fit(
          x,
          y.map((v) => v + 0.5),
        ),
      ),
    ).toBe('learner.badLabel');
  });

  it('multiclass keeps class labels and one score per class', () => {
    const { x, y } = toyData('multiclass', 600, 44);
    const model = gbdtLearner
      .create({ objective: 'multiclass', n_rounds: 10 })
      .fit(x, { values: y, classes: ['low', 'mid', 'high'] });
    expect(model.classes).toEqual(['low', 'mid', 'high']);
    expect(model.outputs).toBe(3);
    expect(model.trees.length).toBe(30);
    expect(predictRawGbdt(model, x).length).toBe(1800);
  });
});

describe('importance and weights', () => {
  it('ranks the informative feature first by gain and counts splits', () => {
    const { x, y } = toyData('regression', 1000, 51);
    const model = gbdtLearner.create({ objective: 'squared_error', n_rounds: 30 }).fit(x, y);
    const imp = gbdtImportance(model);
    expect(imp.map((i) => i.feature)).toEqual(['x0', 'x1', 'x2', 'cat']);
    const byGain = [...imp].sort((a, b) => b.gain - a.gain);
    expect(byGain[0].feature).toBe('x0');
    expect(imp.find((i) => i.feature === 'x2')?.gain).toBeLessThan(byGain[0].gain / 10);
    const splits = model.trees.reduce((s, t) => s + t.feature.length, 0);
    expect(imp.reduce((s, i) => s + i.splits, 0)).toBe(splits);
  });

  it('checks the weights', () => {
    const { x, y } = toyData('regression', 50, 52);
    const est = gbdtLearner.create({ objective: 'squared_error', n_rounds: 2 });
    expect(messageOf(() => est.fit(x, y, { weights: new Float64Array(49) }))).toBe('learner.badWeights');
    expect(messageOf(() => est.fit(x, y, { weights: new Float64Array(50) }))).toBe('learner.badWeights');
    const w = new Float64Array(50).fill(1);
    w[4] = -1;
    expect(messageOf(() => est.fit(x, y, { weights: w }))).toBe('learner.badWeights');
  });

  it('checks category codes of categorical features', () => {
    const x = createFeatureMatrix(['c'], [Float64Array.of(0, 1, 2.5)], { categorical: [true] });
    expect(messageOf(() => gbdtLearner.create({ objective: 'squared_error' }).fit(x, [1, 2, 3]))).toBe(
      'learner.badCategoryCode',
    );
  });
});

describe('JSON', () => {
  const [x, y] = binary();
  const model = gbdtLearner.create({ objective: 'binary', n_rounds: 3 }).fit(x, y);
  const json = JSON.parse(JSON.stringify(gbdtLearner.toJSON(model)));

  it('stores typed arrays as number lists', () => {
    expect(Array.isArray(json.trees[0].left)).toBe(true);
    expect(gbdtLearner.fromJSON(json).trees[0].left).toBeInstanceOf(Int32Array);
  });

  it('rejects damaged models', () => {
    const damaged = (patch: (j: typeof json) => void): string => {
      const copy = structuredClone(json);
      patch(copy);
      return messageOf(() => gbdtLearner.fromJSON(copy));
    };
    expect(damaged((j) => j.trees.pop())).toBe('learner.modelCorrupt');
    expect(damaged((j) => (j.trees[0].left[0] = 99))).toBe('learner.modelCorrupt');
    expect(damaged((j) => (j.trees[0].feature[0] = 40))).toBe('learner.modelCorrupt');
    expect(damaged((j) => (j.trees[0].leafValue = 'x'))).toBe('learner.modelCorrupt');
    expect(damaged((j) => (j.objective = 'magic'))).toBe('learner.modelCorrupt');
    expect(damaged((j) => (j.params.max_leaves = 1))).toBe('learner.badParam');
  });
});

function binary(): [ReturnType<typeof toyData>['x'], Float64Array] {
  const { x, y } = toyData('binary', 300, 61);
  return [x, y];
}
