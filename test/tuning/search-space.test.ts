import { describe, expect, it } from 'vitest';
import { forestSchema } from '../../src/learners/forest/forest-params.js';
import { gbdtSchema } from '../../src/learners/gbdt/gbdt-params.js';
import { linearSchema } from '../../src/learners/linear/linear-params.js';
import { mlpSchema } from '../../src/learners/mlp/mlp-params.js';
import { isValidParam, type ParamSchema } from '../../src/learners/params.js';
import { treeSchema } from '../../src/learners/tree/tree-params.js';
import { defaultsInSpace, searchSpace } from '../../src/tuning/search-space.js';
import { ValidationError } from '../../src/util/errors.js';

const names = (s: ReturnType<typeof searchSpace>) => s.dimensions.map((d) => d.name);

describe('searchSpace on the learners’ schemas', () => {
  it('gbdt: every hinted number, in schema order, with the hinted ranges', () => {
    const s = searchSpace(gbdtSchema);
    expect(names(s)).toEqual([
      'n_rounds',
      'learning_rate',
      'max_leaves',
      'max_depth',
      'min_child_weight',
      'min_data_in_leaf',
      'lambda_l2',
      'subsample',
      'colsample_bytree',
    ]);
    expect(s.dimensions[0]).toEqual({ name: 'n_rounds', type: 'int', min: 50, max: 2000, log: true });
    expect(s.dimensions[1]).toEqual({ name: 'learning_rate', type: 'float', min: 0.01, max: 0.3, log: true });
    expect(s.dimensions[3]).toEqual({ name: 'max_depth', type: 'int', min: 3, max: 12, log: false });
    expect(s.fixed).toEqual({});
    expect(Object.isFrozen(s.dimensions)).toBe(true);
  });

  it('gbdt: include adds enums as choices, fixed removes dimensions, exclude drops', () => {
    const s = searchSpace(gbdtSchema, {
      include: ['growth', 'boost_from_average'],
      exclude: ['min_data_in_leaf'],
      fixed: { objective: 'binary', n_rounds: 500, learning_rate: 0.05 },
    });
    expect(names(s)).toEqual([
      'growth',
      'max_leaves',
      'max_depth',
      'min_child_weight',
      'lambda_l2',
      'subsample',
      'colsample_bytree',
      'boost_from_average',
    ]);
    expect(s.dimensions[0]).toEqual({ name: 'growth', type: 'choice', values: ['leafwise', 'depthwise'] });
    expect(s.dimensions[7]).toEqual({ name: 'boost_from_average', type: 'choice', values: [false, true] });
    expect(s.fixed).toEqual({ objective: 'binary', n_rounds: 500, learning_rate: 0.05 });
  });

  it('forest, linear, mlp, tree', () => {
    expect(names(searchSpace(forestSchema))).toEqual([
      'n_estimators',
      'max_depth',
      'min_samples_leaf',
      'max_features_fraction',
    ]);
    const lin = searchSpace(linearSchema, { include: ['penalty'] });
    expect(names(lin)).toEqual(['penalty', 'alpha', 'l1_ratio']);
    expect(lin.dimensions[0]).toEqual({ name: 'penalty', type: 'choice', values: ['none', 'l2', 'l1', 'elasticnet'] });
    expect(lin.dimensions[1]).toEqual({ name: 'alpha', type: 'float', min: 1e-6, max: 1, log: true });
    const mlp = searchSpace(mlpSchema, { include: ['activation'] });
    expect(names(mlp)).toEqual([
      'hidden_layer_1',
      'hidden_layer_2',
      'activation',
      'dropout',
      'learning_rate',
      'batch_size',
      'l2',
    ]);
    expect(mlp.dimensions[1]).toEqual({ name: 'hidden_layer_2', type: 'int', min: 0, max: 128, log: false });
    expect(names(searchSpace(treeSchema))).toEqual(['max_depth', 'min_samples_split', 'min_samples_leaf', 'ccp_alpha']);
  });

  it('every hinted range is valid for its parameter (all five schemas)', () => {
    for (const schema of [gbdtSchema, forestSchema, linearSchema, mlpSchema, treeSchema] as ParamSchema[]) {
      for (const d of searchSpace(schema).dimensions) {
        if (d.type === 'choice') continue;
        const spec = schema[d.name];
        if (!spec) throw new Error(d.name);
        expect(isValidParam(spec, d.min), d.name).toBe(true);
        expect(isValidParam(spec, d.max), d.name).toBe(true);
      }
    }
  });

  it('ranges override hints and make an unhinted number searchable', () => {
    const s = searchSpace(gbdtSchema, {
      include: ['lambda_l1'],
      ranges: { lambda_l1: { min: 1e-4, max: 10, log: true }, max_depth: { min: 2, max: 6 } },
    });
    expect(s.dimensions.find((d) => d.name === 'lambda_l1')).toEqual({
      name: 'lambda_l1',
      type: 'float',
      min: 1e-4,
      max: 10,
      log: true,
    });
    expect(s.dimensions.find((d) => d.name === 'max_depth')).toEqual({
      name: 'max_depth',
      type: 'int',
      min: 2,
      max: 6,
      log: false,
    });
  });

  it('rejects unknown names, bad fixed values and bad ranges with ValidationError', () => {
    expect(() => searchSpace(gbdtSchema, { include: ['nope'] })).toThrow(ValidationError);
    expect(() => searchSpace(gbdtSchema, { fixed: { nope: 1 } })).toThrow(/no parameter 'nope'/);
    expect(() => searchSpace(gbdtSchema, { fixed: { max_depth: 0 } })).toThrow(/max_depth.*integer in \[1, 64\]/);
    expect(() => searchSpace(gbdtSchema, { ranges: { max_depth: { min: 0, max: 8 } } })).toThrow(/search range/);
    expect(() => searchSpace(gbdtSchema, { ranges: { max_depth: { min: 8, max: 8 } } })).toThrow(ValidationError);
    expect(() => searchSpace(gbdtSchema, { ranges: { max_depth: { min: 2.5, max: 8 } } })).toThrow(ValidationError);
    expect(() => searchSpace(mlpSchema, { ranges: { dropout: { min: 0, max: 0.5, log: true } } })).toThrow(/log/);
    expect(() => searchSpace(gbdtSchema, { include: ['lambda_l1'] })).toThrow(/ranges/);
    expect(() => searchSpace(gbdtSchema, { include: ['monotone_constraints'] })).toThrow(ValidationError);
  });
});

describe('defaultsInSpace', () => {
  it('gives the schema defaults moved into the searched ranges, plus fixed values', () => {
    const s = searchSpace(gbdtSchema, { include: ['growth'], fixed: { objective: 'multiclass' } });
    const d = defaultsInSpace(gbdtSchema, s);
    expect(d).toMatchObject({
      objective: 'multiclass',
      growth: 'leafwise',
      n_rounds: 100,
      learning_rate: 0.1,
      max_leaves: 31,
      max_depth: 12, // default 64 clipped to the hint [3, 12]
      min_child_weight: 1,
      min_data_in_leaf: 1, // default 0 clipped to [1, 200]
      lambda_l2: 1,
      subsample: 1,
      colsample_bytree: 1,
    });
    expect(Object.keys(d)).toHaveLength(s.dimensions.length + 1);
  });
});
