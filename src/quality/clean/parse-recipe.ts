/**
 * @module quality/clean/parse-recipe
 * Reading and writing recipe JSON. Validation is strict: an unknown step kind, an unknown field (a typo such
 * as `colum`), a missing field or a wrong type is an error that names the JSON path of the bad field
 * (`steps[2].column`). Writing is canonical (fixed key order, two-space indent), so a recipe round-trips exactly.
 *
 * @example
 * ```ts
 * import { parseRecipe, serializeRecipe } from './parse-recipe.js';
 * const recipe = parseRecipe(await readFile('recipe.json', 'utf8'), 'recipe.json');
 * await writeFileAtomic('recipe.json', serializeRecipe(recipe));
 * ```
 */
import { lineColumnAt, locateJsonError } from '../../data/json/locate-json-error.js';
import { DataError } from '../../util/errors.js';
import { dateFormatProblem } from './date-format.js';
import { RECIPE_FORMAT_VERSION, type Recipe, type RecipeStep, STEP_KINDS, type StepKind } from './recipe.js';

/** How one field of a step is checked. */
type FieldSpec =
  | {
      readonly type: 'string' | 'strings' | 'values' | 'mapping' | 'boolean' | 'dateFormat';
      readonly required: boolean;
    }
  | { readonly type: 'enum'; readonly required: boolean; readonly values: readonly string[] };

const column = { type: 'string', required: true } as const;
const reason = { type: 'string', required: false } as const;

/** The fields of every step kind, in canonical order (`kind` first, `reason` last). */
export const STEP_FIELDS: Readonly<Record<StepKind, Readonly<Record<string, FieldSpec>>>> = {
  'drop-duplicate-rows': { columns: { type: 'strings', required: false }, reason },
  'drop-rows-missing': { column, reason },
  'to-missing': { column, values: { type: 'values', required: true }, reason },
  'normalise-categories': {
    column,
    mapping: { type: 'mapping', required: true },
    trim: { type: 'boolean', required: false },
    case: { type: 'enum', required: false, values: ['lower', 'upper'] },
    reason,
  },
  'parse-numbers': { column, decimalComma: { type: 'boolean', required: false }, reason },
  'parse-dates': { column, format: { type: 'dateFormat', required: true }, reason },
  'drop-columns': { columns: { type: 'strings', required: true }, reason },
  'rename-columns': { mapping: { type: 'mapping', required: true }, reason },
  pseudonymise: {
    columns: { type: 'strings', required: true },
    normalise: { type: 'enum', required: false, values: ['auto', 'none'] },
    reason,
  },
};

const TOP_FIELDS = ['kind', 'formatVersion', 'source', 'note', 'steps'];

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function invalid(file: string, path: string, expected: string, got: unknown): DataError {
  return new DataError(
    'recipe.invalid',
    { file, reason: `${path}: expected ${expected}, got ${describe(got)}` },
    { file },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUnknownFields(file: string, path: string, obj: Record<string, unknown>, allowed: readonly string[]) {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new DataError(
        'recipe.invalid',
        { file, reason: `${path}${path ? '.' : ''}${key}: unknown field; expected one of ${allowed.join(', ')}` },
        { file },
      );
    }
  }
}

function checkField(file: string, path: string, spec: FieldSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string' || value.length === 0) throw invalid(file, path, 'a non-empty string', value);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(file, path, 'true or false', value);
      return value;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        throw invalid(file, path, `one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')}`, value);
      }
      return value;
    case 'dateFormat': {
      if (typeof value !== 'string' || value.length === 0) throw invalid(file, path, 'a date format', value);
      const problem = dateFormatProblem(value);
      if (problem) throw new DataError('recipe.invalid', { file, reason: `${path}: ${problem}` }, { file });
      return value;
    }
    case 'strings': {
      if (!Array.isArray(value) || value.length === 0) throw invalid(file, path, 'a non-empty array of names', value);
      value.forEach((v, i) => {
        if (typeof v !== 'string' || v.length === 0) throw invalid(file, `${path}[${i}]`, 'a non-empty string', v);
      });
      return Object.freeze([...value]);
    }
    case 'values': {
      if (!Array.isArray(value) || value.length === 0) throw invalid(file, path, 'a non-empty array of values', value);
      value.forEach((v, i) => {
        const ok = typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
        if (!ok) throw invalid(file, `${path}[${i}]`, 'a string or a finite number', v);
      });
      return Object.freeze([...value]);
    }
    case 'mapping': {
      if (!isPlainObject(value)) throw invalid(file, path, 'an object of "from": "to" strings', value);
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') throw invalid(file, `${path}[${JSON.stringify(k)}]`, 'a string', v);
        // defineProperty, so that a key such as "__proto__" is kept as data and never touches the prototype
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return Object.freeze(out);
    }
  }
}

