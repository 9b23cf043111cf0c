/**
 * @module learners/gbdt/gbdt-importance
 * Feature importances of a fitted GBDT: total gain (loss reduction) of the splits on each feature, and how
 * many splits use it (LightGBM's `importance_type` "gain" and "split").
 *
 * @example
 * ```ts
 * import { gbdtImportance } from './gbdt-importance.js';
 * gbdtImportance(model).sort((a, b) => b.gain - a.gain)[0].feature; // e.g. 'duration'
 * ```
 */
import type { GbdtModel } from './gbdt-model.js';

/** Importance of one feature. */
export interface FeatureImportance {
  readonly feature: string;
  /** Sum of split gains. */
  readonly gain: number;
  /** Number of splits. */
  readonly splits: number;
}

/**
 * Gain and split importances, in the model's feature order.
 *
 * @example
 * ```ts
 * gbdtImportance(model)[0]; // { feature: 'age', gain: 812.4, splits: 97 }
 * ```
 */
export function gbdtImportance(model: GbdtModel): FeatureImportance[] {
  const gain = new Float64Array(model.features.length);
  const splits = new Float64Array(model.features.length);
  for (const tree of model.trees) {
    for (let i = 0; i < tree.feature.length; i++) {
      gain[tree.feature[i]] += tree.gain[i];
      splits[tree.feature[i]] += 1;
    }
  }
  return model.features.map((f, j) => Object.freeze({ feature: f.name, gain: gain[j], splits: splits[j] }));
}
