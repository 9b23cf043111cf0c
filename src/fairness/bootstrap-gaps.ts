/**
 * @module fairness/bootstrap-gaps
 * Bootstrap confidence intervals of the fairness gaps. The resampling is stratified by group: each
 * replicate draws, within every judged group, as many rows as the group has, with replacement — so group
 * sizes stay fixed and only the within-group outcomes vary. The interval is the percentile interval of the
 * replicate gaps (replicates where a gap is undefined are left out). Seeded, so the same input gives the same
 * interval.
 *
 * @example
 * ```ts
 * import { bootstrapGaps } from './bootstrap-gaps.js';
 * const ci = bootstrapGaps(scores, labels01, groups, thresholds, judged, { replicates: 1000, seed: 1 });
 * ci.demographicParityDifference; // [0.16, 0.19]
 * ```
 */
import { createRng } from '../util/rng.js';
import { type GapName, GAP_NAMES, gapsOf } from './gaps.js';
import { type GroupCount, rates } from './group-counts.js';
import type { GroupInput } from './groups.js';

/** Settings of the bootstrap. */
export interface BootstrapOptions {
  /** Replicates B; default 1000. */
  readonly replicates?: number;
  /** Seed of the resampling; default 1. */
  readonly seed?: number;
  /** Confidence level; default 0.95. */
  readonly confidence?: number;
}

/** A confidence interval [low, high] per gap (NaN bounds when no replicate defined the gap). */
export type GapIntervals = Record<GapName, readonly [number, number]>;

/**
 * Percentile bootstrap intervals of every gap, stratified by group (only `judged` groups are resampled).
 *
 * @example
 * ```ts
 * bootstrapGaps(scores, y, groups, [0.5, 0.5], [true, true]).equalizedOddsDifference; // [low, high]
 * ```
 */
export function bootstrapGaps(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  thresholds: ArrayLike<number>,
  judged: readonly boolean[],
  options: BootstrapOptions = {},
): GapIntervals {
  const B = options.replicates ?? 1000;
  const alpha = 1 - (options.confidence ?? 0.95);
  const rng = createRng(options.seed ?? 1);
  const G = groups.labels.length;
  // each row reduced to its cell: 2·label + decision
  const cells: number[][] = Array.from({ length: G }, () => []);
  for (let i = 0; i < scores.length; i++) {
    const g = groups.group[i];
    if (judged[g]) cells[g].push(2 * labels01[i] + (scores[i] >= thresholds[g] ? 1 : 0));
  }
  const cellArrays = cells.map((c) => Uint8Array.from(c));
  const samples: Record<GapName, number[]> = Object.fromEntries(GAP_NAMES.map((k) => [k, []])) as unknown as Record<
    GapName,
    number[]
  >;
  const tally = new Float64Array(4);
  for (let b = 0; b < B; b++) {
    const counts: GroupCount[] = [];
    for (let g = 0; g < G; g++) {
      const c = cellArrays[g];
      tally.fill(0);
      for (let k = 0; k < c.length; k++) tally[c[rng.int(c.length)]]++;
      counts.push({
        n: c.length,
        positives: tally[2] + tally[3],
        selected: tally[1] + tally[3],
        truePositives: tally[3],
      });
    }
    const gaps = gapsOf(counts.map(rates), judged);
    for (const k of GAP_NAMES) if (gaps[k] === gaps[k]) samples[k].push(gaps[k]);
  }
  return Object.fromEntries(
    GAP_NAMES.map((k) => [k, [quantile(samples[k], alpha / 2), quantile(samples[k], 1 - alpha / 2)] as const]),
  ) as unknown as GapIntervals;
}

/** Linear-interpolation quantile (type 7) of unsorted values; NaN when empty. */
function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = Float64Array.from(values).sort();
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (pos - lo) * (s[hi] - s[lo]);
}
