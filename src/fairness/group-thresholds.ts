/**
 * @module fairness/group-thresholds
 * Per-group decision thresholds after training (post-processing as in Hardt, Price & Srebro 2016,
 * "Equality of Opportunity in Supervised Learning"), fitted on labelled scores (a validation part — not the
 * training rows) and stored with the model as plain data:
 * - `demographic-parity`: every group gets the threshold whose selection rate matches one common target
 *   rate; among the thresholds within ± tolerance/2 of it, the one with the highest accuracy in the group.
 *   The target is by default the common rate with the highest overall accuracy (as Fairlearn's
 *   ThresholdOptimizer chooses it); `targetRate: 'overall'` keeps the overall selection rate at the base
 *   threshold instead (same number of people selected as before), or give a rate.
 * - `equalized-odds`: a search over threshold combinations: for each candidate threshold of the largest
 *   group, every other group takes the threshold whose (TPR, FPR) is closest to it (accuracy breaks ties
 *   within ± tolerance/2); of all combinations with an equalised-odds difference ≤ tolerance the most
 *   accurate wins, else the one with the smallest difference.
 * - `equal-opportunity`: the same on the TPR alone.
 * The thresholds are **deterministic** — no randomisation. Hardt et al.'s exact equalised odds generally
 * needs randomised thresholds (mixing two thresholds per group) where the groups' ROC curves do not meet;
 * `groupThresholds` does not randomise, so the reached difference is reported (`fit.gap`) rather than
 * promised; `randomizedOdds` (`randomized-odds.ts`) is the randomised alternative.
 * Thresholds sit midway between adjacent distinct scores, so they are stable on new data. Groups under
 * `minGroupRows` rows (too small to judge) and groups not seen when fitting keep the base threshold.
 *
 * @example
 * ```ts
 * import { applyGroupThresholds, groupThresholds } from './group-thresholds.js';
 * const t = groupThresholds(validScores, validLabels, validGroups, { goal: 'demographic-parity' });
 * const decisions = applyGroupThresholds(testScores, testGroups, t); // Uint8Array of 0/1
 * ```
 */
import { checkBinaryInput, checkLength } from '../evaluation/check-input.js';
import { ValidationError } from '../util/errors.js';
import { createRng } from '../util/rng.js';
import { MIN_GROUP_ROWS } from './data-bias.js';
import { type GroupInput, type GroupSpec, checkGroups } from './groups.js';
import { type Level, thresholdLevels } from './threshold-levels.js';

/** What the thresholds equalise. */
export type ThresholdGoal = 'demographic-parity' | 'equalized-odds' | 'equal-opportunity';

/** Every goal, for option validation. */
export const THRESHOLD_GOALS: readonly ThresholdGoal[] = ['demographic-parity', 'equalized-odds', 'equal-opportunity'];

/** Format version of `GroupThresholds`. */
export const GROUP_THRESHOLDS_VERSION = 1;

/**
 * A randomised rule of one group (Hardt et al.): with probability `pIgnore` select at random with
 * probability `constantRate`; otherwise use `lowThreshold` with probability `pLow`, else `highThreshold`.
 */
export interface GroupMixing {
  readonly highThreshold: number;
  readonly lowThreshold: number;
  readonly pLow: number;
  readonly pIgnore: number;
  readonly constantRate: number;
}

/** Options of `groupThresholds`. */
export interface GroupThresholdOptions {
  readonly goal: ThresholdGoal;
  /** Allowed gap on the fitting data; default 0.01. */
  readonly tolerance?: number;
  /** The threshold in use without mitigation (and for groups too small to judge); default 0.5. */
  readonly threshold?: number;
  /**
   * Demographic parity: the selection rate every group should have — a number, `overall` (the overall rate
   * at `threshold`), or `most-accurate` (default: the common rate with the highest accuracy, searched in
   * steps of 0.0025, as Fairlearn's ThresholdOptimizer does).
   */
  readonly targetRate?: number | 'overall' | 'most-accurate';
  /** Groups with fewer rows keep `threshold`; default 100. */
  readonly minGroupRows?: number;
  /** How the groups were formed (`GroupAttribute.spec`), stored along to group new rows the same way. */
  readonly spec?: GroupSpec;
}

/** Per-group thresholds as stored with a model. */
export interface GroupThresholds {
  readonly kind: 'group-thresholds';
  readonly version: number;
  readonly goal: ThresholdGoal;
  /** True for randomised equalised odds (`randomized-odds.ts`): decisions then follow `mixing`. */
  readonly randomized: boolean;
  /** Randomised rules per group label (only when `randomized`). */
  readonly mixing?: Readonly<Record<string, GroupMixing>>;
  /** How the groups are formed (null when the caller gave none). */
  readonly spec: GroupSpec | null;
  /** Threshold per group label: selected when score ≥ threshold. */
  readonly thresholds: Readonly<Record<string, number>>;
  /** Threshold for groups not listed (unseen or too small). */
  readonly fallback: number;
  /** Figures on the fitting data. */
  readonly fit: {
    readonly rows: number;
    readonly tolerance: number;
    readonly targetRate: number | null;
    /** The equalised gap reached (DP, EO or equal-opportunity difference over the judged groups). */
    readonly gap: number;
    readonly accuracy: number;
    readonly baseAccuracy: number;
  };
}

