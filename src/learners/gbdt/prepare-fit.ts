/**
 * @module learners/gbdt/prepare-fit
 * Everything checked and derived before boosting starts: the data and target checks every learner makes
 * (rows, features, category codes, target, weights), the target in the objective's terms (class codes,
 * non-negative counts), monotone constraints by feature name, and the bins found on (a sample of) the rows.
 *
 * @example
 * ```ts
 * import { prepareTarget, findFeatureBins } from './prepare-fit.js';
 * const { y, classes, classCount } = prepareTarget(params.objective, target, x.rowCount);
 * const bins = findFeatureBins(x, params, rng);
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import type { Rng } from '../../util/rng.js';
import type { FeatureMatrix } from '../feature-matrix.js';
import { type TargetInput, checkTarget, classTarget } from '../target.js';
import { type FeatureBins, findBins } from './bin-mapper.js';
import type { GbdtObjectiveName, GbdtParams } from './gbdt-params.js';

/** A target ready for an objective. */
export interface PreparedTarget {
  readonly y: Float64Array;
  readonly classes: readonly string[] | null;
  /** 2 for binary, K for multiclass, 0 for regression. */
  readonly classCount: number;
}

/**
 * Check the target for an objective: binary needs 0/1, multiclass codes 0..K-1 (both with two classes
 * present in training data); poisson and tweedie need values ≥ 0, not all 0 in training data.
 *
 * @example
 * ```ts
 * prepareTarget('binary', Float64Array.of(0, 1, 1), 3).classCount; // 2
 * ```
 */
export function prepareTarget(
  objective: GbdtObjectiveName,
  target: TargetInput,
  rowCount: number,
  training = true,
): PreparedTarget {
  if (objective === 'binary' || objective === 'multiclass') {
    const t = classTarget(target, 'gbdt', objective, {
      rowCount,
      exactClasses: objective === 'binary' ? 2 : undefined,
      requireTwoClasses: training,
    });
    if (objective === 'binary' && t.classCount !== 2) {
      throw new ValidationError('learner.badLabel', {
        learner: 'gbdt',
        objective,
        expected: 'two classes',
        got: `${t.classCount} classes`,
        row: 1,
      });
    }
    return { y: t.values, classes: t.classes, classCount: t.classCount };
  }
  const t = checkTarget(target, rowCount);
  if (objective === 'poisson' || objective === 'tweedie') {
    let positive = false;
    for (let i = 0; i < t.values.length; i++) {
      const v = t.values[i];
      if (v < 0) throw new ValidationError('learner.negativeTarget', { objective, got: v, row: i + 1 });
      if (v > 0) positive = true;
    }
    if (training && !positive && rowCount > 0) throw new ValidationError('learner.zeroTarget', { objective });
  }
  return { y: t.values, classes: null, classCount: 0 };
}

/**
 * Monotone constraints per feature index from the `monotone_constraints` map (names must exist and be numeric).
 *
 * @example
 * ```ts
 * monotoneVector({ balance: 1 }, x); // Int8Array [0, 1, 0, …]
 * ```
 */
export function monotoneVector(constraints: Readonly<Record<string, number>>, data: FeatureMatrix): Int8Array {
  const out = new Int8Array(data.names.length);
  for (const [name, direction] of Object.entries(constraints)) {
    const j = data.names.indexOf(name);
    if (j < 0) {
      throw new ValidationError('learner.paramFeature', {
        learner: 'gbdt',
        param: 'monotone_constraints',
        feature: name,
      });
    }
    if (direction !== 0 && data.categorical[j]) {
      throw new ValidationError('learner.monotoneCategorical', { feature: name });
    }
    out[j] = direction;
  }
  return out;
}

/**
 * Bins of every feature, found on at most `bin_sample_rows` rows drawn with the seed (weighted by the sample
 * weights for quantile binning).
 *
 * @example
 * ```ts
 * const bins = findFeatureBins(x, null, params, createRng(0));
 * ```
 */
export function findFeatureBins(
  data: FeatureMatrix,
  weights: Float64Array | null,
  params: GbdtParams,
  rng: Rng,
): FeatureBins[] {
  const n = data.rowCount;
  let sample: Uint32Array | null = null;
  if (n > params.bin_sample_rows) {
    // selection without replacement, kept in row order (reproducible for a seed)
    const k = params.bin_sample_rows;
    const chosen = new Uint8Array(n);
    let count = 0;
    while (count < k) {
      const i = rng.int(n);
      if (!chosen[i]) {
        chosen[i] = 1;
        count++;
      }
    }
    sample = new Uint32Array(k);
    for (let i = 0, m = 0; i < n; i++) if (chosen[i]) sample[m++] = i;
  }
  const gather = (values: Float64Array): Float64Array => {
    if (!sample) return values;
    const out = new Float64Array(sample.length);
    for (let i = 0; i < sample.length; i++) out[i] = values[sample[i]];
    return out;
  };
  const w = weights ? gather(weights) : null;
  return data.columns.map((col, f) => {
    let hasMissing = false;
    for (let i = 0; i < col.length && !hasMissing; i++) hasMissing = col[i] !== col[i];
    return findBins(gather(col), w, data.categorical[f] === true, params.max_bins, params.binning, hasMissing);
  });
}
