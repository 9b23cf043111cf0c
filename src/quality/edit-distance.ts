/**
 * @module quality/edit-distance
 * Edit distance between labels (Damerau–Levenshtein, optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours each cost 1) with an early exit beyond a limit, and the search for
 * close pairs among many labels by shared deletion variants (as SymSpell): two labels within distance k
 * share a string obtained by deleting at most k characters from each, so only labels that share one are
 * compared — no all-pairs loop.
 *
 * @example
 * ```ts
 * import { editDistance, closePairs } from './edit-distance.js';
 * editDistance('married', 'marreid'); // 1
 * closePairs(['married', 'marreid', 'single'], (a, b) => 1); // [[0, 1, 1]]
 * ```
 */

/**
 * The optimal-string-alignment distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
 *
 * @example
 * ```ts
 * editDistance('abcd', 'acbd'); // 1
 * editDistance('kitten', 'sitting', 1); // 2 (more than the limit)
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** All strings obtained from `s` by deleting up to `depth` characters (including `s`). */
function deletions(s: string, depth: number, into: Set<string>): void {
  into.add(s);
  if (depth === 0 || s.length <= 1) return;
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (!into.has(d)) deletions(d, depth - 1, into);
  }
}

/**
 * Pairs of labels `[i, j, distance]` (i < j) whose distance is at most `maxDistance(a, b)` (which must be
 * 0, 1 or 2). Labels longer than `maxLength` are skipped.
 *
 * @example
 * ```ts
 * closePairs(['colour', 'color', 'red'], () => 1); // [[0, 1, 1]]
 * ```
 */
export function closePairs(
  labels: readonly string[],
  maxDistance: (a: string, b: string) => number,
  maxLength = 64,
): [number, number, number][] {
  const depthOf = (s: string) => Math.min(2, Math.max(0, maxDistance(s, s)));
  const index = new Map<string, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const s = labels[i];
    if (s.length > maxLength) continue;
    const depth = depthOf(s);
    if (depth === 0) continue;
    const variants = new Set<string>();
    deletions(s, depth, variants);
    for (const v of variants) {
      const list = index.get(v);
      if (list) list.push(i);
      else index.set(v, [i]);
    }
  }
  const seen = new Set<number>();
  const out: [number, number, number][] = [];
  for (const list of index.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x], list[y]);
        const j = Math.max(list[x], list[y]);
        if (i === j) continue;
        const pairKey = i * labels.length + j;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const limit = maxDistance(labels[i], labels[j]);
        if (limit <= 0) continue;
        const d = editDistance(labels[i], labels[j], limit);
        if (d <= limit) out.push([i, j, d]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
