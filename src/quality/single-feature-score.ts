/**
 * @module quality/single-feature-score
 * How well one column alone predicts the target, by stratified k-fold cross-validation of the simplest
 * one-feature model — the yardstick of the leakage check.
 *
 * The model (fitted on the training folds only):
 * - numeric and datetime columns: the values are first cut at up to 255 global quantiles (an unsupervised,
 *   target-blind grid), then per fold these fine bins are merged into ≤ 32 bins of equal training-fold
 *   frequency; missing values form their own bin.
 * - category and boolean columns: one bin per value, missing its own bin; a value not seen in the training
 *   folds gets the prior.
 * - the prediction for a bin is its training-fold target rate (binary: positive share; multiclass: share of
 *   each class; regression: mean), smoothed towards the training-fold prior with `SMOOTHING` pseudo-rows.
 *
 * The score is the mean over folds of the exact ROC AUC (binary), the macro one-vs-rest AUC (multiclass,
 * at most `MAX_AUC_CLASSES` classes) or R² (regression). Folds are stratified by class (by sorted target
 * blocks for regression) and seeded. At most `MAX_SCORING_ROWS` labelled rows are used (a seeded sample).
 * Per column: one sort for the quantile grid and one pass over typed arrays for all folds.
 *
 * @example
 * ```ts
 * import { scoringSample, scoreFeature } from './single-feature-score.js';
 * const sample = scoringSample(table, targetInfo(table, 'y'), 0);
 * scoreFeature(sample, getColumn(table, 'duration')); // { metric: 'auc', value: 0.8…, … }
 * ```
 */
import type { Column } from '../data/column.js';
import { storageRow, type Table } from '../data/table.js';
import { createRng, type Rng } from '../util/rng.js';
import { rocAucFromGroups } from './auc.js';
import type { TargetInfo } from './target-info.js';

/** Number of cross-validation folds. */
export const CV_FOLDS = 5;
/** At most this many labelled rows are scored (a seeded sample beyond). */
export const MAX_SCORING_ROWS = 200_000;
/** Bins of a numeric column per fold. */
export const MAX_BINS = 32;
/** Pseudo-rows of the prior mixed into every bin's rate. */
export const SMOOTHING = 1;
/** A multiclass target with more classes is not scored (macro AUC over too many classes says little). */
export const MAX_AUC_CLASSES = 20;
const FINE_BINS = 256;
/** Bound on fold × bin × class counters of a multiclass target (memory). */
const MAX_MULTICLASS_CELLS = 20_000_000;

/** Why a column or a target cannot be scored. */
export type SkipReason = 'too-few-rows' | 'too-many-classes' | 'too-many-values' | 'no-task' | 'constant';

/** The labelled rows drawn for scoring, their target and their folds. */
export interface ScoringSample {
  readonly task: 'binary' | 'multiclass' | 'regression' | 'none';
  /** Storage rows of the sampled labelled rows, in table order. */
  readonly rows: Uint32Array;
  /** Target per sampled row: 0/1 (binary), class index (multiclass) or value (regression). */
  readonly y: Float64Array;
  /** Classes (multiclass), 2 (binary), 0 (regression). */
  readonly classes: number;
  /** Fold (0 … folds-1) per sampled row. */
  readonly fold: Uint8Array;
  readonly folds: number;
  /** Labelled rows before sampling. */
  readonly labelled: number;
  /** When set, nothing can be scored against this target. */
  readonly skipped?: SkipReason;
}

/** The cross-validated score of one column. */
export interface FeatureScore {
  readonly column: string;
  readonly metric: 'auc' | 'r2';
  /** Mean over folds; NaN when skipped. */
  readonly value: number;
  readonly foldValues: readonly number[];
  readonly skipped?: SkipReason;
}

/**
 * Draw the labelled rows (at most `maxRows`, seeded) and assign stratified folds.
 *
 * @example
 * ```ts
 * const s = scoringSample(table, targetInfo(table, 'y'), 0);
 * s.rows.length; // 41188 on bank-additional-full
 * ```
 */
