/**
 * @module tuning/successive-halving
 * Successive halving (Jamieson & Talwalkar 2016; the inner loop of Hyperband, Li et al. 2018) as a plan the
 * caller drives: run `configs` settings at `minResource`, keep the best 1/eta, multiply the resource by eta,
 * and so on; the last rung runs at exactly `maxResource`.
 *
 * Rung resources are minResource · eta^i for i < s and maxResource for i = s, where
 * s = ⌊log_eta(maxResource / minResource)⌋; with integer minResource and maxResource they are rounded.
 *
 * @example
 * ```ts
 * import { successiveHalving } from './successive-halving.js';
 * successiveHalving({ configs: 27, minResource: 10, maxResource: 270 }).rungs;
 * // [{ resource: 10, keep: 27 }, { resource: 30, keep: 9 }, { resource: 90, keep: 3 }, { resource: 270, keep: 1 }]
 * ```
 */
import { ValidationError } from '../util/errors.js';
import { checkInteger } from './sampler.js';

/** One rung: the resource its configurations run with and how many of them run there. */
export interface Rung {
  readonly resource: number;
  /** Configurations evaluated at this rung (the best ones of the rung before; all of them at rung 0). */
  readonly keep: number;
}

/** Options of {@link successiveHalving}. */
export interface SuccessiveHalvingOptions {
  /** Configurations started at the first rung. */
  readonly configs: number;
  /** Resource of the first rung (> 0). */
  readonly minResource: number;
  /** Resource of the last rung (≥ minResource). */
  readonly maxResource: number;
  /** Reduction factor (> 1; default 3). */
  readonly eta?: number;
}

/**
 * The rung resources from minResource to maxResource (see the module header).
 *
 * @example
 * ```ts
 * rungResources(1, 100, 3); // [1, 3, 9, 27, 100]
 * ```
 */
export function rungResources(minResource: number, maxResource: number, eta: number): number[] {
  if (!(Number.isFinite(minResource) && minResource > 0)) {
    throw new ValidationError('tuning.badOption', {
      option: 'minResource',
      expected: 'a number > 0',
      got: String(minResource),
    });
  }
  if (!(Number.isFinite(maxResource) && maxResource >= minResource)) {
    throw new ValidationError('tuning.badOption', {
      option: 'maxResource',
      expected: `a number ≥ minResource (${minResource})`,
      got: String(maxResource),
    });
  }
  if (!(Number.isFinite(eta) && eta > 1)) {
    throw new ValidationError('tuning.badOption', { option: 'eta', expected: 'a number > 1', got: String(eta) });
  }
  const s = Math.floor(Math.log(maxResource / minResource) / Math.log(eta) + 1e-9);
  const integral = Number.isInteger(minResource) && Number.isInteger(maxResource);
  const out: number[] = [];
  for (let i = 0; i < s; i++) {
    const r = minResource * eta ** i;
    out.push(integral ? Math.round(r) : r);
  }
  out.push(maxResource);
  return out;
}

/**
 * The plan of one successive-halving bracket: rung i runs max(1, ⌊configs / eta^i⌋) configurations (the best
 * of rung i − 1) at its resource.
 *
 * @example
 * ```ts
 * successiveHalving({ configs: 10, minResource: 50, maxResource: 2000, eta: 3 }).rungs;
 * // [{ resource: 50, keep: 10 }, { resource: 150, keep: 3 }, { resource: 450, keep: 1 }, { resource: 2000, keep: 1 }]
 * ```
 */
export function successiveHalving(options: SuccessiveHalvingOptions): { readonly rungs: readonly Rung[] } {
  const eta = options.eta ?? 3;
  checkInteger('configs', options.configs, 1);
  const resources = rungResources(options.minResource, options.maxResource, eta);
  const rungs = resources.map((resource, i) =>
    Object.freeze({ resource, keep: Math.max(1, Math.floor(options.configs / eta ** i + 1e-9)) }),
  );
  return Object.freeze({ rungs: Object.freeze(rungs) });
}