const NO_LEVEL: Level = { threshold: Number.NaN, rate: Number.NaN, tpr: Number.NaN, fpr: Number.NaN, correct: 0 };

/**
 * Fit per-group thresholds for `goal` (see the module doc).
 *
 * @example
 * ```ts
 * groupThresholds(p, y, groups, { goal: 'equalized-odds', tolerance: 0.01 }).thresholds; // { Male: 0.52, Female: 0.31 }
 * ```
 */
export function groupThresholds(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  options: GroupThresholdOptions,
): GroupThresholds {
  const n = scores.length;
  checkBinaryInput('scores', scores, labels01);
  const G = checkGroups(groups, n);
  if (!THRESHOLD_GOALS.includes(options.goal)) {
    throw new ValidationError('fairness.badOption', {
      name: 'goal',
      expected: THRESHOLD_GOALS.join(' | '),
      got: String(options.goal),
    });
  }
  const tolerance = options.tolerance ?? 0.01;
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new ValidationError('fairness.badOption', {
      name: 'tolerance',
      expected: 'a number in [0, 1)',
      got: tolerance,
    });
  }
  const base = options.threshold ?? 0.5;
  const minRows = options.minGroupRows ?? MIN_GROUP_ROWS;
  const rowsOf: number[][] = Array.from({ length: G }, () => []);
  for (let i = 0; i < n; i++) rowsOf[groups.group[i]].push(i);
  const judged = rowsOf.map((r) => r.length >= minRows);
  const levels = rowsOf.map((rows) => thresholdLevels(rows, scores, labels01));
  let baseCorrect = 0;
  let baseSelected = 0;
  for (let i = 0; i < n; i++) {
    const d = scores[i] >= base ? 1 : 0;
    baseSelected += d;
    if (d === labels01[i]) baseCorrect++;
  }
  const chosen: (Level | null)[] = new Array(G).fill(null);
  let targetRate: number | null = null;
  if (options.goal === 'demographic-parity') {
    const wanted = options.targetRate ?? 'most-accurate';
    const atRate = (rate: number) =>
      levels.map((ls, g) => (judged[g] ? pick(ls, (l) => Math.abs(l.rate - rate), tolerance / 2) : null));
    if (wanted === 'most-accurate') {
      let bestCorrect = -1;
      for (let k = 0; k <= 400; k++) {
        const combo = atRate(k / 400);
        const c = combo.reduce((s, l) => s + (l ? l.correct : 0), 0);
        if (c > bestCorrect) {
          bestCorrect = c;
          targetRate = k / 400;
        }
      }
    } else if (wanted === 'overall') targetRate = baseSelected / n;
    else if (wanted >= 0 && wanted <= 1) targetRate = wanted;
    else
      throw new ValidationError('fairness.badOption', {
        name: 'targetRate',
        expected: 'a rate in [0, 1]',
        got: wanted,
      });
    atRate(targetRate ?? 0).forEach((l, g) => {
      chosen[g] = l;
    });
  } else {
    const useFpr = options.goal === 'equalized-odds';
    const distance = (a: Level, b: Level) => Math.max(Math.abs(a.tpr - b.tpr), useFpr ? Math.abs(a.fpr - b.fpr) : 0);
    let ref = -1;
    for (let g = 0; g < G; g++) if (judged[g] && (ref < 0 || rowsOf[g].length > rowsOf[ref].length)) ref = g;
    let best: { combo: Level[]; gap: number; correct: number } | null = null;
    for (const r of ref >= 0 ? levels[ref] : []) {
      const combo = levels.map((ls, g) =>
        g === ref ? r : judged[g] ? pick(ls, (l) => distance(l, r), tolerance / 2) : r,
      );
      const gap = gapOf(combo, judged, useFpr);
      const correct = combo.reduce((s, l, g) => s + (judged[g] ? l.correct : 0), 0);
      const better =
        best === null ||
        (gap <= tolerance && (best.gap > tolerance || correct > best.correct)) ||
        (gap > tolerance && best.gap > tolerance && gap < best.gap);
      if (better) best = { combo, gap, correct };
    }
    if (best)
      best.combo.forEach((l, g) => {
        if (judged[g]) chosen[g] = l;
      });
  }
  const thresholds: Record<string, number> = {};
  let correct = 0;
  for (let g = 0; g < G; g++) {
    const l = chosen[g];
    if (rowsOf[g].length === 0) continue;
    thresholds[groups.labels[g]] = l ? l.threshold : base;
    if (l) correct += l.correct;
    else for (const i of rowsOf[g]) if ((scores[i] >= base ? 1 : 0) === labels01[i]) correct++;
  }
  const reached = chosen.map((l) => l ?? NO_LEVEL);
  const gap =
    options.goal === 'demographic-parity'
      ? rangeOf(
          reached.map((l) => l.rate),
          judged,
        )
      : gapOf(reached, judged, options.goal === 'equalized-odds');
  return {
    kind: 'group-thresholds',
    version: GROUP_THRESHOLDS_VERSION,
    goal: options.goal,
    randomized: false,
    spec: options.spec ?? null,
    thresholds,
    fallback: base,
    fit: { rows: n, tolerance, targetRate, gap, accuracy: correct / n, baseAccuracy: baseCorrect / n },
  };
}

