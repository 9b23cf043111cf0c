/**
 * @module learners/params
 * Parameter schemas: every learner defines its settings once, as one typed object of specs with defaults,
 * bounds and descriptions (as LightGBM's `config.h` drives its generated parameter docs). Validation, CLI
 * flags, search spaces and docs are all derived from it. `resolveParams` checks settings against a schema and
 * fills in defaults; errors say what was expected and what came (sklearn's `_param_validation` style).
 *
 * @example
 * ```ts
 * import { resolveParams, type ParamSchema } from './params.js';
 * const schema = {
 *   max_depth: { type: 'integer', default: 6, min: 1, max: 64, description: 'Deepest level of a tree.' },
 * } as const satisfies ParamSchema;
 * resolveParams('gbdt', schema, { max_depth: 8 }); // { max_depth: 8 }
 * resolveParams('gbdt', schema, { max_depth: 0 });
 * // ValidationError: The 'max_depth' parameter of gbdt must be an integer in [1, 64]; got 0
 * ```
 */
import { ValidationError } from '../util/errors.js';

/** Range hints for hyper-parameter search (a sub-range of the valid bounds, optionally on a log scale). */
export interface SearchHint {
  readonly min: number;
  readonly max: number;
  readonly log?: boolean;
}

/** A whole number within inclusive bounds. */
export interface IntegerParam {
  readonly type: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: string;
  readonly search?: SearchHint;
}

/** A real number within bounds; each bound inclusive unless marked exclusive. */
export interface NumberParam {
  readonly type: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  readonly description: string;
  readonly search?: SearchHint;
}

/** true or false. */
export interface BooleanParam {
  readonly type: 'boolean';
  readonly default: boolean;
  readonly description: string;
}

/** One of a fixed list of names. */
export interface EnumParam<V extends string = string> {
  readonly type: 'enum';
  readonly values: readonly V[];
  readonly default: V;
  readonly description: string;
}

/** A map from feature name to an integer in bounds (e.g. monotone constraints `{ balance: 1 }`). */
export interface FeatureMapParam {
  readonly type: 'feature-map';
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

/** Any parameter spec. */
export type ParamSpec = IntegerParam | NumberParam | BooleanParam | EnumParam | FeatureMapParam;

/** A learner's parameter schema: parameter name → spec. */
export type ParamSchema = Readonly<Record<string, ParamSpec>>;

/** The TypeScript type of one parameter's value. */
export type ParamValue<S extends ParamSpec> = S extends IntegerParam | NumberParam
  ? number
  : S extends BooleanParam
    ? boolean
    : S extends EnumParam<infer V>
      ? V
      : S extends FeatureMapParam
        ? Readonly<Record<string, number>>
        : never;

/**
 * The resolved settings type of a schema (every parameter present).
 *
 * @example
 * ```ts
 * type GbdtParams = ParamsOf<typeof gbdtSchema>;
 * ```
 */
export type ParamsOf<S extends ParamSchema> = { readonly [K in keyof S]: ParamValue<S[K]> };

/** Settings as a caller gives them: any subset of the parameters. */
export type SettingsOf<S extends ParamSchema> = Partial<ParamsOf<S>>;

/**
 * The allowed values of a spec in words, as used in messages and docs: `an integer in [1, 64]`.
 *
 * @example
 * ```ts
 * describeExpected({ type: 'number', default: 0.1, min: 0, max: 1, exclusiveMin: true, description: '' });
 * // 'a number in (0, 1]'
 * ```
 */
export function describeExpected(spec: ParamSpec): string {
  switch (spec.type) {
    case 'integer':
      return `an integer in [${bound(spec.min)}, ${bound(spec.max)}]`;
    case 'number':
      return `a number in ${spec.exclusiveMin ? '(' : '['}${bound(spec.min)}, ${bound(spec.max)}${spec.exclusiveMax ? ')' : ']'}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${spec.values.map((v) => `'${v}'`).join(', ')}`;
    case 'feature-map':
      return `an object of feature name → integer in [${bound(spec.min)}, ${bound(spec.max)}]`;
  }
}

function bound(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return 'inf';
  if (x === Number.NEGATIVE_INFINITY) return '-inf';
  return String(x);
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Whether a value is allowed by a spec (exact type, within bounds).
 *
 * @example
 * ```ts
 * isValidParam({ type: 'integer', default: 1, min: 1, max: 9, description: '' }, 3); // true
 * ```
 */
export function isValidParam(spec: ParamSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max;
    case 'number':
      return (
        typeof value === 'number' &&
        !Number.isNaN(value) &&
        (spec.exclusiveMin ? value > spec.min : value >= spec.min) &&
        (spec.exclusiveMax ? value < spec.max : value <= spec.max)
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && (spec.values as readonly string[]).includes(value);
    case 'feature-map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      for (const v of Object.values(value)) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < spec.min || v > spec.max) return false;
      }
      return true;
    }
  }
}

