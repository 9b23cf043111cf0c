/**
 * @module quality/target-info
 * What the target column is, read once and shared by the target, leakage and data-bias checks: the kind of
 * task, the classes with their counts, a class index (or value) per visible row, and the positive class.
 *
 * Rules:
 * - category and boolean targets are classification; a numeric target is classification when it holds exactly
 *   two values, or at most 10 distinct whole numbers; otherwise regression (datetimes: regression on epoch ms).
 * - two classes → `binary`, more → `multiclass`, one → `constant`, none at all → `empty`.
 * - the positive class is `options.positive` when given; else the one class whose label reads as positive
 *   (yes, y, 1, true, >50K, churn, …), else the other of a class that reads as negative (no, 0, false, <=50K, …),
 *   else the minority class.
 *
 * @example
 * ```ts
 * import { targetInfo } from './target-info.js';
 * const t = targetInfo(table, 'y');
 * t.kind;                   // 'binary'
 * t.classes[t.positive];    // 'yes'
 * ```
 */
import { BOOLEAN_MISSING, type Column } from '../data/column.js';
import { getColumn, storageRow, type Table } from '../data/table.js';
import { ValidationError } from '../util/errors.js';

/** The kind of learning task a target implies. */
export type TargetKind = 'binary' | 'multiclass' | 'regression' | 'constant' | 'empty';

/** How the positive class was chosen. */
export type PositiveReason = 'option' | 'name' | 'minority' | 'none';

/** The target column, read for the checks. Arrays are indexed by visible row. */
export interface TargetInfo {
  readonly name: string;
  readonly kind: TargetKind;
  /** Class labels (classification, `constant`), in natural order (numbers numerically). Empty for regression. */
  readonly classes: readonly string[];
  /** Rows per class. */
  readonly counts: readonly number[];
  /** Class index per visible row, -1 when the target is missing (all -1 for regression). */
  readonly labels: Int32Array;
  /** Numeric target per visible row (regression), NaN when missing; empty for classification. */
  readonly values: Float64Array;
  /** Rows whose target is missing. */
  readonly missing: number;
  /** Rows with a target. */
  readonly labelled: number;
  /** Index of the positive class, -1 for regression or when there is none. */
  readonly positive: number;
  readonly positiveReason: PositiveReason;
}

/** Labels that read as the positive class (compared lower-cased, trimmed, without a trailing dot). */
const POSITIVE_LABELS = new Set([
  'yes',
  'y',
  '1',
  'true',
  't',
  'positive',
  'pos',
  '>50k',
  'churn',
  'churned',
  'buy',
  'bought',
  'purchase',
  'purchased',
  'converted',
  'conversion',
  'success',
  'successful',
  'responded',
  'responder',
  'response',
  'clicked',
  'click',
  'subscribed',
  'ja',
  'j',
  'wahr',
]);

/** Labels that read as the negative class. */
const NEGATIVE_LABELS = new Set([
  'no',
  'n',
  '0',
  'false',
  'f',
  'negative',
  'neg',
  '<=50k',
  'no churn',
  'not churned',
  'failure',
  'fail',
  'none',
  'nein',
  'falsch',
]);

/** A numeric target with at most this many distinct whole numbers is classification. */
export const MAX_NUMERIC_CLASSES = 10;

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Choose the positive class among `classes` (see the module rules). Throws a `ValidationError` when
 * `requested` names no class.
 *
 * @example
 * ```ts
 * choosePositive(['no', 'yes'], [36548, 4640]);           // { index: 1, reason: 'name' }
 * choosePositive(['A', 'B'], [10, 3]);                    // { index: 1, reason: 'minority' }
 * choosePositive(['A', 'B'], [10, 3], 'A');               // { index: 0, reason: 'option' }
 * ```
 */
export function choosePositive(
  classes: readonly string[],
  counts: readonly number[],
  requested?: string,
  column = 'target',
): { index: number; reason: PositiveReason } {
  if (classes.length === 0) return { index: -1, reason: 'none' };
  if (requested !== undefined) {
    let index = classes.indexOf(requested);
    if (index < 0) index = classes.findIndex((c) => normalizeLabel(c) === normalizeLabel(requested));
    if (index < 0) {
      throw new ValidationError('option.invalid', {
        name: '--positive',
        expected: `a class of ${column} (${classes.join(', ')})`,
        got: requested,
      });
    }
    return { index, reason: 'option' };
  }
  const normalized = classes.map(normalizeLabel);
  const positives = normalized.flatMap((c, i) => (POSITIVE_LABELS.has(c) ? [i] : []));
  if (positives.length === 1) return { index: positives[0], reason: 'name' };
  if (classes.length === 2) {
    const negatives = normalized.flatMap((c, i) => (NEGATIVE_LABELS.has(c) ? [i] : []));
    if (negatives.length === 1) return { index: 1 - negatives[0], reason: 'name' };
  }
  let minority = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] <= counts[minority]) minority = i;
  return { index: minority, reason: 'minority' };
}

