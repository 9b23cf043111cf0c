/**
 * @module quality/clean/propose-recipe
 * Turn the findings of `inspect` into a recipe the user can read, edit and apply. One finding kind → one
 * kind of step:
 *
 * | finding                                   | step                                                   |
 * |-------------------------------------------|--------------------------------------------------------|
 * | `duplicate-rows`                          | `drop-duplicate-rows`                                  |
 * | `disguised-missing` (`details.token`)     | `to-missing` (one step per column, tokens merged)      |
 * | `sentinel-value` (`details.value`)        | `to-missing` (merged with the column's tokens)         |
 * | `inconsistent-categories` (`details.groups`: `[variant, count][]` per group) | `normalise-categories`, canonical = most frequent variant |
 * | `numbers-as-text` on a text column        | `parse-numbers` (decimal comma decided from the values) |
 * | `missing-target`                          | `drop-rows-missing` on the target                      |
 * | `constant-column`, `id-column`            | `drop-columns` (never the declared ID columns or the target) |
 * | `pii`                                     | `pseudonymise` (columns not dropped; never the target) |
 *
 * Step order: drop duplicates (as the check counted them, on the raw rows) → to-missing → normalise → parse
 * numbers → drop rows without target → drop columns → pseudonymise. Finding `details` are read defensively:
 * a finding whose details are not as expected proposes nothing rather than a wrong step.
 *
 * @example
 * ```ts
 * import { proposeRecipe } from './propose-recipe.js';
 * const recipe = proposeRecipe(profile, table, { id: ['customerID'] });
 * await writeFileAtomic('recipe.json', serializeRecipe(recipe));
 * ```
 */
import { hasColumn, type Table } from '../../data/table.js';
import type { TableProfile } from '../column-profile.js';
import type { CheckId, Finding } from '../finding.js';
import { parseNumberText } from './parse-steps.js';
import { RECIPE_FORMAT_VERSION, type Recipe, type RecipeStep } from './recipe.js';

/** What the user declared about the data (as given to `inspect`). */
export interface ProposeOptions {
  /** ID columns: never dropped (they identify the customer in the scored output). */
  readonly id?: readonly string[];
  /** The target: never dropped or pseudonymised. Defaults to `profile.target`. */
  readonly target?: string;
}

