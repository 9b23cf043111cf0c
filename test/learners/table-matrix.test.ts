import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { createTable, filterRows } from '../../src/data/table.js';
import { alignFeatures } from '../../src/learners/feature-matrix.js';
import { gbdtLearner } from '../../src/learners/gbdt/gbdt-learner.js';
import { columnValues, tableTarget, tableToMatrix } from '../../src/learners/table-matrix.js';
import { ValidationError } from '../../src/util/errors.js';

const table = createTable([
  numberColumn('age', Float64Array.of(31, Number.NaN, 47, 52)),
  categoryColumn('job', Int32Array.of(0, 1, -1, 0), ['admin.', 'technician']),
  booleanColumn('opt_in', Uint8Array.of(1, 0, 2, 1)),
  dateColumn('since', Float64Array.of(Date.UTC(2020, 0, 1), Number.NaN, 0, 86_400_000)),
  categoryColumn('y', Int32Array.of(1, 0, 1, -1), ['yes', 'no']),
]);

describe('tableToMatrix', () => {
  it('turns every column kind into numbers, NaN for missing, categories as codes with labels', () => {
    const x = tableToMatrix(table, { exclude: ['y'] });
    expect(x.names).toEqual(['age', 'job', 'opt_in', 'since']);
    expect(x.categorical).toEqual([false, true, false, false]);
    expect(x.categories[1]).toEqual(['admin.', 'technician']);
    expect(Array.from(x.columns[0])).toEqual([31, Number.NaN, 47, 52]);
    expect(Array.from(x.columns[1])).toEqual([0, 1, Number.NaN, 0]);
    expect(Array.from(x.columns[2])).toEqual([1, 0, Number.NaN, 1]);
    expect(Array.from(x.columns[3])).toEqual([Date.UTC(2020, 0, 1), Number.NaN, 0, 86_400_000]);
  });

  it('takes the visible rows of a filtered table, and named features in order', () => {
    const older = filterRows(table, (row) => row !== 1);
    const x = tableToMatrix(older, { features: ['job', 'age'] });
    expect(x.rowCount).toBe(3);
    expect(Array.from(x.columns[1])).toEqual([31, 47, 52]);
    expect(Array.from(columnValues(older, older.columns[2]))).toEqual([1, Number.NaN, 1]);
  });
});

describe('tableTarget', () => {
  it('codes class labels in sorted order, the positive label last, missing as NaN', () => {
    expect(tableTarget(table, 'y')).toMatchObject({ classes: ['no', 'yes'] });
    // codes 1, 0, 1, -1 of ['yes', 'no'] are the labels no, yes, no, missing
    expect(Array.from(tableTarget(table, 'y').values)).toEqual([0, 1, 0, Number.NaN]);
    const flipped = tableTarget(table, 'y', { positive: 'no' });
    expect(flipped.classes).toEqual(['yes', 'no']);
    expect(Array.from(flipped.values)).toEqual([1, 0, 1, Number.NaN]);
    expect(tableTarget(table, 'opt_in').classes).toEqual(['false', 'true']);
    expect(tableTarget(table, 'age').classes).toBeNull();
    expect(() => tableTarget(table, 'y', { positive: 'maybe' })).toThrow(ValidationError);
  });
});

describe('a model trained on one table predicts another table by label', () => {
  const n = 400;
  const codes = Int32Array.from({ length: n }, (_, i) => i % 3);
  const amount = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 100);
  const target = Int32Array.from({ length: n }, (_, i) => ((i % 3 === 2 ? 1 : 0) ^ (amount[i] > 80 ? 1 : 0) ? 1 : 0));
  const train = createTable([
    categoryColumn('channel', codes, ['web', 'phone', 'store']),
    numberColumn('amount', amount),
    categoryColumn('bought', target, ['no', 'yes']),
  ]);
  // the same rows, but the new file saw the categories in another order (and one unseen label)
  const remap = [2, 0, 1];
  const other = createTable([
    numberColumn('amount', amount),
    categoryColumn(
      'channel',
      Int32Array.from(codes, (c) => remap[c]),
      ['phone', 'store', 'web', 'kiosk'],
    ),
  ]);

  it('gives the same predictions whatever the code order', () => {
    const model = gbdtLearner
      .create({ objective: 'binary', n_rounds: 20, min_data_in_leaf: 5, max_cat_to_onehot: 4 })
      .fit(tableToMatrix(train, { exclude: ['bought'] }), tableTarget(train, 'bought'));
    expect(model.classes).toEqual(['no', 'yes']);
    const a = gbdtLearner.predictProba(model, tableToMatrix(train, { exclude: ['bought'] }));
    const b = gbdtLearner.predictProba(model, tableToMatrix(other));
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('recodes unseen labels to a code the model never saw', () => {
    const x = tableToMatrix(
      createTable([
        categoryColumn('channel', Int32Array.of(3, 0), ['phone', 'store', 'web', 'kiosk']),
        numberColumn('amount', Float64Array.of(1, 2)),
      ]),
    );
    const cols = alignFeatures(
      [
        { name: 'channel', categorical: true, categories: ['web', 'phone', 'store'] },
        { name: 'amount', categorical: false, categories: null },
      ],
      x,
    );
    expect(Array.from(cols[0])).toEqual([3, 1]);
  });

  it('refuses a feature whose kind changed', () => {
    const wrong = tableToMatrix(
      createTable([numberColumn('channel', Float64Array.of(1)), numberColumn('amount', Float64Array.of(1))]),
    );
    const model = gbdtLearner
      .create({ objective: 'binary', n_rounds: 2, min_data_in_leaf: 5 })
      .fit(tableToMatrix(train, { exclude: ['bought'] }), tableTarget(train, 'bought'));
    try {
      gbdtLearner.predict(model, wrong);
      throw new Error('no error');
    } catch (e) {
      expect((e as ValidationError).messageId).toBe('learner.featureKind');
    }
  });
});
