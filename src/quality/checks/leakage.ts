/**
 * @module quality/checks/leakage
 * Target-leakage suspects (`leakage-suspect`, with `--target`): a column that alone predicts the target too
 * well, or whose values are known only after the outcome.
 *
 * Rules:
 * - `score`: the single-feature 5-fold cross-validated AUC (binary; macro one-vs-rest for multiclass) is
 *   ≥ 0.85 or ≤ 0.15 (|AUC − 0.5| ≥ 0.35), or R² ≥ 0.8 (regression) → error. See
 *   `quality/single-feature-score.ts` for the model.
 * - `declared`: the user named the column in `afterOutcome` (`--after-outcome`) → error.
 * - `name`: the name says the value is known only after the outcome (`quality/after-outcome-names.ts`)
 *   → warning (a name is a hint, not proof); error when the column is also strongly predictive
 *   (|AUC − 0.5| ≥ 0.25 or R² ≥ 0.5): bank marketing's `duration` (AUC ≈ 0.82) is such a case.
 * Skipped as candidates: the target, `id` columns and `options.id`, near-unique category columns (over 90 %
 * distinct values), constant columns (one value, no missing). `details.rules` says which rules fired; the score is given either way.
 *
 * @example
 * ```ts
 * import { leakageCheck } from './leakage.js';
 * leakageCheck(context).map((f) => f.column); // ['duration'] on bank-additional-full with target y
 * ```
 */
import { type Column, isMissingAt } from '../../data/column.js';
import { getColumn, storageRow, type Table } from '../../data/table.js';
import { afterOutcomeWord } from '../after-outcome-names.js';
import { catalogueFinding, round3 } from '../catalogue-finding.js';
import type { Check } from '../check.js';
import type { Finding } from '../finding.js';
import {
  type FeatureScore,
  MAX_SCORING_ROWS,
  type ScoringSample,
  scoreFeature,
  scoringSample,
} from '../single-feature-score.js';
import { targetInfo } from '../target-info.js';

/** |AUC − 0.5| from which a column is a leakage suspect (AUC ≥ 0.85 or ≤ 0.15). */
export const LEAKAGE_AUC_MARGIN = 0.35;
/** R² from which a column is a leakage suspect (regression). */
export const LEAKAGE_R2 = 0.8;
/** |AUC − 0.5| from which a column flagged by its name is an error rather than a warning. */
export const NAME_STRONG_AUC_MARGIN = 0.25;
/** R² from which a column flagged by its name is an error rather than a warning. */
export const NAME_STRONG_R2 = 0.5;
/** A text column with more distinct values than this share of its rows counts as id-like. */
const ID_LIKE_SHARE = 0.9;

/** Why a rule flagged a column. */
export type LeakageRule = 'score' | 'declared' | 'name';

/**
 * The leakage check. No findings without `options.target`; a `NotFoundError` when the target or a column
 * named in `options.afterOutcome` does not exist.
 *
 * @example
 * ```ts
 * const [f] = leakageCheck({ table, options: { target: 'y', seed: 0 }, categoryCounts });
 * f.details?.auc; // the single-feature AUC of the suspect
 * ```
 */
export const leakageCheck: Check = (context) => {
  const { table, options } = context;
  if (options.target === undefined) return [];
  const info = targetInfo(table, options.target, options.positive);
  const declared = new Set(options.afterOutcome ?? []);
  for (const name of declared) getColumn(table, name);
  const ids = new Set(options.id ?? []);
  const sample = scoringSample(table, info, options.seed ?? 0, MAX_SCORING_ROWS);
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.name === info.name) continue;
    const isDeclared = declared.has(column.name);
    const word = afterOutcomeWord(column.name);
    const idLike = column.type === 'id' || ids.has(column.name) || nearUniqueText(table, column);
    if (idLike && !isDeclared) continue;
    const score = scoreFeature(sample, column);
    const scoreFires =
      score.metric === 'auc' ? Math.abs(score.value - 0.5) >= LEAKAGE_AUC_MARGIN : score.value >= LEAKAGE_R2;
    const rules: LeakageRule[] = [];
    if (scoreFires) rules.push('score');
    if (isDeclared) rules.push('declared');
    if (word !== null) rules.push('name');
    if (rules.length === 0) continue;
    out.push(leakageFinding(table, info.name, column, score, rules, word, sample));
  }
  return out;
};

function leakageFinding(
  table: Table,
  target: string,
  column: Column,
  score: FeatureScore,
  rules: readonly LeakageRule[],
  word: string | null,
  sample: ScoringSample,
): Finding {
  const present = countPresent(table, column);
  const strong =
    score.metric === 'auc' ? Math.abs(score.value - 0.5) >= NAME_STRONG_AUC_MARGIN : score.value >= NAME_STRONG_R2;
  const value = Number.isFinite(score.value) ? round3(score.value) : 'n/a';
  const metric = score.metric === 'auc' ? 'AUC' : 'R²';
  const messageId = rules.includes('declared')
    ? 'quality.leakageSuspect.declared'
    : rules.includes('score')
      ? 'quality.leakageSuspect.score'
      : 'quality.leakageSuspect.name';
  return catalogueFinding({
    check: 'leakage-suspect',
    severity: rules.includes('score') || rules.includes('declared') || strong ? 'error' : 'warning',
    column: column.name,
    columns: [column.name, target],
    count: present,
    share: table.rowCount === 0 ? 0 : present / table.rowCount,
    examples: [],
    messageId,
    suggestionId: 'quality.leakageSuspect.fix',
    params: { column: column.name, target, metric, value, word: word ?? '' },
    details: {
      rules,
      metric: score.metric,
      [score.metric]: Number.isFinite(score.value) ? score.value : null,
      foldValues: score.foldValues,
      ...(score.skipped ? { scoreSkipped: score.skipped } : {}),
      threshold:
        score.metric === 'auc'
          ? { aucMargin: LEAKAGE_AUC_MARGIN, nameStrongAucMargin: NAME_STRONG_AUC_MARGIN }
          : { r2: LEAKAGE_R2, nameStrongR2: NAME_STRONG_R2 },
      ...(word === null ? {} : { nameWord: word }),
      folds: sample.folds,
      rowsScored: sample.rows.length,
      sampled: sample.rows.length < sample.labelled,
    },
  });
}

function countPresent(table: Table, column: Column): number {
  let n = 0;
  for (let i = 0; i < table.rowCount; i++) if (!isMissingAt(column, storageRow(table, i))) n++;
  return n;
}

/** Category columns whose values are nearly all distinct (free text, keys). */
function nearUniqueText(table: Table, column: Column): boolean {
  if (column.storage !== 'category') return false;
  const seen = new Uint8Array(column.dictionary.length);
  let distinct = 0;
  let present = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const c = column.codes[storageRow(table, i)];
    if (c < 0) continue;
    present++;
    if (seen[c] === 0) {
      seen[c] = 1;
      distinct++;
    }
  }
  return present >= 20 && distinct > ID_LIKE_SHARE * present;
}