/**
 * The default value of a spec (a fresh empty object for feature maps).
 *
 * @example
 * ```ts
 * defaultValue({ type: 'boolean', default: true, description: '' }); // true
 * ```
 */
export function defaultValue(spec: ParamSpec): unknown {
  return spec.type === 'feature-map' ? Object.freeze({}) : spec.default;
}

/**
 * Check settings against a schema and fill in defaults. Unknown names and values of the wrong type or out of
 * bounds throw a `ValidationError` (`learner.badParam`, `learner.unknownParam`). `undefined` means "default".
 * The result is frozen.
 *
 * @example
 * ```ts
 * const p = resolveParams('gbdt', gbdtSchema, { learning_rate: 0.05 });
 * p.learning_rate; // 0.05
 * ```
 */
export function resolveParams<S extends ParamSchema>(
  learner: string,
  schema: S,
  settings: Readonly<Record<string, unknown>> = {},
): ParamsOf<S> {
  for (const name of Object.keys(settings)) {
    if (!Object.hasOwn(schema, name)) {
      throw new ValidationError('learner.unknownParam', {
        learner,
        param: name,
        known: Object.keys(schema).join(', '),
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const given = settings[name];
    if (given === undefined) {
      out[name] = defaultValue(spec);
      continue;
    }
    if (!isValidParam(spec, given)) {
      throw new ValidationError('learner.badParam', {
        learner,
        param: name,
        expected: describeExpected(spec),
        got: show(given),
      });
    }
    out[name] = spec.type === 'feature-map' ? Object.freeze({ ...(given as object) }) : given;
  }
  return Object.freeze(out) as ParamsOf<S>;
}

/**
 * Parse one parameter from text (a CLI flag or a query string) and validate it.
 *
 * @example
 * ```ts
 * parseParam('gbdt', gbdtSchema, 'max_leaves', '63'); // 63
 * parseParam('gbdt', gbdtSchema, 'monotone_constraints', 'balance:1,age:-1'); // { balance: 1, age: -1 }
 * ```
 */
export function parseParam(learner: string, schema: ParamSchema, name: string, text: string): unknown {
  const spec = schema[name];
  if (!spec) {
    throw new ValidationError('learner.unknownParam', { learner, param: name, known: Object.keys(schema).join(', ') });
  }
  let value: unknown = text;
  const t = text.trim();
  if (spec.type === 'integer' || spec.type === 'number') {
    value = t === '' ? Number.NaN : Number(t);
  } else if (spec.type === 'boolean') {
    value = t === 'true' ? true : t === 'false' ? false : text;
  } else if (spec.type === 'feature-map') {
    const map: Record<string, number> = {};
    for (const part of t.split(',').filter((p) => p.trim() !== '')) {
      const at = part.lastIndexOf(':');
      map[part.slice(0, at).trim()] = at < 0 ? Number.NaN : Number(part.slice(at + 1));
    }
    value = map;
  }
  if (!isValidParam(spec, value)) {
    throw new ValidationError('learner.badParam', {
      learner,
      param: name,
      expected: describeExpected(spec),
      got: show(text),
    });
  }
  return value;
}

/**
 * The defaults of a schema as one frozen object.
 *
 * @example
 * ```ts
 * defaultParams(gbdtSchema).max_leaves; // 31
 * ```
 */
export function defaultParams<S extends ParamSchema>(schema: S): ParamsOf<S> {
  return resolveParams('defaults', schema, {});
}
