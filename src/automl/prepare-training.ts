/**
 * @module automl/prepare-training
 * The first half of `train`, before any model: run the data check on the table, apply its recipe, read the
 * target (task, positive class, rows without a target), choose the feature columns — saying why each other
 * column is left out, and loudly so for leakage suspects — and split the rows into an optional holdout and the
 * cross-validation folds (stratified, grouped, or out-of-time). It also reads the row order for context columns
 * (values that stay the same over long runs of rows, like a call date): the pipelines then add the context size.
 *
 * @example
 * ```ts
 * import { prepareTraining } from './prepare-training.js';
 * const prep = prepareTraining(table, { target: 'y', folds: 5, seed: 1 }, 'en');
 * prep.task; // 'binary'
 * prep.features; // ['age', 'job', …] — without 'duration' (leakage suspect)
 * ```
 */
import { type Table, columnNames, getColumn, hasColumn, storageRow, takeRows } from '../data/table.js';
import { type Fold, groupKFold, holdoutSplit, kFold, stratifiedKFold, timeFolds } from '../evaluation/index.js';
import { findContextColumns } from '../features/index.js';
import type { Task } from '../learners/learner.js';
import { columnValues } from '../learners/table-matrix.js';
import { applyRecipe } from '../quality/clean/apply-recipe.js';
import { proposeRecipe } from '../quality/clean/propose-recipe.js';
import type { Recipe } from '../quality/clean/recipe.js';
import type { TableProfile } from '../quality/column-profile.js';
import { profileTable } from '../quality/profile-table.js';
import { targetInfo } from '../quality/target-info.js';
import { ValidationError } from '../util/errors.js';
import { type Language, type MessageId, type MessageParams, formatMessage } from '../util/messages.js';
import { pickRows } from './fold-data.js';
import type { Statement } from './train-result.js';

/** The least number of rows with a target that `train` accepts. */
export const MIN_TRAIN_ROWS = 50;

/** The special `--time` value that means "the order of the rows in the file". */
export const ROW_ORDER = '@row';

/** What the preparation step takes. */
export interface PrepareOptions {
  readonly target: string;
  readonly positive?: string;
  readonly task?: Task;
  readonly exclude?: readonly string[];
  readonly sensitive?: readonly string[];
  readonly keep?: readonly string[];
  readonly id?: readonly string[];
  readonly folds?: number;
  readonly group?: string;
  /** A datetime or numeric column, or `@row` for the file's row order. */
  readonly time?: string;
  readonly holdout?: number;
  readonly seed?: number;
  /** Project key for pseudonymisation steps of the recipe. */
  readonly key?: Uint8Array;
  /** Look for context columns in the row order and add the context size as a feature (default true). */
  readonly context?: boolean;
}

/** Prepared data: everything the search needs. */
export interface PreparedTraining {
  readonly profile: TableProfile;
  /** The recipe applied to the table. */
  readonly recipe: Recipe;
  readonly task: Task;
  readonly classes: readonly string[] | null;
  readonly positive: string | null;
  readonly classCount: number;
  /** The cleaned table restricted to rows with a target (visible rows in file order). */
  readonly table: Table;
  /** Target per row of `table`: 0/1 (binary, 1 = positive), class index, or value. */
  readonly y: Float64Array;
  readonly features: readonly string[];
  /** Context columns found in the row order (see `features/context-count`); empty when none. */
  readonly context: readonly string[];
  readonly excluded: readonly { readonly column: string; readonly reason: string }[];
  readonly leakage: readonly { readonly column: string; readonly kept: boolean; readonly score: number | null }[];
  /** Rows of `table` used for the search (all but the holdout), and the holdout rows. */
  readonly trainRows: Uint32Array;
  readonly holdoutRows: Uint32Array | null;
  /** Folds over `trainRows` positions (0 … trainRows.length-1). */
  readonly folds: readonly Fold[];
  readonly scheme: 'stratified' | 'kfold' | 'grouped' | 'time';
  readonly droppedMissingTarget: number;
  readonly droppedByRecipe: number;
  readonly choices: readonly Statement[];
}

