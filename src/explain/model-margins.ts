/**
 * @module explain/model-margins
 * The margin of any registered learner's fitted model — the scale every SHAP estimator explains: raw scores
 * (log-odds, class scores, link-scale values) for GBDT, linear models and MLPs (an MLP regressor's value on
 * the target scale), the averaged class-1 share / class shares / value for forests and single trees. Row-major
 * `rowCount × outputs`.
 *
 * @example
 * ```ts
 * import { marginFunction, marginOutputs } from './model-margins.js';
 * const f = marginFunction(model); // (x) => Float64Array
 * f(x).length === x.rowCount * marginOutputs(model); // true
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import { predictForest, predictProbaForest } from '../learners/forest/forest-model.js';
import type { ForestModel } from '../learners/forest/forest-model.js';
import { type GbdtModel, predictRawGbdt } from '../learners/gbdt/gbdt-model.js';
import type { FittedModel } from '../learners/learner.js';
import { type LinearModel, predictRawLinear } from '../learners/linear/linear-model.js';
import { type MlpModel, predictRawMlp } from '../learners/mlp/mlp-model.js';
import { predictProbaTree, predictTree, type TreeModel } from '../learners/tree/tree-model.js';
import { ValidationError } from '../util/errors.js';

/** A function from a feature matrix to margins, row-major `rowCount × outputs`. */
export type MarginFunction = (x: FeatureMatrix) => Float64Array;

/** Kinds `marginFunction` knows. */
export const EXPLAINABLE_KINDS = ['gbdt', 'random_forest', 'decision_tree', 'linear', 'mlp'] as const;

/**
 * Scores per row in margin space: 1, or the class count for multiclass models.
 *
 * @example
 * ```ts
 * marginOutputs(binaryModel); // 1
 * ```
 */
export function marginOutputs(model: FittedModel): number {
  return model.task === 'multiclass' ? model.classCount : 1;
}

function classOne(p: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = p[2 * i + 1];
  return out;
}

/**
 * The margin function of a fitted model.
 *
 * @throws ValidationError `explain.unsupportedModel` for an unknown kind.
 * @example
 * ```ts
 * marginFunction(gbdtModel)(x)[0]; // log-odds of row 0
 * ```
 */
export function marginFunction(model: FittedModel): MarginFunction {
  switch (model.kind) {
    case 'gbdt':
      return (x) => predictRawGbdt(model as GbdtModel, x);
    case 'linear':
      return (x) => predictRawLinear(model as LinearModel, x);
    case 'mlp': {
      const m = model as MlpModel;
      return (x) => {
        const raw = Float64Array.from(predictRawMlp(m, x));
        if (m.task === 'regression')
          for (let i = 0; i < raw.length; i++) raw[i] = raw[i] * m.targetScale + m.targetMean;
        return raw;
      };
    }
    case 'random_forest': {
      const m = model as ForestModel;
      if (m.task === 'regression') return (x) => predictForest(m, x);
      if (m.task === 'binary') return (x) => classOne(predictProbaForest(m, x), x.rowCount);
      return (x) => predictProbaForest(m, x);
    }
    case 'decision_tree': {
      const m = model as TreeModel;
      if (m.task === 'regression') return (x) => predictTree(m, x);
      if (m.task === 'binary') return (x) => classOne(predictProbaTree(m, x), x.rowCount);
      return (x) => predictProbaTree(m, x);
    }
    default:
      throw new ValidationError('explain.unsupportedModel', {
        kind: model.kind,
        expected: EXPLAINABLE_KINDS.join(', '),
      });
  }
}
