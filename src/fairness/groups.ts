/**
 * @module fairness/groups
 * The groups fairness is judged over: one attribute per sensitive column (and, on request, their
 * intersection, e.g. `Female × 25–34`), each a group index per row plus the group labels. The grouping rules
 * are those of the data-bias check (`quality/sensitive-groups.ts`: categories by value, `age` in the bands
 * `< 25`, `25–34`, …, `≥ 65`, other numbers at quintiles, `(missing)` as a group of its own); number columns
 * can be cut at given band edges instead. A column that does not exist, has one group only or is missing in
 * every row is a `ValidationError` — never a silent skip.
 *
 * @example
 * ```ts
 * import { sensitiveGroups } from './groups.js';
 * const [sex, age, both] = sensitiveGroups(table, ['sex', 'age'], { intersections: true });
 * both.labels; // ['Female × < 25', 'Female × 25–34', …]
 * ```
 */
import type { Table } from '../data/table.js';
import {
  type Grouping,
  MISSING_GROUP,
  bandLabels,
  sensitiveGroups as columnGroups,
} from '../quality/sensitive-groups.js';
import { ValidationError } from '../util/errors.js';

/** Rows split into groups: what every fairness function takes. */
export interface GroupInput {
  /** Group labels (index = group code). */
  readonly labels: readonly string[];
  /** Group code per row, 0..labels.length − 1. */
  readonly group: ArrayLike<number>;
}

/** The band edges of a number column and the label of every band (index = number of edges ≤ value). */
export interface BandSpec {
  readonly edges: readonly number[];
  readonly labels: readonly string[];
}

/** How an attribute's groups are formed: plain data, stored with a model to group new rows the same way. */
export interface GroupSpec {
  /** `sex`, or `sex × age` for an intersection. */
  readonly name: string;
  readonly columns: readonly string[];
  /** Band edges and labels per banded number column. */
  readonly bands: Readonly<Record<string, BandSpec>>;
}

/** One sensitive attribute (a column, or the intersection of several) with its groups. */
export interface GroupAttribute extends GroupInput {
  readonly name: string;
  readonly columns: readonly string[];
  /** How each column was grouped (`values`, `age-bands`, `quintile-bands`, `given-bands`, `years`). */
  readonly groupings: readonly Grouping[];
  readonly spec: GroupSpec;
  readonly group: Int32Array;
  readonly sizes: readonly number[];
}

/** Options of `sensitiveGroups`. */
export interface GroupOptions {
  /** Band edges (ascending) per number column, e.g. `{ age: [30, 50] }`; default: the data-bias rules. */
  readonly bands?: Readonly<Record<string, readonly number[]>>;
  /** Also the intersection of all the columns (when there are two or more). */
  readonly intersections?: boolean;
}

/** Separator of the parts of an intersection label. */
export const INTERSECTION_SEPARATOR = ' × ';

/**
 * Group the visible rows of `table` by each sensitive column, plus their intersection on request.
 *
 * @example
 * ```ts
 * const [age] = sensitiveGroups(table, ['age'], { bands: { age: [30, 50] } });
 * age.labels; // ['< 30', '30–49', '≥ 50']
 * ```
 */
export function sensitiveGroups(
  table: Table,
  columns: readonly string[],
  options: GroupOptions = {},
): GroupAttribute[] {
  if (columns.length === 0) throw new ValidationError('fairness.noColumns');
  const names = table.columns.map((c) => c.name);
  const out: GroupAttribute[] = [];
  for (const column of columns) {
    if (!names.includes(column)) {
      throw new ValidationError('fairness.unknownColumn', { column, columns: names.join(', ') });
    }
    const edges = options.bands?.[column];
    if (edges) checkEdges(column, edges);
    const g = columnGroups(table, column, edges ? { edges } : {});
    const bands: Record<string, BandSpec> = {};
    if (g.edges) {
      // the label of every band, also those without rows here (quality's labels list only used bands)
      const whole = bandLabels(g.edges, 1);
      const cut = bandLabels(g.edges, 0);
      const step1 =
        g.grouping === 'age-bands' ||
        (g.grouping === 'given-bands' && g.labels.every((l) => l === MISSING_GROUP || whole.includes(l)));
      bands[column] = { edges: [...g.edges], labels: step1 ? whole : cut };
    }
    out.push(
      Object.freeze({
        name: column,
        columns: [column],
        groupings: [g.grouping],
        spec: { name: column, columns: [column], bands },
        labels: g.labels,
        group: g.group,
        sizes: g.sizes,
      }),
    );
  }
  if (options.intersections && out.length > 1) out.push(intersect(out));
  return out;
}

