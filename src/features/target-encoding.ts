/**
 * @module features/target-encoding
 * Target encoding of a many-level categorical column: each level becomes the mean target of its training
 * rows, smoothed toward the global mean with an m-estimate, `(sum + m · prior) / (count + m)`. Missing cells
 * form a level of their own. For the training matrix the encoding is computed OUT OF FOLD (K seeded folds:
 * a row's value comes from the other folds only), so a row's own target never reaches its feature; the
 * full-data means are stored for new rows. Frequency encoding (share of training rows per level) is the
 * target-free variant for multiclass tasks.
 *
 * @example
 * ```ts
 * import { fitTargetEncoding } from './target-encoding.js';
 * const enc = fitTargetEncoding(Int32Array.of(0, 0, 1, -1), 2, Float64Array.of(1, 0, 1, 0), { smoothing: 10, folds: 2, seed: 1 });
 * enc.values; // full-data smoothed means per level
 * enc.outOfFold; // one value per training row
 * ```
 */
import { createRng, permutation } from '../util/rng.js';

/** What target encoding learnt, and the out-of-fold values of the training rows. */
export interface TargetEncodingFit {
  /** Smoothed full-data mean per level. */
  readonly values: Float64Array;
  readonly missingValue: number;
  /** The global mean (encoding of an unseen level). */
  readonly prior: number;
  /** One value per training row, computed without the row's own fold. */
  readonly outOfFold: Float64Array;
}

/**
 * The fold (0..k-1) of each of n rows: a seeded permutation dealt round-robin, so folds differ in size by at
 * most one and depend only on n, k and the seed (never on the target).
 *
 * @example
 * ```ts
 * foldOf(10, 5, 42); // Int32Array of 10 fold numbers in 0..4
 * ```
 */
export function foldOf(n: number, k: number, seed: number): Int32Array {
  const order = permutation(n, createRng(seed));
  const fold = new Int32Array(n);
  for (let i = 0; i < n; i++) fold[order[i]] = i % k;
  return fold;
}

/**
 * Fit target encoding. `codes`: level per row (0..levels-1, negative = missing); `target`: one number per
 * row (NaN rows are left out of the sums but still get an encoding).
 *
 * @example
 * ```ts
 * fitTargetEncoding(codes, labels.length, y, { smoothing: 10, folds: 5, seed: 42 }).prior;
 * ```
 */
export function fitTargetEncoding(
  codes: Int32Array,
  levels: number,
  target: ArrayLike<number>,
  options: { readonly smoothing: number; readonly folds: number; readonly seed: number },
): TargetEncodingFit {
  const n = codes.length;
  const slots = levels + 1; // last slot: missing
  const slot = (i: number): number => (codes[i] < 0 ? levels : codes[i]);
  const k = Math.max(2, Math.min(options.folds, n));
  const fold = n >= 2 ? foldOf(n, k, options.seed) : new Int32Array(n);
  const sum = new Float64Array(slots * k);
  const count = new Float64Array(slots * k);
  const foldSum = new Float64Array(k);
  const foldCount = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const y = target[i];
    if (!Number.isFinite(y)) continue;
    const f = fold[i];
    sum[f * slots + slot(i)] += y;
    count[f * slots + slot(i)]++;
    foldSum[f] += y;
    foldCount[f]++;
  }
  const totalSum = new Float64Array(slots);
  const totalCount = new Float64Array(slots);
  let allSum = 0;
  let allCount = 0;
  for (let f = 0; f < k; f++) {
    for (let s = 0; s < slots; s++) {
      totalSum[s] += sum[f * slots + s];
      totalCount[s] += count[f * slots + s];
    }
    allSum += foldSum[f];
    allCount += foldCount[f];
  }
  const m = options.smoothing;
  const prior = allCount > 0 ? allSum / allCount : 0;
  const smooth = (s: number, c: number, p: number): number => (c + m > 0 ? (s + m * p) / (c + m) : p);
  const full = new Float64Array(slots);
  for (let s = 0; s < slots; s++) full[s] = smooth(totalSum[s], totalCount[s], prior);
  const outOfFold = new Float64Array(n);
  if (n >= 2) {
    // Sums over the other folds, added up directly (not total minus own fold), so that a row's value is
    // bit-for-bit independent of its own target.
    const otherSum = new Float64Array(slots * k);
    const otherCount = new Float64Array(slots * k);
    const foldPrior = new Float64Array(k);
    for (let f = 0; f < k; f++) {
      let ps = 0;
      let pc = 0;
      for (let g = 0; g < k; g++) {
        if (g === f) continue;
        ps += foldSum[g];
        pc += foldCount[g];
        for (let s = 0; s < slots; s++) {
          otherSum[f * slots + s] += sum[g * slots + s];
          otherCount[f * slots + s] += count[g * slots + s];
        }
      }
      foldPrior[f] = pc > 0 ? ps / pc : prior;
    }
    for (let i = 0; i < n; i++) {
      const at = fold[i] * slots + slot(i);
      outOfFold[i] = smooth(otherSum[at], otherCount[at], foldPrior[fold[i]]);
    }
  } else {
    for (let i = 0; i < n; i++) outOfFold[i] = prior;
  }
  return { values: full.slice(0, levels), missingValue: full[levels], prior, outOfFold };
}

/**
 * Frequency encoding: the share of rows per level (missing cells as a level of their own).
 *
 * @example
 * ```ts
 * fitFrequencyEncoding(Int32Array.of(0, 0, 1, -1), 2); // { values: [0.5, 0.25], missingValue: 0.25 }
 * ```
 */
export function fitFrequencyEncoding(
  codes: Int32Array,
  levels: number,
): { readonly values: Float64Array; readonly missingValue: number } {
  const n = codes.length;
  const counts = new Float64Array(levels + 1);
  for (let i = 0; i < n; i++) counts[codes[i] < 0 ? levels : codes[i]]++;
  const values = new Float64Array(levels);
  for (let l = 0; l < levels; l++) values[l] = n > 0 ? counts[l] / n : 0;
  return { values, missingValue: n > 0 ? counts[levels] / n : 0 };
}