/**
 * A statement in the run's language.
 *
 * @example
 * ```ts
 * statement('en', 'task', 'train.choice.task', { task: 'binary', target: 'y', reason: 'has two classes' });
 * ```
 */
export function statement(
  lang: Language,
  id: string,
  messageId: MessageId,
  params: MessageParams,
  severity: Statement['severity'] = 'info',
): Statement {
  return {
    id,
    severity,
    messageId,
    params: params as Statement['params'],
    text: formatMessage(messageId, params, lang),
  };
}

function requireColumn(table: Table, option: string, column: string | undefined): void {
  if (column !== undefined && column !== ROW_ORDER && !hasColumn(table, column)) {
    throw new ValidationError('train.columnMissing', { option, column });
  }
}

/** Integer group code per visible row (missing values form one group of their own). */
function groupCodes(table: Table, column: string): Int32Array {
  const values = columnValues(table, getColumn(table, column));
  const codes = new Map<number, number>();
  return Int32Array.from(values, (v) => {
    const key = Number.isNaN(v) ? Number.NEGATIVE_INFINITY : v;
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    return c;
  });
}

function timeValues(table: Table, column: string): Float64Array {
  if (column === ROW_ORDER) return Float64Array.from({ length: table.rowCount }, (_, i) => storageRow(table, i));
  return columnValues(table, getColumn(table, column));
}

/**
 * Check the data, clean it, read the target, choose features and split.
 *
 * @throws ValidationError `train.noTarget`, `train.targetEmpty`, `train.targetConstant`, `train.tooFewRows`,
 *   `train.noFeatures`, `train.columnMissing`.
 * @example
 * ```ts
 * const prep = prepareTraining(table, { target: 'Churn', exclude: ['customerID'], folds: 5 }, 'de');
 * ```
 */
