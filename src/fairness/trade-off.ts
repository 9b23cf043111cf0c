/**
 * @module fairness/trade-off
 * The mitigation trade-off table, so a human chooses: for each option (e.g. unmitigated, reweighed,
 * demographic-parity thresholds, equalised-odds thresholds) on the same evaluation rows — accuracy, AUC,
 * the overall selection rate, profit (when a value per conversion and a cost per contact are given: profit =
 * conversions · value − contacts · cost), and the demographic-parity and equalised-odds differences over the
 * judged groups. Per-group thresholds do not change the ranking, so such an option has the AUC of its scores.
 *
 * @example
 * ```ts
 * import { tradeOffTable } from './trade-off.js';
 * tradeOffTable(labels01, groups, [
 *   { name: 'unmitigated', scores },
 *   { name: 'reweighed', scores: reweighedScores },
 *   { name: 'demographic-parity thresholds', scores, thresholds: dp },
 * ]);
 * ```
 */
import { auc } from '../evaluation/auc.js';
import { checkBinaryLabels, checkFinite, checkLength } from '../evaluation/check-input.js';
import type { ValueSettings } from '../evaluation/marketing/profit-curve.js';
import { MIN_GROUP_ROWS } from './data-bias.js';
import { gapsOf } from './gaps.js';
import { groupCounts, rates } from './group-counts.js';
import { type GroupThresholds, applyGroupThresholds } from './group-thresholds.js';
import { type GroupInput, checkGroups } from './groups.js';

/** One option of the table. */
export interface TradeOffOption {
  readonly name: string;
  readonly scores: ArrayLike<number>;
  /** One threshold for all (default 0.5) … */
  readonly threshold?: number;
  /** … or stored per-group thresholds. */
  readonly thresholds?: GroupThresholds;
}

/** One row of the table. */
export interface TradeOffRow {
  readonly name: string;
  readonly accuracy: number;
  readonly auc: number;
  readonly selectionRate: number;
  /** Null without value settings. */
  readonly profit: number | null;
  readonly demographicParityDifference: number;
  readonly equalizedOddsDifference: number;
}

/**
 * Accuracy, AUC, profit and the DP / EO gaps of every option on the same rows.
 *
 * @example
 * ```ts
 * tradeOffTable(y, groups, options, { value: { valuePerConversion: 40, costPerContact: 2 } })[0].profit;
 * ```
 */
export function tradeOffTable(
  labels01: ArrayLike<number>,
  groups: GroupInput,
  options: readonly TradeOffOption[],
  settings: { readonly value?: ValueSettings; readonly minGroupRows?: number } = {},
): TradeOffRow[] {
  const n = labels01.length;
  checkBinaryLabels(labels01);
  const G = checkGroups(groups, n);
  const min = settings.minGroupRows ?? MIN_GROUP_ROWS;
  const sizes = new Float64Array(G);
  for (let i = 0; i < n; i++) sizes[groups.group[i]]++;
  const judged = Array.from(sizes, (s) => s >= min);
  return options.map((option) => {
    checkLength(`scores of ${option.name}`, option.scores.length, n);
    checkFinite(`scores of ${option.name}`, option.scores);
    const decisions = option.thresholds
      ? applyGroupThresholds(option.scores, groups, option.thresholds)
      : Uint8Array.from(option.scores as ArrayLike<number>, (s) => (s >= (option.threshold ?? 0.5) ? 1 : 0));
    let correct = 0;
    let selected = 0;
    let conversions = 0;
    for (let i = 0; i < n; i++) {
      if (decisions[i] === labels01[i]) correct++;
      selected += decisions[i];
      conversions += decisions[i] * labels01[i];
    }
    // decisions as scores at threshold 0.5 give the group counts
    const r = groupCounts(decisions, labels01, groups, new Float64Array(G).fill(0.5)).map(rates);
    const gaps = gapsOf(r, judged);
    const value = settings.value;
    return {
      name: option.name,
      accuracy: correct / n,
      auc: auc(option.scores, labels01),
      selectionRate: selected / n,
      profit: value ? conversions * value.valuePerConversion - selected * value.costPerContact : null,
      demographicParityDifference: gaps.demographicParityDifference,
      equalizedOddsDifference: gaps.equalizedOddsDifference,
    };
  });
}
