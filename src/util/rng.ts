/**
 * @module util/rng
 * A small, fast, seeded pseudo-random generator (xoshiro128**, seeded through splitmix32). Every random
 * process in leitwerk takes one, so runs are reproducible.
 *
 * @example
 * ```ts
 * import { createRng } from './rng.js';
 * const rng = createRng(42);
 * rng.next();      // uniform in [0, 1)
 * rng.int(10);     // integer in [0, 10)
 * ```
 */

/** A seeded random source. */
export interface Rng {
  /** Uniform double in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate (Box–Muller). */
  normal(): number;
  /** The state, to resume the same stream later. */
  state(): readonly [number, number, number, number];
}

/**
 * Create a generator from a seed (any 32-bit integer) or from a saved state.
 *
 * @example
 * ```ts
 * const a = createRng(7); const b = createRng(7);
 * a.next() === b.next(); // true
 * ```
 */
export function createRng(seed: number | readonly [number, number, number, number]): Rng {
  // self-contained (no module-level helpers), so its source text can run in a worker thread
  const splitmix32 = (start: number): (() => number) => {
    let s = start >>> 0;
    return () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
  };
  const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
  let a: number;
  let b: number;
  let c: number;
  let d: number;
  if (typeof seed === 'number') {
    const sm = splitmix32(seed);
    a = sm();
    b = sm();
    c = sm();
    d = sm();
  } else {
    [a, b, c, d] = seed;
  }
  if ((a | b | c | d) === 0) a = 1;
  let spare: number | undefined;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    return result;
  };
  const next = (): number => (nextU32() * 2 ** 21 + (nextU32() >>> 11)) / 2 ** 53;
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    normal: () => {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    state: () => [a, b, c, d] as const,
  };
}

/**
 * Fisher–Yates shuffle of the integers 0..n-1.
 *
 * @example
 * ```ts
 * permutation(5, createRng(1)); // e.g. Uint32Array [3, 0, 4, 1, 2]
 * ```
 */
export function permutation(n: number, rng: Rng): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}
