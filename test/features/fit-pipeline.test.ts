import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { createTable, takeRows } from '../../src/data/table.js';
import { applyPipeline, applyPipelineWithIssues } from '../../src/features/apply-pipeline.js';
import { fitPipeline } from '../../src/features/fit-pipeline.js';
import { ValidationError } from '../../src/util/errors.js';

const NaN_ = Number.NaN;

// 8 rows: age (one missing), job (3 labels + missing), opt_in (boolean with a missing), since (dates), y.
const table = createTable([
  numberColumn('age', Float64Array.of(20, 30, NaN_, 40, 50, 60, 70, 80)),
  categoryColumn('job', Int32Array.of(0, 1, 2, 0, 1, -1, 0, 0), ['admin.', 'technician', 'retired']),
  booleanColumn('opt_in', Uint8Array.of(1, 0, 2, 1, 1, 0, 0, 1)),
  dateColumn(
    'since',
    Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7], (d) => Date.UTC(2021, 0, 4 + d)),
  ),
]);

describe('fitPipeline — native family', () => {
  const spec = { features: ['age', 'job', 'opt_in', 'since'], family: 'native', task: 'binary' } as const;

  it('keeps numbers, codes categories by their training labels, booleans 0/1, datetimes as date parts', () => {
    const { matrix } = fitPipeline(table, spec);
    expect(matrix.names).toEqual([
      'age',
      'job',
      'opt_in',
      'since.year',
      'since.month',
      'since.dayOfWeek',
      'since.dayOfMonth',
      'since.days',
    ]);
    expect(Array.from(matrix.columns[0])).toEqual([20, 30, NaN_, 40, 50, 60, 70, 80]);
    expect(matrix.categorical).toEqual([false, true, false, false, false, false, false, false]);
    expect(matrix.categories[1]).toEqual(['admin.', 'technician', 'retired']);
    expect(Array.from(matrix.columns[1])).toEqual([0, 1, 2, 0, 1, NaN_, 0, 0]);
    expect(Array.from(matrix.columns[2])).toEqual([1, 0, NaN_, 1, 1, 0, 0, 1]);
    // 2021-01-04 was a Monday (ISO day 1).
    expect(Array.from(matrix.columns[5])).toEqual([1, 2, 3, 4, 5, 6, 7, 1]);
    expect(Array.from(matrix.columns[6])).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(matrix.columns[7][0]).toBe(Date.UTC(2021, 0, 4) / 86_400_000);
  });

  it('keeps only labels seen in the training rows; a label first seen later becomes missing and is counted', () => {
    const train = takeRows(table, [0, 1, 3, 4]); // job: admin., technician only
    const { pipeline, matrix } = fitPipeline(train, spec);
    expect(matrix.categories[1]).toEqual(['admin.', 'technician']);
    const { matrix: all, issues } = applyPipelineWithIssues(pipeline, table);
    expect(Array.from(all.columns[1])).toEqual([0, 1, NaN_, 0, 1, NaN_, 0, 0]);
    expect(issues).toEqual([{ column: 'job', count: 1, kind: 'unseen-category' }]);
  });

  it('matches categories by label when a new file numbers them differently', () => {
    const { pipeline } = fitPipeline(table, spec);
    const renumbered = createTable([
      numberColumn('age', Float64Array.of(1)),
      categoryColumn('job', Int32Array.of(0), ['retired', 'admin.']),
      booleanColumn('opt_in', Uint8Array.of(0)),
      dateColumn('since', Float64Array.of(0)),
    ]);
    expect(applyPipeline(pipeline, renumbered).columns[1][0]).toBe(2);
  });

  it('returns from applyPipeline on the training rows exactly the matrix fitPipeline returned', () => {
    const train = takeRows(table, [7, 1, 2, 5, 0]);
    const { pipeline, matrix } = fitPipeline(train, spec);
    const again = applyPipeline(pipeline, train);
    expect(again.names).toEqual(matrix.names);
    again.columns.forEach((c, j) => {
      expect(Array.from(c)).toEqual(Array.from(matrix.columns[j]));
    });
  });

  it('adds the hour only when the training column has a time of day', () => {
    const withTime = createTable([dateColumn('t', Float64Array.of(Date.UTC(2011, 11, 9, 12, 50), NaN_))]);
    const { matrix } = fitPipeline(withTime, { features: ['t'], family: 'native', task: 'regression' });
    expect(matrix.names).toContain('t.hour');
    expect(matrix.columns[matrix.names.indexOf('t.hour')][0]).toBe(12);
    expect(Number.isNaN(matrix.columns[0][1])).toBe(true);
  });
});