/**
 * Decisions (1 = selected) with the stored per-group thresholds; groups not listed use the fallback.
 * Randomised thresholds draw from a generator seeded with `seed` (default 1), row by row in order.
 *
 * @example
 * ```ts
 * applyGroupThresholds([0.4, 0.4], { labels: ['m', 'f'], group: [0, 1] }, stored); // Uint8Array [0, 1]
 * ```
 */
export function applyGroupThresholds(
  scores: ArrayLike<number>,
  groups: GroupInput,
  thresholds: GroupThresholds,
  options: { readonly seed?: number } = {},
): Uint8Array {
  if (thresholds?.kind !== 'group-thresholds') {
    throw new ValidationError('fairness.thresholdsKind', {
      expected: 'group-thresholds',
      got: String(thresholds?.kind),
    });
  }
  checkLength('groups', groups.group.length, scores.length);
  const perGroup = groups.labels.map((label) =>
    Object.hasOwn(thresholds.thresholds, label) ? thresholds.thresholds[label] : thresholds.fallback,
  );
  const out = new Uint8Array(scores.length);
  const mixing = thresholds.randomized ? thresholds.mixing : undefined;
  if (mixing) {
    const rules = groups.labels.map((label) => (Object.hasOwn(mixing, label) ? mixing[label] : null));
    const rng = createRng(options.seed ?? 1);
    for (let i = 0; i < scores.length; i++) {
      const m = rules[groups.group[i]];
      if (m === null) out[i] = scores[i] >= perGroup[groups.group[i]] ? 1 : 0;
      else if (rng.next() < m.pIgnore) out[i] = rng.next() < m.constantRate ? 1 : 0;
      else out[i] = scores[i] >= (rng.next() < m.pLow ? m.lowThreshold : m.highThreshold) ? 1 : 0;
    }
    return out;
  }
  for (let i = 0; i < scores.length; i++) out[i] = scores[i] >= perGroup[groups.group[i]] ? 1 : 0;
  return out;
}

/**
 * The probability that each row is selected under the stored thresholds: 0 or 1 for plain thresholds, the
 * mixture probability for randomised ones — so expected rates can be computed without drawing.
 *
 * @example
 * ```ts
 * selectionProbabilities(scores, groups, randomized); // Float64Array, e.g. [0.06, 1, 0.42, …]
 * ```
 */
export function selectionProbabilities(
  scores: ArrayLike<number>,
  groups: GroupInput,
  thresholds: GroupThresholds,
): Float64Array {
  checkLength('groups', groups.group.length, scores.length);
  const mixing = thresholds.randomized ? (thresholds.mixing ?? {}) : {};
  const out = new Float64Array(scores.length);
  const rules = groups.labels.map((label) => ({
    t: Object.hasOwn(thresholds.thresholds, label) ? thresholds.thresholds[label] : thresholds.fallback,
    m: Object.hasOwn(mixing, label) ? mixing[label] : null,
  }));
  for (let i = 0; i < scores.length; i++) {
    const { t, m } = rules[groups.group[i]];
    const s = scores[i];
    out[i] =
      m === null
        ? s >= t
          ? 1
          : 0
        : m.pIgnore * m.constantRate +
          (1 - m.pIgnore) * (m.pLow * (s >= m.lowThreshold ? 1 : 0) + (1 - m.pLow) * (s >= m.highThreshold ? 1 : 0));
  }
  return out;
}

/** The level minimising `dist`; among those within `tol` of the target, the most accurate one. */
function pick(levels: readonly Level[], dist: (l: Level) => number, tol: number): Level {
  let nearest = levels[0];
  let bestInside: Level | null = null;
  for (const l of levels) {
    const d = dist(l);
    if (d < dist(nearest)) nearest = l;
    if (d <= tol + 1e-12 && (bestInside === null || l.correct > bestInside.correct)) bestInside = l;
  }
  return bestInside ?? nearest;
}

function rangeOf(values: readonly number[], include: readonly boolean[]): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  values.forEach((v, g) => {
    if (!include[g]) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  });
  return hi >= lo ? hi - lo : Number.NaN;
}

function gapOf(combo: readonly Level[], include: readonly boolean[], useFpr: boolean): number {
  const tpr = rangeOf(
    combo.map((l) => l.tpr),
    include,
  );
  return useFpr
    ? Math.max(
        tpr,
        rangeOf(
          combo.map((l) => l.fpr),
          include,
        ),
      )
    : tpr;
}
