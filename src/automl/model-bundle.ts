/**
 * @module automl/model-bundle
 * The artefact `train` registers and `predict` loads: one plain JSON object with everything needed to score
 * new rows the way the model was validated — the cleaning steps to replay on the feature columns, then per
 * member (one model, or the members of an ensemble with their weights) its fitted preprocessing pipeline and
 * its fitted learner, then the probability calibration, the decision rule and the decile cut points.
 *
 * @example
 * ```ts
 * import { loadBundle, scoreTable } from './model-bundle.js';
 * const model = loadBundle(JSON.parse(text));
 * const scored = scoreTable(model, table, { key }); // scored.scores: P(positive) per row
 * ```
 */
import type { Table } from '../data/table.js';
import type { Calibration } from '../evaluation/index.js';
import { applyCalibration } from '../evaluation/index.js';
import {
  type FittedPipeline,
  type PipelineIssue,
  applyPipelineWithIssues,
  pipelineFromJSON,
} from '../features/index.js';
import { type GroupThresholds, applyGroupThresholds, rowGroups } from '../fairness/index.js';
import type { Task } from '../learners/learner.js';
import { getLearner } from '../learners/registry.js';
import { applyRecipe } from '../quality/clean/apply-recipe.js';
import type { Recipe } from '../quality/clean/recipe.js';
import { ValidationError } from '../util/errors.js';
import { predictionsOf } from './fit-task.js';

/** Format version of the model artefact. */
export const MODEL_BUNDLE_FORMAT_VERSION = 1;

/** One fitted member: preprocessing + learner. */
export interface BundleMember {
  readonly id: string;
  readonly weight: number;
  readonly learner: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly pipeline: FittedPipeline;
  /** The learner's own JSON (`learner.toJSON(model)`). */
  readonly model: Readonly<Record<string, unknown>>;
}

/** The registered artefact (plain JSON). */
export interface ModelBundle {
  readonly kind: 'leitwerk.model';
  readonly formatVersion: typeof MODEL_BUNDLE_FORMAT_VERSION;
  readonly task: Task;
  readonly target: string;
  readonly positive: string | null;
  readonly classes: readonly string[] | null;
  /** The input columns the model reads. */
  readonly features: readonly string[];
  /** Cleaning steps replayed on the feature columns before the pipelines. */
  readonly recipe: Recipe;
  readonly members: readonly BundleMember[];
  readonly calibration: Calibration | null;
  readonly decision: { readonly threshold: number; readonly reason: 'profit' | 'budget' | 'default' } | null;
  /**
   * Cut points between deciles of the uncalibrated scores, highest first (9 values): decile 1 = the top 10 % of
   * the out-of-fold training scores.
   */
  readonly deciles: readonly number[];
  readonly metric: string;
  readonly cv: Readonly<Record<string, number>>;
  /** Per-group decision thresholds (fairness mitigation), applied to the `decision` at prediction, or null. */
  readonly groupThresholds: GroupThresholds | null;
  /** True when this is the fallback baseline of a budget too small for a full search. */
  readonly fallback: boolean;
  readonly createdWith: string;
}

/** A bundle with its members' models decoded, ready to score. */
export interface LoadedBundle {
  readonly bundle: ModelBundle;
  readonly models: readonly unknown[];
}

/** What scoring a table produced. */
export interface ScoredRows {
  /** Binary: P(positive); regression: the prediction; multiclass: row-major class probabilities. */
  readonly scores: Float64Array;
  /** Predicted class index per row (classification), else null. */
  readonly predicted: Int32Array | null;
  /** Decile per row (1 = best 10 %), binary and regression. */
  readonly deciles: Uint8Array | null;
  /** 1 = above the decision threshold, 0 = below (binary with a decision rule), else null. */
  readonly decisions: Uint8Array | null;
  readonly issues: readonly PipelineIssue[];
  readonly rows: number;
}

/**
 * Check and decode a model artefact.
 *
 * @throws ValidationError `model.badArtifact` for a file that is not a leitwerk model of a known version.
 * @example
 * ```ts
 * const loaded = loadBundle(JSON.parse(readFileSync('artifacts/m_x.json', 'utf8')));
 * ```
 */
export function loadBundle(json: unknown): LoadedBundle {
  const b = json as Partial<ModelBundle> | null;
  if (!b || typeof b !== 'object' || b.kind !== 'leitwerk.model') {
    throw new ValidationError('model.badArtifact', { expected: 'leitwerk.model', got: String(b?.kind ?? typeof json) });
  }
  if (b.formatVersion !== MODEL_BUNDLE_FORMAT_VERSION) {
    throw new ValidationError('model.badArtifact', {
      expected: `format version ${MODEL_BUNDLE_FORMAT_VERSION}`,
      got: String(b.formatVersion),
    });
  }
  const bundle = b as ModelBundle;
  const members = bundle.members.map((m) => ({ ...m, pipeline: pipelineFromJSON(m.pipeline) }));
  const models = members.map((m) => getLearner(m.learner).fromJSON(m.model));
  return { bundle: { ...bundle, members }, models };
}