describe('fitPipeline — encoded family', () => {
  const spec = { features: ['age', 'job', 'opt_in'], family: 'encoded', task: 'binary', minShare: 0 } as const;

  it('imputes the median, adds a missing indicator and standardises numbers on the training rows', () => {
    const { pipeline, matrix } = fitPipeline(table, spec);
    const age = matrix.columns[matrix.names.indexOf('age')];
    const indicator = matrix.columns[matrix.names.indexOf('age=(missing)')];
    expect(Array.from(indicator)).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    const step = pipeline.steps[0];
    expect(step.kind === 'numeric' && step.impute).toBe(50); // median of 20..80 without the missing
    const mean = age.reduce((a, b) => a + b, 0) / age.length;
    const sd = Math.sqrt(age.reduce((a, b) => a + (b - mean) ** 2, 0) / age.length);
    expect(mean).toBeCloseTo(0, 12);
    expect(sd).toBeCloseTo(1, 12);
    // the imputed row sits where 50 sits
    expect(age[2]).toBe(age[4]);
  });

  it('one-hot encodes few-level categories and booleans, with a (missing) indicator; unseen levels give zeros', () => {
    const { pipeline, matrix } = fitPipeline(table, spec);
    expect(matrix.names).toEqual([
      'age',
      'age=(missing)',
      'job=admin.',
      'job=technician',
      'job=retired',
      'job=(missing)',
      'opt_in=false',
      'opt_in=true',
      'opt_in=(missing)',
    ]);
    expect(Array.from(matrix.columns[2])).toEqual([1, 0, 0, 1, 0, 0, 1, 1]);
    expect(Array.from(matrix.columns[5])).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
    expect(Array.from(matrix.columns[8])).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    const fresh = createTable([
      numberColumn('age', Float64Array.of(35)),
      categoryColumn('job', Int32Array.of(0), ['student']),
      booleanColumn('opt_in', Uint8Array.of(1)),
    ]);
    const { matrix: x, issues } = applyPipelineWithIssues(pipeline, fresh);
    expect([2, 3, 4, 5].map((j) => x.columns[j][0])).toEqual([0, 0, 0, 0]);
    expect(issues).toEqual([{ column: 'job', count: 1, kind: 'unseen-category' }]);
  });

  it('puts rare levels (below minShare) into one (other) column', () => {
    const codes = Int32Array.from({ length: 100 }, (_, i) => (i < 90 ? 0 : i < 96 ? 1 : i < 98 ? 2 : 3));
    const t = createTable([categoryColumn('c', codes, ['a', 'b', 'c', 'd'])]);
    const { matrix } = fitPipeline(t, { features: ['c'], family: 'encoded', task: 'binary', minShare: 0.05 });
    expect(matrix.names).toEqual(['c=a', 'c=b', 'c=(other)']);
    expect(matrix.columns[2].reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('target-encodes categories with more levels than maxOneHot, frequency-encodes them for multiclass', () => {
    const y = Float64Array.of(1, 0, 1, 1, 0, 0, 1, 0);
    const encodedSpec = { ...spec, features: ['job'], maxOneHot: 2 } as const;
    const { pipeline } = fitPipeline(table, encodedSpec, { target: y, folds: 2 });
    const step = pipeline.steps[0];
    expect(step.kind).toBe('targetEncoding');
    if (step.kind !== 'targetEncoding') return;
    expect(step.statistic).toBe('mean');
    // admin.: rows 0,3,6,7 → y 1,1,1,0; prior 4/8; m = 10 → (3 + 10·0.5) / (4 + 10)
    expect(step.values[0]).toBeCloseTo((3 + 5) / 14, 12);
    expect(step.unseenValue).toBeCloseTo(0.5, 12);
    const multi = fitPipeline(table, { ...encodedSpec, task: 'multiclass' }, { target: y }).pipeline.steps[0];
    expect(multi.kind === 'targetEncoding' && multi.statistic).toBe('frequency');
    expect(multi.kind === 'targetEncoding' && multi.values[0]).toBe(4 / 8);
  });
});

describe('fitPipeline — degenerate columns', () => {
  it('gives a constant column scale 1 (all zeros) and an all-missing column zeros plus an indicator of ones', () => {
    const t = createTable([
      numberColumn('same', Float64Array.of(3, 3, 3)),
      numberColumn('empty', Float64Array.of(NaN_, NaN_, NaN_)),
      categoryColumn('none', Int32Array.of(-1, -1, -1), ['a']),
    ]);
    const { matrix } = fitPipeline(t, { features: ['same', 'empty', 'none'], family: 'encoded', task: 'regression' });
    expect(matrix.names).toEqual(['same', 'empty', 'empty=(missing)', 'none=(missing)']);
    expect(matrix.columns.map((c) => Array.from(c))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(
      JSON.parse(JSON.stringify(fitPipeline(t, { features: ['empty'], family: 'encoded', task: 'binary' }).pipeline))
        .steps[0].impute,
    ).toBe(0);
  });
});

describe('applyPipeline — changed and missing columns', () => {
  const spec = { features: ['age', 'job', 'opt_in', 'since'], family: 'native', task: 'binary' } as const;

  it('lists every missing input column in one ValidationError (en and de)', () => {
    const { pipeline } = fitPipeline(table, spec);
    const partial = createTable([numberColumn('age', Float64Array.of(1))]);
    let error: unknown;
    try {
      applyPipeline(pipeline, partial);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.messageId).toBe('features.missingColumns');
    expect(v.params.missing).toBe('job, opt_in, since');
    expect(v.message).toContain('3 column(s)');
    expect(v.localized('de')).toContain('job, opt_in, since');
  });

  it('reads a column whose type changed cell by cell and counts the cells that fail', () => {
    const { pipeline } = fitPipeline(table, spec);
    const changed = createTable([
      categoryColumn('age', Int32Array.of(0, 1, 2, -1), ['41', 'n/a yet', ' 7.5 ']),
      numberColumn('job', Float64Array.of(1, 2, 3, 4)),
      categoryColumn('opt_in', Int32Array.of(0, 1, 2, 3), ['yes', 'no', 'maybe', 'TRUE']),
      categoryColumn('since', Int32Array.of(0, 1, 2, 3), ['2021-01-04', 'soon', '2021-01-05 10:00:00', '']),
    ]);
    const { matrix, issues } = applyPipelineWithIssues(pipeline, changed);
    expect(Array.from(matrix.columns[0])).toEqual([41, NaN_, 7.5, NaN_]);
    expect(Array.from(matrix.columns[2])).toEqual([1, 0, NaN_, 1]);
    expect(matrix.columns[matrix.names.indexOf('since.days')][2]).toBe(Date.UTC(2021, 0, 5, 10) / 86_400_000);
    expect(issues).toEqual([
      { column: 'age', count: 1, kind: 'unparseable' },
      { column: 'job', count: 4, kind: 'unseen-category' },
      { column: 'opt_in', count: 1, kind: 'unparseable' },
      { column: 'since', count: 2, kind: 'unparseable' },
    ]);
  });
});

describe('fitPipeline — bad input', () => {
  it('rejects a bad spec, a target of the wrong length and bad folds with typed errors', () => {
    expect(() => fitPipeline(table, { features: [], family: 'native', task: 'binary' })).toThrow(ValidationError);
    expect(() => fitPipeline(table, { features: ['age'], family: 'linear' as 'native', task: 'binary' })).toThrow(
      /family/,
    );
    expect(() => fitPipeline(table, { features: ['age', 'age'], family: 'native', task: 'binary' })).toThrow(/unique/);
    expect(() =>
      fitPipeline(table, { features: ['age'], family: 'native', task: 'binary' }, { target: [1, 2] }),
    ).toThrow(/2 values/);
    expect(() => fitPipeline(table, { features: ['age'], family: 'native', task: 'binary' }, { folds: 1 })).toThrow(
      /folds/,
    );
    expect(() => fitPipeline(table, { features: ['nope', 'age', 'gone'], family: 'native', task: 'binary' })).toThrow(
      /nope, gone/,
    );
  });
});
