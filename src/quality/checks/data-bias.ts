/**
 * @module quality/checks/data-bias
 * Pre-training data bias for each `--sensitive` column (the measures SageMaker Clarify uses, each group `a`
 * against the rest `d`): group sizes and class imbalance CI = (na − nd)/(na + nd), and — with `--target` —
 * the label rate per group and the difference in proportions of labels DPL = qa − qd, where q is the share
 * of the positive class (chosen as in `quality/target-info.ts`) among a group's labelled rows.
 *
 * Findings per sensitive column:
 * - `bias-group-size`: always, carrying the full per-group table in `details.groups` for the report;
 *   warning when a group of at least 100 rows has |CI| ≥ 0.8 (it holds ≤ 10 % or ≥ 90 % of the rows), else info.
 * - `bias-label-gap`: warning when a group of at least 100 rows has |DPL| ≥ 0.1 (10 percentage points).
 *   Regression targets: the mean target per group is shown, no gap is judged.
 * - `small-group`: warning listing the groups under 100 rows — too small to judge; their figures are shown in
 *   the table but never used to flag CI or DPL.
 * Groups come from `quality/sensitive-groups.ts` (age bands, `(missing)` group). A sensitive column that does
 * not exist, is all missing or has one group only is an error, not a silent skip.
 *
 * @example
 * ```ts
 * import { dataBiasCheck } from './data-bias.js';
 * dataBiasCheck({ table, options: { target: 'y', sensitive: ['marital', 'age'] }, categoryCounts });
 * ```
 */
import type { Table } from '../../data/table.js';
import { catalogueFinding, firstRows, listNames, percent, round3 } from '../catalogue-finding.js';
import type { Check } from '../check.js';
import type { Finding } from '../finding.js';
import { type SensitiveGroups, sensitiveGroups } from '../sensitive-groups.js';
import { type TargetInfo, targetInfo } from '../target-info.js';

/** Groups with fewer rows are too small to judge. */
export const SMALL_GROUP_ROWS = 100;
/** |CI| from which a group is over- or under-represented. */
export const CI_THRESHOLD = 0.8;
/** |DPL| from which a group's label rate differs from the rest. */
export const DPL_THRESHOLD = 0.1;

/** One row of the per-group table. */
export interface BiasGroupRow {
  readonly group: string;
  readonly rows: number;
  readonly share: number;
  /** Class imbalance (na − nd)/(na + nd) against all other rows. */
  readonly ci: number;
  /** Rows of the group with a target. */
  readonly labelled?: number;
  /** Rows of the group in the positive class. */
  readonly positives?: number;
  /** qa: positive share among the group's labelled rows (classification). */
  readonly labelRate?: number;
  /** qd: positive share among all other labelled rows. */
  readonly restLabelRate?: number;
  /** qa − qd. */
  readonly dpl?: number;
  /** Mean target of the group (regression). */
  readonly meanTarget?: number;
  /** Under 100 rows: shown, not judged. */
  readonly small: boolean;
  /** Which thresholds the group crosses (never set for small groups). */
  readonly flags: readonly ('ci' | 'dpl')[];
}

/**
 * The data-bias check over `options.sensitive`. A `NotFoundError` or `ValidationError` for a sensitive
 * column that does not exist, is all missing or has one group only.
 *
 * @example
 * ```ts
 * const size = dataBiasCheck(context).find((f) => f.check === 'bias-group-size');
 * size?.details?.groups; // [{ group: 'divorced', rows: 4612, share: 0.112, ci: -0.776, labelRate: 0.103, … }, …]
 * ```
 */
export const dataBiasCheck: Check = (context) => {
  const { table, options } = context;
  const sensitive = options.sensitive ?? [];
  if (sensitive.length === 0) return [];
  const info = options.target === undefined ? null : targetInfo(table, options.target, options.positive);
  const out: Finding[] = [];
  for (const name of sensitive) {
    const groups = sensitiveGroups(table, name);
    const rows = groupTable(groups, info);
    out.push(...biasFindings(table, groups, rows, info));
  }
  return out;
};

/**
 * The per-group table: sizes, CI, and label rates with DPL (or mean target) when a target is given.
 *
 * @example
 * ```ts
 * groupTable(sensitiveGroups(table, 'sex'), targetInfo(table, 'income'));
 * ```
 */