export function scoringSample(
  table: Table,
  info: TargetInfo,
  seed = 0,
  maxRows = MAX_SCORING_ROWS,
  folds = CV_FOLDS,
): ScoringSample {
  const rng = createRng(seed);
  const task = info.kind === 'binary' || info.kind === 'multiclass' || info.kind === 'regression' ? info.kind : 'none';
  const labelledVisible: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const has = task === 'regression' ? info.values[i] === info.values[i] : info.labels[i] >= 0;
    if (has) labelledVisible.push(i);
  }
  const picked = sampleIndices(labelledVisible.length, maxRows, rng);
  const n = picked.length;
  const rows = new Uint32Array(n);
  const y = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const visible = labelledVisible[picked[j]];
    rows[j] = storageRow(table, visible);
    if (task === 'binary') y[j] = info.labels[visible] === info.positive ? 1 : 0;
    else if (task === 'multiclass') y[j] = info.labels[visible];
    else if (task === 'regression') y[j] = info.values[visible];
  }
  const classes = task === 'multiclass' ? info.classes.length : task === 'binary' ? 2 : 0;
  const fold = task === 'regression' ? regressionFolds(y, folds, rng) : classFolds(y, classes, folds, rng);
  let skipped: SkipReason | undefined;
  if (task === 'none') skipped = 'no-task';
  else if (task === 'multiclass' && classes > MAX_AUC_CLASSES) skipped = 'too-many-classes';
  else if (n < 2 * folds || (task !== 'regression' && smallestClass(y, classes) < folds)) skipped = 'too-few-rows';
  return { task, rows, y, classes, fold, folds, labelled: labelledVisible.length, ...(skipped ? { skipped } : {}) };
}

/** Sorted positions 0..n-1, all of them or a seeded sample of `max`. */
function sampleIndices(n: number, max: number, rng: Rng): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= max) return all;
  for (let i = 0; i < max; i++) {
    const j = i + rng.int(n - i);
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, max).sort();
}

function smallestClass(y: Float64Array, classes: number): number {
  const counts = new Float64Array(Math.max(classes, 1));
  for (let j = 0; j < y.length; j++) counts[y[j]]++;
  return Math.min(...counts);
}

/** Per class: shuffle its rows, deal them round-robin into the folds (from a random starting fold). */
function classFolds(y: Float64Array, classes: number, folds: number, rng: Rng): Uint8Array {
  const fold = new Uint8Array(y.length);
  const byClass: number[][] = Array.from({ length: Math.max(classes, 1) }, () => []);
  for (let j = 0; j < y.length; j++) byClass[y[j]]?.push(j);
  let start = 0;
  for (const members of byClass) {
    shuffle(members, rng);
    for (let m = 0; m < members.length; m++) fold[members[m]] = (start + m) % folds;
    start = (start + members.length) % folds;
  }
  return fold;
}

/** Sort by target; within each block of `folds` consecutive rows, a random permutation of the folds. */
function regressionFolds(y: Float64Array, folds: number, rng: Rng): Uint8Array {
  const order = Array.from({ length: y.length }, (_, j) => j).sort((a, b) => y[a] - y[b]);
  const fold = new Uint8Array(y.length);
  const perm = Array.from({ length: folds }, (_, f) => f);
  for (let start = 0; start < order.length; start += folds) {
    shuffle(perm, rng);
    for (let k = 0; k < folds && start + k < order.length; k++) fold[order[start + k]] = perm[k];
  }
  return fold;
}

