/**
 * @module quality/checks/inconsistent-categories
 * `inconsistent-categories`: one label written in several ways within a category column —
 * - case variants (`Male` / `male`),
 * - white-space variants (leading, trailing or doubled spaces: `Paris` / `Paris ` / `Paris  `),
 * - spelling variants: Damerau–Levenshtein distance ≤ 1 for labels of 5+ characters, ≤ 2 for 10+
 *   (compared in lower case, over the distinct labels only, for columns of at most 2,000 distinct labels).
 *   Skipped: pairs that differ only in digits (`basic.4y` / `basic.6y`, `Group 1` / `Group 10`), and pairs
 *   whose labels both hold at least 5 % of the rows (two frequent labels are distinct words, not a typo:
 *   `Mens E-Mail` / `Womens E-Mail`).
 * Variants are joined into groups; `details.groups` lists each group as [[variant, count], …], most frequent
 * first, and `details.kinds` says per group whether it is `case`, `whitespace` or `spelling`. `count` is the
 * rows holding a less frequent variant. The target column is left to `inconsistent-labels`.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { inconsistentCategoriesCheck } from './inconsistent-categories.js';
 * inconsistentCategoriesCheck(ctx)[0].details?.groups; // [[['Male', 512], ['male', 3], ['Male ', 1]]]
 * ```
 */
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { closePairs, editDistance } from '../edit-distance.js';
import type { Finding } from '../finding.js';

/** Columns with more distinct labels than this skip the spelling (edit-distance) pass. */
export const FUZZY_MAX_LABELS = 2000;
/** Label pairs compared between two digit-masked forms at most (guards against huge numbered families). */
const MAX_PAIR_CHECKS = 250_000;
/** Two labels that both hold this share of the rows are not spelling variants of each other. */
export const FREQUENT_SHARE = 0.05;

type Kind = 'case' | 'whitespace' | 'spelling';

/**
 * The `inconsistent-categories` check.
 *
 * @example
 * ```ts
 * inconsistentCategoriesCheck(ctx).map((f) => f.column);
 * ```
 */
export const inconsistentCategoriesCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'category' || column.name === ctx.options.target) continue;
    const counts = ctx.categoryCounts(column.name);
    const groups = variantGroups(column.dictionary, counts);
    if (groups.length === 0) continue;
    const minor = new Uint8Array(counts.length);
    let count = 0;
    for (const g of groups) {
      for (let k = 1; k < g.codes.length; k++) {
        minor[g.codes[k]] = 1;
        count += counts[g.codes[k]];
      }
    }
    const share = count / table.rowCount;
    const codes = column.codes;
    const named = groups.map((g) => g.codes.map((c) => [column.dictionary[c], counts[c]] as [string, number]));
    const example = named[0].map(([v]) => `'${v}'`).join(' / ');
    out.push(
      catalogueFinding({
        check: 'inconsistent-categories',
        severity: 'warning',
        column: column.name,
        count,
        share,
        examples: firstRows(table.rowCount, (i) => {
          const c = codes[storageRow(table, i)];
          return c >= 0 && minor[c] === 1;
        }),
        messageId: 'quality.inconsistentCategories',
        suggestionId: 'quality.inconsistentCategories.fix',
        params: { column: column.name, groups: groups.length, example, count, percent: percent(share) },
        details: { groups: named, kinds: groups.map((g) => g.kind) },
      }),
    );
  }
  return out;
};

/** A group of codes spelling one label, most frequent first. */
interface VariantGroup {
  readonly codes: number[];
  readonly kind: Kind;
}

/**
 * Group the present labels of a dictionary into spelling variants.
 *
 * @example
 * ```ts
 * variantGroups(['Male', 'male', 'Female'], Int32Array.of(10, 2, 9)); // [{ codes: [0, 1], kind: 'case' }]
 * ```
 */
export function variantGroups(dictionary: readonly string[], counts: Int32Array): VariantGroup[] {
  let total = 0;
  const present: number[] = [];
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] > 0) {
      present.push(c);
      total += counts[c];
    }
  }
  // Union-find over codes.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const c of present) parent.set(c, c);

  // Case and white-space variants: same key after trimming, collapsing spaces and lower-casing.
  const byKey = new Map<string, number>();
  const keyOf = new Map<number, string>();
  for (const c of present) {
    const key = dictionary[c].trim().replace(/\s+/g, ' ').toLowerCase();
    keyOf.set(c, key);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, c);
    else union(c, first);
  }

  // Spelling variants among the distinct keys. Digits are masked first, so labels that differ only in
  // digits (`level 1` … `level 500`) collapse into one masked form and are never compared with each other.
  const spelling = new Set<number>();
  if (byKey.size <= FUZZY_MAX_LABELS) {
    const keyCount = new Map<string, number>();
    for (const c of present) keyCount.set(keyOf.get(c)!, (keyCount.get(keyOf.get(c)!) ?? 0) + counts[c]);
    const byMask = new Map<string, string[]>();
    for (const key of byKey.keys()) {
      const mask = key.replace(/\d/g, '#');
      const list = byMask.get(mask);
      if (list) list.push(key);
      else byMask.set(mask, [key]);
    }
    const masks = [...byMask.keys()];
    for (const [i, j] of closePairs(masks, limitFor, 40)) {
      if (masks[i].replaceAll('#', '') === masks[j].replaceAll('#', '')) continue;
      const left = byMask.get(masks[i])!;
      const right = byMask.get(masks[j])!;
      if (left.length * right.length > MAX_PAIR_CHECKS) continue;
      for (const a of left) {
        for (const b of right) {
          if (withoutDigits(a) === withoutDigits(b)) continue;
          if (keyCount.get(a)! >= FREQUENT_SHARE * total && keyCount.get(b)! >= FREQUENT_SHARE * total) continue;
          const limit = limitFor(a, b);
          if (limit === 0 || editDistance(a, b, limit) > limit) continue;
          const ca = byKey.get(a)!;
          const cb = byKey.get(b)!;
          union(ca, cb);
          spelling.add(ca);
          spelling.add(cb);
        }
      }
    }
  }

  const members = new Map<number, number[]>();
  for (const c of present) {
    const r = find(c);
    const list = members.get(r);
    if (list) list.push(c);
    else members.set(r, [c]);
  }
  const out: VariantGroup[] = [];
  for (const codes of members.values()) {
    if (codes.length < 2) continue;
    codes.sort((x, y) => counts[y] - counts[x] || x - y);
    const kind: Kind = codes.some((c) => spelling.has(c))
      ? 'spelling'
      : codes.some((c) => dictionary[c].toLowerCase() !== dictionary[codes[0]].toLowerCase())
        ? 'whitespace'
        : 'case';
    out.push({ codes, kind });
  }
  return out.sort((g, h) => counts[h.codes[0]] - counts[g.codes[0]]);
}

/** The largest edit distance at which two labels count as spelling variants (by the shorter one). */
function limitFor(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 10 ? 2 : n >= 5 ? 1 : 0;
}

function withoutDigits(s: string): string {
  return s.replace(/\d/g, '');
}