function checkEdges(column: string, edges: readonly number[]): void {
  const ok = edges.length > 0 && edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]));
  if (!ok) throw new ValidationError('fairness.badBands', { column, got: `[${edges.join(', ')}]` });
}

/** The intersection of attributes: one group per combination that has rows, labels joined by ` × `. */
function intersect(parts: readonly GroupAttribute[]): GroupAttribute {
  const n = parts[0].group.length;
  const codes = new Map<string, number>();
  const labels: string[] = [];
  const keys: number[][] = [];
  const raw = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = parts.map((p) => p.group[i]).join(',');
    let code = codes.get(key);
    if (code === undefined) {
      code = labels.length;
      codes.set(key, code);
      keys.push(parts.map((p) => p.group[i]));
      labels.push(parts.map((p) => p.labels[p.group[i]]).join(INTERSECTION_SEPARATOR));
    }
    raw[i] = code;
  }
  // order as the parts order their groups (so `(missing)` parts sort last within each)
  const order = keys
    .map((k, code) => ({ k, code }))
    .sort((a, b) => {
      for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j] - b.k[j];
      return 0;
    })
    .map((x) => x.code);
  const remap = new Int32Array(labels.length);
  order.forEach((code, i) => {
    remap[code] = i;
  });
  const group = new Int32Array(n);
  const sizes = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < n; i++) {
    group[i] = remap[raw[i]];
    sizes[group[i]]++;
  }
  const columns = parts.flatMap((p) => p.columns);
  const outLabels = order.map((code) => labels[code]);
  if (outLabels.length < 2) {
    throw new ValidationError('sensitive.oneGroup', {
      column: columns.join(INTERSECTION_SEPARATOR),
      group: outLabels[0],
    });
  }
  const name = columns.join(INTERSECTION_SEPARATOR);
  return Object.freeze({
    name,
    columns,
    groupings: parts.flatMap((p) => p.groupings),
    spec: { name, columns, bands: Object.assign({}, ...parts.map((p) => p.spec.bands)) },
    labels: outLabels,
    group,
    sizes,
  });
}

/**
 * Group input from one label per row (e.g. read from a stored column); labels in first-seen order.
 *
 * @example
 * ```ts
 * groupsFromLabels(['m', 'f', 'm']); // { labels: ['m', 'f'], group: Int32Array [0, 1, 0] }
 * ```
 */
export function groupsFromLabels(rowLabels: readonly string[]): GroupInput {
  const codes = new Map<string, number>();
  const labels: string[] = [];
  const group = new Int32Array(rowLabels.length);
  rowLabels.forEach((label, i) => {
    let code = codes.get(label);
    if (code === undefined) {
      code = labels.length;
      codes.set(label, code);
      labels.push(label);
    }
    group[i] = code;
  });
  return { labels, group };
}

/**
 * Check a group input against `n` rows and return the group count. Throws `ValidationError` when a code is
 * out of range or fewer than two groups are present.
 *
 * @example
 * ```ts
 * checkGroups({ labels: ['a', 'b'], group: [0, 1, 1] }, 3); // 2
 * ```
 */
export function checkGroups(groups: GroupInput, n: number): number {
  const G = groups.labels.length;
  if (groups.group.length !== n) {
    throw new ValidationError('evaluation.lengthMismatch', { what: 'groups', got: groups.group.length, expected: n });
  }
  const seen = new Uint8Array(G);
  for (let i = 0; i < n; i++) {
    const g = groups.group[i];
    if (!Number.isInteger(g) || g < 0 || g >= G) {
      throw new ValidationError('fairness.badGroups', { row: i + 1, got: g, max: G - 1 });
    }
    seen[g] = 1;
  }
  const present = seen.reduce((s, v) => s + v, 0);
  if (present < 2) {
    const only = seen.indexOf(1);
    throw new ValidationError('fairness.oneGroup', { group: only >= 0 ? groups.labels[only] : MISSING_GROUP });
  }
  return G;
}
