/**
 * Synthetic objectives for sampler tests: Branin (2 dims, three global minima of 0.397887) and a shifted
 * quadratic over a log, an integer, a float and a choice dimension (minimum 0). Both are losses (lower is
 * better); samplers maximise the negated value.
 */
import type { Sampler, Trial } from '../../src/tuning/sampler.js';
import type { SearchSpace } from '../../src/tuning/search-space.js';

export const braninSpace: SearchSpace = {
  dimensions: [
    { name: 'x', type: 'float', min: -5, max: 10, log: false },
    { name: 'y', type: 'float', min: 0, max: 15, log: false },
  ],
  fixed: {},
};

export function branin(p: Readonly<Record<string, unknown>>): number {
  const x = p.x as number;
  const y = p.y as number;
  const b = 5.1 / (4 * Math.PI ** 2);
  const c = 5 / Math.PI;
  const t = 1 / (8 * Math.PI);
  return (y - b * x * x + c * x - 6) ** 2 + 10 * (1 - t) * Math.cos(x) + 10;
}

export const mixedSpace: SearchSpace = {
  dimensions: [
    { name: 'lr', type: 'float', min: 1e-4, max: 1, log: true },
    { name: 'depth', type: 'int', min: 1, max: 20, log: false },
    { name: 'u', type: 'float', min: 0, max: 1, log: false },
    { name: 'kind', type: 'choice', values: ['a', 'b', 'c'] },
  ],
  fixed: { objective: 'binary' },
};

export function mixed(p: Readonly<Record<string, unknown>>): number {
  return (
    (Math.log10(p.lr as number) + 2.3) ** 2 +
    ((p.depth as number) - 13) ** 2 / 25 +
    4 * ((p.u as number) - 0.7) ** 2 +
    (p.kind === 'b' ? 0 : 0.5)
  );
}

/** Run a sampler for `trials` evaluations in batches; returns the history and the best (lowest) loss. */
export function runSearch(
  sampler: Sampler,
  loss: (p: Readonly<Record<string, unknown>>) => number,
  trials: number,
  batch = 1,
): { history: Trial[]; best: number } {
  const history: Trial[] = [];
  let best = Number.POSITIVE_INFINITY;
  while (history.length < trials) {
    for (const params of sampler.suggest(history, Math.min(batch, trials - history.length))) {
      const v = loss(params);
      best = Math.min(best, v);
      history.push({ params, score: -v });
    }
  }
  return { history, best };
}