const cache = new WeakMap<Table, Map<string, TargetInfo>>();

/**
 * Read the target column `name` of `table` (a `NotFoundError` when it does not exist). Cached per table,
 * name and positive class, so the checks that need it share one pass.
 *
 * @example
 * ```ts
 * const t = targetInfo(table, 'Churn');
 * t.counts[t.positive] / t.labelled; // churn rate
 * ```
 */
export function targetInfo(table: Table, name: string, positive?: string): TargetInfo {
  const key = `${name}\u0000${positive ?? ''}`;
  let perTable = cache.get(table);
  const hit = perTable?.get(key);
  if (hit) return hit;
  const info = readTarget(table, getColumn(table, name), positive);
  if (!perTable) {
    perTable = new Map();
    cache.set(table, perTable);
  }
  perTable.set(key, info);
  return info;
}

function readTarget(table: Table, column: Column, positive: string | undefined): TargetInfo {
  const n = table.rowCount;
  const codes = new Int32Array(n).fill(-1);
  let labels: string[] = [];
  let numeric: Float64Array | null = null;
  switch (column.storage) {
    case 'category': {
      for (let i = 0; i < n; i++) codes[i] = column.codes[storageRow(table, i)];
      labels = [...column.dictionary];
      break;
    }
    case 'boolean': {
      for (let i = 0; i < n; i++) {
        const v = column.values[storageRow(table, i)];
        codes[i] = v === BOOLEAN_MISSING ? -1 : v;
      }
      labels = ['false', 'true'];
      break;
    }
    case 'number':
    case 'datetime': {
      numeric = new Float64Array(n);
      for (let i = 0; i < n; i++) numeric[i] = column.values[storageRow(table, i)];
      const distinct = distinctNumbers(numeric, MAX_NUMERIC_CLASSES + 1);
      const classLike =
        column.storage === 'number' &&
        distinct.length > 0 &&
        (distinct.length <= 2 || (distinct.length <= MAX_NUMERIC_CLASSES && distinct.every(Number.isInteger)));
      if (!classLike && distinct.length > 1) return regressionTarget(column.name, numeric);
      const lookup = new Map(distinct.map((v, i) => [v, i]));
      for (let i = 0; i < n; i++) codes[i] = numeric[i] === numeric[i] ? (lookup.get(numeric[i]) ?? -1) : -1;
      labels = distinct.map(String);
      break;
    }
  }
  return classificationTarget(column.name, codes, labels, positive, numeric !== null);
}

/** Sorted distinct non-NaN values, stopping once more than `limit` were seen. */
function distinctNumbers(values: Float64Array, limit: number): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      seen.add(v);
      if (seen.size > limit) break;
    }
  }
  return [...seen].sort((a, b) => a - b);
}

function regressionTarget(name: string, values: Float64Array): TargetInfo {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  return Object.freeze({
    name,
    kind: 'regression',
    classes: [],
    counts: [],
    labels: new Int32Array(values.length).fill(-1),
    values,
    missing,
    labelled: values.length - missing,
    positive: -1,
    positiveReason: 'none',
  });
}

function classificationTarget(
  name: string,
  rawCodes: Int32Array,
  dictionary: readonly string[],
  positive: string | undefined,
  sortedAlready: boolean,
): TargetInfo {
  const rawCounts = new Float64Array(dictionary.length);
  let missing = 0;
  for (let i = 0; i < rawCodes.length; i++) {
    if (rawCodes[i] < 0) missing++;
    else rawCounts[rawCodes[i]]++;
  }
  // keep the classes that occur, in natural order
  let used = dictionary.flatMap((_, code) => (rawCounts[code] > 0 ? [code] : []));
  if (!sortedAlready) used = used.sort((a, b) => compareLabels(dictionary[a], dictionary[b]));
  const remap = new Int32Array(dictionary.length).fill(-1);
  used.forEach((code, i) => {
    remap[code] = i;
  });
  const labels = new Int32Array(rawCodes.length);
  for (let i = 0; i < rawCodes.length; i++) labels[i] = rawCodes[i] < 0 ? -1 : remap[rawCodes[i]];
  const classes = used.map((code) => dictionary[code]);
  const counts = used.map((code) => rawCounts[code]);
  const kind: TargetKind =
    classes.length === 0 ? 'empty' : classes.length === 1 ? 'constant' : classes.length === 2 ? 'binary' : 'multiclass';
  const chosen =
    kind === 'binary' || kind === 'multiclass' ? choosePositive(classes, counts, positive, name) : noPositive();
  return Object.freeze({
    name,
    kind,
    classes,
    counts,
    labels,
    values: new Float64Array(0),
    missing,
    labelled: rawCodes.length - missing,
    positive: chosen.index,
    positiveReason: chosen.reason,
  });
}

function noPositive(): { index: number; reason: PositiveReason } {
  return { index: -1, reason: 'none' };
}

function compareLabels(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}
