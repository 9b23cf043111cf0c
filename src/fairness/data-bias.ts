/**
 * @module fairness/data-bias
 * Bias in the data before training, with Amazon SageMaker Clarify's pre-training measures. The advantaged
 * facet `a` is the **largest group**; every other group is a disadvantaged facet `d` compared with it:
 * - class imbalance CI = (n_a − n_d) / (n_a + n_d) — positive when group d has fewer rows than the largest;
 * - difference in proportions of labels DPL = q_a − q_d, with q the share of positive labels (1) in a
 *   group — positive when group d has the positive label less often than the largest group.
 * Groups with fewer than 100 rows are flagged `small` (too small to judge, as DataRobot does). The largest
 * group's own row carries CI = DPL = 0.
 *
 * @example
 * ```ts
 * import { dataBias } from './data-bias.js';
 * const bias = dataBias(sexGroups, labels01);
 * bias.groups.find((g) => g.group === 'Female')?.dpl; // 0.19
 * ```
 */
import { checkBinaryLabels } from '../evaluation/check-input.js';
import { type GroupInput, checkGroups } from './groups.js';

/** Groups with fewer rows are too small to judge (DataRobot's rule). */
export const MIN_GROUP_ROWS = 100;

/** One group of the pre-training table. */
export interface DataBiasGroup {
  readonly group: string;
  readonly rows: number;
  readonly share: number;
  readonly positives: number;
  /** q: share of positive labels in the group. */
  readonly labelRate: number;
  /** (n_a − n_d)/(n_a + n_d) against the largest group a. */
  readonly ci: number;
  /** q_a − q_d against the largest group a. */
  readonly dpl: number;
  /** Fewer than `minGroupRows` rows: shown, not judged. */
  readonly small: boolean;
}

/** The pre-training bias of one attribute. */
export interface DataBias {
  /** The facet a every group is compared with: the largest group. */
  readonly reference: string;
  readonly rows: number;
  readonly labelRate: number;
  readonly minGroupRows: number;
  readonly groups: readonly DataBiasGroup[];
}

/**
 * Group sizes, label rates, CI and DPL (see the module doc for which group is a and which d).
 *
 * @example
 * ```ts
 * dataBias({ labels: ['m', 'f'], group: [0, 0, 1] }, [1, 0, 0], { minGroupRows: 1 }).groups[1].ci; // (2 − 1)/3
 * ```
 */
export function dataBias(
  groups: GroupInput,
  labels01: ArrayLike<number>,
  options: { readonly minGroupRows?: number } = {},
): DataBias {
  const n = labels01.length;
  const G = checkGroups(groups, n);
  checkBinaryLabels(labels01);
  const minGroupRows = options.minGroupRows ?? MIN_GROUP_ROWS;
  const rows = new Float64Array(G);
  const pos = new Float64Array(G);
  let total = 0;
  for (let i = 0; i < n; i++) {
    rows[groups.group[i]]++;
    pos[groups.group[i]] += labels01[i];
    total += labels01[i];
  }
  let a = 0;
  for (let g = 1; g < G; g++) if (rows[g] > rows[a]) a = g;
  const qa = pos[a] / rows[a];
  const out: DataBiasGroup[] = [];
  for (let g = 0; g < G; g++) {
    if (rows[g] === 0) continue;
    const q = pos[g] / rows[g];
    out.push({
      group: groups.labels[g],
      rows: rows[g],
      share: rows[g] / n,
      positives: pos[g],
      labelRate: q,
      ci: (rows[a] - rows[g]) / (rows[a] + rows[g]),
      dpl: qa - q,
      small: rows[g] < minGroupRows,
    });
  }
  return { reference: groups.labels[a], rows: n, labelRate: total / n, minGroupRows, groups: out };
}
