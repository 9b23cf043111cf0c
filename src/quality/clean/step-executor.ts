/**
 * @module quality/clean/step-executor
 * The contract between `applyRecipe` and the code of one step kind, and the small helpers the steps share.
 * An executor takes a materialized table (storage rows = visible rows) and its step, and returns the new
 * table with counts of what changed and a catalogue message for the log.
 *
 * @example
 * ```ts
 * import type { StepExecutor } from './step-executor.js';
 * const dropColumnsStep: StepExecutor<DropColumnsStep> = (table, step) => ({ table: dropColumns(table, step.columns), … });
 * ```
 */
import { type CategoryColumn, type Column, categoryColumn } from '../../data/column.js';
import { type Table, createTable } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import type { MessageId, MessageParams } from '../../util/messages.js';
import type { RecipeStep } from './recipe.js';

/** What `applyRecipe` passes to every step. */
export interface StepContext {
  /** 1-based step number, for messages. */
  readonly step: number;
  readonly mode: 'fit' | 'replay';
  /** The pseudonymisation key, when one was given. */
  readonly key?: Uint8Array | string;
}

/** What one step did. Counts that do not apply are left out (and logged as 0). */
export interface StepOutcome {
  readonly table: Table;
  readonly rowsRemoved?: number;
  readonly cellsChanged?: number;
  readonly cellsMadeMissing?: number;
  readonly columnsRemoved?: readonly string[];
  /** Up to 5 raw values that did not parse (parse steps). */
  readonly examples?: readonly string[];
  readonly messageId: MessageId;
  readonly params: MessageParams;
}

/** The code of one step kind. */
export type StepExecutor<S extends RecipeStep = RecipeStep> = (
  table: Table,
  step: S,
  context: StepContext,
) => StepOutcome;

/**
 * The table with one column replaced (same position, same name). The table must be materialized.
 *
 * @example
 * ```ts
 * replaceColumn(table, numberColumn('age', parsed));
 * ```
 */
export function replaceColumn(table: Table, column: Column): Table {
  return createTable(
    table.columns.map((c) => (c.name === column.name ? column : c)),
    table.source,
    table.index,
  );
}

/**
 * A category column from codes that may leave dictionary entries unused: unused entries are removed and the
 * codes renumbered, keeping the dictionary order. Logical type and info are kept from `like`.
 *
 * @example
 * ```ts
 * compactCategory(job, codesWithSomeMissing);
 * ```
 */
export function compactCategory(like: CategoryColumn, codes: Int32Array, dictionary = like.dictionary): CategoryColumn {
  const used = new Uint8Array(dictionary.length);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) used[codes[i]] = 1;
  const remap = new Int32Array(dictionary.length).fill(-1);
  const dict: string[] = [];
  for (let c = 0; c < dictionary.length; c++) {
    if (used[c]) {
      remap[c] = dict.length;
      dict.push(dictionary[c]);
    }
  }
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? -1 : remap[codes[i]];
  return categoryColumn(like.name, out, dict, like.type, like.info);
}

/**
 * The error for a step applied to a column of the wrong storage kind.
 *
 * @example
 * ```ts
 * throw wrongColumnType(context, step, column, 'text');
 * ```
 */
export function wrongColumnType(context: StepContext, step: RecipeStep, column: Column, expected: string) {
  return new ValidationError('recipe.columnType', {
    step: context.step,
    kind: step.kind,
    column: column.name,
    expected,
    got: column.storage,
  });
}

/**
 * A short, quoted list of values for a log message (at most `limit`, then `…`).
 *
 * @example
 * ```ts
 * quoteList(['unknown', 999]); // '"unknown", 999'
 * ```
 */
export function quoteList(values: readonly (string | number)[], limit = 5): string {
  const shown = values.slice(0, limit).map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(v)));
  return values.length > limit ? `${shown.join(', ')}, …` : shown.join(', ');
}
