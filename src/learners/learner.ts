/**
 * @module learners/learner
 * The estimator contract every learner implements (scikit-learn's: settings in, fitted model out).
 * `learner.create(settings)` validates the settings against the learner's parameter schema and returns an
 * estimator; `estimator.fit(data, target, options)` returns a *fitted model* — frozen plain data with a `kind`
 * tag and a `formatVersion` — so "not fitted" is a type error, not a runtime check. Prediction, JSON and
 * importance are free functions of the learner over that data.
 *
 * @example
 * ```ts
 * import { gbdtLearner } from './gbdt/gbdt-learner.js';
 * const model = gbdtLearner.create({ objective: 'binary', n_rounds: 100 }).fit(x, y, { seed: 7 });
 * const p = gbdtLearner.predictProba(model, xNew); // n × 2, row-major
 * const restored = gbdtLearner.fromJSON(JSON.parse(JSON.stringify(gbdtLearner.toJSON(model))));
 * ```
 */
import type { FeatureInfo, FeatureMatrix } from './feature-matrix.js';
import type { ParamSchema, ParamsOf, SettingsOf } from './params.js';
import type { TargetInput } from './target.js';

/** What a model predicts. */
export type Task = 'binary' | 'multiclass' | 'regression';

/** A held-out set used during fitting (early stopping, learning curves). */
export interface ValidationSet {
  readonly data: FeatureMatrix;
  readonly target: TargetInput;
  readonly weights?: ArrayLike<number>;
}

/** One progress report during fitting. */
export interface FitProgress {
  /** Completed steps (boosting rounds, epochs, trees), 1-based. */
  readonly step: number;
  /** Planned steps. */
  readonly total: number;
  /** Name of the loss reported, e.g. `logloss`. */
  readonly metric: string;
  /** Loss on the training data, when computed. */
  readonly train?: number;
  /** Loss on the validation set, when one was given. */
  readonly valid?: number;
}

/** Options of `fit` that are not model settings. */
export interface FitOptions {
  /** One weight per row (finite, ≥ 0). */
  readonly weights?: ArrayLike<number>;
  readonly validation?: ValidationSet;
  /** Seed of every random choice (row/column sampling, binning samples). Default 0. */
  readonly seed?: number;
  /** Fitting stops with a `CancelledError` soon after the signal aborts. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FitProgress) => void;
}

/** The fields every fitted model has. */
export interface FittedModel {
  readonly kind: string;
  readonly formatVersion: number;
  readonly task: Task;
  readonly features: readonly FeatureInfo[];
  /** Class labels for classifiers (index = class code), or null. */
  readonly classes: readonly string[] | null;
  /** Number of classes for classifiers, 0 for regression. */
  readonly classCount: number;
}

/** A configured learner, ready to fit. */
export interface Estimator<P, M extends FittedModel> {
  readonly kind: M['kind'];
  readonly settings: P;
  readonly task: Task;
  fit(data: FeatureMatrix, target: TargetInput, options?: FitOptions): M;
}

/** A named preset of a learner for one task (used by the conformance suite, docs and the UI). */
export interface LearnerVariant {
  readonly name: string;
  readonly task: Task;
  readonly settings: Readonly<Record<string, unknown>>;
}

/**
 * A learner: its schema, a factory of estimators, and the functions over its fitted models.
 * `predict` returns class codes for classifiers and values (on the response scale) for regressors;
 * `predictProba` returns row-major `rowCount × classCount` probabilities.
 */
export interface Learner<S extends ParamSchema, M extends FittedModel> {
  readonly kind: M['kind'];
  readonly title: string;
  readonly description: string;
  readonly schema: S;
  readonly variants: readonly LearnerVariant[];
  create(settings?: SettingsOf<S>): Estimator<ParamsOf<S>, M>;
  predict(model: M, data: FeatureMatrix): Float64Array;
  predictProba(model: M, data: FeatureMatrix): Float64Array;
  toJSON(model: M): Record<string, unknown>;
  fromJSON(json: unknown): M;
}

/**
 * Any learner, for registries and generic code.
 *
 * @example
 * ```ts
 * const all: AnyLearner[] = [gbdtLearner];
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds learners of different schema and model types
export type AnyLearner = Omit<Learner<any, any>, 'create'> & {
  /** Settings come from outside (CLI, API, tuning) and are checked at run time against the schema. */
  // biome-ignore lint/suspicious/noExplicitAny: see above
  create(settings?: Readonly<Record<string, unknown>>): Estimator<any, any>;
};
