/**
 * @module learners/gbdt/categorical-split
 * Native categorical splits as LightGBM makes them (`FindBestThresholdCategoricalInner`). The missing bin is
 * treated as one more category, so missing values learn their side like any category.
 * - Few categories (≤ `max_cat_to_onehot` with rows in the node): one category against the rest.
 * - Otherwise: categories with at least `cat_smooth` rows are sorted by gradient / (hessian + `cat_smooth`);
 *   prefixes of that order from either end (at most `max_cat_threshold` categories, groups of at least
 *   `min_data_per_group` rows) go left. These candidates are scored with the extra `cat_l2` penalty.
 * Categories that never enter a candidate (rare ones) go right. Row counts come from the count channel when
 * the histograms have one, else they are estimated from hessians (count ≈ hessian × node rows / node hessian),
 * as LightGBM does.
 *
 * @example
 * ```ts
 * import { scanCategorical } from './categorical-split.js';
 * scanCategorical(ctx, hist, feature, G, H, C, parentGain, -Infinity, Infinity, best);
 * best.leftFlags; // 1 for bins that go left
 * ```
 */
import { type SplitContext, type SplitInfo, tieMargin } from './split-finder.js';
import { constrainedGain, thresholdL1 } from './split-math.js';

/**
 * Scan the categorical feature f; when it beats `out.gain`, store the split in `out`.
 *
 * @example
 * ```ts
 * scanCategorical(ctx, hist, 3, G, H, C, parentGain, lower, upper, out);
 * ```
 */
export function scanCategorical(
  ctx: SplitContext,
  hist: Float64Array,
  f: number,
  g: number,
  h: number,
  c: number,
  parentGain: number,
  lower: number,
  upper: number,
  out: SplitInfo,
): void {
  const nb = ctx.numBins[f];
  const ch = ctx.channels;
  const base = ctx.offsets[f] * ch;
  // Row counts per bin: exact with 3 channels, else estimated from hessians as LightGBM does.
  const countFactor = h > 0 ? c / h : 0;
  const count = (b: number): number =>
    ch === 3 ? hist[base + b * 3 + 2] : Math.round(hist[base + b * ch + 1] * countFactor);
  const used: number[] = [];
  for (let b = 0; b <= nb; b++)
    if (hist[base + b * ch + 1] > 0 || (ch === 3 && hist[base + b * 3 + 2] > 0)) used.push(b);
  if (used.length <= 1) return;
  const minC = ctx.minDataInLeaf;
  const minH = ctx.minChildWeight;
  const missingBin = nb;
  const missingCount = count(nb);

  if (used.length <= ctx.maxCatToOnehot) {
    const reg = ctx.reg;
    for (const b of used) {
      const k = base + b * ch;
      const lg = hist[k];
      const lh = hist[k + 1];
      const lc = count(b);
      const rg = g - lg;
      const rh = h - lh;
      const rc = c - lc;
      if (lc < minC || rc < minC || lh < minH || rh < minH) continue;
      const gain = childrenGain(ctx, lg, lh, rg, rh, lower, upper, reg.l2) - parentGain;
      if (gain > out.gain + tieMargin(out.gain)) {
        setOut(out, f, lg, lh, lc, g, h, c, gain);
        out.leftFlags.fill(0);
        out.leftFlags[b] = 1;
        out.defaultLeft = missingCount > 0 ? b === missingBin : lh > rh;
      }
    }
    return;
  }

  const smooth = ctx.catSmooth;
  const candidates = used.filter((b) => count(b) >= smooth);
  if (candidates.length === 0) return;
  const ratio = (b: number): number => hist[base + b * ch] / (hist[base + b * ch + 1] + smooth);
  candidates.sort((a, b) => ratio(a) - ratio(b) || a - b);
  const maxNum = Math.min(ctx.maxCatThreshold, (candidates.length + 1) >> 1);
  const l2 = ctx.reg.l2 + ctx.catL2;
  const minGroup = ctx.minDataPerGroup;
  let bestGain = out.gain;
  let bestDir = 0;
  let bestCount = 0;
  let bestLg = 0;
  let bestLh = 0;
  let bestLc = 0;
  for (const dir of [1, -1]) {
    let lg = 0;
    let lh = 0;
    let lc = 0;
    let group = 0;
    const limit = Math.min(candidates.length, maxNum);
    for (let i = 0; i < limit; i++) {
      const b = dir > 0 ? candidates[i] : candidates[candidates.length - 1 - i];
      const k = base + b * ch;
      const cnt = count(b);
      lg += hist[k];
      lh += hist[k + 1];
      lc += cnt;
      group += cnt;
      if (lc < minC || lh < minH) continue;
      const rc = c - lc;
      if (rc < minC || rc < minGroup) break;
      const rh = h - lh;
      if (rh < minH) break;
      if (group < minGroup) continue;
      group = 0;
      const gain = childrenGain(ctx, lg, lh, g - lg, rh, lower, upper, l2) - parentGain;
      if (gain > bestGain + tieMargin(bestGain)) {
        bestGain = gain;
        bestDir = dir;
        bestCount = i + 1;
        bestLg = lg;
        bestLh = lh;
        bestLc = lc;
      }
    }
  }
  if (bestDir === 0) return;
  setOut(out, f, bestLg, bestLh, bestLc, g, h, c, bestGain);
  out.leftFlags.fill(0);
  for (let i = 0; i < bestCount; i++) {
    const b = bestDir > 0 ? candidates[i] : candidates[candidates.length - 1 - i];
    out.leftFlags[b] = 1;
  }
  out.defaultLeft = missingCount > 0 ? out.leftFlags[missingBin] === 1 : bestLh > h - bestLh;
}

function childrenGain(
  ctx: SplitContext,
  lg: number,
  lh: number,
  rg: number,
  rh: number,
  lower: number,
  upper: number,
  l2: number,
): number {
  if (!ctx.constrained) {
    const tl = thresholdL1(lg, ctx.reg.l1);
    const tr = thresholdL1(rg, ctx.reg.l1);
    return (tl * tl) / (lh + l2) + (tr * tr) / (rh + l2);
  }
  return constrainedGain({ ...ctx.reg, l2 }, 0, lg, lh, rg, rh, lower, upper);
}

function setOut(
  out: SplitInfo,
  f: number,
  lg: number,
  lh: number,
  lc: number,
  g: number,
  h: number,
  c: number,
  gain: number,
): void {
  out.gain = gain;
  out.feature = f;
  out.bin = -1;
  out.categorical = true;
  out.leftG = lg;
  out.leftH = lh;
  out.leftC = lc;
  out.rightG = g - lg;
  out.rightH = h - lh;
  out.rightC = c - lc;
}
