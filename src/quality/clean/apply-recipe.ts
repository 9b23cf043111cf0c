/**
 * @module quality/clean/apply-recipe
 * Apply a recipe to a table, step by step, and log what each step changed. The same function cleans the
 * training data (`mode: 'fit'`) and replays the recipe on new rows at prediction time (`mode: 'replay'`).
 *
 * - Deterministic: the output depends only on the table, the recipe and the key — identical input gives
 *   identical output (no clocks, no randomness, no iteration over unordered state).
 * - Replay never removes rows: `drop-duplicate-rows` and `drop-rows-missing` are training-only and are
 *   skipped on replay (the log says so), so scoring never loses a customer. Column steps apply the same way in
 *   both modes.
 * - A column a step names that is absent → NotFoundError `schema.unknownColumn`.
 * - `pseudonymise` needs the project key (`key`); it is never read from the recipe.
 *
 * @example
 * ```ts
 * import { applyRecipe } from './apply-recipe.js';
 * const { table: clean, log } = applyRecipe(table, recipe, { key, mode: 'fit' });
 * const { table: scored } = applyRecipe(newRows, recipe, { key, mode: 'replay' }); // same rows, same order
 * ```
 */
import { type Table, materialize } from '../../data/table.js';
import { type MessageId, type MessageParams, formatMessage } from '../../util/messages.js';
import { dropColumnsStep, pseudonymiseStep, renameColumnsStep } from './column-steps.js';
import { parseDatesStep, parseNumbersStep } from './parse-steps.js';
import { ROW_DROPPING_STEPS, type Recipe, type RecipeStep, type StepKind, stepColumns } from './recipe.js';
import { dropDuplicateRowsStep, dropRowsMissingStep } from './row-steps.js';
import type { StepContext, StepExecutor } from './step-executor.js';
import { normaliseCategoriesStep, toMissingStep } from './value-steps.js';

/** The code of every step kind (the compiler checks that each kind has one). */
const STEP_EXECUTORS: { readonly [K in StepKind]: StepExecutor<Extract<RecipeStep, { kind: K }>> } = {
  'drop-duplicate-rows': dropDuplicateRowsStep,
  'drop-rows-missing': dropRowsMissingStep,
  'to-missing': toMissingStep,
  'normalise-categories': normaliseCategoriesStep,
  'parse-numbers': parseNumbersStep,
  'parse-dates': parseDatesStep,
  'drop-columns': dropColumnsStep,
  'rename-columns': renameColumnsStep,
  pseudonymise: pseudonymiseStep,
};

/** Options of `applyRecipe`. */
export interface ApplyRecipeOptions {
  /** The project key for `pseudonymise` steps (bytes, or a string taken as UTF-8 bytes). */
  readonly key?: Uint8Array | string;
  /** `fit` on training data; `replay` on new rows at prediction time (row-dropping steps are skipped). */
  readonly mode: 'fit' | 'replay';
}

/** What one step did. Counts are 0 where they do not apply. */
export interface RecipeLogEntry {
  /** 1-based step number. */
  readonly step: number;
  readonly kind: StepKind;
  readonly columns: readonly string[];
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  readonly rowsRemoved: number;
  /** Cells whose value changed (including those made missing, and values parsed to a new type). */
  readonly cellsChanged: number;
  /** Cells that became missing. */
  readonly cellsMadeMissing: number;
  readonly columnsRemoved: readonly string[];
  /** True when the step was skipped because it removes rows and the mode is `replay`. */
  readonly skipped: boolean;
  /** Up to 5 raw values that did not parse (parse steps). */
  readonly examples: readonly string[];
  /** One English sentence; `messageId` + `params` render it in another language. */
  readonly message: string;
  readonly messageId: MessageId;
  readonly params: MessageParams;
}

/** The cleaned table and the log. */
export interface ApplyRecipeResult {
  readonly table: Table;
  readonly log: readonly RecipeLogEntry[];
  readonly mode: 'fit' | 'replay';
  readonly rowsBefore: number;
  readonly rowsAfter: number;
}

function runStep(table: Table, step: RecipeStep, context: StepContext) {
  const executor = STEP_EXECUTORS[step.kind] as StepExecutor;
  return executor(table, step, context);
}

/**
 * Apply every step of a recipe in order.
 *
 * @throws NotFoundError `schema.unknownColumn` for a named column that is absent; ValidationError
 *   `recipe.noKey` for a pseudonymise step without a key, `recipe.columnType` for a step on a column of the
 *   wrong kind.
 * @example
 * ```ts
 * const { table: clean, log } = applyRecipe(table, recipe, { key: await loadOrCreateProjectKey('.'), mode: 'fit' });
 * for (const entry of log) console.log(`${entry.step}. ${entry.message}`);
 * ```
 */
export function applyRecipe(table: Table, recipe: Recipe, options: ApplyRecipeOptions): ApplyRecipeResult {
  let current = materialize(table);
  const log: RecipeLogEntry[] = [];
  recipe.steps.forEach((step, i) => {
    const context: StepContext = { step: i + 1, mode: options.mode, key: options.key };
    const before = current.rowCount;
    const base = {
      step: i + 1,
      kind: step.kind,
      columns: [...stepColumns(step)],
      rowsBefore: before,
    };
    if (options.mode === 'replay' && ROW_DROPPING_STEPS.has(step.kind)) {
      const params = { step: i + 1, kind: step.kind };
      log.push({
        ...base,
        rowsAfter: before,
        rowsRemoved: 0,
        cellsChanged: 0,
        cellsMadeMissing: 0,
        columnsRemoved: [],
        skipped: true,
        examples: [],
        message: formatMessage('clean.log.trainingOnly', params),
        messageId: 'clean.log.trainingOnly',
        params,
      });
      return;
    }
    const outcome = runStep(current, step, context);
    current = materialize(outcome.table);
    log.push({
      ...base,
      rowsAfter: current.rowCount,
      rowsRemoved: outcome.rowsRemoved ?? 0,
      cellsChanged: outcome.cellsChanged ?? 0,
      cellsMadeMissing: outcome.cellsMadeMissing ?? 0,
      columnsRemoved: outcome.columnsRemoved ?? [],
      skipped: false,
      examples: outcome.examples ?? [],
      message: formatMessage(outcome.messageId, outcome.params),
      messageId: outcome.messageId,
      params: outcome.params,
    });
  });
  return { table: current, log, mode: options.mode, rowsBefore: table.rowCount, rowsAfter: current.rowCount };
}
