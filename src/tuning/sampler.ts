/**
 * @module tuning/sampler
 * The sampler contract shared by random search and TPE, and the helpers both use: the internal coordinate of
 * a numeric dimension (log for log dimensions; integers widened to [min − ½, max + ½] so that every integer
 * gets the same share, as Optuna does), uniform draws, and distinct proposals.
 *
 * @example
 * ```ts
 * import type { Sampler, Trial } from './sampler.js';
 * const history: Trial[] = [{ params: { learning_rate: 0.1 }, score: 0.91 }];
 * const [next] = sampler.suggest(history, 1);
 * ```
 */
import { ValidationError } from '../util/errors.js';
import type { Rng } from '../util/rng.js';
import { paramsKey } from './params-key.js';
import type { Dimension, NumericDimension, SearchSpace } from './search-space.js';

/** One finished trial. `score` is higher-is-better (negate losses); NaN or −∞ mark a failed trial. */
export interface Trial {
  readonly params: Readonly<Record<string, unknown>>;
  readonly score: number;
  /** The resource it ran with (boosting rounds, rows …) when trials run at several fidelities. */
  readonly resource?: number;
}

/** Proposes parameters to try next. */
export interface Sampler {
  /**
   * Propose `count` parameter sets (fixed values included), distinct from each other, from the history and
   * from `pending` (proposals still running) while the space allows. Deterministic: the n-th call of a sampler
   * with the same seed, history and pending returns the same proposals.
   */
  suggest(
    history: readonly Trial[],
    count: number,
    pending?: readonly Readonly<Record<string, unknown>>[],
  ): Readonly<Record<string, unknown>>[];
}

/**
 * Internal bounds of a numeric dimension: log scale for log dimensions, integers widened by ½ on each side.
 *
 * @example
 * ```ts
 * internalBounds({ name: 'd', type: 'int', min: 1, max: 9, log: false }); // [0.5, 9.5]
 * ```
 */
export function internalBounds(dim: NumericDimension): readonly [number, number] {
  const lo = dim.type === 'int' ? dim.min - 0.5 : dim.min;
  const hi = dim.type === 'int' ? dim.max + 0.5 : dim.max;
  return dim.log ? [Math.log(lo), Math.log(hi)] : [lo, hi];
}

/**
 * The internal coordinate of a value (undefined when it is not a finite number).
 *
 * @example
 * ```ts
 * toInternal({ name: 'lr', type: 'float', min: 0.01, max: 1, log: true }, 0.1); // Math.log(0.1)
 * ```
 */
export function toInternal(dim: NumericDimension, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const [lo, hi] = internalBounds(dim);
  const x = dim.log ? (value > 0 ? Math.log(value) : lo) : value;
  return Math.min(hi, Math.max(lo, x));
}

/**
 * The value of an internal coordinate: back from log scale, rounded for integers, kept within [min, max].
 *
 * @example
 * ```ts
 * fromInternal({ name: 'd', type: 'int', min: 1, max: 9, log: false }, 9.4); // 9
 * ```
 */
export function fromInternal(dim: NumericDimension, x: number): number {
  const v = dim.log ? Math.exp(x) : x;
  const r = dim.type === 'int' ? Math.round(v) : v;
  return Math.min(dim.max, Math.max(dim.min, r));
}

/**
 * A uniform draw of one dimension (uniform on the log scale for log dimensions).
 *
 * @example
 * ```ts
 * sampleUniform({ name: 'penalty', type: 'choice', values: ['l1', 'l2'] }, createRng(1)); // 'l1' or 'l2'
 * ```
 */
export function sampleUniform(dim: Dimension, rng: Rng): string | number | boolean {
  if (dim.type === 'choice') return dim.values[rng.int(dim.values.length)] as string | number | boolean;
  const [lo, hi] = internalBounds(dim);
  return fromInternal(dim, lo + rng.next() * (hi - lo));
}

/**
 * The key of the searched part of some parameters (only the space's dimensions), for duplicate checks.
 *
 * @example
 * ```ts
 * searchedKey(space, { ...space.fixed, learning_rate: 0.1 });
 * ```
 */
export function searchedKey(space: SearchSpace, params: Readonly<Record<string, unknown>>): string {
  const out: Record<string, unknown> = {};
  for (const d of space.dimensions) out[d.name] = params[d.name];
  return paramsKey(out);
}

/**
 * A seed for the n-th call of a sampler (splitmix-style mixing of seed and call number).
 *
 * @example
 * ```ts
 * callSeed(42, 0) !== callSeed(42, 1); // true
 * ```
 */
export function callSeed(seed: number, call: number): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(call + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Tries before a proposal that repeats an earlier one is accepted (the space may be exhausted). */
export const DISTINCT_TRIES = 32;

/**
 * Draw with `draw` until the searched values are new (not in `seen`), at most {@link DISTINCT_TRIES} times
 * (then the first draw is kept: the space may be exhausted); the accepted proposal's key is added to `seen`
 * and fixed values are merged in.
 *
 * @example
 * ```ts
 * const seen = new Set<string>();
 * const p = drawDistinct(space, seen, () => randomPoint(space, rng));
 * ```
 */
export function drawDistinct(
  space: SearchSpace,
  seen: Set<string>,
  draw: (attempt: number) => Record<string, unknown>,
): Readonly<Record<string, unknown>> {
  const first = draw(0);
  let point = first;
  for (let attempt = 1; seen.has(searchedKey(space, point)); attempt++) {
    if (attempt === DISTINCT_TRIES) {
      point = first;
      break;
    }
    point = draw(attempt);
  }
  seen.add(searchedKey(space, point));
  return Object.freeze({ ...point, ...space.fixed });
}

/**
 * The keys of the searched values of the history and of pending proposals.
 *
 * @example
 * ```ts
 * const seen = seenKeys(space, history, pending);
 * ```
 */
export function seenKeys(
  space: SearchSpace,
  history: readonly Trial[],
  pending: readonly Readonly<Record<string, unknown>>[],
): Set<string> {
  const seen = new Set<string>();
  for (const t of history) seen.add(searchedKey(space, t.params));
  for (const p of pending) seen.add(searchedKey(space, p));
  return seen;
}

/**
 * A point drawn uniformly from every dimension (fixed values not included).
 *
 * @example
 * ```ts
 * randomPoint(space, createRng(3)); // { learning_rate: 0.042, max_leaves: 57, … }
 * ```
 */
export function randomPoint(space: SearchSpace, rng: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of space.dimensions) out[d.name] = sampleUniform(d, rng);
  return out;
}

/**
 * Check a tuning option that must be a whole number at least `min` (a `ValidationError` otherwise).
 *
 * @example
 * ```ts
 * checkInteger('count', 3, 0); // passes
 * ```
 */
export function checkInteger(option: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new ValidationError('tuning.badOption', { option, expected: `an integer ≥ ${min}`, got: String(value) });
  }
}
