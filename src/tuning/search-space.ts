/**
 * @module tuning/search-space
 * Search spaces derived from a learner's parameter schema (one definition of each parameter drives validation,
 * docs and search, as LightGBM's `config.h`). Every integer or number parameter with a `search` hint becomes a
 * dimension on its hinted range (log scale where hinted); enums and booleans join only when named in `include`;
 * `fixed` pins values (and removes their dimensions); `ranges` overrides hinted ranges.
 *
 * @example
 * ```ts
 * import { searchSpace } from './search-space.js';
 * const space = searchSpace(gbdtSchema, { include: ['growth'], fixed: { objective: 'binary', n_rounds: 500 } });
 * space.dimensions.map((d) => d.name); // ['learning_rate', 'growth', 'max_leaves', …]
 * space.fixed; // { objective: 'binary', n_rounds: 500 }
 * ```
 */
import type { ParamSchema, ParamSpec } from '../learners/params.js';
import { describeExpected, isValidParam } from '../learners/params.js';
import { ValidationError } from '../util/errors.js';

/** A numeric dimension (integers are searched as reals on [min − ½, max + ½] and rounded). */
export interface NumericDimension {
  readonly name: string;
  readonly type: 'int' | 'float';
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
}

/** A categorical dimension: one of a list of values. */
export interface ChoiceDimension {
  readonly name: string;
  readonly type: 'choice';
  readonly values: readonly (string | number | boolean)[];
}

/** One searched parameter. */
export type Dimension = NumericDimension | ChoiceDimension;

/** The dimensions searched plus the values held fixed in every proposal. */
export interface SearchSpace {
  readonly dimensions: readonly Dimension[];
  readonly fixed: Readonly<Record<string, unknown>>;
}

/** A numeric range override. */
export interface RangeOverride {
  readonly min: number;
  readonly max: number;
  readonly log?: boolean;
}

/** Options of {@link searchSpace}. */
export interface SearchSpaceOptions {
  /** Extra parameters to search: enums and booleans (all values), or numbers without a hint (with `ranges`). */
  readonly include?: readonly string[];
  /** Parameters never searched (even with a hint). */
  readonly exclude?: readonly string[];
  /** Values pinned in every proposal; their dimensions are removed. */
  readonly fixed?: Readonly<Record<string, unknown>>;
  /** Ranges replacing the schema's hints (also make an unhinted number searchable). */
  readonly ranges?: Readonly<Record<string, RangeOverride>>;
  /** The learner's name, for messages. */
  readonly learner?: string;
}

/**
 * Derive a search space from a parameter schema. Unknown names in any option, fixed values the schema
 * rejects, and ranges outside the parameter's bounds (or empty, or on a log scale through 0) throw a
 * `ValidationError`. Dimensions keep the schema's order.
 *
 * @example
 * ```ts
 * const s = searchSpace(linearSchema, { include: ['penalty'], fixed: { objective: 'binary' } });
 * s.dimensions; // [{ name: 'penalty', type: 'choice', values: ['none', 'l2', 'l1', 'elasticnet'] },
 * //               { name: 'alpha', type: 'float', min: 1e-6, max: 1, log: true }, { name: 'l1_ratio', … }]
 * ```
 */
export function searchSpace(schema: ParamSchema, options: SearchSpaceOptions = {}): SearchSpace {
  const learner = options.learner ?? 'learner';
  const include = new Set(options.include ?? []);
  const exclude = new Set(options.exclude ?? []);
  const fixedIn = options.fixed ?? {};
  const ranges = options.ranges ?? {};
  const known = Object.keys(schema).join(', ');
  const names = [...include, ...exclude, ...Object.keys(fixedIn), ...Object.keys(ranges)];
  for (const name of names) {
    if (!Object.hasOwn(schema, name))
      throw new ValidationError('learner.unknownParam', { learner, param: name, known });
  }
  const fixed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fixedIn)) {
    if (value === undefined) continue;
    const spec = schema[name] as ParamSpec;
    if (!isValidParam(spec, value)) {
      throw new ValidationError('learner.badParam', {
        learner,
        param: name,
        expected: describeExpected(spec),
        got: JSON.stringify(value) ?? String(value),
      });
    }
    fixed[name] = value;
  }
  const dimensions: Dimension[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    if (exclude.has(name) || Object.hasOwn(fixed, name)) continue;
    const dim = dimensionOf(learner, name, spec, include.has(name), ranges[name]);
    if (dim) dimensions.push(Object.freeze(dim));
  }
  return Object.freeze({ dimensions: Object.freeze(dimensions), fixed: Object.freeze(fixed) });
}

function dimensionOf(
  learner: string,
  name: string,
  spec: ParamSpec,
  included: boolean,
  range: RangeOverride | undefined,
): Dimension | undefined {
  switch (spec.type) {
    case 'boolean':
      return included ? { name, type: 'choice', values: Object.freeze([false, true]) } : undefined;
    case 'enum':
      return included ? { name, type: 'choice', values: Object.freeze([...spec.values]) } : undefined;
    case 'feature-map':
      if (included || range) throw badRange(learner, name, 'a number or integer parameter', 'a feature map');
      return undefined;
    case 'integer':
    case 'number': {
      const r = range ?? spec.search;
      if (!r) {
        if (included) throw badRange(learner, name, 'given in ranges (the schema has no search hint)', 'none');
        return undefined;
      }
      const type = spec.type === 'integer' ? 'int' : 'float';
      const log = r.log === true;
      const shown = `[${r.min}, ${r.max}]${log ? ' log' : ''}`;
      const inBounds =
        Number.isFinite(r.min) &&
        Number.isFinite(r.max) &&
        r.min < r.max &&
        isValidParam(spec, r.min) &&
        isValidParam(spec, r.max) &&
        (!log || r.min > 0);
      if (!inBounds) {
        const expected = `${describeExpected(spec)} with min < max${log ? ' and min > 0 on a log scale' : ''}`;
        throw badRange(learner, name, `a range within ${expected}`, shown);
      }
      return { name, type, min: r.min, max: r.max, log };
    }
  }
}

function badRange(learner: string, param: string, expected: string, got: string): ValidationError {
  return new ValidationError('tuning.badRange', { learner, param, expected, got });
}

/**
 * The schema's default for every dimension, moved into the searched range (rounded for integers), plus the
 * fixed values: a sensible first trial (as Optuna's `enqueue_trial` of the library defaults).
 *
 * @example
 * ```ts
 * const s = searchSpace(gbdtSchema, { fixed: { objective: 'binary' } });
 * defaultsInSpace(gbdtSchema, s); // { objective: 'binary', n_rounds: 100, learning_rate: 0.1, max_depth: 12, … }
 * ```
 */
export function defaultsInSpace(schema: ParamSchema, space: SearchSpace): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const dim of space.dimensions) {
    const spec = schema[dim.name];
    const def = spec && spec.type !== 'feature-map' ? spec.default : undefined;
    if (dim.type === 'choice') {
      out[dim.name] = dim.values.includes(def as string | number | boolean) ? def : dim.values[0];
    } else {
      const x =
        typeof def === 'number' && Number.isFinite(def)
          ? def
          : dim.log
            ? Math.sqrt(dim.min * dim.max)
            : (dim.min + dim.max) / 2;
      const clipped = Math.min(dim.max, Math.max(dim.min, x));
      out[dim.name] = dim.type === 'int' ? Math.round(clipped) : clipped;
    }
  }
  return Object.freeze({ ...out, ...space.fixed });
}
