/**
 * @module learners/tree/tree-params
 * The parameter schema of the decision tree (CART) learner. Names and meanings follow scikit-learn's
 * `DecisionTreeClassifier` / `DecisionTreeRegressor`, so that equal settings grow equal trees.
 *
 * @example
 * ```ts
 * import { treeSchema } from './tree-params.js';
 * import { resolveParams } from '../params.js';
 * const p = resolveParams('decision_tree', treeSchema, { max_depth: 4, ccp_alpha: 0.01 });
 * ```
 */
import type { ParamSchema, ParamsOf } from '../params.js';

/**
 * What a tree predicts.
 *
 * @example
 * ```ts
 * TREE_OBJECTIVES.includes('regression'); // true
 * ```
 */
export const TREE_OBJECTIVES = ['binary', 'multiclass', 'regression'] as const;

/** One tree objective. */
export type TreeObjective = (typeof TREE_OBJECTIVES)[number];

/**
 * The split criteria: gini and entropy (classification), squared_error (regression); `auto` picks gini or
 * squared_error by objective.
 *
 * @example
 * ```ts
 * TREE_CRITERIA[0]; // 'auto'
 * ```
 */
export const TREE_CRITERIA = ['auto', 'gini', 'entropy', 'squared_error'] as const;

/**
 * The CART parameter schema.
 *
 * @example
 * ```ts
 * treeSchema.min_samples_split.default; // 2
 * ```
 */
export const treeSchema = {
  objective: {
    type: 'enum',
    values: TREE_OBJECTIVES,
    default: 'binary',
    description: 'binary or multiclass classification (class probabilities), or regression (mean in a leaf).',
  },
  criterion: {
    type: 'enum',
    values: TREE_CRITERIA,
    default: 'auto',
    description: 'Impurity a split reduces: gini or entropy (classification), squared_error (regression).',
  },
  max_depth: {
    type: 'integer',
    default: 0,
    min: 0,
    max: 1000,
    description: 'Deepest level of the tree; 0 = no limit.',
    search: { min: 2, max: 12 },
  },
  min_samples_split: {
    type: 'integer',
    default: 2,
    min: 2,
    max: 1_000_000_000,
    description: 'Fewest rows a node needs to be split.',
    search: { min: 2, max: 100, log: true },
  },
  min_samples_leaf: {
    type: 'integer',
    default: 1,
    min: 1,
    max: 1_000_000_000,
    description: 'Fewest rows in each leaf.',
    search: { min: 1, max: 200, log: true },
  },
  min_impurity_decrease: {
    type: 'number',
    default: 0,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description:
      'A node is split only when the weighted impurity decrease (share of all weight × decrease) is at least this.',
  },
  ccp_alpha: {
    type: 'number',
    default: 0,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    description:
      'Minimal cost-complexity pruning: subtrees whose effective alpha is at most this are cut back to a leaf.',
    search: { min: 1e-5, max: 0.05, log: true },
  },
  max_features: {
    type: 'number',
    default: 1,
    min: 0,
    max: 1,
    exclusiveMin: true,
    description:
      'Share of the features tried at each node (drawn at random); 1 = all, which makes the tree independent of the seed.',
  },
} as const satisfies ParamSchema;

/** Resolved CART settings. */
export type TreeParams = ParamsOf<typeof treeSchema>;
