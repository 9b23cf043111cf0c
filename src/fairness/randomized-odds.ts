/**
 * @module fairness/randomized-odds
 * Randomised equalised odds (Hardt, Price & Srebro 2016; the construction of Fairlearn's
 * ThresholdOptimizer): every judged group is brought to one common operating point (FPR x, TPR y*). For
 * each x on a grid of 0.001, y*(x) is the lowest TPR the groups' ROC convex hulls reach at x, and the x with
 * the highest accuracy wins. A group reaches (x, y*) by mixing the two thresholds at the ends of its hull
 * segment around x (→ its hull point (x, h)), and, with probability p = (h − y*)/(h − x), ignoring the score
 * and selecting at random at rate x — so TPR and FPR are equal across groups **in expectation** on the
 * fitting data. Decisions are random per row (seeded in `applyGroupThresholds`): two rows with the same
 * score may be decided differently. Groups under `minGroupRows` keep the base threshold.
 *
 * @example
 * ```ts
 * import { randomizedOdds } from './randomized-odds.js';
 * const t = randomizedOdds(validScores, validLabels, validGroups);
 * applyGroupThresholds(testScores, testGroups, t, { seed: 7 });
 * ```
 */
import { checkBinaryLabels, checkFinite, checkLength } from '../evaluation/check-input.js';
import { MIN_GROUP_ROWS } from './data-bias.js';
import {
  GROUP_THRESHOLDS_VERSION,
  type GroupMixing,
  type GroupThresholds,
  applyGroupThresholds,
} from './group-thresholds.js';
import { type GroupInput, type GroupSpec, checkGroups } from './groups.js';
import { type Level, thresholdLevels } from './threshold-levels.js';

/** Options of `randomizedOdds`. */
export interface RandomizedOddsOptions {
  /** The base threshold (kept by groups too small to judge); default 0.5. */
  readonly threshold?: number;
  readonly minGroupRows?: number;
  /** Seed of the decisions on the fitting data (for `fit.accuracy` and `fit.gap`); default 1. */
  readonly seed?: number;
  readonly spec?: GroupSpec;
}

/**
 * Fit randomised per-group rules equalising TPR and FPR (see the module doc).
 *
 * @example
 * ```ts
 * randomizedOdds(p, y, groups).mixing?.Female; // { highThreshold, lowThreshold, pLow, pIgnore, constantRate }
 * ```
 */
export function randomizedOdds(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  options: RandomizedOddsOptions = {},
): GroupThresholds {
  const n = scores.length;
  checkLength('labels', labels01.length, n);
  checkFinite('scores', scores);
  checkBinaryLabels(labels01);
  const G = checkGroups(groups, n);
  const base = options.threshold ?? 0.5;
  const minRows = options.minGroupRows ?? MIN_GROUP_ROWS;
  const rowsOf: number[][] = Array.from({ length: G }, () => []);
  for (let i = 0; i < n; i++) rowsOf[groups.group[i]].push(i);
  const judged = rowsOf.map((r) => r.length >= minRows);
  const hulls = rowsOf.map((rows, g) => (judged[g] ? upperHull(thresholdLevels(rows, scores, labels01)) : []));
  const positives = rowsOf.map((rows) => rows.reduce((s, i) => s + labels01[i], 0));
  let bestX = 0;
  let bestCorrect = -1;
  for (let k = 0; k <= 1000; k++) {
    const x = k / 1000;
    let y = 1;
    for (let g = 0; g < G; g++) if (judged[g]) y = Math.min(y, hullAt(hulls[g], x).tpr);
    let correct = 0;
    for (let g = 0; g < G; g++)
      if (judged[g]) correct += positives[g] * y + (rowsOf[g].length - positives[g]) * (1 - x);
    if (correct > bestCorrect) {
      bestCorrect = correct;
      bestX = x;
    }
  }
  let yStar = 1;
  for (let g = 0; g < G; g++) if (judged[g]) yStar = Math.min(yStar, hullAt(hulls[g], bestX).tpr);
  const mixing: Record<string, GroupMixing> = {};
  const thresholds: Record<string, number> = {};
  for (let g = 0; g < G; g++) {
    if (rowsOf[g].length === 0) continue;
    const label = groups.labels[g];
    thresholds[label] = base;
    if (!judged[g]) continue;
    const at = hullAt(hulls[g], bestX);
    const pIgnore = at.tpr > bestX + 1e-12 ? Math.max(0, (at.tpr - yStar) / (at.tpr - bestX)) : 0;
    mixing[label] = {
      highThreshold: at.high.threshold,
      lowThreshold: at.low.threshold,
      pLow: at.pLow,
      pIgnore,
      constantRate: bestX,
    };
  }
  const result: GroupThresholds = {
    kind: 'group-thresholds',
    version: GROUP_THRESHOLDS_VERSION,
    goal: 'equalized-odds',
    randomized: true,
    mixing,
    spec: options.spec ?? null,
    thresholds,
    fallback: base,
    fit: { rows: n, tolerance: 0, targetRate: null, gap: Number.NaN, accuracy: Number.NaN, baseAccuracy: Number.NaN },
  };
  return { ...result, fit: fitFigures(result, scores, labels01, groups, judged, base, options.seed ?? 1) };
}