export function groupTable(groups: SensitiveGroups, info: TargetInfo | null): BiasGroupRow[] {
  const n = groups.group.length;
  const G = groups.labels.length;
  const labelled = new Float64Array(G);
  const positives = new Float64Array(G);
  const sums = new Float64Array(G);
  const classification = info !== null && info.positive >= 0;
  const regression = info !== null && info.kind === 'regression';
  if (info) {
    for (let i = 0; i < n; i++) {
      const g = groups.group[i];
      if (regression) {
        const v = info.values[i];
        if (v === v) {
          labelled[g]++;
          sums[g] += v;
        }
      } else if (info.labels[i] >= 0) {
        labelled[g]++;
        if (info.labels[i] === info.positive) positives[g]++;
      }
    }
  }
  let totalLabelled = 0;
  let totalPositives = 0;
  for (let g = 0; g < G; g++) {
    totalLabelled += labelled[g];
    totalPositives += positives[g];
  }
  return groups.labels.map((label, g) => {
    const na = groups.sizes[g];
    const nd = n - na;
    const small = na < SMALL_GROUP_ROWS;
    const ci = (na - nd) / (na + nd);
    const flags: ('ci' | 'dpl')[] = [];
    if (!small && Math.abs(ci) >= CI_THRESHOLD) flags.push('ci');
    const row: {
      -readonly [K in keyof BiasGroupRow]: BiasGroupRow[K];
    } = { group: label, rows: na, share: na / n, ci, small, flags };
    if (classification) {
      const qa = labelled[g] > 0 ? positives[g] / labelled[g] : Number.NaN;
      const restLabelled = totalLabelled - labelled[g];
      const qd = restLabelled > 0 ? (totalPositives - positives[g]) / restLabelled : Number.NaN;
      row.labelled = labelled[g];
      row.positives = positives[g];
      row.labelRate = qa;
      row.restLabelRate = qd;
      row.dpl = qa - qd;
      if (!small && Math.abs(qa - qd) >= DPL_THRESHOLD) flags.push('dpl');
    } else if (regression) {
      row.labelled = labelled[g];
      row.meanTarget = labelled[g] > 0 ? sums[g] / labelled[g] : Number.NaN;
    }
    return row;
  });
}

function biasFindings(
  table: Table,
  groups: SensitiveGroups,
  rows: readonly BiasGroupRow[],
  info: TargetInfo | null,
): Finding[] {
  const column = groups.column;
  const columns = info ? [column, info.name] : [column];
  const positiveClass = info && info.positive >= 0 ? info.classes[info.positive] : undefined;
  const common = {
    grouping: groups.grouping,
    ...(groups.edges ? { edges: groups.edges } : {}),
    ...(info ? { target: info.name } : {}),
    ...(positiveClass === undefined ? {} : { positiveClass }),
    thresholds: { ci: CI_THRESHOLD, dpl: DPL_THRESHOLD, smallGroupRows: SMALL_GROUP_ROWS },
    groups: rows,
  };
  const rowsOf = (names: readonly string[]) => {
    const wanted = new Set(names.map((g) => groups.labels.indexOf(g)));
    return firstRows(table.rowCount, (i) => wanted.has(groups.group[i]));
  };
  const out: Finding[] = [];
  const byRows = [...rows].sort((a, b) => b.rows - a.rows);
  const largest = byRows[0];
  const smallest = byRows[byRows.length - 1];
  const ciGroups = rows.filter((r) => r.flags.includes('ci'));
  out.push(
    catalogueFinding({
      check: 'bias-group-size',
      severity: ciGroups.length > 0 ? 'warning' : 'info',
      column,
      columns,
      count: ciGroups.length > 0 ? ciGroups.length : rows.length,
      examples: rowsOf(ciGroups.map((r) => r.group)),
      messageId: ciGroups.length > 0 ? 'quality.biasGroupSize.imbalanced' : 'quality.biasGroupSize',
      suggestionId: ciGroups.length > 0 ? 'quality.biasGroupSize.fix' : 'quality.biasGroupSize.note',
      params: {
        column,
        groups: rows.length,
        count: ciGroups.length,
        names: listNames(ciGroups.map((r) => `${r.group} (${percent(r.share)})`)),
        threshold: CI_THRESHOLD,
        largest: largest.group,
        largestPercent: percent(largest.share),
        smallest: smallest.group,
        smallestPercent: percent(smallest.share),
      },
      details: common,
    }),
  );
  const gapGroups = rows.filter((r) => r.flags.includes('dpl'));
  if (gapGroups.length > 0 && info) {
    out.push(
      catalogueFinding({
        check: 'bias-label-gap',
        severity: 'warning',
        column,
        columns,
        count: gapGroups.length,
        examples: rowsOf([gapGroups[0].group]),
        messageId: 'quality.biasLabelGap',
        suggestionId: 'quality.biasLabelGap.fix',
        params: {
          column,
          target: info.name,
          positive: positiveClass ?? '',
          count: gapGroups.length,
          threshold: DPL_THRESHOLD,
          names: listNames(
            gapGroups.map(
              (r) => `${r.group} ${percent(r.labelRate ?? Number.NaN)} vs ${percent(r.restLabelRate ?? Number.NaN)}`,
            ),
          ),
        },
        details: { ...common, flagged: gapGroups.map((r) => ({ group: r.group, dpl: round3(r.dpl ?? Number.NaN) })) },
      }),
    );
  }
  const small = rows.filter((r) => r.small);
  if (small.length > 0) {
    const smallRows = small.reduce((s, r) => s + r.rows, 0);
    out.push(
      catalogueFinding({
        check: 'small-group',
        severity: 'warning',
        column,
        columns,
        count: small.length,
        share: smallRows / table.rowCount,
        examples: rowsOf(small.map((r) => r.group)),
        messageId: 'quality.smallGroup',
        suggestionId: 'quality.smallGroup.fix',
        params: {
          column,
          count: small.length,
          min: SMALL_GROUP_ROWS,
          names: listNames(small.map((r) => `${r.group} (${r.rows})`)),
        },
        details: {
          ...common,
          small: small.map((r) => ({ group: r.group, rows: r.rows })),
          rowsInSmallGroups: smallRows,
        },
      }),
    );
  }
  return out;
}