/**
 * The replayable part of a training recipe: value-level steps on the feature columns (rows are never dropped
 * and other columns never touched at prediction).
 *
 * @example
 * ```ts
 * replayRecipe(recipe, ['age', 'job']).steps; // to-missing on job, …
 * ```
 */
export function replayRecipe(recipe: Recipe, features: readonly string[]): Recipe {
  const keep = new Set(features);
  return {
    ...recipe,
    steps: recipe.steps.filter(
      (s) =>
        (s.kind === 'to-missing' ||
          s.kind === 'normalise-categories' ||
          s.kind === 'parse-numbers' ||
          s.kind === 'parse-dates') &&
        keep.has(s.column),
    ),
  };
}

/**
 * Raw blended predictions of the members (before calibration) and the pipeline issues.
 *
 * @example
 * ```ts
 * const { scores } = blendMembers(loaded, cleanTable);
 * ```
 */
export function blendMembers(
  loaded: LoadedBundle,
  table: Table,
): { readonly scores: Float64Array; readonly issues: readonly PipelineIssue[] } {
  const { bundle, models } = loaded;
  let scores: Float64Array | null = null;
  const issues: PipelineIssue[] = [];
  bundle.members.forEach((m, k) => {
    const applied = applyPipelineWithIssues(m.pipeline, table);
    if (k === 0) issues.push(...applied.issues);
    const p = predictionsOf(bundle.task, getLearner(m.learner), models[k], applied.matrix);
    if (scores === null) scores = new Float64Array(p.length);
    const s = scores;
    for (let i = 0; i < p.length; i++) s[i] += m.weight * p[i];
  });
  return { scores: scores ?? new Float64Array(0), issues };
}

/**
 * Decile of a score from the cut points (highest first): 1 for the top 10 %, 10 for the bottom.
 *
 * @example
 * ```ts
 * decileOf(0.91, [0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05]); // 1
 * ```
 */
export function decileOf(score: number, cuts: readonly number[]): number {
  let d = 1;
  while (d <= cuts.length && score < cuts[d - 1]) d++;
  return d;
}

/**
 * Score a table: replay the recipe, apply each member's pipeline and model, blend, calibrate, and derive
 * class, decile and decision. Every row of the table gets a score (missing values are handled by the
 * pipelines and learners); a required column missing from the table is an error naming all of them.
 *
 * @throws ValidationError `features.missingColumns` when input columns are absent.
 * @example
 * ```ts
 * const scored = scoreTable(loaded, table, { key: await loadProjectKey('.') });
 * ```
 */
export function scoreTable(
  loaded: LoadedBundle,
  table: Table,
  options: { readonly key?: Uint8Array } = {},
): ScoredRows {
  const { bundle } = loaded;
  const clean = applyRecipe(table, bundle.recipe, { mode: 'replay', key: options.key }).table;
  const { scores: raw, issues } = blendMembers(loaded, clean);
  const n = table.rowCount;
  const scores = bundle.calibration && bundle.task === 'binary' ? applyCalibration(bundle.calibration, raw) : raw;
  let predicted: Int32Array | null = null;
  if (bundle.task === 'binary') {
    predicted = new Int32Array(n);
    const t = bundle.decision?.threshold ?? 0.5;
    for (let i = 0; i < n; i++) predicted[i] = scores[i] >= t ? 1 : 0;
  } else if (bundle.task === 'multiclass') {
    const k = bundle.classes?.length ?? 0;
    predicted = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
      predicted[i] = best;
    }
  }
  let deciles: Uint8Array | null = null;
  if (bundle.task !== 'multiclass' && bundle.deciles.length > 0) {
    deciles = new Uint8Array(n);
    for (let i = 0; i < n; i++) deciles[i] = decileOf(raw[i], bundle.deciles);
  }
  let decisions: Uint8Array | null = null;
  if (bundle.task === 'binary' && bundle.groupThresholds?.spec) {
    // per-group thresholds: the sensitive columns group the rows as in training
    decisions = applyGroupThresholds(scores, rowGroups(table, bundle.groupThresholds.spec), bundle.groupThresholds);
  } else if (bundle.task === 'binary' && bundle.decision) {
    decisions = new Uint8Array(n);
    for (let i = 0; i < n; i++) decisions[i] = scores[i] >= bundle.decision.threshold ? 1 : 0;
  }
  return { scores, predicted, deciles, decisions, issues, rows: n };
}
