/**
 * @module quality/clean/recipe
 * A cleaning recipe is plain JSON data: an ordered list of steps, each a `kind` tag with its parameters and an
 * optional `reason` (the finding that proposed it). `leitwerk inspect` proposes one (`proposeRecipe`),
 * `leitwerk clean` applies it (`applyRecipe`), and the same function replays it on new rows at prediction time.
 * The pseudonymisation key is never part of a recipe; it is passed when the recipe is applied.
 *
 * To add a step: add its interface to `RecipeStep`, its kind to `STEP_KINDS`, its fields to `STEP_FIELDS`
 * (parse-recipe.ts) and its executor to `STEP_EXECUTORS` (apply-recipe.ts). The compiler checks the last two.
 *
 * @example
 * ```ts
 * import type { Recipe } from './recipe.js';
 * const recipe: Recipe = {
 *   kind: 'leitwerk.recipe',
 *   formatVersion: 1,
 *   steps: [
 *     { kind: 'drop-duplicate-rows' },
 *     { kind: 'to-missing', column: 'job', values: ['unknown'] },
 *     { kind: 'to-missing', column: 'pdays', values: [999] },
 *   ],
 * };
 * ```
 */

/** The recipe format version this code reads and writes. */
export const RECIPE_FORMAT_VERSION = 1;

/** What the recipe was proposed from: enough to notice that it is applied to different data. */
export interface RecipeSource {
  /** File or table name. */
  readonly name: string;
  /** Rows of the profiled table. */
  readonly rows: number;
  /** Column names and logical types, in order. */
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

interface StepBase {
  /** Why the step is there, e.g. the finding that proposed it (`duplicate-rows: 12 rows …`). */
  readonly reason?: string;
}

/**
 * Remove exact duplicate rows (all columns, or only `columns`), keeping the first of each group.
 * Training only: skipped on replay so that scoring never loses a customer.
 */
export interface DropDuplicateRowsStep extends StepBase {
  readonly kind: 'drop-duplicate-rows';
  /** Compare only these columns (default: all). */
  readonly columns?: readonly string[];
}

/** Remove the rows where `column` is missing (e.g. the target). Training only: skipped on replay. */
export interface DropRowsMissingStep extends StepBase {
  readonly kind: 'drop-rows-missing';
  readonly column: string;
}

/**
 * Turn disguised missing values (`"unknown"`, `"n/a"`) and numeric sentinels (`999`, `-1`) into real missing
 * values. Strings match the text of a cell exactly; numbers match numeric cells (and category cells whose text
 * is that number).
 */
export interface ToMissingStep extends StepBase {
  readonly kind: 'to-missing';
  readonly column: string;
  readonly values: readonly (string | number)[];
}

/**
 * Rewrite spelling variants of a category to one canonical spelling. Each value is looked up in `mapping` as it
 * is; if absent it is trimmed / case-folded (when asked) and looked up again; a value not in the mapping keeps
 * its trimmed / case-folded form.
 */
export interface NormaliseCategoriesStep extends StepBase {
  readonly kind: 'normalise-categories';
  readonly column: string;
  /** variant → canonical spelling. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Remove leading and trailing white space from every value. */
  readonly trim?: boolean;
  /** Fold every value to lower or upper case. */
  readonly case?: 'lower' | 'upper';
}

/**
 * Read a text column as numbers. White space, currency signs (€ $ £ ¥), `%` and thousands separators are
 * removed; with `decimalComma` the comma is the decimal mark (`1.234,5`). Cells that do not parse become
 * missing and are counted in the log.
 */
export interface ParseNumbersStep extends StepBase {
  readonly kind: 'parse-numbers';
  readonly column: string;
  readonly decimalComma?: boolean;
}

/**
 * Read a text column as dates (UTC) with a format built from `YYYY MM M DD D HH H mm ss SSS` and literal
 * characters, e.g. `DD.MM.YYYY` or `YYYY-MM-DD HH:mm:ss`; `ISO` accepts ISO 8601. Cells that do not parse become
 * missing and are counted.
 */
export interface ParseDatesStep extends StepBase {
  readonly kind: 'parse-dates';
  readonly column: string;
  readonly format: string;
}

/** Remove columns (constant columns, ID columns, leaking columns). */
export interface DropColumnsStep extends StepBase {
  readonly kind: 'drop-columns';
  readonly columns: readonly string[];
}

/** Rename columns: old name → new name. */
export interface RenameColumnsStep extends StepBase {
  readonly kind: 'rename-columns';
  readonly mapping: Readonly<Record<string, string>>;
}

/**
 * Replace personal data by keyed pseudonyms (HMAC-SHA256 with the project key, `pii_` + 16 base32 characters).
 * `normalise: 'auto'` (default) lower-cases e-mails and strips the layout of phone numbers and IBANs first, so
 * the same person gets the same token however it was typed; `'none'` only trims.
 */
export interface PseudonymiseStep extends StepBase {
  readonly kind: 'pseudonymise';
  readonly columns: readonly string[];
  readonly normalise?: 'auto' | 'none';
}

/** One step of a recipe (discriminated on `kind`). */
export type RecipeStep =
  | DropDuplicateRowsStep
  | DropRowsMissingStep
  | ToMissingStep
  | NormaliseCategoriesStep
  | ParseNumbersStep
  | ParseDatesStep
  | DropColumnsStep
  | RenameColumnsStep
  | PseudonymiseStep;

/** A step kind. */
export type StepKind = RecipeStep['kind'];

/** Every step kind, in the order a proposed recipe uses them. */
export const STEP_KINDS = Object.freeze([
  'drop-duplicate-rows',
  'drop-rows-missing',
  'to-missing',
  'normalise-categories',
  'parse-numbers',
  'parse-dates',
  'drop-columns',
  'rename-columns',
  'pseudonymise',
] as const satisfies readonly StepKind[]);

/** Steps that remove rows. They run when fitting (training) and are skipped on replay (prediction). */
export const ROW_DROPPING_STEPS: ReadonlySet<StepKind> = new Set<StepKind>([
  'drop-duplicate-rows',
  'drop-rows-missing',
]);

/** A cleaning recipe. Plain JSON; see `parseRecipe` / `serializeRecipe`. */
export interface Recipe {
  readonly kind: 'leitwerk.recipe';
  readonly formatVersion: typeof RECIPE_FORMAT_VERSION;
  readonly source?: RecipeSource;
  /** Free text for people. */
  readonly note?: string;
  readonly steps: readonly RecipeStep[];
}

/**
 * The columns a step reads or writes (for the log and for schema checks on replay).
 *
 * @example
 * ```ts
 * stepColumns({ kind: 'to-missing', column: 'job', values: ['unknown'] }); // ['job']
 * ```
 */
export function stepColumns(step: RecipeStep): readonly string[] {
  switch (step.kind) {
    case 'drop-duplicate-rows':
      return step.columns ?? [];
    case 'drop-columns':
    case 'pseudonymise':
      return step.columns;
    case 'rename-columns':
      return Object.keys(step.mapping);
    default:
      return [step.column];
  }
}

/**
 * An empty recipe, to build on by hand.
 *
 * @example
 * ```ts
 * const r = { ...emptyRecipe(), steps: [{ kind: 'drop-duplicate-rows' as const }] };
 * ```
 */
export function emptyRecipe(): Recipe {
  return { kind: 'leitwerk.recipe', formatVersion: RECIPE_FORMAT_VERSION, steps: [] };
}