function reasonOf(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.check}: ${f.message}`).join(' ');
}

function isVariantCount(x: unknown): x is [string, number] {
  return Array.isArray(x) && x.length >= 2 && typeof x[0] === 'string' && typeof x[1] === 'number';
}

/** A variant and its count from `[variant, count]` or `{ value, count }`. */
function variantCount(x: unknown): [string, number] | null {
  if (isVariantCount(x)) return [x[0], x[1]];
  if (typeof x === 'object' && x !== null) {
    const o = x as Record<string, unknown>;
    const value = o.value ?? o.variant;
    if (typeof value === 'string' && typeof o.count === 'number') return [value, o.count];
  }
  return null;
}

/**
 * The mapping variant → canonical for the groups of an `inconsistent-categories` finding. The canonical
 * spelling is the most frequent variant of its group (ties: the smaller string by code points).
 *
 * @example
 * ```ts
 * categoryMapping([[['yes', 90], ['Yes', 8], [' yes', 2]]]); // { Yes: 'yes', ' yes': 'yes' }
 * ```
 */
export function categoryMapping(groups: unknown): Record<string, string> {
  const mapping: Record<string, string> = {};
  if (!Array.isArray(groups)) return mapping;
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const variants = group.map(variantCount).filter((v): v is [string, number] => v !== null);
    if (variants.length < 2) continue;
    const canonical = [...variants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
    for (const [variant] of variants) {
      if (variant !== canonical) {
        Object.defineProperty(mapping, variant, {
          value: canonical,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return mapping;
}

/** Whether a column's texts read better with a decimal comma (more of its distinct values parse). */
function prefersDecimalComma(table: Table, name: string, details: Readonly<Record<string, unknown>> | undefined) {
  if (typeof details?.decimalComma === 'boolean') return details.decimalComma;
  const column = table.columns.find((c) => c.name === name);
  if (!column || column.storage !== 'category') return false;
  let comma = 0;
  let point = 0;
  for (const text of column.dictionary) {
    if (parseNumberText(text, true) === parseNumberText(text, true)) comma++;
    if (parseNumberText(text, false) === parseNumberText(text, false)) point++;
  }
  return comma > point;
}

function missingValuesOf(finding: Finding): (string | number)[] {
  const d = finding.details ?? {};
  const out: (string | number)[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out.push(v);
  };
  if (finding.check === 'disguised-missing') {
    add(d.token);
    if (Array.isArray(d.tokens)) d.tokens.forEach(add);
  } else {
    add(d.value);
    if (Array.isArray(d.values)) d.values.forEach(add);
  }
  return out;
}

/**
 * Propose a recipe from an inspect profile. Deterministic: findings are taken in the profile's order.
 *
 * @example
 * ```ts
 * const recipe = proposeRecipe(await profileTable(table, { target: 'y' }), table);
 * recipe.steps.map((s) => s.kind); // ['drop-duplicate-rows', 'to-missing', …]
 * ```
 */
export function proposeRecipe(profile: TableProfile, table: Table, options: ProposeOptions = {}): Recipe {
  const target = options.target ?? profile.target;
  const keep = new Set<string>([...(options.id ?? []), ...(target === undefined ? [] : [target])]);
  const usable = profile.findings.filter((f) => f.column === null || hasColumn(table, f.column));
  const of = (check: CheckId) => usable.filter((f) => f.check === check);
  const steps: RecipeStep[] = [];

  const duplicates = of('duplicate-rows').filter((f) => f.count > 0);
  if (duplicates.length > 0) steps.push({ kind: 'drop-duplicate-rows', reason: reasonOf(duplicates) });

  // to-missing: one step per column, in the order the columns first appear in the findings
  const missingByColumn = new Map<string, { values: (string | number)[]; findings: Finding[] }>();
  for (const f of usable) {
    if ((f.check !== 'disguised-missing' && f.check !== 'sentinel-value') || f.column === null) continue;
    const values = missingValuesOf(f);
    if (values.length === 0) continue;
    const entry = missingByColumn.get(f.column) ?? { values: [], findings: [] };
    for (const v of values) if (!entry.values.includes(v)) entry.values.push(v);
    entry.findings.push(f);
    missingByColumn.set(f.column, entry);
  }
  for (const [column, e] of missingByColumn) {
    steps.push({ kind: 'to-missing', column, values: e.values, reason: reasonOf(e.findings) });
  }

  for (const f of of('inconsistent-categories')) {
    if (f.column === null) continue;
    const mapping = categoryMapping(f.details?.groups);
    if (Object.keys(mapping).length === 0) continue;
    steps.push({ kind: 'normalise-categories', column: f.column, mapping, reason: reasonOf([f]) });
  }

  for (const f of of('numbers-as-text')) {
    // a number column with blank cells (details.blankCells) is already numbers: nothing to parse
    if (f.column === null || table.columns.find((c) => c.name === f.column)?.storage !== 'category') continue;
    const decimalComma = prefersDecimalComma(table, f.column, f.details);
    steps.push({
      kind: 'parse-numbers',
      column: f.column,
      ...(decimalComma ? { decimalComma } : {}),
      reason: reasonOf([f]),
    });
  }

  const missingTarget = of('missing-target').filter((f) => f.column !== null && f.count > 0);
  if (missingTarget.length > 0 && missingTarget[0].column !== null) {
    steps.push({ kind: 'drop-rows-missing', column: missingTarget[0].column, reason: reasonOf(missingTarget) });
  }

  // A key that holds personal data (an e-mail used as customer id) is pseudonymised rather than dropped:
  // the token still joins and de-duplicates, without the person in it.
  const piiNamed = new Set(of('pii').flatMap((f) => (f.column === null ? [] : [f.column])));
  const dropped = new Set<string>();
  for (const check of ['constant-column', 'id-column'] as const) {
    const findings = of(check).filter(
      (f) =>
        f.column !== null &&
        !keep.has(f.column) &&
        !dropped.has(f.column) &&
        !(check === 'id-column' && piiNamed.has(f.column)),
    );
    if (findings.length === 0) continue;
    // Never propose to drop every column: what is left would have no rows either.
    if (dropped.size + findings.length >= table.columns.length) continue;
    const columns = findings.map((f) => f.column as string);
    for (const c of columns) dropped.add(c);
    steps.push({ kind: 'drop-columns', columns, reason: reasonOf(findings) });
  }

  const pii = of('pii').filter((f) => f.column !== null && f.column !== target && !dropped.has(f.column));
  const piiColumns = [...new Set(pii.map((f) => f.column as string))];
  if (piiColumns.length > 0) steps.push({ kind: 'pseudonymise', columns: piiColumns, reason: reasonOf(pii) });

  return {
    kind: 'leitwerk.recipe',
    formatVersion: RECIPE_FORMAT_VERSION,
    source: {
      name: profile.source,
      rows: profile.rows,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
    },
    steps,
  };
}
