/**
 * @module tuning/random-sampler
 * Random search (Bergstra & Bengio 2012): every dimension drawn uniformly (on the log scale where asked),
 * repeats of earlier or pending proposals avoided while the space allows. The baseline TPE must beat.
 *
 * @example
 * ```ts
 * import { createRandomSampler } from './random-sampler.js';
 * const sampler = createRandomSampler(space, { seed: 7 });
 * sampler.suggest([], 4); // four distinct proposals
 * ```
 */
import { createRng } from '../util/rng.js';
import { callSeed, checkInteger, drawDistinct, randomPoint, type Sampler, seenKeys } from './sampler.js';
import type { SearchSpace } from './search-space.js';

/** Options of {@link createRandomSampler}. */
export interface RandomSamplerOptions {
  /** Seed of the draws (default 0). */
  readonly seed?: number;
}

/**
 * A random-search sampler. The n-th call draws from a generator seeded by (seed, n), so a run replays exactly.
 *
 * @example
 * ```ts
 * const s = createRandomSampler(searchSpace(gbdtSchema), { seed: 1 });
 * const [a, b] = s.suggest([], 2);
 * ```
 */
export function createRandomSampler(space: SearchSpace, options: RandomSamplerOptions = {}): Sampler {
  const seed = options.seed ?? 0;
  let calls = 0;
  return {
    suggest(history, count, pending = []) {
      checkInteger('count', count, 0);
      const rng = createRng(callSeed(seed, calls++));
      const seen = seenKeys(space, history, pending);
      const out: Readonly<Record<string, unknown>>[] = [];
      for (let i = 0; i < count; i++) out.push(drawDistinct(space, seen, () => randomPoint(space, rng)));
      return out;
    },
  };
}