function parseStep(file: string, index: number, raw: unknown): RecipeStep {
  const path = `steps[${index}]`;
  if (!isPlainObject(raw)) throw invalid(file, path, 'an object with a kind', raw);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(STEP_KINDS as readonly string[]).includes(kind)) {
    throw new DataError(
      'recipe.unknownStep',
      { file, index: index + 1, got: describe(kind), expected: STEP_KINDS.join(', ') },
      { file },
    );
  }
  const fields = STEP_FIELDS[kind as StepKind];
  checkUnknownFields(file, path, raw, ['kind', ...Object.keys(fields)]);
  const step: Record<string, unknown> = { kind };
  for (const [name, spec] of Object.entries(fields)) {
    const value = raw[name];
    if (value === undefined) {
      if (spec.required) throw invalid(file, `${path}.${name}`, 'a value (the field is required)', value);
      continue;
    }
    step[name] = checkField(file, `${path}.${name}`, spec, value);
  }
  if (kind === 'rename-columns' && Object.keys(step.mapping as object).length === 0) {
    throw invalid(file, `${path}.mapping`, 'at least one "old": "new" pair', step.mapping);
  }
  return Object.freeze(step) as unknown as RecipeStep;
}

function parseSource(file: string, raw: unknown): Recipe['source'] {
  if (!isPlainObject(raw)) throw invalid(file, 'source', 'an object', raw);
  checkUnknownFields(file, 'source', raw, ['name', 'rows', 'columns']);
  if (typeof raw.name !== 'string') throw invalid(file, 'source.name', 'a string', raw.name);
  if (typeof raw.rows !== 'number' || !Number.isInteger(raw.rows) || raw.rows < 0) {
    throw invalid(file, 'source.rows', 'a row count', raw.rows);
  }
  if (!Array.isArray(raw.columns)) throw invalid(file, 'source.columns', 'an array', raw.columns);
  const columns = raw.columns.map((c, i) => {
    if (!isPlainObject(c) || typeof c.name !== 'string' || typeof c.type !== 'string') {
      throw invalid(file, `source.columns[${i}]`, 'an object with name and type', c);
    }
    return Object.freeze({ name: c.name, type: c.type });
  });
  return Object.freeze({ name: raw.name, rows: raw.rows, columns: Object.freeze(columns) });
}

function jsonSyntaxError(file: string, text: string, error: unknown): DataError {
  const spot = locateJsonError(text);
  const reason = spot?.reason ?? (error instanceof Error ? error.message : String(error));
  const { line, column } = lineColumnAt(text, spot?.offset ?? 0);
  return new DataError('json.syntax', { file, line, column, reason }, { file, line, column });
}

/**
 * Validate recipe JSON (text or an already parsed value) into a frozen `Recipe`.
 *
 * @throws DataError `json.syntax`, `recipe.invalid` (with the path of the bad field), `recipe.unknownStep`
 *   (with the 1-based step number and the known kinds), `recipe.formatVersion`.
 * @example
 * ```ts
 * parseRecipe('{"kind":"leitwerk.recipe","formatVersion":1,"steps":[{"kind":"drop-duplicate-rows"}]}', 'r.json');
 * ```
 */
export function parseRecipe(json: string | unknown, file = 'recipe'): Recipe {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (error) {
      throw jsonSyntaxError(file, json, error);
    }
  }
  if (!isPlainObject(raw)) throw invalid(file, '(top level)', 'a recipe object', raw);
  if (raw.kind !== 'leitwerk.recipe') throw invalid(file, 'kind', '"leitwerk.recipe"', raw.kind);
  if (raw.formatVersion !== RECIPE_FORMAT_VERSION) {
    throw new DataError(
      'recipe.formatVersion',
      { file, got: describe(raw.formatVersion), expected: RECIPE_FORMAT_VERSION },
      { file },
    );
  }
  checkUnknownFields(file, '', raw, TOP_FIELDS);
  if (!Array.isArray(raw.steps)) throw invalid(file, 'steps', 'an array of steps', raw.steps);
  if (raw.note !== undefined && typeof raw.note !== 'string') throw invalid(file, 'note', 'a string', raw.note);
  const steps = raw.steps.map((s, i) => parseStep(file, i, s));
  const recipe: Record<string, unknown> = { kind: 'leitwerk.recipe', formatVersion: RECIPE_FORMAT_VERSION };
  if (raw.source !== undefined) recipe.source = parseSource(file, raw.source);
  if (raw.note !== undefined) recipe.note = raw.note;
  recipe.steps = Object.freeze(steps);
  return Object.freeze(recipe) as unknown as Recipe;
}

function canonicalStep(step: RecipeStep): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: step.kind };
  const source = step as unknown as Record<string, unknown>;
  for (const name of Object.keys(STEP_FIELDS[step.kind])) {
    if (source[name] !== undefined) out[name] = source[name];
  }
  return out;
}

/**
 * Write a recipe as canonical JSON (fixed key order, two-space indent, final newline). Validates first, so a
 * recipe built in code cannot be written in a shape that `parseRecipe` would reject.
 *
 * @example
 * ```ts
 * serializeRecipe({ kind: 'leitwerk.recipe', formatVersion: 1, steps: [] });
 * ```
 */
export function serializeRecipe(recipe: Recipe): string {
  const out: Record<string, unknown> = { kind: recipe.kind, formatVersion: recipe.formatVersion };
  if (recipe.source) {
    const { name, rows, columns } = recipe.source;
    out.source = { name, rows, columns: columns.map((c) => ({ name: c.name, type: c.type })) };
  }
  if (recipe.note !== undefined) out.note = recipe.note;
  out.steps = recipe.steps.map(canonicalStep);
  parseRecipe(out, 'recipe');
  return `${JSON.stringify(out, null, 2)}\n`;
}
