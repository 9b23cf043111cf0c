/**
 * @module fairness/reweighing
 * Reweighing before training (Kamiran & Calders 2012, "Data preprocessing techniques for classification
 * without discrimination"): each row of group g with label y gets the weight w(g, y) = P(g)·P(y) / P(g, y),
 * the weight that makes label and group statistically independent in the weighted data. Pass the weights
 * as sample weights when fitting; the weights sum to the number of rows.
 *
 * @example
 * ```ts
 * import { reweighing } from './reweighing.js';
 * const w = reweighing(sexGroups, labels01);
 * gbdtLearner.create({}).fit(x, labels01, { weights: w.weights });
 * ```
 */
import { checkBinaryLabels } from '../evaluation/check-input.js';
import { type GroupInput, checkGroups } from './groups.js';

/** Sample weights and the weight of each (group, label) cell. */
export interface Reweighing {
  readonly weights: Float64Array;
  /** One row per group: the weights of label 0 and label 1 (NaN when the cell is empty). */
  readonly cells: readonly { readonly group: string; readonly weight0: number; readonly weight1: number }[];
}

/**
 * Kamiran–Calders weights w(g, y) = P(g)·P(y) / P(g, y) per row.
 *
 * @example
 * ```ts
 * reweighing({ labels: ['a', 'b'], group: [0, 0, 1, 1] }, [1, 1, 1, 0]).weights; // [0.75, 0.75, 1.5, 0.5]
 * ```
 */
export function reweighing(groups: GroupInput, labels01: ArrayLike<number>): Reweighing {
  const n = labels01.length;
  const G = checkGroups(groups, n);
  checkBinaryLabels(labels01);
  const cell = new Float64Array(2 * G);
  const byGroup = new Float64Array(G);
  const byLabel = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const g = groups.group[i];
    const y = labels01[i];
    cell[2 * g + y]++;
    byGroup[g]++;
    byLabel[y]++;
  }
  const w = (g: number, y: number) =>
    cell[2 * g + y] > 0 ? (byGroup[g] * byLabel[y]) / (n * cell[2 * g + y]) : Number.NaN;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = w(groups.group[i], labels01[i]);
  return {
    weights,
    cells: groups.labels.map((group, g) => ({ group, weight0: w(g, 0), weight1: w(g, 1) })),
  };
}
