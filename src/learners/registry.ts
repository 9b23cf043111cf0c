/**
 * @module learners/registry
 * The list of learners. The conformance suite runs over every entry (and each of its variants); the CLI,
 * tuning and docs find learners here by `kind`.
 *
 * @example
 * ```ts
 * import { LEARNERS, getLearner } from './registry.js';
 * LEARNERS.map((l) => l.kind); // ['gbdt']
 * getLearner('gbdt').schema.max_leaves.default; // 31
 * ```
 */
import { ValidationError } from '../util/errors.js';
import { randomForestLearner } from './forest/forest-learner.js';
import { gbdtLearner } from './gbdt/gbdt-learner.js';
import type { AnyLearner } from './learner.js';
import { linearLearner } from './linear/linear-learner.js';
import { mlpLearner } from './mlp/mlp-learner.js';
import { decisionTreeLearner } from './tree/tree-learner.js';

/**
 * Every registered learner.
 *
 * @example
 * ```ts
 * LEARNERS.flatMap((l) => l.variants.map((v) => v.name)); // ['gbdt-binary', …]
 * ```
 */
export const LEARNERS: readonly AnyLearner[] = Object.freeze([
  gbdtLearner,
  mlpLearner,
  decisionTreeLearner,
  randomForestLearner,
  linearLearner,
]);

/**
 * A learner by kind; `learner.unknownLearner` when there is none.
 *
 * @example
 * ```ts
 * getLearner('gbdt').title; // 'Gradient-boosted trees'
 * ```
 */
export function getLearner(kind: string): AnyLearner {
  const learner = LEARNERS.find((l) => l.kind === kind);
  if (!learner) {
    throw new ValidationError('learner.unknownLearner', {
      got: kind,
      expected: LEARNERS.map((l) => l.kind).join(', '),
    });
  }
  return learner;
}
