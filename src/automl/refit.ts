/**
 * @module automl/refit
 * Fit the winner (or each member of the winning ensemble) once more on all training rows: the pipeline on all
 * rows, then the learner with the settings found. A GBDT member trains for its cross-validated number of
 * rounds (mean over the folds, plus 10 % for the larger training set) instead of early stopping.
 *
 * @example
 * ```ts
 * import { refitMembers } from './refit.js';
 * const members = refitMembers(trainTable, yTrain, winners, { features, task: 'binary', classes: ['no', 'yes'], seed: 1 });
 * ```
 */
import type { Table } from '../data/table.js';
import type { Task } from '../learners/learner.js';
import { getLearner } from '../learners/registry.js';
import { familyOf } from './candidates.js';
import { fitRows } from './fold-data.js';
import type { BundleMember } from './model-bundle.js';
import type { Candidate } from './search.js';

/**
 * Settings for the final fit of a candidate: early stopping replaced by the rounds its fold models were
 * fitted with (1.1 × the rounds early stopping found on fold 0; see `search.ts`).
 *
 * @example
 * ```ts
 * finalParams(gbdtCandidate).n_rounds; // e.g. 412
 * ```
 */
export function finalParams(candidate: Candidate): Readonly<Record<string, unknown>> {
  if (!familyOf(candidate.learner).earlyStopping) return candidate.params;
  return { ...candidate.params, n_rounds: Math.max(1, Math.round(candidate.rounds)), early_stopping_rounds: 0 };
}

/**
 * Refit members on all rows of `table`.
 *
 * @example
 * ```ts
 * refitMembers(table, y, [{ candidate: best, weight: 1 }], { features, task: 'regression', classes: null, seed: 0 });
 * ```
 */
export function refitMembers(
  table: Table,
  y: Float64Array,
  members: readonly { readonly candidate: Candidate; readonly weight: number }[],
  options: {
    readonly features: readonly string[];
    readonly task: Task;
    readonly classes: readonly string[] | null;
    readonly seed: number;
    /** Context columns for the context-size feature (default none). */
    readonly context?: readonly string[];
    readonly signal?: AbortSignal;
    /** Sample weights of the rows of `table`, or undefined. */
    readonly weights?: Float64Array;
    /** Threads for learners that have a `threads` setting (results are identical for any count). */
    readonly threads?: number;
  },
): BundleMember[] {
  const all = Uint32Array.from({ length: table.rowCount }, (_, i) => i);
  return members.map(({ candidate, weight }, k) => {
    const family = familyOf(candidate.learner);
    const learner = getLearner(family.kind);
    const { pipeline, matrix } = fitRows(table, y, all, {
      features: options.features,
      task: options.task,
      kind: family.pipeline,
      seed: options.seed,
      context: options.context,
    });
    const params = {
      ...finalParams(candidate),
      ...(options.threads !== undefined && 'threads' in learner.schema ? { threads: options.threads } : {}),
    };
    const target = options.classes
      ? { values: y, classes: options.task === 'binary' ? ['0', '1'] : options.classes.map((_, c) => String(c)) }
      : y;
    const model = learner.create(params).fit(matrix, target, {
      seed: options.seed + k,
      signal: options.signal,
      ...(options.weights ? { weights: options.weights } : {}),
    });
    return {
      id: candidate.id,
      weight,
      learner: family.kind,
      params,
      pipeline,
      model: learner.toJSON(model),
    };
  });
}
