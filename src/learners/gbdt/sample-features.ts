/**
 * @module learners/gbdt/sample-features
 * Column subsampling (`colsample_bytree`, `colsample_bynode`): a seeded draw of features without
 * replacement, returned in ascending order so split finding visits features in a fixed order.
 *
 * @example
 * ```ts
 * import { sampleFeatures } from './sample-features.js';
 * const k = sampleFeatures(usable, 0.5, rng, buffer); // buffer[0..k) holds the drawn features
 * ```
 */
import type { Rng } from '../../util/rng.js';

/**
 * Draw `max(1, round(fraction × n))` of the features into `out` (sorted); returns how many.
 *
 * @example
 * ```ts
 * const k = sampleFeatures(all, 0.5, rng, buffer);
 * ```
 */
export function sampleFeatures(features: Int32Array, fraction: number, rng: Rng, out: Int32Array): number {
  const n = features.length;
  const k = Math.max(1, Math.min(n, Math.round(fraction * n)));
  out.set(features);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  out.subarray(0, k).sort();
  return k;
}
