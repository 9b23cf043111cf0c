/**
 * @module test/learners/support/toy-data
 * TEST-ONLY: small deterministic datasets for the learner tests — three numeric features (x1 with missing
 * values), one categorical feature (codes 0..4, some missing) and a target for each task, all from a seeded
 * generator.
 *
 * @example
 * ```ts
 * const { x, y } = toyData('binary', 400, 1);
 * ```
 */
import type { Task } from '../../../src/learners/learner.js';
import { type FeatureMatrix, createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { createRng } from '../../../src/util/rng.js';

/** Kinds of toy targets. */
export type ToyKind = Task | 'count' | 'positive';

/**
 * A toy dataset: features x0, x1 (10 % missing), x2 (noise), cat (codes 0..4, 5 % missing).
 *
 * @example
 * ```ts
 * toyData('regression', 300, 2).y.length; // 300
 * ```
 */
export function toyData(kind: ToyKind, n: number, seed: number): { x: FeatureMatrix; y: Float64Array } {
  const rng = createRng(seed);
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const cat = new Float64Array(n);
  const y = new Float64Array(n);
  const effect = [0, 1.2, -0.8, 0.6, -1.5];
  for (let i = 0; i < n; i++) {
    x0[i] = rng.normal();
    x1[i] = rng.next() < 0.1 ? Number.NaN : rng.next() * 4 - 2;
    x2[i] = rng.normal();
    cat[i] = rng.next() < 0.05 ? Number.NaN : rng.int(5);
    const c = cat[i] === cat[i] ? effect[cat[i]] : 0.3;
    const s = 1.5 * x0[i] + (x1[i] === x1[i] ? Math.sin(x1[i] * 1.5) : 1) + c;
    const noise = rng.normal() * 0.5;
    switch (kind) {
      case 'binary':
        y[i] = s + noise > 0.2 ? 1 : 0;
        break;
      case 'multiclass':
        y[i] = s + noise < -0.5 ? 0 : s + noise < 1 ? 1 : 2;
        break;
      case 'regression':
        y[i] = 3 * s + noise;
        break;
      case 'count': {
        const lambda = Math.exp(0.5 * s);
        let k = 0;
        let p = Math.exp(-lambda);
        let cdf = p;
        const u = rng.next();
        while (u > cdf && k < 100) {
          k++;
          p *= lambda / k;
          cdf += p;
        }
        y[i] = k;
        break;
      }
      case 'positive':
        y[i] = rng.next() < 0.3 ? 0 : Math.exp(0.5 * s + noise);
        break;
    }
  }
  const x = createFeatureMatrix(['x0', 'x1', 'x2', 'cat'], [x0, x1, x2, cat], {
    categorical: [false, false, false, true],
    categories: [null, null, null, ['a', 'b', 'c', 'd', 'e']],
  });
  return { x, y };
}

/**
 * The kind of toy target a learner variant needs.
 *
 * @example
 * ```ts
 * toyKindFor('regression', { objective: 'poisson' }); // 'count'
 * ```
 */
export function toyKindFor(task: Task, settings: Readonly<Record<string, unknown>>): ToyKind {
  if (task !== 'regression') return task;
  if (settings.objective === 'poisson') return 'count';
  if (settings.objective === 'tweedie') return 'positive';
  return 'regression';
}
