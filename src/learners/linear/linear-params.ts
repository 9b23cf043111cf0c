/**
 * @module learners/linear/linear-params
 * The parameter schema of the linear learner (logistic regression, binary and multinomial, and least-squares
 * regression with L2 / L1 / elastic-net penalties): the single source of its defaults, bounds and
 * descriptions.
 *
 * One penalty convention for every objective (scikit-learn's `ElasticNet`/`SGD` one): the fit minimises
 *
 *     (1/W)·Σ wᵢ·lossᵢ + alpha·( l1_ratio·‖β‖₁ + (1 − l1_ratio)/2·‖β‖² )
 *
 * with W = Σ wᵢ (the weights after `class_weight`), lossᵢ = ½(yᵢ − ηᵢ)² for `squared_error` and the log loss
 * for `binary` / `multiclass`; the intercept is never penalised; β are the coefficients of the standardised
 * columns when `standardize` is on. `penalty` fixes l1_ratio: l2 → 0, l1 → 1, none → alpha = 0.
 * Mapping to scikit-learn: `LogisticRegression(C)` ⇔ alpha = 1 / (C·W); `Ridge(alpha=a)` ⇔ alpha = a / n;
 * `Lasso(alpha)` and `ElasticNet(alpha, l1_ratio)` ⇔ the same alpha and l1_ratio.
 * Without a penalty the coefficients are unique only when the model columns are not collinear: all one-hot
 * levels are kept, so with an intercept (or for multiclass) use a penalty when the coefficients are to be read.
 *
 * @example
 * ```ts
 * import { linearSchema } from './linear-params.js';
 * import { resolveParams } from '../params.js';
 * const p = resolveParams('linear', linearSchema, { objective: 'squared_error', penalty: 'l1', alpha: 0.1 });
 * ```
 */
import type { ParamSchema, ParamsOf } from '../params.js';

/**
 * The objectives of the linear learner.
 *
 * @example
 * ```ts
 * LINEAR_OBJECTIVES.includes('multiclass'); // true
 * ```
 */
export const LINEAR_OBJECTIVES = ['binary', 'multiclass', 'squared_error'] as const;

/** One linear objective. */
export type LinearObjectiveName = (typeof LINEAR_OBJECTIVES)[number];

/**
 * The linear learner's parameter schema.
 *
 * @example
 * ```ts
 * linearSchema.penalty.default; // 'l2'
 * ```
 */
export const linearSchema = {
  objective: {
    type: 'enum',
    values: LINEAR_OBJECTIVES,
    default: 'binary',
    description:
      'binary = logistic regression, multiclass = multinomial (softmax) logistic regression, squared_error = linear regression.',
  },
  penalty: {
    type: 'enum',
    values: ['none', 'l2', 'l1', 'elasticnet'],
    default: 'l2',
    description: 'Penalty on the coefficients (never on the intercept): none, l2 (ridge), l1 (lasso) or elasticnet.',
  },
  alpha: {
    type: 'number',
    default: 1e-4,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description:
      'Penalty strength on the mean-loss scale: sklearn LogisticRegression C = 1/(alpha·Σw); Ridge alpha = alpha·n; Lasso/ElasticNet alpha = alpha.',
    search: { min: 1e-6, max: 1, log: true },
  },
  l1_ratio: {
    type: 'number',
    default: 0.5,
    min: 0,
    max: 1,
    description: 'Share of the L1 part in the elasticnet penalty (1 = lasso, 0 = ridge); used by elasticnet only.',
    search: { min: 0.05, max: 0.95 },
  },
  fit_intercept: {
    type: 'boolean',
    default: true,
    description: 'Fit an (unpenalised) intercept per output.',
  },
  standardize: {
    type: 'boolean',
    default: true,
    description:
      'Centre and scale every model column (numeric and one-hot) by its weighted mean and population standard deviation from the training rows before fitting; the scaling is stored and applied at prediction.',
  },
  missing_indicator: {
    type: 'boolean',
    default: false,
    description:
      'Add a 0/1 column "<feature>=(missing)" for each numeric feature with missing training values (the value itself is mean-imputed either way).',
  },
  class_weight: {
    type: 'enum',
    values: ['none', 'balanced'],
    default: 'none',
    description:
      "balanced multiplies each row's weight by n / (classes · rows of its class), as sklearn class_weight='balanced'; classifiers only.",
  },
  max_iter: {
    type: 'integer',
    default: 1000,
    min: 1,
    max: 1_000_000,
    description: 'Most solver iterations (L-BFGS iterations, proximal Newton steps or coordinate-descent sweeps).',
  },
  tol: {
    type: 'number',
    default: 1e-8,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description:
      'Stop when the largest optimality violation (norm of the smallest subgradient of the objective, per coefficient) is at most this.',
  },
  selection: {
    type: 'enum',
    values: ['cyclic', 'random'],
    default: 'cyclic',
    description:
      'Order of coordinate-descent updates (l1 / elasticnet and regression): cyclic, or a new random order per sweep drawn with the seed (as sklearn selection).',
  },
} as const satisfies ParamSchema;

/** Resolved linear settings. */
export type LinearParams = ParamsOf<typeof linearSchema>;

/**
 * The penalty as the two numbers the solvers use: λ1 (L1 weight) and λ2 (L2 weight).
 *
 * @example
 * ```ts
 * penaltyWeights({ penalty: 'elasticnet', alpha: 0.1, l1_ratio: 0.3 }); // { l1: 0.03, l2: 0.07 }
 * ```
 */
export function penaltyWeights(p: Pick<LinearParams, 'penalty' | 'alpha' | 'l1_ratio'>): {
  l1: number;
  l2: number;
} {
  switch (p.penalty) {
    case 'none':
      return { l1: 0, l2: 0 };
    case 'l2':
      return { l1: 0, l2: p.alpha };
    case 'l1':
      return { l1: p.alpha, l2: 0 };
    case 'elasticnet':
      return { l1: p.alpha * p.l1_ratio, l2: p.alpha * (1 - p.l1_ratio) };
  }
}
