/**
 * @module quality/sensitive-groups
 * Split the rows by a sensitive attribute (sex, marital status, age, nationality…) into groups — the
 * "facets" of the data-bias check.
 *
 * Rules:
 * - category columns: one group per value; boolean: `false` / `true`; datetime: one group per year.
 * - number columns named like an age (`age`, `alter`, `age_years`…): the bands `< 25`, `25–34`, `35–44`,
 *   `45–54`, `55–64`, `≥ 65`; other whole-number columns with at most 12 values: one group per value;
 *   otherwise five bands cut at the quintiles.
 * - rows with a missing value form the group `(missing)` — shown and counted, never dropped.
 * - bands and values without rows are left out.
 * Errors: a column that does not exist (`NotFoundError`), one that is missing in every row
 * (`sensitive.allMissing`) or has a single group (`sensitive.oneGroup`).
 *
 * @example
 * ```ts
 * import { sensitiveGroups } from './sensitive-groups.js';
 * const g = sensitiveGroups(table, 'age');
 * g.labels; // ['< 25', '25–34', '35–44', '45–54', '55–64', '≥ 65']
 * ```
 */
import { BOOLEAN_MISSING, type Column } from '../data/column.js';
import { getColumn, storageRow, type Table } from '../data/table.js';
import { ValidationError } from '../util/errors.js';
import { nameWords } from './name-words.js';

/** Upper edges (exclusive) of the default age bands. */
export const AGE_BAND_EDGES: readonly number[] = [25, 35, 45, 55, 65];
/** Whole-number columns with at most this many values are grouped by value. */
export const MAX_NUMERIC_GROUPS = 12;
/** Label of the group of rows with a missing value. */
export const MISSING_GROUP = '(missing)';

const AGE_WORDS = new Set(['age', 'alter', 'lebensalter', 'ages']);

/** How the groups were formed. */
export type Grouping = 'values' | 'age-bands' | 'quintile-bands' | 'years' | 'given-bands';

/** Options of `sensitiveGroups`. */
export interface SensitiveGroupOptions {
  /** Number columns: cut at these band edges (ascending) instead of the default rule (`given-bands`). */
  readonly edges?: readonly number[];
}

/** The rows of a table split by one sensitive column. */
export interface SensitiveGroups {
  readonly column: string;
  readonly grouping: Grouping;
  /** Group labels; `(missing)` last when present. */
  readonly labels: readonly string[];
  /** Group index per visible row. */
  readonly group: Int32Array;
  /** Rows per group. */
  readonly sizes: readonly number[];
  /** Band edges (age and quintile bands). */
  readonly edges?: readonly number[];
}

/**
 * Split the visible rows of `table` by the sensitive column `name` (see the module rules).
 *
 * @example
 * ```ts
 * sensitiveGroups(table, 'marital').labels; // ['divorced', 'married', 'single', 'unknown']
 * ```
 */
export function sensitiveGroups(table: Table, name: string, options: SensitiveGroupOptions = {}): SensitiveGroups {
  const column = getColumn(table, name);
  const n = table.rowCount;
  const raw = new Int32Array(n);
  let labels: string[];
  let grouping: Grouping = 'values';
  let edges: number[] | undefined;
  const sortLabels = column.storage === 'category';
  switch (column.storage) {
    case 'category':
      for (let i = 0; i < n; i++) raw[i] = column.codes[storageRow(table, i)];
      labels = [...column.dictionary];
      break;
    case 'boolean':
      for (let i = 0; i < n; i++) {
        const v = column.values[storageRow(table, i)];
        raw[i] = v === BOOLEAN_MISSING ? -1 : v;
      }
      labels = ['false', 'true'];
      break;
    default: {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = column.values[storageRow(table, i)];
      const banded = options.edges ? givenBands(options.edges, values, raw) : bandNumbers(column, values, raw);
      labels = banded.labels;
      grouping = banded.grouping;
      edges = banded.edges;
    }
  }
  return finish(column.name, raw, labels, grouping, edges, sortLabels);
}

