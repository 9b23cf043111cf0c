import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../src/data/column.js';
import { createTable } from '../../src/data/table.js';
import { applyPipeline } from '../../src/features/apply-pipeline.js';
import { fitPipeline } from '../../src/features/fit-pipeline.js';
import { pipelineFromJSON } from '../../src/features/pipeline-json.js';
import { ValidationError } from '../../src/util/errors.js';

const n = 60;
const table = createTable([
  numberColumn(
    'x',
    Float64Array.from({ length: n }, (_, i) => (i % 9 === 0 ? Number.NaN : Math.sin(i) * 100)),
  ),
  categoryColumn(
    'many',
    Int32Array.from({ length: n }, (_, i) => (i % 11 === 0 ? -1 : i % 20)),
    Array.from({ length: 20 }, (_, k) => `L${k}`),
  ),
  categoryColumn(
    'few',
    Int32Array.from({ length: n }, (_, i) => i % 3),
    ['a', 'b', 'c'],
  ),
  booleanColumn(
    'flag',
    Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 2 : i % 2)),
  ),
  dateColumn(
    'when',
    Float64Array.from({ length: n }, (_, i) => Date.UTC(2010, 0, 1, i % 24) + i * 86_400_000 * 3),
  ),
]);
const y = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 || i % 7 === 0 ? 1 : 0));
const features = ['x', 'many', 'few', 'flag', 'when'];

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('pipelineFromJSON', () => {
  for (const family of ['native', 'encoded'] as const) {
    it(`round-trips a ${family} pipeline through JSON with identical matrices`, () => {
      const { pipeline } = fitPipeline(table, { features, family, task: 'binary' }, { target: y, seed: 5 });
      const copy = pipelineFromJSON(roundTrip(pipeline));
      expect(copy).toEqual(pipeline);
      const a = applyPipeline(pipeline, table);
      const b = applyPipeline(copy, table);
      expect(b.names).toEqual(a.names);
      expect(b.categories).toEqual(a.categories);
      a.columns.forEach((col, j) => {
        expect(Array.from(b.columns[j])).toEqual(Array.from(col));
      });
    });
  }

  it('is deterministic for a seed, and the seed moves the out-of-fold encodings', () => {
    const spec = { features, family: 'encoded', task: 'binary' } as const;
    const a = fitPipeline(table, spec, { target: y, seed: 5 });
    const b = fitPipeline(table, spec, { target: y, seed: 5 });
    const c = fitPipeline(table, spec, { target: y, seed: 6 });
    expect(JSON.stringify(b.pipeline)).toBe(JSON.stringify(a.pipeline));
    const j = a.matrix.names.indexOf('many');
    expect(Array.from(b.matrix.columns[j])).toEqual(Array.from(a.matrix.columns[j]));
    expect(Array.from(c.matrix.columns[j])).not.toEqual(Array.from(a.matrix.columns[j]));
  });

  it('rejects a wrong kind, an unknown version and damaged steps with typed errors', () => {
    const { pipeline } = fitPipeline(table, { features, family: 'encoded', task: 'binary' }, { target: y });
    const json = roundTrip(pipeline) as Record<string, unknown>;
    const idOf = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).messageId;
      }
      return 'no error';
    };
    expect(idOf(() => pipelineFromJSON([]))).toBe('features.pipelineKind');
    expect(idOf(() => pipelineFromJSON({ ...json, kind: 'gbdt' }))).toBe('features.pipelineKind');
    expect(idOf(() => pipelineFromJSON({ ...json, formatVersion: 2 }))).toBe('features.pipelineVersion');
    const steps = json.steps as Record<string, unknown>[];
    expect(idOf(() => pipelineFromJSON({ ...json, steps: [{ ...steps[0], kind: 'magic' }, ...steps.slice(1)] }))).toBe(
      'features.pipelineCorrupt',
    );
    expect(idOf(() => pipelineFromJSON({ ...json, steps: [{ ...steps[0], center: 'x' }, ...steps.slice(1)] }))).toBe(
      'features.pipelineCorrupt',
    );
    expect(idOf(() => pipelineFromJSON({ ...json, outputNames: ['x'] }))).toBe('features.pipelineCorrupt');
    expect(idOf(() => pipelineFromJSON({ ...json, spec: { ...(json.spec as object), family: 'x' } }))).toBe(
      'features.pipelineCorrupt',
    );
    expect(() => pipelineFromJSON({ ...json, formatVersion: 2 })).toThrow(/version 2/);
  });
});