export function prepareTraining(table: Table, options: PrepareOptions, lang: Language = 'en'): PreparedTraining {
  const { target } = options;
  if (!hasColumn(table, target)) {
    throw new ValidationError('train.noTarget', { target, columns: columnNames(table).join(', ') });
  }
  requireColumn(table, '--group', options.group);
  requireColumn(table, '--time', options.time);
  for (const c of [...(options.exclude ?? []), ...(options.sensitive ?? []), ...(options.keep ?? [])]) {
    requireColumn(table, c === undefined ? '' : '--exclude/--sensitive/--keep', c);
  }
  const seed = options.seed ?? 0;
  const choices: Statement[] = [];
  const profile = profileTable(table, {
    target,
    id: options.id,
    sensitive: options.sensitive,
    positive: options.positive,
    seed,
  });
  const recipe = proposeRecipe(profile, table, { id: options.id, target });
  // rows are not dropped for a missing target by the recipe here: train reports them itself
  const fitRecipe: Recipe = { ...recipe, steps: recipe.steps.filter((s) => s.kind !== 'drop-rows-missing') };
  const cleaned = applyRecipe(table, fitRecipe, { mode: 'fit', key: options.key });
  const clean = cleaned.table;
  if (fitRecipe.steps.length > 0) {
    choices.push(statement(lang, 'recipe', 'train.choice.recipe', { steps: fitRecipe.steps.length }));
  }

  const info = targetInfo(clean, target, options.positive);
  if (info.kind === 'empty') throw new ValidationError('train.targetEmpty', { target });
  if (info.kind === 'constant') {
    throw new ValidationError('train.targetConstant', { target, value: info.classes[0] ?? '' });
  }
  let task: Task = info.kind;
  if (options.task !== undefined && options.task !== task) {
    const classes = info.classes.length;
    if (
      options.task === 'regression' &&
      info.values.length === 0 &&
      !info.classes.every((c) => Number.isFinite(Number(c)))
    ) {
      throw new ValidationError('train.taskMismatch', {
        target,
        task: options.task,
        reason: 'its values are not numbers',
      });
    }
    if (options.task === 'binary' && classes > 2) {
      throw new ValidationError('train.taskMismatch', { target, task: 'binary', reason: `${classes} classes` });
    }
    task = options.task;
  }
  const keepRows: number[] = [];
  const n = clean.rowCount;
  let yAll: Float64Array;
  let classes: string[] | null = null;
  let positive: string | null = null;
  if (task === 'regression') {
    yAll =
      info.kind === 'regression'
        ? info.values
        : Float64Array.from(info.labels, (l) => (l < 0 ? Number.NaN : Number(info.classes[l])));
  } else if (task === 'binary') {
    const p = info.positive >= 0 ? info.positive : info.classes.length - 1;
    positive = info.classes[p];
    const negative = info.classes.find((_, k) => k !== p) ?? '';
    classes = [negative, positive];
    yAll = Float64Array.from(info.labels, (l) => (l < 0 ? Number.NaN : l === p ? 1 : 0));
    const reason =
      info.positiveReason === 'option'
        ? 'train.reason.positiveOption'
        : info.positiveReason === 'name'
          ? 'train.reason.positiveName'
          : 'train.reason.positiveMinority';
    choices.push(
      statement(lang, 'positive', 'train.choice.positive', { positive, reason: formatMessage(reason, {}, lang) }),
    );
  } else {
    classes = [...info.classes];
    yAll = Float64Array.from(info.labels, (l) => (l < 0 ? Number.NaN : l));
  }
  for (let i = 0; i < n; i++) if (!Number.isNaN(yAll[i])) keepRows.push(i);
  const droppedMissingTarget = n - keepRows.length;
  if (keepRows.length < MIN_TRAIN_ROWS) {
    throw new ValidationError('train.tooFewRows', { rows: keepRows.length, min: MIN_TRAIN_ROWS });
  }
  if (droppedMissingTarget > 0) {
    choices.push(statement(lang, 'missing-target', 'train.choice.missingTarget', { count: droppedMissingTarget }));
  }
  const rows = Uint32Array.from(keepRows);
  const usable = takeRows(clean, rows);
  const y = Float64Array.from(rows, (r) => yAll[r]);
  const taskReason =
    options.task !== undefined
      ? formatMessage('train.reason.taskOption', {}, lang)
      : task === 'binary'
        ? formatMessage('train.reason.taskBinary', {}, lang)
        : task === 'multiclass'
          ? formatMessage('train.reason.taskMulticlass', { count: classes?.length ?? 0 }, lang)
          : formatMessage('train.reason.taskRegression', {}, lang);
  choices.unshift(statement(lang, 'task', 'train.choice.task', { task, target, reason: taskReason }));

  // ---- features
  const excluded: { column: string; reason: string }[] = [];
  const exclude = (column: string, reason: MessageId) => {
    const text = formatMessage(reason, {}, lang);
    excluded.push({ column, reason: text });
    if (reason !== 'train.reason.target') {
      choices.push(statement(lang, `excluded:${column}`, 'train.choice.excluded', { column, reason: text }));
    }
  };
  const keep = new Set(options.keep ?? []);
  const leakage: { column: string; kept: boolean; score: number | null }[] = [];
  const leakSuspects = new Map<string, { metric: string; value: number | null }>();
  for (const f of profile.findings) {
    if (f.check !== 'leakage-suspect' || f.column === null) continue;
    const metric = String(f.details?.metric ?? 'auc');
    const v = f.details?.[metric];
    leakSuspects.set(f.column, { metric, value: typeof v === 'number' ? v : null });
  }
  const features: string[] = [];
  for (const step of fitRecipe.steps) {
    if (step.kind !== 'drop-columns') continue;
    for (const column of step.columns) {
      const reason = formatMessage('train.reason.recipe', { reason: step.reason ?? '' }, lang);
      excluded.push({ column, reason });
      choices.push(statement(lang, `excluded:${column}`, 'train.choice.excluded', { column, reason }));
    }
  }
  for (const column of usable.columns) {
    const name = column.name;
    if (name === target) exclude(name, 'train.reason.target');
    else if (options.exclude?.includes(name)) exclude(name, 'train.reason.excluded');
    else if (options.sensitive?.includes(name) && !keep.has(name)) exclude(name, 'train.reason.sensitive');
    else if (name === options.group) exclude(name, 'train.reason.group');
    else if (name === options.time) exclude(name, 'train.reason.time');
    else if ((column.type === 'id' || options.id?.includes(name)) && !keep.has(name)) exclude(name, 'train.reason.id');
    else if (column.type === 'text' && !keep.has(name)) exclude(name, 'train.reason.text');
    else if (leakSuspects.has(name)) {
      const s = leakSuspects.get(name) as { metric: string; value: number | null };
      const kept = keep.has(name);
      leakage.push({ column: name, kept, score: s.value });
      const params = { column: name, metric: s.metric.toUpperCase(), value: s.value?.toFixed(3) ?? '?' };
      choices.push(
        statement(
          lang,
          `leakage:${name}`,
          kept ? 'train.choice.leakageKept' : 'train.choice.leakageExcluded',
          params,
          'warning',
        ),
      );
      if (kept) features.push(name);
      else excluded.push({ column: name, reason: formatMessage('train.choice.leakageExcluded', params, lang) });
    } else features.push(name);
  }
  if (features.length === 0) {
    throw new ValidationError('train.noFeatures', { excluded: excluded.map((e) => e.column).join(', ') });
  }

  // ---- context size (from the row order; no target is read)
  const found = options.context === false ? null : findContextColumns(usable, features);
  const context = found?.columns ?? [];
  if (found && context.length > 0) {
    choices.push(
      statement(lang, 'context', 'train.choice.context', {
        columns: context.join(', '),
        contexts: found.contexts,
        rows: Math.round(usable.rowCount / found.contexts),
      }),
    );
  }

  // ---- splits
  const labels = task === 'regression' ? undefined : y;
  const groups = options.group ? groupCodes(usable, options.group) : undefined;
  const order = options.time ? timeValues(usable, options.time) : undefined;
  let trainRows: Uint32Array = Uint32Array.from({ length: usable.rowCount }, (_, i) => i);
  let holdoutRows: Uint32Array | null = null;
  const holdout = options.holdout ?? 0;
  if (holdout > 0) {
    const split = holdoutSplit(usable.rowCount, holdout, { seed, labels, groups, order });
    trainRows = split.train;
    holdoutRows = split.valid;
    choices.push(
      statement(lang, 'holdout', 'train.choice.holdout', {
        share: `${Math.round(holdout * 100)} %`,
        rows: holdoutRows.length,
      }),
    );
  }
  const k = options.folds ?? 5;
  const sub = (v: ArrayLike<number> | undefined) => (v ? pickRows(v, trainRows) : undefined);
  let folds: Fold[];
  let scheme: PreparedTraining['scheme'];
  if (order) {
    folds = timeFolds(sub(order) as Float64Array, k);
    scheme = 'time';
    choices.push(statement(lang, 'validation', 'train.choice.validation.time', { folds: k, time: options.time ?? '' }));
  } else if (groups) {
    folds = groupKFold(sub(groups) as Float64Array, k, seed, sub(labels));
    scheme = 'grouped';
    choices.push(
      statement(lang, 'validation', 'train.choice.validation.grouped', { folds: k, group: options.group ?? '' }),
    );
  } else if (labels) {
    folds = stratifiedKFold(sub(labels) as Float64Array, k, seed);
    scheme = 'stratified';
    choices.push(statement(lang, 'validation', 'train.choice.validation.stratified', { folds: k }));
  } else {
    folds = kFold(trainRows.length, k, seed);
    scheme = 'kfold';
    choices.push(statement(lang, 'validation', 'train.choice.validation.kfold', { folds: k }));
  }
  return {
    profile,
    recipe: fitRecipe,
    task,
    classes,
    positive,
    classCount: task === 'regression' ? 0 : (classes?.length ?? 0),
    table: usable,
    y,
    features,
    context,
    excluded,
    leakage,
    trainRows,
    holdoutRows,
    folds,
    scheme,
    droppedMissingTarget,
    droppedByRecipe: cleaned.rowsBefore - cleaned.rowsAfter,
    choices,
  };
}
