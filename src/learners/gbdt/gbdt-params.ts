/**
 * @module learners/gbdt/gbdt-params
 * The parameter schema of the histogram gradient-boosting learner: the single source of its defaults,
 * bounds and descriptions (CLI flags, search spaces and docs are derived from it). Names follow LightGBM and
 * XGBoost where they agree.
 *
 * @example
 * ```ts
 * import { gbdtSchema, type GbdtParams } from './gbdt-params.js';
 * import { resolveParams } from '../params.js';
 * const p: GbdtParams = resolveParams('gbdt', gbdtSchema, { max_leaves: 63 });
 * ```
 */
import type { ParamSchema, ParamsOf } from '../params.js';

/**
 * The objectives (loss functions) the GBDT learner optimises.
 *
 * @example
 * ```ts
 * GBDT_OBJECTIVES.includes('poisson'); // true
 * ```
 */
export const GBDT_OBJECTIVES = [
  'binary',
  'multiclass',
  'squared_error',
  'absolute_error',
  'huber',
  'poisson',
  'tweedie',
] as const;

/** One GBDT objective name. */
export type GbdtObjectiveName = (typeof GBDT_OBJECTIVES)[number];

const BIG = 1_000_000_000;

/**
 * The GBDT parameter schema.
 *
 * @example
 * ```ts
 * gbdtSchema.max_leaves.default; // 31
 * ```
 */
export const gbdtSchema = {
  objective: {
    type: 'enum',
    values: GBDT_OBJECTIVES,
    default: 'binary',
    description:
      'Loss to minimise: binary (log loss), multiclass (softmax), squared_error, absolute_error, huber, poisson or tweedie (counts and spend).',
  },
  n_rounds: {
    type: 'integer',
    default: 100,
    min: 1,
    max: 100_000,
    description: 'Boosting rounds (trees per class). With early stopping, the most that are grown.',
    search: { min: 50, max: 2000, log: true },
  },
  learning_rate: {
    type: 'number',
    default: 0.1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: 'Shrinkage applied to each tree (eta).',
    search: { min: 0.01, max: 0.3, log: true },
  },
  growth: {
    type: 'enum',
    values: ['leafwise', 'depthwise'],
    default: 'leafwise',
    description:
      'leafwise splits the leaf with the best gain next (LightGBM, XGBoost lossguide); depthwise grows level by level (XGBoost depthwise).',
  },
  max_leaves: {
    type: 'integer',
    default: 31,
    min: 2,
    max: 4096,
    description: 'Most leaves per tree.',
    search: { min: 8, max: 256, log: true },
  },
  max_depth: {
    type: 'integer',
    default: 64,
    min: 1,
    max: 64,
    description: 'Deepest level of a tree (the root is depth 0); 64 is no practical limit.',
    search: { min: 3, max: 12 },
  },
  min_child_weight: {
    type: 'number',
    default: 1,
    min: 0,
    max: BIG,
    description: 'Least sum of hessians (weighted) in a leaf (XGBoost min_child_weight).',
    search: { min: 1e-3, max: 10, log: true },
  },
  min_data_in_leaf: {
    type: 'integer',
    default: 0,
    min: 0,
    max: BIG,
    description:
      'Least number of training rows in a leaf (exact counts; values above 1 make histograms a third larger).',
    search: { min: 1, max: 200, log: true },
  },
  min_split_gain: {
    type: 'number',
    default: 0,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'Least loss reduction for a split (XGBoost gamma).',
  },
  lambda_l2: {
    type: 'number',
    default: 1,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'L2 penalty on leaf values (XGBoost lambda).',
    search: { min: 1e-3, max: 100, log: true },
  },
  lambda_l1: {
    type: 'number',
    default: 0,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'L1 penalty on leaf values (XGBoost alpha).',
  },
  max_delta_step: {
    type: 'number',
    default: 0,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'Largest absolute leaf value before shrinkage; 0 means no limit.',
  },
  max_bins: {
    type: 'integer',
    default: 256,
    min: 2,
    max: 256,
    description:
      'Most histogram bins per numeric feature (XGBoost max_bin); a feature with missing values keeps at most 255 plus the missing bin, a categorical feature at most 255 categories.',
  },
  binning: {
    type: 'enum',
    values: ['quantile', 'greedy'],
    default: 'quantile',
    description:
      "How numeric bins are found: quantile = XGBoost's weighted quantile sketch (bins as XGBoost hist); greedy = LightGBM's rule (frequent values keep a bin of their own).",
  },
  bin_sample_rows: {
    type: 'integer',
    default: 200_000,
    min: 1000,
    max: BIG,
    description: 'Rows sampled (with the seed) to find the bin boundaries.',
  },
  subsample: {
    type: 'number',
    default: 1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: 'Fraction of rows drawn (without replacement) for each round.',
    search: { min: 0.5, max: 1 },
  },
  colsample_bytree: {
    type: 'number',
    default: 1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: 'Fraction of features drawn for each tree.',
    search: { min: 0.3, max: 1 },
  },
  colsample_bynode: {
    type: 'number',
    default: 1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: "Fraction of the tree's features drawn for each split.",
  },
  max_cat_to_onehot: {
    type: 'integer',
    default: 4,
    min: 1,
    max: 255,
    description: 'Categorical features with at most this many categories split one category against the rest.',
  },
  max_cat_threshold: {
    type: 'integer',
    default: 32,
    min: 1,
    max: 255,
    description: 'Most categories on the left side of a categorical split (gradient-sorted categories).',
  },
  cat_smooth: {
    type: 'number',
    default: 10,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description:
      'Smoothing of category gradient ratios; categories with fewer rows than this are not sorted into a split.',
  },
  cat_l2: {
    type: 'number',
    default: 10,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'Extra L2 penalty when scoring gradient-sorted categorical splits.',
  },
  min_data_per_group: {
    type: 'integer',
    default: 100,
    min: 1,
    max: BIG,
    description: 'Least rows per group of categories on each side of a categorical split.',
  },
  monotone_constraints: {
    type: 'feature-map',
    min: -1,
    max: 1,
    description: 'Per feature name: 1 = prediction may only rise with the feature, -1 = only fall, 0 = free.',
  },
  early_stopping_rounds: {
    type: 'integer',
    default: 0,
    min: 0,
    max: BIG,
    description:
      'Stop when the validation loss has not improved for this many rounds and keep the best round; 0 = off.',
  },
  boost_from_average: {
    type: 'boolean',
    default: true,
    description: 'Start from the (weighted) average target on the link scale instead of 0.',
  },
  huber_delta: {
    type: 'number',
    default: 1,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    exclusiveMin: true,
    description: 'Residual size where the huber loss turns from squared to absolute.',
  },
  poisson_max_delta_step: {
    type: 'number',
    default: 0.7,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description: 'Safeguard of the poisson objective: hessians use exp(score + this) (as XGBoost and LightGBM).',
  },
  tweedie_variance_power: {
    type: 'number',
    default: 1.5,
    min: 1,
    max: 2,
    exclusiveMin: true,
    exclusiveMax: true,
    description: 'Variance power p of the tweedie objective, between poisson (1) and gamma (2).',
  },
  threads: {
    type: 'integer',
    default: 1,
    min: 1,
    max: 64,
    description:
      'Threads for histogram building and for prediction of large inputs (worker threads on shared memory). Models and scores are identical for any thread count.',
  },
} as const satisfies ParamSchema;

/** Resolved GBDT settings. */
export type GbdtParams = ParamsOf<typeof gbdtSchema>;