function shuffle(a: number[], rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/** A column coded as bins for the sampled rows. */
interface CodedFeature {
  readonly bins: Int32Array;
  readonly nBins: number;
  readonly missingBin: number;
  /** Numeric fine bins that are merged per fold (else every bin stands alone). */
  readonly ordered: boolean;
  /** Bins that occur at all. */
  readonly used: number;
}

function codeFeature(sample: ScoringSample, column: Column): CodedFeature {
  const n = sample.rows.length;
  const bins = new Int32Array(n);
  let nBins: number;
  let missingBin: number;
  let ordered = false;
  if (column.storage === 'number' || column.storage === 'datetime') {
    const x = new Float64Array(n);
    let m = 0;
    for (let j = 0; j < n; j++) {
      x[j] = column.values[sample.rows[j]];
      if (x[j] === x[j]) m++;
    }
    const sorted = new Float64Array(m);
    let at = 0;
    for (let j = 0; j < n; j++) if (x[j] === x[j]) sorted[at++] = x[j];
    sorted.sort();
    const cuts: number[] = [];
    for (let q = 1; q < FINE_BINS && m > 0; q++) {
      const v = sorted[Math.floor((q * m) / FINE_BINS)];
      if (v > sorted[0] && (cuts.length === 0 || v > cuts[cuts.length - 1])) cuts.push(v);
    }
    missingBin = cuts.length + 1;
    nBins = cuts.length + 2;
    for (let j = 0; j < n; j++) bins[j] = x[j] === x[j] ? upperBound(cuts, x[j]) : missingBin;
    ordered = true;
  } else if (column.storage === 'category') {
    missingBin = column.dictionary.length;
    nBins = missingBin + 1;
    for (let j = 0; j < n; j++) {
      const c = column.codes[sample.rows[j]];
      bins[j] = c < 0 ? missingBin : c;
    }
  } else {
    missingBin = 2;
    nBins = 3;
    for (let j = 0; j < n; j++) bins[j] = column.values[sample.rows[j]];
  }
  const seen = new Uint8Array(nBins);
  let used = 0;
  for (let j = 0; j < n; j++) {
    if (seen[bins[j]] === 0) {
      seen[bins[j]] = 1;
      used++;
    }
  }
  return { bins, nBins, missingBin, ordered, used };
}

/** Number of cuts ≤ x. */
function upperBound(cuts: readonly number[], x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Map bins to groups: ordered fine bins merged into ≤ MAX_BINS of equal training frequency; missing alone. */
function groupBins(trainN: Float64Array, coded: CodedFeature): { map: Int32Array; groups: number } {
  const map = new Int32Array(coded.nBins);
  if (!coded.ordered) {
    for (let b = 0; b < coded.nBins; b++) map[b] = b;
    return { map, groups: coded.nBins };
  }
  let total = 0;
  for (let b = 0; b < coded.missingBin; b++) total += trainN[b];
  const per = total / MAX_BINS;
  let group = 0;
  let acc = 0;
  for (let b = 0; b < coded.missingBin; b++) {
    map[b] = group;
    acc += trainN[b];
    if (acc >= (group + 1) * per && group < MAX_BINS - 1 && b < coded.missingBin - 1) group++;
  }
  map[coded.missingBin] = group + 1;
  return { map, groups: group + 2 };
}

/**
 * Cross-validate the one-feature model of `column` against the sample's target.
 *
 * @example
 * ```ts
 * scoreFeature(sample, getColumn(table, 'duration')).value; // AUC
 * ```
 */
export function scoreFeature(sample: ScoringSample, column: Column): FeatureScore {
  const metric = sample.task === 'regression' ? 'r2' : 'auc';
  const skip = (reason: SkipReason): FeatureScore => ({
    column: column.name,
    metric,
    value: Number.NaN,
    foldValues: [],
    skipped: reason,
  });
  if (sample.skipped) return skip(sample.skipped);
  const coded = codeFeature(sample, column);
  if (coded.used <= 1) return skip('constant');
  if (sample.task === 'multiclass' && coded.nBins * sample.classes * sample.folds > MAX_MULTICLASS_CELLS) {
    return skip('too-many-values');
  }
  const foldValues =
    sample.task === 'regression'
      ? regressionR2s(sample, coded)
      : sample.task === 'binary'
        ? binaryFoldAucs(sample, coded)
        : multiclassFoldAucs(sample, coded);
  const finite = foldValues.filter(Number.isFinite);
  const value = finite.length === 0 ? Number.NaN : finite.reduce((s, v) => s + v, 0) / finite.length;
  return { column: column.name, metric, value, foldValues };
}

/** Per fold and bin: row counts (and positive counts / target sums), in one pass. */
function foldBinSums(sample: ScoringSample, coded: CodedFeature): { n: Float64Array; s: Float64Array } {
  const size = sample.folds * coded.nBins;
  const n = new Float64Array(size);
  const s = new Float64Array(size);
  const { fold, y } = sample;
  const { bins } = coded;
  for (let j = 0; j < bins.length; j++) {
    const at = fold[j] * coded.nBins + bins[j];
    n[at]++;
    s[at] += y[j];
  }
  return { n, s };
}

/** Training-fold totals per bin: all folds minus fold `f`. */
function trainingTotals(perFold: Float64Array, nBins: number, folds: number, f: number): Float64Array {
  const out = new Float64Array(nBins);
  for (let g = 0; g < folds; g++) {
    if (g === f) continue;
    const base = g * nBins;
    for (let b = 0; b < nBins; b++) out[b] += perFold[base + b];
  }
  return out;
}

function binaryFoldAucs(sample: ScoringSample, coded: CodedFeature): number[] {
  const { n, s } = foldBinSums(sample, coded);
  const out: number[] = [];
  for (let f = 0; f < sample.folds; f++) {
    const trainN = trainingTotals(n, coded.nBins, sample.folds, f);
    const trainS = trainingTotals(s, coded.nBins, sample.folds, f);
    const { map, groups } = groupBins(trainN, coded);
    const gN = new Float64Array(groups);
    const gS = new Float64Array(groups);
    const testPos = new Float64Array(groups);
    const testNeg = new Float64Array(groups);
    let totalN = 0;
    let totalS = 0;
    for (let b = 0; b < coded.nBins; b++) {
      const g = map[b];
      gN[g] += trainN[b];
      gS[g] += trainS[b];
      totalN += trainN[b];
      totalS += trainS[b];
      const at = f * coded.nBins + b;
      testPos[g] += s[at];
      testNeg[g] += n[at] - s[at];
    }
    const prior = totalS / totalN;
    const pred = new Float64Array(groups);
    for (let g = 0; g < groups; g++) pred[g] = (gS[g] + SMOOTHING * prior) / (gN[g] + SMOOTHING);
    out.push(rocAucFromGroups(pred, testPos, testNeg));
  }
  return out;
}

function multiclassFoldAucs(sample: ScoringSample, coded: CodedFeature): number[] {
  const K = sample.classes;
  const { nBins } = coded;
  // per fold, bin and class: counts
  const counts = new Float64Array(sample.folds * nBins * K);
  for (let j = 0; j < coded.bins.length; j++) counts[(sample.fold[j] * nBins + coded.bins[j]) * K + sample.y[j]]++;
  const out: number[] = [];
  for (let f = 0; f < sample.folds; f++) {
    const trainN = new Float64Array(nBins);
    const trainC = new Float64Array(nBins * K);
    for (let g = 0; g < sample.folds; g++) {
      if (g === f) continue;
      for (let b = 0; b < nBins; b++) {
        const base = (g * nBins + b) * K;
        for (let c = 0; c < K; c++) {
          trainC[b * K + c] += counts[base + c];
          trainN[b] += counts[base + c];
        }
      }
    }
    const { map, groups } = groupBins(trainN, coded);
    const gN = new Float64Array(groups);
    const gC = new Float64Array(groups * K);
    const testC = new Float64Array(groups * K);
    const testN = new Float64Array(groups);
    const prior = new Float64Array(K);
    let total = 0;
    for (let b = 0; b < nBins; b++) {
      const g = map[b];
      gN[g] += trainN[b];
      total += trainN[b];
      for (let c = 0; c < K; c++) {
        gC[g * K + c] += trainC[b * K + c];
        prior[c] += trainC[b * K + c];
        const t = counts[(f * nBins + b) * K + c];
        testC[g * K + c] += t;
        testN[g] += t;
      }
    }
    const aucs: number[] = [];
    const pred = new Float64Array(groups);
    const pos = new Float64Array(groups);
    const neg = new Float64Array(groups);
    for (let c = 0; c < K; c++) {
      const p = prior[c] / total;
      for (let g = 0; g < groups; g++) {
        pred[g] = (gC[g * K + c] + SMOOTHING * p) / (gN[g] + SMOOTHING);
        pos[g] = testC[g * K + c];
        neg[g] = testN[g] - pos[g];
      }
      const auc = rocAucFromGroups(pred, pos, neg);
      if (Number.isFinite(auc)) aucs.push(auc);
    }
    out.push(aucs.length === 0 ? Number.NaN : aucs.reduce((a, b) => a + b, 0) / aucs.length);
  }
  return out;
}

function regressionR2s(sample: ScoringSample, coded: CodedFeature): number[] {
  const { n, s } = foldBinSums(sample, coded);
  const F = sample.folds;
  const preds: Float64Array[] = [];
  const maps: Int32Array[] = [];
  for (let f = 0; f < F; f++) {
    const trainN = trainingTotals(n, coded.nBins, F, f);
    const trainS = trainingTotals(s, coded.nBins, F, f);
    const { map, groups } = groupBins(trainN, coded);
    const gN = new Float64Array(groups);
    const gS = new Float64Array(groups);
    let totalN = 0;
    let totalS = 0;
    for (let b = 0; b < coded.nBins; b++) {
      gN[map[b]] += trainN[b];
      gS[map[b]] += trainS[b];
      totalN += trainN[b];
      totalS += trainS[b];
    }
    const prior = totalS / totalN;
    const pred = new Float64Array(groups);
    for (let g = 0; g < groups; g++) pred[g] = (gS[g] + SMOOTHING * prior) / (gN[g] + SMOOTHING);
    preds.push(pred);
    maps.push(map);
  }
  // test-fold means, then squared errors and squares around the mean, in two passes
  const cnt = new Float64Array(F);
  const sum = new Float64Array(F);
  for (let j = 0; j < sample.y.length; j++) {
    cnt[sample.fold[j]]++;
    sum[sample.fold[j]] += sample.y[j];
  }
  const sse = new Float64Array(F);
  const sst = new Float64Array(F);
  for (let j = 0; j < sample.y.length; j++) {
    const f = sample.fold[j];
    const e = sample.y[j] - preds[f][maps[f][coded.bins[j]]];
    const d = sample.y[j] - sum[f] / cnt[f];
    sse[f] += e * e;
    sst[f] += d * d;
  }
  return Array.from({ length: F }, (_, f) => (sst[f] > 0 ? 1 - sse[f] / sst[f] : Number.NaN));
}
