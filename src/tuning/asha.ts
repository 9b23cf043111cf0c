/**
 * @module tuning/asha
 * Asynchronous successive halving (ASHA, Li et al. 2020, "A System for Massively Parallel Hyperparameter
 * Tuning"): whenever a worker is free, promote a configuration that is in the top 1/eta of its rung and not
 * yet promoted — looking from the highest rung down — or else start a new configuration at the lowest rung.
 * No rung waits for all its configurations, so workers never idle.
 *
 * The scheduler remembers the promotions it handed out (so a batch of calls before any result arrives never
 * promotes one trial twice); everything else comes from the results the caller passes in.
 *
 * @example
 * ```ts
 * import { createAsha } from './asha.js';
 * const asha = createAsha({ minResource: 50, maxResource: 1350, eta: 3 });
 * asha.next(results); // { promote: 4, resource: 150 } or null → start a new configuration at 50
 * ```
 */
import { rungResources } from './successive-halving.js';

/** A finished evaluation: trial id, the resource it ran with, its score (higher is better). */
export interface AshaResult {
  readonly id: number;
  readonly resource: number;
  readonly score: number;
}

/** A promotion: run trial `promote` again with `resource`. */
export interface AshaPromotion {
  readonly promote: number;
  readonly resource: number;
}

/** Options of {@link createAsha}. */
export interface AshaOptions {
  /** Resource of the lowest rung (> 0). */
  readonly minResource: number;
  /** Resource of the highest rung. */
  readonly maxResource: number;
  /** Reduction factor (> 1; default 3). */
  readonly eta?: number;
}

/** An ASHA scheduler. */
export interface Asha {
  /** The rung resources, lowest first (as {@link rungResources}). */
  readonly rungs: readonly number[];
  /**
   * The next promotion given all finished results (or null: start a new configuration at `rungs[0]`).
   * A returned promotion is remembered and not handed out again.
   */
  next(results: readonly AshaResult[]): AshaPromotion | null;
  /** The rung index of a resource: the highest rung whose resource it reaches (−1 below the first). */
  rungOf(resource: number): number;
}

/**
 * Create an ASHA scheduler. At rung k with n_k finished trials, the best ⌊n_k / eta⌋ (score descending, ties
 * by lower id; failed NaN/−∞ scores never) may move to rung k + 1; a trial counts as promoted once the
 * scheduler handed it out or a result of it exists at a higher rung.
 *
 * @example
 * ```ts
 * const asha = createAsha({ minResource: 1, maxResource: 9, eta: 3 });
 * asha.next([{ id: 0, resource: 1, score: 0.7 }, { id: 1, resource: 1, score: 0.8 }, { id: 2, resource: 1, score: 0.6 }]);
 * // { promote: 1, resource: 3 }
 * ```
 */
export function createAsha(options: AshaOptions): Asha {
  const eta = options.eta ?? 3;
  const rungs = Object.freeze(rungResources(options.minResource, options.maxResource, eta));
  const handedOut = rungs.map(() => new Set<number>());
  const rungOf = (resource: number): number => {
    let k = -1;
    for (let i = 0; i < rungs.length; i++) {
      const r = rungs[i] as number;
      if (resource >= r * (1 - 1e-9)) k = i;
    }
    return k;
  };
  return {
    rungs,
    rungOf,
    next(results) {
      const scores = rungs.map(() => new Map<number, number>());
      const highest = new Map<number, number>();
      for (const res of results) {
        const k = rungOf(res.resource);
        if (k < 0) continue;
        (scores[k] as Map<number, number>).set(res.id, res.score);
        highest.set(res.id, Math.max(k, highest.get(res.id) ?? -1));
      }
      for (let k = rungs.length - 2; k >= 0; k--) {
        const rung = [...(scores[k] as Map<number, number>).entries()].map(([id, s]) => ({
          id,
          s: Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s,
        }));
        rung.sort((a, b) => b.s - a.s || a.id - b.id);
        const top = rung.slice(0, Math.floor(rung.length / eta + 1e-9));
        const given = handedOut[k] as Set<number>;
        for (const { id, s } of top) {
          if (s === Number.NEGATIVE_INFINITY || given.has(id) || (highest.get(id) ?? -1) > k) continue;
          given.add(id);
          return Object.freeze({ promote: id, resource: rungs[k + 1] as number });
        }
      }
      return null;
    },
  };
}
