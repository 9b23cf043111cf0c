/**
 * @module quality/checks/target
 * Checks of the target column (run only with `--target`): rows without a target (`missing-target`), a
 * skewed class distribution (`class-imbalance`) and classes too rare to learn or validate (`rare-classes`).
 *
 * Thresholds:
 * - `missing-target`: any row without a target → warning; every row → error.
 * - `class-imbalance`, binary: minority share < 20 % → warning, < 40 % → info, balanced → no finding;
 *   a minority class of fewer than 10 rows, or a single class → error.
 *   Multiclass: largest / smallest class ≥ 4 → warning, ≥ 1.5 → info.
 *   `details.positiveRate` is the share of the positive class among labelled rows.
 * - `rare-classes` (multiclass): classes under 1 % of the labelled rows or under 10 rows → warning.
 *
 * @example
 * ```ts
 * import { targetChecks } from './target.js';
 * targetChecks({ table, options: { target: 'y' }, categoryCounts }); // [{ check: 'class-imbalance', … }]
 * ```
 */
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, listNames, percent } from '../catalogue-finding.js';
import type { Finding } from '../finding.js';
import { type TargetInfo, targetInfo } from '../target-info.js';

/** Binary minority share below which the imbalance is a warning. */
export const IMBALANCE_WARNING_SHARE = 0.2;
/** Binary minority share below which the imbalance is noted (info). */
export const IMBALANCE_INFO_SHARE = 0.4;
/** Multiclass largest/smallest ratio from which the imbalance is a warning. */
export const IMBALANCE_WARNING_RATIO = 4;
/** Multiclass largest/smallest ratio from which the imbalance is noted (info). */
export const IMBALANCE_INFO_RATIO = 1.5;
/** A class under this share of the labelled rows is rare. */
export const RARE_CLASS_SHARE = 0.01;
/** A class with fewer rows than this is rare (and, as a binary minority, too few to learn from). */
export const RARE_CLASS_ROWS = 10;

/**
 * The target checks: `missing-target`, `class-imbalance`, `rare-classes`. No findings without
 * `options.target`; a `NotFoundError` when the target column does not exist.
 *
 * @example
 * ```ts
 * const findings = targetChecks(context); // context.options.target = 'y'
 * findings.find((f) => f.check === 'class-imbalance')?.details?.positiveRate; // 0.1127 on bank-additional
 * ```
 */
export const targetChecks: Check = (context) => {
  const name = context.options.target;
  if (name === undefined) return [];
  const info = targetInfo(context.table, name, context.options.positive);
  const out: Finding[] = [];
  const missing = missingTarget(info, context.table.rowCount);
  if (missing) out.push(missing);
  const imbalance = classImbalance(info);
  if (imbalance) out.push(imbalance);
  const rare = rareClasses(info);
  if (rare) out.push(rare);
  return out;
};

function missingTarget(info: TargetInfo, rows: number): Finding | null {
  if (info.missing === 0) return null;
  const all = info.missing === rows;
  const isMissing =
    info.kind === 'regression' ? (i: number) => info.values[i] !== info.values[i] : (i: number) => info.labels[i] < 0;
  return catalogueFinding({
    check: 'missing-target',
    severity: all ? 'error' : 'warning',
    column: info.name,
    count: info.missing,
    share: info.missing / rows,
    examples: firstRows(rows, isMissing),
    messageId: all ? 'quality.missingTarget.all' : 'quality.missingTarget',
    suggestionId: 'quality.missingTarget.fix',
    params: { column: info.name, count: info.missing, percent: percent(info.missing / rows) },
    details: { missing: info.missing, labelled: info.labelled },
  });
}

/** Per-class table for details. */
function classTable(info: TargetInfo): { class: string; count: number; share: number }[] {
  return info.classes.map((c, i) => ({ class: c, count: info.counts[i], share: info.counts[i] / info.labelled }));
}

