/**
 * @module explain/mean-abs-shap
 * The global view of SHAP values: the mean absolute contribution of each feature over the explained rows
 * (averaged over the outputs of a multiclass model unless one is chosen), largest first.
 *
 * @example
 * ```ts
 * import { meanAbsShap } from './mean-abs-shap.js';
 * meanAbsShap(shap).slice(0, 5); // [{ feature: 'duration', index: 3, value: 0.82 }, …]
 * ```
 */
import type { ShapValues } from './shap-values.js';

/** One feature's global score. */
export interface FeatureScore {
  readonly feature: string;
  /** Position in `shap.features`. */
  readonly index: number;
  readonly value: number;
}

/**
 * Mean |SHAP| per feature, sorted from largest to smallest (ties by feature order).
 *
 * @example
 * ```ts
 * meanAbsShap(shap, { output: 2 })[0].feature; // most influential feature for class 2
 * ```
 */
export function meanAbsShap(shap: ShapValues, options: { readonly output?: number } = {}): FeatureScore[] {
  const F = shap.features.length;
  const K = shap.outputs;
  const sums = new Float64Array(F);
  const outputs = options.output === undefined ? Array.from({ length: K }, (_, o) => o) : [options.output];
  for (let i = 0; i < shap.rowCount; i++) {
    for (const o of outputs) {
      const at = (i * K + o) * F;
      for (let f = 0; f < F; f++) sums[f] += Math.abs(shap.values[at + f]);
    }
  }
  const denom = Math.max(1, shap.rowCount * outputs.length);
  return shap.features
    .map((feature, index) => ({ feature, index, value: sums[index] / denom }))
    .sort((a, b) => b.value - a.value || a.index - b.index);
}
