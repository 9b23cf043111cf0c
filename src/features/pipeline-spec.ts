/**
 * @module features/pipeline-spec
 * The settings of a preprocessing pipeline (what to do), separate from the fitted pipeline (what was learnt).
 * `resolveSpec` checks a spec and fills in the defaults, so a fitted pipeline stores every setting it used.
 *
 * @example
 * ```ts
 * import { resolveSpec } from './pipeline-spec.js';
 * resolveSpec({ features: ['age', 'job'], family: 'encoded', task: 'binary' }).maxOneHot; // 15
 * ```
 */
import { ValidationError } from '../util/errors.js';

/**
 * `native`: for trees (gbdt, forest, tree) — categories stay codes with labels, numbers as they are (NaN
 * missing), booleans 0/1, datetimes date parts. `encoded`: for linear models and MLPs — impute, one-hot or
 * target-encode, standardise.
 */
export type PipelineFamily = 'native' | 'encoded';

/** The learning task the pipeline prepares data for (decides target vs frequency encoding). */
export type PipelineTask = 'binary' | 'multiclass' | 'regression';

/** What a pipeline should do. Optional fields have defaults (see `DEFAULT_*`). */
export interface PipelineSpec {
  /** Input column names of the table, in output order. */
  readonly features: readonly string[];
  readonly family: PipelineFamily;
  /** Categorical columns with at most this many levels are one-hot encoded (default 15), others target-encoded. */
  readonly maxOneHot?: number;
  /** One-hot: levels with a smaller share of the training rows share one `(other)` column (default 0.01). */
  readonly minShare?: number;
  /** Target encoding: the m of the m-estimate that smooths a level's mean toward the global mean (default 10). */
  readonly smoothing?: number;
  /**
   * Encoded family, binary and regression: a numeric column with 3 to this many distinct training values also
   * gets a level encoding (its value's smoothed target mean) beside its standardised number (default 500; 0 turns
   * it off).
   */
  readonly maxLevels?: number;
  /**
   * Context columns (a subset of `features`, see `features/context-count`): when given, one more output holds the
   * number of training rows sharing the row's values of these columns (default none).
   */
  readonly context?: readonly string[];
  readonly task: PipelineTask;
}

/** A spec with every default filled in. */
export interface ResolvedPipelineSpec extends PipelineSpec {
  readonly maxOneHot: number;
  readonly minShare: number;
  readonly smoothing: number;
  readonly maxLevels: number;
  readonly context: readonly string[];
}

/** Default `maxOneHot`. */
export const DEFAULT_MAX_ONE_HOT = 15;
/** Default `minShare`. */
export const DEFAULT_MIN_SHARE = 0.01;
/** Default `smoothing` (m of the m-estimate). */
export const DEFAULT_SMOOTHING = 10;
/** Default `maxLevels`. */
export const DEFAULT_MAX_LEVELS = 500;

const FAMILIES: readonly PipelineFamily[] = ['native', 'encoded'];
const TASKS: readonly PipelineTask[] = ['binary', 'multiclass', 'regression'];

function invalid(name: string, expected: string, got: unknown): never {
  throw new ValidationError('option.invalid', { name, expected, got: describe(got) });
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v == null) return String(v);
  return Array.isArray(v) ? 'a list' : typeof v;
}

/**
 * Check a spec (from code or parsed JSON) and fill in the defaults. Throws `ValidationError('option.invalid')`
 * naming the field.
 *
 * @example
 * ```ts
 * resolveSpec({ features: ['tenure'], family: 'native', task: 'regression' }).smoothing; // 10
 * ```
 */
export function resolveSpec(spec: PipelineSpec): ResolvedPipelineSpec {
  if (typeof spec !== 'object' || spec === null) invalid('spec', 'an object', spec);
  const features: unknown = spec.features;
  if (!Array.isArray(features) || features.length === 0 || features.some((f) => typeof f !== 'string')) {
    invalid('features', 'a non-empty list of column names', features);
  }
  const names = features as string[];
  const dup = names.find((f, i) => names.indexOf(f) !== i);
  if (dup !== undefined) invalid('features', 'unique column names', `${dup} twice`);
  if (!FAMILIES.includes(spec.family)) invalid('family', FAMILIES.join(' or '), spec.family);
  if (!TASKS.includes(spec.task)) invalid('task', TASKS.join(', '), spec.task);
  const maxOneHot = spec.maxOneHot ?? DEFAULT_MAX_ONE_HOT;
  if (!Number.isInteger(maxOneHot) || maxOneHot < 0) invalid('maxOneHot', 'an integer ≥ 0', maxOneHot);
  const minShare = spec.minShare ?? DEFAULT_MIN_SHARE;
  if (typeof minShare !== 'number' || !(minShare >= 0 && minShare < 1))
    invalid('minShare', 'a number in [0, 1)', minShare);
  const smoothing = spec.smoothing ?? DEFAULT_SMOOTHING;
  if (typeof smoothing !== 'number' || !(smoothing >= 0 && Number.isFinite(smoothing))) {
    invalid('smoothing', 'a number ≥ 0', smoothing);
  }
  const maxLevels = spec.maxLevels ?? DEFAULT_MAX_LEVELS;
  if (!Number.isInteger(maxLevels) || maxLevels < 0) invalid('maxLevels', 'an integer ≥ 0', maxLevels);
  const context: unknown = spec.context ?? [];
  if (!Array.isArray(context) || context.some((c) => typeof c !== 'string' || !names.includes(c))) {
    invalid('context', 'a list of feature columns', context);
  }
  const contextNames = context as string[];
  if (new Set(contextNames).size !== contextNames.length) invalid('context', 'unique column names', 'a repeated name');
  return Object.freeze({
    features: Object.freeze([...names]),
    family: spec.family,
    maxOneHot,
    minShare,
    smoothing,
    maxLevels,
    context: Object.freeze([...contextNames]),
    task: spec.task,
  });
}