/** The upper convex hull of a group's ROC points (levels come ordered by rising FPR and TPR). */
function upperHull(levels: readonly Level[]): Level[] {
  const hull: Level[] = [];
  for (const p of levels) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2];
      const b = hull[hull.length - 1];
      // drop b when it lies on or below the line a → p
      if ((b.fpr - a.fpr) * (p.tpr - a.tpr) - (b.tpr - a.tpr) * (p.fpr - a.fpr) >= 0) hull.pop();
      else break;
    }
    hull.push(p);
  }
  return hull;
}

/** The hull point at FPR x: the segment's ends, the weight of its lower-threshold end, and the TPR. */
function hullAt(hull: readonly Level[], x: number): { high: Level; low: Level; pLow: number; tpr: number } {
  let k = 0;
  while (k + 1 < hull.length - 1 && hull[k + 1].fpr < x) k++;
  const high = hull[k];
  const low = hull[Math.min(k + 1, hull.length - 1)];
  const span = low.fpr - high.fpr;
  const pLow = span > 0 ? Math.min(1, Math.max(0, (x - high.fpr) / span)) : 0;
  return { high, low, pLow, tpr: high.tpr + pLow * (low.tpr - high.tpr) };
}

function fitFigures(
  t: GroupThresholds,
  scores: ArrayLike<number>,
  labels01: ArrayLike<number>,
  groups: GroupInput,
  judged: readonly boolean[],
  base: number,
  seed: number,
): GroupThresholds['fit'] {
  const n = scores.length;
  const d = applyGroupThresholds(scores, groups, t, { seed });
  let correct = 0;
  let baseCorrect = 0;
  const G = groups.labels.length;
  const tp = new Float64Array(G);
  const fp = new Float64Array(G);
  const pos = new Float64Array(G);
  const cnt = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    const g = groups.group[i];
    if (d[i] === labels01[i]) correct++;
    if ((scores[i] >= base ? 1 : 0) === labels01[i]) baseCorrect++;
    cnt[g]++;
    pos[g] += labels01[i];
    if (labels01[i]) tp[g] += d[i];
    else fp[g] += d[i];
  }
  const tprs: number[] = [];
  const fprs: number[] = [];
  for (let g = 0; g < G; g++) {
    if (!judged[g]) continue;
    tprs.push(pos[g] > 0 ? tp[g] / pos[g] : 0);
    fprs.push(cnt[g] - pos[g] > 0 ? fp[g] / (cnt[g] - pos[g]) : 0);
  }
  const range = (v: number[]) => (v.length > 1 ? Math.max(...v) - Math.min(...v) : Number.NaN);
  return {
    rows: n,
    tolerance: 0,
    targetRate: null,
    gap: Math.max(range(tprs), range(fprs)),
    accuracy: correct / n,
    baseAccuracy: baseCorrect / n,
  };
}
