/**
 * @module quality/clean
 * Cleaning recipes (the library side of `leitwerk clean`): the recipe format, proposing a recipe from inspect
 * findings, applying or replaying it with a log of what changed, and keyed pseudonymisation with the project key.
 *
 * @example
 * ```ts
 * import { applyRecipe, loadOrCreateProjectKey, parseRecipe, proposeRecipe } from './index.js';
 * const recipe = proposeRecipe(profile, table);
 * const { table: clean, log } = applyRecipe(table, recipe, { key: await loadOrCreateProjectKey('.'), mode: 'fit' });
 * ```
 */
export {
  type ApplyRecipeOptions,
  type ApplyRecipeResult,
  type RecipeLogEntry,
  applyRecipe,
} from './apply-recipe.js';
export { type DateParser, compileDateFormat, dateFormatProblem } from './date-format.js';
export { STEP_FIELDS, parseRecipe, serializeRecipe } from './parse-recipe.js';
export { parseNumberText } from './parse-steps.js';
export { type ProposeOptions, categoryMapping, proposeRecipe } from './propose-recipe.js';
export {
  PROJECT_KEY_BYTES,
  loadOrCreateProjectKey,
  loadProjectKey,
  projectKeyPath,
} from './project-key.js';
export {
  MIN_KEY_BYTES,
  PSEUDONYM_PREFIX,
  base32,
  keyBytes,
  normalisePii,
  pseudonym,
  pseudonymiseColumn,
} from './pseudonymise.js';
export {
  type DropColumnsStep,
  type DropDuplicateRowsStep,
  type DropRowsMissingStep,
  type NormaliseCategoriesStep,
  type ParseDatesStep,
  type ParseNumbersStep,
  type PseudonymiseStep,
  type Recipe,
  type RecipeSource,
  type RecipeStep,
  type RenameColumnsStep,
  type StepKind,
  type ToMissingStep,
  RECIPE_FORMAT_VERSION,
  ROW_DROPPING_STEPS,
  STEP_KINDS,
  emptyRecipe,
  stepColumns,
} from './recipe.js';
export { duplicateRowMask } from './row-steps.js';
export { canonicalValue } from './value-steps.js';
