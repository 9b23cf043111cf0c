import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../src/data/column.js';
import { createTable, takeRows } from '../../src/data/table.js';
import { applyPipeline } from '../../src/features/apply-pipeline.js';
import { fitPipeline } from '../../src/features/fit-pipeline.js';
import { distinctLevels, nearestLevels } from '../../src/features/level-encoding.js';
import { pipelineFromJSON } from '../../src/features/pipeline-json.js';
import { ValidationError } from '../../src/util/errors.js';

const NaN_ = Number.NaN;

describe('distinctLevels / nearestLevels', () => {
  it('lists the distinct finite values ascending, one level for 0 and −0, null past the limit', () => {
    expect(Array.from(distinctLevels(Float64Array.of(3, -0, 1, 3, NaN_, 0, Infinity, 2), 10) ?? [])).toEqual([
      0, 1, 2, 3,
    ]);
    expect(distinctLevels(Float64Array.of(1, 2, 3, 4), 3)).toBeNull();
    expect(Array.from(distinctLevels(Float64Array.of(1, 2, 3, 3), 3) ?? [])).toEqual([1, 2, 3]);
  });

  it('finds exact levels, the nearest one between levels (ties to the lower), the end ones outside', () => {
    const levels = Float64Array.of(10, 20, 40);
    expect(Array.from(nearestLevels(levels, Float64Array.of(10, 20, 40, 14, 15, 16, 31, 29, -5, 99, NaN_)))).toEqual([
      0, 1, 2, 0, 0, 1, 2, 1, 0, 2, -1,
    ]);
    expect(Array.from(nearestLevels(Float64Array.of(7), Float64Array.of(-1, 7, 100)))).toEqual([0, 0, 0]);
  });
});

// 12 rows: `visits` has 4 levels whose rates differ (1 → all 0, 2 → all 1, 3 → half, 9 → half), `spend` 12 levels.
const visits = Float64Array.of(1, 1, 1, 2, 2, 2, 3, 3, 9, 9, NaN_, 3);
const y = Float64Array.of(0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0);
const table = createTable([
  numberColumn('visits', visits),
  numberColumn(
    'spend',
    Float64Array.from({ length: 12 }, (_, i) => i * 1.5),
  ),
]);
const spec = { features: ['visits', 'spend'], family: 'encoded', task: 'binary', smoothing: 2 } as const;

