/**
 * @module learners/tree/find-split
 * The exact split search of CART on one feature of one node, as scikit-learn's `BestSplitter`: the node's
 * values sorted, a candidate between every two neighbours that differ by more than 1e-7, the threshold at the
 * midpoint `a/2 + b/2` (or `a` when that rounds onto `b`), `min_samples_leaf` rows on each side, and the
 * candidate with the largest proxy improvement kept (the first one on ties).
 * Beyond sklearn 1.2: rows with a missing value are tried on both sides of every candidate and go where the
 * improvement is larger (a learned missing direction, as the GBDT learns it); categorical features are split
 * into two sets of categories by ordering the node's categories by mean target (regression), share of class 1
 * (binary) or share of the node's majority class (multiclass) — Breiman's ordering, optimal for binary and
 * squared error — and scanning that order like a numeric feature.
 *
 * @example
 * ```ts
 * import { createSplitSearch } from './find-split.js';
 * const search = createSplitSearch(ctx);
 * search.feature(best, f, samples, start, end, nodeStats);
 * ```
 */
import type { Criterion } from './criterion.js';

/** Two neighbouring values closer than this are not split (sklearn's FEATURE_THRESHOLD). */
export const FEATURE_THRESHOLD = 1e-7;

/** The data a split search reads. */
export interface SplitContext {
  readonly columns: readonly Float64Array[];
  readonly categorical: readonly boolean[];
  /** Target: class codes or values. */
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly criterion: Criterion;
  readonly minSamplesLeaf: number;
}

/** The best split found so far at a node. */
export interface BestSplit {
  found: boolean;
  proxy: number;
  feature: number;
  threshold: number;
  categorical: boolean;
  /** Categorical: the codes that go left. */
  leftCodes: number[];
  missingLeft: boolean;
  /** Whether the node has missing values of the split feature. */
  sawMissing: boolean;
}

/** A split search with its scratch buffers. */
export interface SplitSearch {
  /**
   * Try feature f on the node rows `samples[start..end)` whose stats (summed in that order) are `node`;
   * update `best` when better. Numeric features leave the rows sorted by their value (as sklearn).
   * Returns false when the feature is constant there.
   */
  feature(best: BestSplit, f: number, samples: Uint32Array, start: number, end: number, node: Float64Array): boolean;
}

/**
 * An empty best split.
 *
 * @example
 * ```ts
 * const best = emptySplit(); best.found; // false
 * ```
 */
export function emptySplit(): BestSplit {
  return {
    found: false,
    proxy: Number.NEGATIVE_INFINITY,
    feature: -1,
    threshold: 0,
    categorical: false,
    leftCodes: [],
    missingLeft: false,
    sawMissing: false,
  };
}

/**
 * A split search over a context (buffers sized for all rows).
 *
 * @example
 * ```ts
 * const search = createSplitSearch({ columns, categorical, y, w, criterion, minSamplesLeaf: 1 });
 * ```
 */
