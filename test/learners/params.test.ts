import { describe, expect, it } from 'vitest';
import { gbdtSchema } from '../../src/learners/gbdt/gbdt-params.js';
import {
  type ParamSchema,
  defaultParams,
  describeExpected,
  isValidParam,
  parseParam,
  resolveParams,
} from '../../src/learners/params.js';
import { ValidationError } from '../../src/util/errors.js';

const schema = {
  max_depth: { type: 'integer', default: 6, min: 1, max: 64, description: 'depth' },
  rate: { type: 'number', default: 0.1, min: 0, max: 1, exclusiveMin: true, description: 'rate' },
  power: { type: 'number', default: 1.5, min: 1, max: 2, exclusiveMin: true, exclusiveMax: true, description: 'p' },
  flag: { type: 'boolean', default: true, description: 'flag' },
  mode: { type: 'enum', values: ['a', 'b'], default: 'a', description: 'mode' },
  mono: { type: 'feature-map', min: -1, max: 1, description: 'map' },
} as const satisfies ParamSchema;

function caught(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('resolveParams', () => {
  it('fills defaults and keeps given values, frozen', () => {
    const p = resolveParams('gbdt', schema, { rate: 0.3, mono: { age: 1 } });
    expect(p).toEqual({ max_depth: 6, rate: 0.3, power: 1.5, flag: true, mode: 'a', mono: { age: 1 } });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.mono)).toBe(true);
  });

  it("says what was expected and what came, in the catalogue's words", () => {
    const e = caught(() => resolveParams('gbdt', schema, { max_depth: 0 }));
    expect(e.messageId).toBe('learner.badParam');
    expect(e.message).toBe("The 'max_depth' parameter of gbdt must be an integer in [1, 64]; got 0");
    expect(e.localized('de')).toContain("Der Parameter 'max_depth' von gbdt muss");
    expect(caught(() => resolveParams('gbdt', schema, { max_depth: 2.5 })).params.got).toBe('2.5');
    expect(caught(() => resolveParams('gbdt', schema, { rate: 0 })).message).toContain('a number in (0, 1]; got 0');
    expect(caught(() => resolveParams('gbdt', schema, { power: 2 })).message).toContain('(1, 2)');
    expect(caught(() => resolveParams('gbdt', schema, { flag: 'yes' })).message).toContain("true or false; got 'yes'");
    expect(caught(() => resolveParams('gbdt', schema, { mode: 'c' })).message).toContain("one of 'a', 'b'; got 'c'");
    expect(caught(() => resolveParams('gbdt', schema, { mono: { age: 2 } })).message).toContain('{"age":2}');
    expect(caught(() => resolveParams('gbdt', schema, { rate: Number.NaN })).messageId).toBe('learner.badParam');
  });

  it('rejects unknown names and lists the known ones', () => {
    const e = caught(() => resolveParams('gbdt', schema, { max_dept: 3 }));
    expect(e.messageId).toBe('learner.unknownParam');
    expect(e.message).toContain("no parameter 'max_dept'");
    expect(e.message).toContain('max_depth, rate');
  });
});

describe('parseParam (CLI text)', () => {
  it('parses numbers, booleans, enums and feature maps, then validates', () => {
    expect(parseParam('gbdt', schema, 'max_depth', '12')).toBe(12);
    expect(parseParam('gbdt', schema, 'flag', 'false')).toBe(false);
    expect(parseParam('gbdt', schema, 'mode', 'b')).toBe('b');
    expect(parseParam('gbdt', schema, 'mono', 'balance:1, age:-1')).toEqual({ balance: 1, age: -1 });
    expect(caught(() => parseParam('gbdt', schema, 'max_depth', 'x')).message).toContain("got 'x'");
    expect(caught(() => parseParam('gbdt', schema, 'max_depth', '')).messageId).toBe('learner.badParam');
    expect(caught(() => parseParam('gbdt', schema, 'nope', '1')).messageId).toBe('learner.unknownParam');
  });
});

describe('the GBDT schema', () => {
  it('has valid defaults, descriptions and search ranges inside the bounds', () => {
    const d = defaultParams(gbdtSchema);
    expect(d.max_leaves).toBe(31);
    expect(d.objective).toBe('binary');
    for (const [name, spec] of Object.entries(gbdtSchema)) {
      expect(spec.description.length, name).toBeGreaterThan(10);
      if (spec.type !== 'feature-map') expect(isValidParam(spec, spec.default), name).toBe(true);
      if ('search' in spec && spec.search) {
        expect(isValidParam(spec, spec.search.min), name).toBe(true);
        expect(isValidParam(spec, spec.search.max), name).toBe(true);
      }
      expect(describeExpected(spec).length).toBeGreaterThan(3);
    }
  });
});