function classImbalance(info: TargetInfo): Finding | null {
  if (info.kind === 'constant') {
    return catalogueFinding({
      check: 'class-imbalance',
      severity: 'error',
      column: info.name,
      count: info.labelled,
      share: 1,
      messageId: 'quality.classImbalance.oneClass',
      suggestionId: 'quality.classImbalance.oneClass.fix',
      params: { column: info.name, class: info.classes[0] },
      details: { classes: classTable(info) },
    });
  }
  if (info.kind !== 'binary' && info.kind !== 'multiclass') return null;
  let minority = 0;
  let majority = 0;
  for (let i = 1; i < info.counts.length; i++) {
    if (info.counts[i] < info.counts[minority]) minority = i;
    if (info.counts[i] > info.counts[majority]) majority = i;
  }
  const minorityCount = info.counts[minority];
  const minorityShare = minorityCount / info.labelled;
  const ratio = info.counts[majority] / minorityCount;
  const details = {
    kind: info.kind,
    positiveClass: info.classes[info.positive],
    positiveCount: info.counts[info.positive],
    positiveRate: info.counts[info.positive] / info.labelled,
    positiveReason: info.positiveReason,
    minorityClass: info.classes[minority],
    minorityCount,
    minorityShare,
    majorityClass: info.classes[majority],
    ratio,
    labelled: info.labelled,
    classes: classTable(info),
  };
  const base = {
    check: 'class-imbalance' as const,
    column: info.name,
    count: minorityCount,
    share: minorityShare,
    examples: firstRows(info.labels.length, (i) => info.labels[i] === minority),
    details,
  };
  if (info.kind === 'binary') {
    const params = {
      column: info.name,
      minority: info.classes[minority],
      count: minorityCount,
      rows: info.labelled,
      percent: percent(minorityShare),
    };
    if (minorityCount < RARE_CLASS_ROWS) {
      return catalogueFinding({
        ...base,
        severity: 'error',
        messageId: 'quality.classImbalance.tooFew',
        suggestionId: 'quality.classImbalance.tooFew.fix',
        params,
      });
    }
    if (minorityShare >= IMBALANCE_INFO_SHARE) return null;
    return catalogueFinding({
      ...base,
      severity: minorityShare < IMBALANCE_WARNING_SHARE ? 'warning' : 'info',
      messageId: 'quality.classImbalance',
      suggestionId: 'quality.classImbalance.fix',
      params,
    });
  }
  if (ratio < IMBALANCE_INFO_RATIO) return null;
  return catalogueFinding({
    ...base,
    severity: ratio >= IMBALANCE_WARNING_RATIO ? 'warning' : 'info',
    messageId: 'quality.classImbalance.multi',
    suggestionId: 'quality.classImbalance.fix',
    params: {
      column: info.name,
      majority: info.classes[majority],
      minority: info.classes[minority],
      count: minorityCount,
      ratio: Number(ratio.toFixed(1)),
      percent: percent(minorityShare),
    },
  });
}

function rareClasses(info: TargetInfo): Finding | null {
  if (info.kind !== 'multiclass') return null;
  const rare: number[] = [];
  info.counts.forEach((count, i) => {
    if (count < RARE_CLASS_ROWS || count / info.labelled < RARE_CLASS_SHARE) rare.push(i);
  });
  if (rare.length === 0) return null;
  const isRare = new Uint8Array(info.classes.length);
  for (const i of rare) isRare[i] = 1;
  const rows = rare.reduce((s, i) => s + info.counts[i], 0);
  const names = listNames(rare.map((i) => `${info.classes[i]} (${info.counts[i]})`));
  return catalogueFinding({
    check: 'rare-classes',
    severity: 'warning',
    column: info.name,
    count: rows,
    share: rows / info.labelled,
    examples: firstRows(info.labels.length, (i) => info.labels[i] >= 0 && isRare[info.labels[i]] === 1),
    messageId: 'quality.rareClasses',
    suggestionId: 'quality.rareClasses.fix',
    params: { column: info.name, classes: rare.length, names },
    details: {
      rareClasses: rare.map((i) => ({
        class: info.classes[i],
        count: info.counts[i],
        share: info.counts[i] / info.labelled,
      })),
      minShare: RARE_CLASS_SHARE,
      minRows: RARE_CLASS_ROWS,
    },
  });
}
