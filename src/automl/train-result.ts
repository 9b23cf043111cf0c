/**
 * @module automl/train-result
 * The result of `train`: everything the terminal summary, the `--json` output and the HTML report show. Plain,
 * JSON-serialisable data (numbers, strings, arrays) — the report renders it without knowing how it was made.
 *
 * @example
 * ```ts
 * import type { TrainResult } from './train-result.js';
 * const best = result.leaderboard[0]; // { learner: 'gbdt', cv: { auc: 0.9391, … }, cvSd: { auc: 0.0031, … }, … }
 * ```
 */
import type { BudgetPlan, GainsPoint, LiftRow, ProfitPoint, ReliabilityBin } from '../evaluation/index.js';
import type { Task } from '../learners/learner.js';
import type { TrainingFairness } from './fairness-step.js';

export type { BudgetPlan, LiftRow, ProfitPoint } from '../evaluation/index.js';

/** A metric name (see `evaluation/metric-registry`). */
export type MetricId = string;

/** One candidate on the leaderboard. */
export interface LeaderboardEntry {
  /** 1 = best. */
  readonly rank: number;
  /** Stable id within the run: `gbdt#3`, `ensemble`. */
  readonly id: string;
  /** Learner kind (`gbdt`, `random_forest`, …) or `ensemble`. */
  readonly learner: string;
  /** The settings of the candidate (for an ensemble: `{ members: { id: weight } }`). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Cross-validated mean of every metric of the task. */
  readonly cv: Readonly<Record<MetricId, number>>;
  /** Standard deviation over the folds. */
  readonly cvSd: Readonly<Record<MetricId, number>>;
  /** Mean training-fold score of the primary metric (for the over-fitting gap). */
  readonly train: number;
  /** Mean fit seconds per fold. */
  readonly fitSeconds: number;
  /** Size of the fitted model's JSON in bytes (one fold's model). */
  readonly modelBytes: number;
  /** Boosting rounds kept by early stopping (mean over folds), for GBDT. */
  readonly rounds?: number;
}

/** A plain-language statement with the figures behind it; `text` is rendered in the run's language. */
export interface Statement {
  readonly id: string;
  readonly severity: 'info' | 'warning' | 'error';
  readonly messageId: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** Marketing value of a binary model, measured on out-of-fold (or holdout) predictions. */
export interface MarketingValue {
  /** Where the figures come from. */
  readonly source: 'cross-validation' | 'holdout';
  readonly lift: readonly LiftRow[];
  /** Cumulative gains: share contacted → share of conversions captured. */
  readonly gains: readonly GainsPoint[];
  readonly ks: number;
  readonly profit?: {
    readonly valuePerConversion: number;
    readonly costPerContact: number;
    readonly curve: readonly ProfitPoint[];
    readonly best: ProfitPoint;
  };
  readonly budget?: BudgetPlan;
}

/** Calibration before and after the chosen method (binary). */
export interface CalibrationSummary {
  readonly method: 'none' | 'platt' | 'isotonic';
  readonly eceBefore: number;
  readonly eceAfter: number;
  /** Reliability curve of the final (calibrated) out-of-fold probabilities. */
  readonly reliability: readonly ReliabilityBin[];
}

/** The result of a training run. */
export interface TrainResult {
  readonly kind: 'leitwerk.train-result';
  /** Registered model id, or null when nothing was registered (e.g. `--no-register`). */
  readonly modelId: string | null;
  readonly modelName: string | null;
  readonly modelVersion: number | null;
  readonly runId: string | null;
  readonly task: Task;
  readonly target: string;
  /** The positive class of a binary target. */
  readonly positive: string | null;
  readonly classes: readonly string[] | null;
  /** The primary metric (`auc`, `logloss`, `rmse`, …) and its direction. */
  readonly metric: MetricId;
  readonly higherIsBetter: boolean;
  readonly data: {
    readonly source: string;
    readonly rows: number;
    /** Rows used for training and validation (after the recipe and without missing targets). */
    readonly usedRows: number;
    readonly droppedMissingTarget: number;
    readonly droppedByRecipe: number;
    readonly features: readonly string[];
    /** Context columns found in the row order (their context size is one more model input); empty when none. */
    readonly context: readonly string[];
    readonly excluded: readonly { readonly column: string; readonly reason: string }[];
    readonly leakage: readonly { readonly column: string; readonly kept: boolean; readonly score: number | null }[];
    readonly findings: { readonly errors: number; readonly warnings: number; readonly info: number };
    readonly positiveRate: number | null;
    readonly recipeSteps: readonly string[];
  };
  readonly validation: {
    readonly scheme: 'stratified' | 'kfold' | 'grouped' | 'time';
    readonly folds: number;
    readonly holdout: number;
    readonly group: string | null;
    readonly time: string | null;
  };
  readonly search: {
    readonly budgetSeconds: number | null;
    readonly trialBudget: number | null;
    readonly elapsedSeconds: number;
    readonly trials: number;
    readonly workers: number;
    readonly stoppedBy: 'budget' | 'trials' | 'exhausted';
    readonly seed: number;
    readonly learners: readonly string[];
  };
  readonly leaderboard: readonly LeaderboardEntry[];
  /** Score of the constant model (class prior or mean) on the same folds. */
  readonly baseline: number;
  /** True when the budget allowed no full candidate and the fastest baseline was registered instead. */
  readonly fallback: boolean;
  /** Metrics of the final model on the holdout rows, when `--holdout` was given. */
  readonly holdout: Readonly<Record<MetricId, number>> | null;
  readonly diagnostics: readonly Statement[];
  readonly learningCurve: readonly { readonly share: number; readonly train: number; readonly valid: number }[];
  readonly calibration: CalibrationSummary | null;
  readonly marketing: MarketingValue | null;
  readonly curves: {
    readonly roc: { readonly fpr: readonly number[]; readonly tpr: readonly number[] };
    readonly pr: { readonly recall: readonly number[]; readonly precision: readonly number[] };
  } | null;
  /** The choices leitwerk made and why (features dropped, validation scheme, calibration …). */
  readonly choices: readonly Statement[];
  /** What drives the final model's scores: mean |SHAP| per input column on a sample of training rows. */
  readonly explanation: {
    readonly method: string;
    readonly exact: boolean;
    readonly rows: number;
    readonly importance: readonly { readonly feature: string; readonly meanAbs: number }[];
  } | null;
  /** Fairness across the `--sensitive` groups (binary targets), with the mitigation chosen, or null. */
  readonly fairness: TrainingFairness | null;
  /** Decision rule stored with the model: a score threshold (profit-maximising or budget) or null. */
  readonly decision: { readonly threshold: number; readonly reason: 'profit' | 'budget' | 'default' } | null;
  readonly timings: {
    readonly readSeconds: number;
    readonly inspectSeconds: number;
    readonly searchSeconds: number;
    readonly refitSeconds: number;
    readonly totalSeconds: number;
  };
}