export function createSplitSearch(ctx: SplitContext): SplitSearch {
  const n = ctx.y.length;
  const values = new Float64Array(n);
  const rows = new Uint32Array(n);
  const order = new Uint32Array(n);
  const c = ctx.criterion;
  const size = c.size;
  // blocks: 0 missing, 1 left, 2 right, 3 total (non-missing)
  const s = new Float64Array(size * 4);
  const MISS = 0;
  const L = size;
  const R = 2 * size;
  const T = 3 * size;
  const { y, w, minSamplesLeaf } = ctx;

  /** Scan m sorted units (rows or categories) whose stats are added by `addUnit`; `counts` rows per unit. */
  function scan(
    best: BestSplit,
    f: number,
    m: number,
    missingCount: number,
    total: number,
    addUnit: (u: number) => number,
    canSplit: (u: number) => boolean,
    record: (u: number, missingLeft: boolean) => void,
  ): void {
    const directions = missingCount > 0 ? 2 : 1;
    for (let d = 0; d < directions; d++) {
      const missingLeft = d === 1;
      s.fill(0, L, L + size);
      if (missingLeft) for (let k = 0; k < size; k++) s[L + k] = s[MISS + k];
      let nLeft = missingLeft ? missingCount : 0;
      for (let u = 0; u + 1 < m; u++) {
        nLeft += addUnit(u);
        if (!canSplit(u)) continue;
        const nRight = total - nLeft;
        if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) continue;
        for (let k = 0; k < size; k++) s[R + k] = s[T + k] + s[MISS + k] - s[L + k];
        if (!(c.weight(s, L) > 0 && c.weight(s, R) > 0)) continue;
        const proxy = c.proxy(s, L, R);
        if (proxy > best.proxy) {
          best.found = true;
          best.proxy = proxy;
          best.feature = f;
          best.missingLeft = missingLeft;
          best.sawMissing = missingCount > 0;
          record(u, missingLeft);
        }
      }
    }
  }

  function numeric(
    best: BestSplit,
    f: number,
    samples: Uint32Array,
    start: number,
    end: number,
    node: Float64Array,
  ): boolean {
    const col = ctx.columns[f];
    const count = end - start;
    let missingCount = 0;
    for (let k = 0; k < count; k++) {
      const r = samples[start + k];
      rows[k] = r;
      order[k] = k;
      const v = col[r];
      if (v !== v) missingCount++;
      values[k] = v !== v ? Number.POSITIVE_INFINITY : v;
    }
    const m = count - missingCount;
    if (m === 0) return false;
    // sort the node's rows in place by value (missing last), as sklearn sorts `samples[start:end]`
    const ord = order.subarray(0, count).sort((a, b) => {
      const ma = col[rows[a]] !== col[rows[a]] ? 1 : 0;
      const mb = col[rows[b]] !== col[rows[b]] ? 1 : 0;
      return ma - mb || values[a] - values[b] || a - b;
    });
    for (let k = 0; k < count; k++) samples[start + k] = rows[ord[k]];
    for (let k = 0; k < count; k++) values[k] = col[samples[start + k]];
    if (values[m - 1] <= values[0] + FEATURE_THRESHOLD) return false;
    const record = (u: number): void => {
      const a = values[u];
      const b = values[u + 1];
      let t = a / 2 + b / 2;
      if (t === b || !Number.isFinite(t)) t = a;
      best.threshold = t;
      best.categorical = false;
    };
    if (missingCount === 0) {
      sklearnScan(best, f, samples, start, end, node, record);
      return true;
    }
    s.fill(0);
    for (let k = 0; k < count; k++) {
      const r = samples[start + k];
      c.add(s, k < m ? T : MISS, y[r], w[r]);
    }
    scan(
      best,
      f,
      m,
      missingCount,
      count,
      (u) => {
        const r = samples[start + u];
        c.add(s, L, y[r], w[r]);
        return 1;
      },
      (u) => values[u + 1] > values[u] + FEATURE_THRESHOLD,
      (u) => record(u),
    );
    return true;
  }

  /**
   * The scan of sklearn's BestSplitter and Criterion.update, step for step, so that sums round alike: left
   * sums grow from the last position, or — when the rest is shorter — restart from the node total and
   * subtract from the end (`reverse_reset`); right = total − left.
   */
  function sklearnScan(
    best: BestSplit,
    f: number,
    samples: Uint32Array,
    start: number,
    end: number,
    node: Float64Array,
    record: (u: number) => void,
  ): void {
    s.fill(0, L, L + size);
    let pos = start;
    for (let p = start + 1; p < end; p++) {
      if (!(values[p - start] > values[p - start - 1] + FEATURE_THRESHOLD)) continue;
      if (p - start < minSamplesLeaf || end - p < minSamplesLeaf) continue;
      if (p - pos <= end - p) {
        for (let q = pos; q < p; q++) c.add(s, L, y[samples[q]], w[samples[q]]);
      } else {
        for (let k = 0; k < size; k++) s[L + k] = node[k];
        for (let q = end - 1; q >= p; q--) c.add(s, L, y[samples[q]], -w[samples[q]]);
      }
      pos = p;
      for (let k = 0; k < size; k++) s[R + k] = node[k] - s[L + k];
      if (!(c.weight(s, L) > 0 && c.weight(s, R) > 0)) continue;
      const proxy = c.proxy(s, L, R);
      if (proxy > best.proxy) {
        best.found = true;
        best.proxy = proxy;
        best.feature = f;
        best.missingLeft = false;
        best.sawMissing = false;
        record(p - start - 1);
      }
    }
  }

  function categoricalFeature(best: BestSplit, f: number, samples: Uint32Array, start: number, end: number): boolean {
    const col = ctx.columns[f];
    const blocks = new Map<number, { stats: Float64Array; count: number }>();
    let missingCount = 0;
    s.fill(0);
    for (let i = start; i < end; i++) {
      const r = samples[i];
      const v = col[r];
      if (v !== v) {
        missingCount++;
        c.add(s, MISS, y[r], w[r]);
        continue;
      }
      let b = blocks.get(v);
      if (!b) {
        b = { stats: new Float64Array(size), count: 0 };
        blocks.set(v, b);
      }
      c.add(b.stats, 0, y[r], w[r]);
      c.add(s, T, y[r], w[r]);
      b.count++;
    }
    if (blocks.size < 2) return false;
    let majority = 0;
    for (let k = 1; k < size; k++) if (s[T + k] + s[MISS + k] > s[T + majority] + s[MISS + majority]) majority = k;
    if (size === 2) majority = 1;
    const cats = [...blocks.entries()]
      .map(([code, b]) => ({ code, b, key: c.orderKey(b.stats, 0, majority) }))
      .sort((p, q) => p.key - q.key || p.code - q.code);
    scan(
      best,
      f,
      cats.length,
      missingCount,
      end - start,
      (u) => {
        const st = cats[u].b.stats;
        for (let k = 0; k < size; k++) s[L + k] += st[k];
        return cats[u].b.count;
      },
      () => true,
      (u) => {
        best.categorical = true;
        best.leftCodes = cats.slice(0, u + 1).map((x) => x.code);
      },
    );
    return true;
  }

  return {
    feature(best, f, samples, start, end, node) {
      return ctx.categorical[f]
        ? categoricalFeature(best, f, samples, start, end)
        : numeric(best, f, samples, start, end, node);
    },
  };
}