function bandNumbers(
  column: Column,
  values: Float64Array,
  out: Int32Array,
): { labels: string[]; grouping: Grouping; edges?: number[] } {
  if (column.storage === 'datetime') {
    const years = new Map<number, number>();
    const labels: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) {
        out[i] = -1;
        continue;
      }
      const y = new Date(v).getUTCFullYear();
      let code = years.get(y);
      if (code === undefined) {
        code = labels.length;
        years.set(y, code);
        labels.push(String(y));
      }
      out[i] = code;
    }
    return { labels, grouping: 'years' };
  }
  if (nameWords(column.name).some((w) => AGE_WORDS.has(w))) {
    const edges = [...AGE_BAND_EDGES];
    const labels = bandLabels(edges, 1);
    for (let i = 0; i < values.length; i++) out[i] = values[i] === values[i] ? bandOf(edges, values[i]) : -1;
    return { labels, grouping: 'age-bands', edges };
  }
  const distinct = new Set<number>();
  let whole = true;
  for (let i = 0; i < values.length && distinct.size <= MAX_NUMERIC_GROUPS; i++) {
    const v = values[i];
    if (v === v) {
      distinct.add(v);
      if (!Number.isInteger(v)) whole = false;
    }
  }
  if (whole && distinct.size <= MAX_NUMERIC_GROUPS) {
    const sorted = [...distinct].sort((a, b) => a - b);
    const lookup = new Map(sorted.map((v, i) => [v, i]));
    for (let i = 0; i < values.length; i++) out[i] = values[i] === values[i] ? (lookup.get(values[i]) ?? -1) : -1;
    return { labels: sorted.map(String), grouping: 'values' };
  }
  const present = values.filter((v) => v === v).sort();
  const edges: number[] = [];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const e = Number(present[Math.floor(q * present.length)]?.toPrecision(4));
    if (Number.isFinite(e) && e > present[0] && (edges.length === 0 || e > edges[edges.length - 1])) edges.push(e);
  }
  for (let i = 0; i < values.length; i++) out[i] = values[i] === values[i] ? bandOf(edges, values[i]) : -1;
  return { labels: bandLabels(edges, 0), grouping: 'quintile-bands', edges };
}

/** Cut at the given edges; inner bands end one below the next edge when edges and values are whole numbers. */
function givenBands(
  given: readonly number[],
  values: Float64Array,
  out: Int32Array,
): { labels: string[]; grouping: Grouping; edges: number[] } {
  const edges = [...given];
  let whole = edges.every(Number.isInteger);
  for (let i = 0; i < values.length && whole; i++)
    if (values[i] === values[i] && !Number.isInteger(values[i])) whole = false;
  for (let i = 0; i < values.length; i++) out[i] = values[i] === values[i] ? bandOf(edges, values[i]) : -1;
  return { labels: bandLabels(edges, whole ? 1 : 0), grouping: 'given-bands', edges };
}

/**
 * Band index of x: the number of edges ≤ x.
 *
 * @example
 * ```ts
 * bandOf([25, 35], 30); // 1
 * ```
 */
export function bandOf(edges: readonly number[], x: number): number {
  let b = 0;
  while (b < edges.length && x >= edges[b]) b++;
  return b;
}

/**
 * Band labels `< e0`, `e0–e1`, …, `≥ eLast`; with `step` 1 the inner bands end one below the next edge (ages).
 *
 * @example
 * ```ts
 * bandLabels([25, 35], 1); // ['< 25', '25–34', '≥ 35']
 * ```
 */
export function bandLabels(edges: readonly number[], step: 0 | 1): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`< ${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1]}–${step ? edges[i] - 1 : edges[i]}`);
  labels.push(`≥ ${edges[edges.length - 1]}`);
  return labels;
}

/** Drop empty groups, add `(missing)`, validate. */
function finish(
  column: string,
  raw: Int32Array,
  labels: readonly string[],
  grouping: Grouping,
  edges: number[] | undefined,
  sortLabels: boolean,
): SensitiveGroups {
  const counts = new Float64Array(labels.length);
  let missing = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] < 0) missing++;
    else counts[raw[i]]++;
  }
  let used = labels.flatMap((_, g) => (counts[g] > 0 ? [g] : []));
  if (sortLabels) {
    used = used.sort((a, b) => (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
  }
  if (used.length === 0) throw new ValidationError('sensitive.allMissing', { column });
  if (used.length === 1) throw new ValidationError('sensitive.oneGroup', { column, group: labels[used[0]] });
  const remap = new Int32Array(labels.length).fill(-1);
  used.forEach((g, i) => {
    remap[g] = i;
  });
  const outLabels = used.map((g) => labels[g]);
  const sizes = used.map((g) => counts[g]);
  const missingGroup = missing > 0 ? outLabels.length : -1;
  if (missing > 0) {
    outLabels.push(MISSING_GROUP);
    sizes.push(missing);
  }
  const group = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) group[i] = raw[i] < 0 ? missingGroup : remap[raw[i]];
  return Object.freeze({
    column,
    grouping,
    labels: outLabels,
    group,
    sizes,
    ...(edges ? { edges } : {}),
  });
}
