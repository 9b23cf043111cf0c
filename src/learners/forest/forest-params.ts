/**
 * @module learners/forest/forest-params
 * The parameter schema of the random forest / extra trees learner. Names and defaults follow scikit-learn's
 * `RandomForestClassifier` (`max_features='sqrt'`, bootstrap, `min_samples_leaf=1`, no depth limit); extra
 * trees (`extra_trees: true`) draw one random threshold per tried feature instead of searching the best;
 * `threads` grows trees on worker threads.
 *
 * @example
 * ```ts
 * import { forestSchema } from './forest-params.js';
 * import { resolveParams } from '../params.js';
 * const p = resolveParams('random_forest', forestSchema, { n_estimators: 300, min_samples_leaf: 5 });
 * ```
 */
import type { ParamSchema, ParamsOf } from '../params.js';

/**
 * What a forest predicts.
 *
 * @example
 * ```ts
 * FOREST_OBJECTIVES[2]; // 'regression'
 * ```
 */
export const FOREST_OBJECTIVES = ['binary', 'multiclass', 'regression'] as const;

/** One forest objective. */
export type ForestObjective = (typeof FOREST_OBJECTIVES)[number];

/**
 * The random forest parameter schema.
 *
 * @example
 * ```ts
 * forestSchema.n_estimators.default; // 100
 * ```
 */
export const forestSchema = {
  objective: {
    type: 'enum',
    values: FOREST_OBJECTIVES,
    default: 'binary',
    description: 'binary or multiclass classification (gini splits, averaged leaf shares), or regression (variance).',
  },
  n_estimators: {
    type: 'integer',
    default: 100,
    min: 1,
    max: 100_000,
    description: 'Number of trees.',
    search: { min: 50, max: 1000, log: true },
  },
  max_depth: {
    type: 'integer',
    default: 0,
    min: 0,
    max: 1000,
    description: 'Deepest level of a tree; 0 = no limit.',
    search: { min: 4, max: 30 },
  },
  min_samples_split: {
    type: 'integer',
    default: 2,
    min: 2,
    max: 1_000_000_000,
    description: 'Fewest (in-bag) rows a node needs to be split.',
  },
  min_samples_leaf: {
    type: 'integer',
    default: 1,
    min: 1,
    max: 1_000_000_000,
    description: 'Fewest (in-bag) rows in each leaf.',
    search: { min: 1, max: 50, log: true },
  },
  max_features: {
    type: 'enum',
    values: ['sqrt', 'log2', 'all', 'fraction'] as const,
    default: 'sqrt',
    description:
      "Features tried at each node: sqrt or log2 of the feature count, all, or the share 'max_features_fraction'.",
  },
  max_features_fraction: {
    type: 'number',
    default: 0.5,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: "Share of the features tried at each node when max_features is 'fraction'.",
    search: { min: 0.1, max: 1 },
  },
  bootstrap: {
    type: 'boolean',
    default: true,
    description: 'Grow each tree on a bootstrap sample (n rows drawn with replacement); else on all rows.',
  },
  extra_trees: {
    type: 'boolean',
    default: false,
    description:
      "Extremely randomised trees: per tried feature one threshold drawn uniformly between the node's minimum and maximum, instead of the best one.",
  },
  max_bins: {
    type: 'integer',
    default: 256,
    min: 2,
    max: 256,
    description: 'Most value bins per numeric feature (features are binned once; splits fall between bins).',
  },
  bin_sample_rows: {
    type: 'integer',
    default: 50_000,
    min: 1000,
    max: 1_000_000_000,
    description: 'Rows sampled (with the seed) to find the numeric bin bounds; all rows bin them.',
  },
  oob_score: {
    type: 'boolean',
    default: false,
    description: 'Compute the out-of-bag score (accuracy, or R² for regression) while fitting; needs bootstrap.',
  },
  threads: {
    type: 'integer',
    default: 1,
    min: 1,
    max: 64,
    description:
      'Threads growing trees (worker threads on shared memory, one tree each at a time). The forest is identical for any thread count.',
  },
} as const satisfies ParamSchema;

/** Resolved forest settings. */
export type ForestParams = ParamsOf<typeof forestSchema>;