describe('fitPipeline — level encoding of numeric columns', () => {
  it('adds beside the number a column of smoothed target means per value (encoded family, up to maxLevels)', () => {
    const { pipeline, matrix } = fitPipeline(table, { ...spec, maxLevels: 5 }, { target: y, folds: 3 });
    expect(matrix.names).toEqual(['visits', 'visits=(missing)', 'visits~level', 'spend']);
    const step = pipeline.steps.find((s) => s.kind === 'levelEncoding');
    if (step?.kind !== 'levelEncoding') throw new Error('no level encoding');
    expect(step.levels).toEqual([1, 2, 3, 9]);
    const prior = 6 / 12; // the missing row counts in the prior
    // level 1: three rows, all 0 → (0 + 2·prior) / (3 + 2); level 3: rows 6, 7, 11 → (1 + 2·prior) / (3 + 2)
    expect(step.values[0]).toBeCloseTo((0 + 2 * prior) / 5, 12);
    expect(step.values[1]).toBeCloseTo((3 + 2 * prior) / 5, 12);
    expect(step.values[2]).toBeCloseTo((1 + 2 * prior) / 5, 12);
    expect(step.missingValue).toBeCloseTo((1 + 2 * prior) / 3, 12);
  });

  it('gives training rows out-of-fold values: a row’s own target never moves its value', () => {
    const flipped = Float64Array.from(y);
    flipped[4] = 1 - flipped[4];
    // standardisation uses all rows, so compare before it: undo each fit's own center / scale
    const fits = [
      fitPipeline(table, spec, { target: y, folds: 3 }),
      fitPipeline(table, spec, { target: flipped, folds: 3 }),
    ];
    const col = fits[0].matrix.names.indexOf('visits~level');
    expect(fits[1].matrix.names).toEqual(fits[0].matrix.names);
    const raw = fits.map(({ pipeline, matrix }) => {
      const s = pipeline.steps.find((x) => x.kind === 'levelEncoding');
      if (s?.kind !== 'levelEncoding') throw new Error('no level encoding');
      return Array.from(matrix.columns[col], (v) => v * s.scale + s.center);
    });
    expect(raw[1][4]).toBeCloseTo(raw[0][4], 12);
    // rows of other folds at the same level do move
    expect(raw[1].some((v, i) => Math.abs(v - raw[0][i]) > 1e-9)).toBe(true);
  });

  it('scores new rows with the full-data values: unseen values take the nearest level, missing its own', () => {
    const { pipeline } = fitPipeline(table, spec, { target: y, folds: 3 });
    const step = pipeline.steps.find((s) => s.kind === 'levelEncoding');
    if (step?.kind !== 'levelEncoding') throw new Error('no level encoding');
    const fresh = createTable([
      numberColumn('visits', Float64Array.of(2, 2.4, 7, 100, NaN_)),
      numberColumn('spend', Float64Array.of(0, 0, 0, 0, 0)),
    ]);
    const m = applyPipeline(pipeline, fresh);
    const got = Array.from(m.columns[m.names.indexOf('visits~level')], (v) => v * step.scale + step.center);
    const want = [step.values[1], step.values[1], step.values[3], step.values[3], step.missingValue];
    for (const [i, v] of got.entries()) expect(v).toBeCloseTo(want[i], 12);
    // a JSON round trip scores identically
    const copy = pipelineFromJSON(JSON.parse(JSON.stringify(pipeline)));
    expect(Array.from(applyPipeline(copy, fresh).columns[m.names.indexOf('visits~level')])).toEqual(
      Array.from(m.columns[m.names.indexOf('visits~level')]),
    );
  });

  it('stays off for the native family, multiclass, no target, maxLevels 0, too many or fewer than 3 values', () => {
    const kinds = (s: object, target?: Float64Array, t = table) =>
      fitPipeline(t, { ...spec, ...s } as typeof spec, target ? { target } : {}).pipeline.steps.map((x) => x.kind);
    expect(kinds({}, y)).toEqual(['numeric', 'levelEncoding', 'numeric', 'levelEncoding']);
    expect(kinds({ family: 'native' }, y)).not.toContain('levelEncoding');
    expect(kinds({ task: 'multiclass' }, y)).not.toContain('levelEncoding');
    expect(kinds({})).not.toContain('levelEncoding');
    expect(kinds({ maxLevels: 0 }, y)).not.toContain('levelEncoding');
    expect(kinds({ maxLevels: 4 }, y)).toEqual(['numeric', 'levelEncoding', 'numeric']);
    expect(kinds({ features: ['visits'] }, y.subarray(0, 6), takeRows(table, [0, 1, 2, 3, 4, 5]))).toEqual(['numeric']);
    expect(() => fitPipeline(table, { ...spec, maxLevels: -1 })).toThrow(ValidationError);
  });

  it('rejects stored level encodings that are not ascending or do not match their values', () => {
    const { pipeline } = fitPipeline(table, spec, { target: y, folds: 3 });
    const json = JSON.parse(JSON.stringify(pipeline));
    const at = json.steps.findIndex((s: { kind: string }) => s.kind === 'levelEncoding');
    const bad = structuredClone(json);
    bad.steps[at].levels = [2, 1, 3, 9];
    expect(() => pipelineFromJSON(bad)).toThrow(/not ascending/);
    const short = structuredClone(json);
    short.steps[at].values.pop();
    expect(() => pipelineFromJSON(short)).toThrow(/4 levels but 3 values/);
  });
});
