// Context size: context columns found from the row order alone, the count fitted on training rows, unseen
// contexts counted in the scored table, JSON round trip — on a made-up table and on bank-additional-full.
import { beforeAll, describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../src/data/column.js';
import { readTable } from '../../src/data/read-table.js';
import { type Table, columnNames, createTable, takeRows } from '../../src/data/table.js';
import { applyPipeline } from '../../src/features/apply-pipeline.js';
import { applyContextCount, findContextColumns, fitContextCount } from '../../src/features/context-count.js';
import { fitPipeline } from '../../src/features/fit-pipeline.js';
import { pipelineFromJSON } from '../../src/features/pipeline-json.js';
import { ValidationError } from '../../src/util/errors.js';
import { createRng, permutation } from '../../src/util/rng.js';

// 600 rows in 12 "days" of 10 to 90 rows each (file order = day order); `x` random, `kind` random.
const sizes = [10, 20, 30, 40, 50, 60, 70, 80, 90, 60, 50, 40];
const dayOf: number[] = sizes.flatMap((s, d) => Array.from({ length: s }, () => d));
const n = dayOf.length;
const rng = createRng(3);
const table = createTable([
  numberColumn('day', Float64Array.from(dayOf)),
  numberColumn(
    'rate',
    Float64Array.from(dayOf, (d) => [4.1, 4.1, 3.9, 1.2][d % 4]),
  ),
  numberColumn(
    'x',
    Float64Array.from({ length: n }, () => rng.next()),
  ),
  categoryColumn(
    'kind',
    Int32Array.from({ length: n }, () => rng.int(3)),
    ['a', 'b', 'c'],
  ),
]);

describe('findContextColumns', () => {
  it('finds the columns whose values run in long blocks, not the random ones', () => {
    const found = findContextColumns(table, ['day', 'rate', 'x', 'kind']);
    expect(found.columns).toEqual(['day', 'rate']);
    expect(found.contexts).toBe(12);
    const ratio = Object.fromEntries(found.ratios.map((r) => [r.column, r.ratio]));
    expect(ratio.day).toBeGreaterThan(10);
    expect(ratio.x).toBeLessThan(2);
    expect(ratio.kind).toBeLessThan(2);
  });

  it('finds nothing once the rows are shuffled', () => {
    const shuffled = takeRows(table, permutation(n, createRng(9)));
    expect(findContextColumns(shuffled, ['day', 'rate', 'x', 'kind']).columns).toEqual([]);
  });

  it('finds nothing in small tables or when contexts hold too few rows', () => {
    expect(
      findContextColumns(
        takeRows(
          table,
          Uint32Array.from({ length: 150 }, (_, i) => i),
        ),
        ['day'],
      ).columns,
    ).toEqual([]);
    // 600 contexts of one row each: a sorted unique column runs in blocks of one, like random order
    const unique = createTable([
      numberColumn(
        'id',
        Float64Array.from({ length: n }, (_, i) => i),
      ),
    ]);
    expect(findContextColumns(unique, ['id']).columns).toEqual([]);
  });
});

describe('context-size step', () => {
  it('counts the training rows of each context, and a new context in the scored table', () => {
    const train = takeRows(
      table,
      Uint32Array.from({ length: n }, (_, i) => i).filter((i) => dayOf[i] < 11),
    );
    const step = fitContextCount(train, ['day', 'rate'], 'native', 'rows in context');
    expect(step.contexts.length).toBe(11);
    const counts = applyContextCount(step, table);
    for (let i = 0; i < n; i++) expect(counts[i]).toBe(sizes[dayOf[i]]);
    // day 11 was never seen: its 40 rows are counted in the scored table; scored alone, one row counts 1
    expect(applyContextCount(step, takeRows(table, Uint32Array.of(n - 1)))[0]).toBe(1);
  });

  it('log-scales and standardises for the encoded family', () => {
    const step = fitContextCount(table, ['day'], 'encoded', 'rows in context');
    const v = applyContextCount(step, table);
    const mean = v.reduce((a, b) => a + b, 0) / n;
    expect(mean).toBeCloseTo(0, 10);
    expect(step.logScale).toBe(true);
    expect(v[0]).toBeCloseTo((Math.log1p(10) - step.center) / step.scale, 12);
  });

  it('is one more pipeline output that round-trips through JSON', () => {
    for (const family of ['native', 'encoded'] as const) {
      const spec = {
        features: ['day', 'rate', 'x', 'kind'],
        family,
        task: 'binary',
        context: ['day', 'rate'],
      } as const;
      const y = Float64Array.from({ length: n }, (_, i) => i % 2);
      const { pipeline, matrix } = fitPipeline(table, spec, { target: y });
      expect(matrix.names).toContain('rows in context');
      const copy = pipelineFromJSON(JSON.parse(JSON.stringify(pipeline)));
      expect(copy).toEqual(pipeline);
      const a = applyPipeline(copy, table);
      const j = a.names.indexOf('rows in context');
      expect(Array.from(a.columns[j])).toEqual(Array.from(matrix.columns[matrix.names.indexOf('rows in context')]));
    }
  });

  it('rejects context columns that are not features, and corrupt stored counts', () => {
    expect(() => fitPipeline(table, { features: ['x'], family: 'native', task: 'binary', context: ['day'] })).toThrow(
      ValidationError,
    );
    const { pipeline } = fitPipeline(table, {
      features: ['day', 'x'],
      family: 'native',
      task: 'binary',
      context: ['day'],
    });
    const json = JSON.parse(JSON.stringify(pipeline));
    json.steps[2].counts[0] = 0;
    expect(() => pipelineFromJSON(json)).toThrow(/counts are not counts/);
  });
});

describe('on bank-additional-full (chronological)', () => {
  let bank: Table;
  beforeAll(async () => {
    bank = await readTable('examples/data/bank-marketing/bank-additional/bank-additional-full.csv');
  });

  it('finds the call date and the economic indicators as context, none of the customer columns', () => {
    const features = columnNames(bank).filter((c) => c !== 'y' && c !== 'duration');
    const found = findContextColumns(bank, features);
    expect(found.columns).toEqual([
      'month',
      'day_of_week',
      'emp.var.rate',
      'cons.price.idx',
      'cons.conf.idx',
      'euribor3m',
      'nr.employed',
    ]);
    expect(found.contexts).toBe(470);
    const shuffled = takeRows(bank, permutation(bank.rowCount, createRng(1)));
    expect(findContextColumns(shuffled, features).columns).toEqual([]);
  });
});
