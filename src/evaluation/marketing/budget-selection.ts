/**
 * @module evaluation/marketing/budget-selection
 * Whom to contact within a budget: the best-scored `contacts` customers (a count when ≥ 1, a share of the
 * rows when < 1), the score threshold that selects them, and what to expect compared with contacting the
 * same number at random.
 *
 * - With labels (validation or out-of-fold rows): expected conversions = the response rate the model's top
 *   share reached on these rows × contacts; random = overall rate × contacts. A count larger than the rows
 *   contacts everyone (lift 1).
 * - Without labels (`null`: new customers): the scores are read as calibrated probabilities; expected
 *   conversions = the sum of the contacted customers' scores, random = the mean score × contacts.
 *
 * With `valuePerConversion` and `costPerContact` the expected and the random profit are added. Ties at the
 * threshold are taken in proportion, so contacting every row ≥ threshold can slightly exceed the budget.
 *
 * @example
 * ```ts
 * import { budgetSelection } from './budget-selection.js';
 * budgetSelection(scores, labels, { contacts: 5000, valuePerConversion: 40, costPerContact: 1.5 });
 * // { contacts: 5000, threshold: 0.31, expectedConversions: 1480, randomConversions: 585, lift: 2.53, … }
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { rankGroups } from '../ranked-groups.js';
import { checkValueSettings } from './profit-curve.js';
import { conversionsInTop, thresholdForTop } from './top-share.js';

/** The budget and, optionally, the value of a conversion and the cost of a contact. */
export interface BudgetOptions {
  /** How many to contact: a count when ≥ 1, a share of the rows when < 1. */
  readonly contacts: number;
  readonly valuePerConversion?: number;
  readonly costPerContact?: number;
}

/** The contact plan. */
export interface BudgetPlan {
  readonly contacts: number;
  readonly threshold: number;
  readonly expectedConversions: number;
  readonly randomConversions: number;
  readonly lift: number;
  readonly expectedProfit?: number;
  readonly randomProfit?: number;
}

/**
 * Plan a campaign of `options.contacts` contacts from `scores`.
 *
 * @example
 * ```ts
 * budgetSelection([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0], { contacts: 0.5 }).lift; // 2
 * ```
 */
export function budgetSelection(
  scores: ArrayLike<number>,
  labels01: ArrayLike<number> | null,
  options: BudgetOptions,
): BudgetPlan {
  const n = scores.length;
  const asked = options.contacts;
  if (!(Number.isFinite(asked) && asked > 0) || n === 0) {
    throw new ValidationError('evaluation.badOption', {
      name: 'contacts',
      expected: 'a count ≥ 1 or a share in (0, 1)',
      got: asked,
    });
  }
  const contacts = asked >= 1 ? asked : Math.round(asked * n);
  const topCount = Math.min(asked >= 1 ? asked : asked * n, n);
  let expectedConversions: number;
  let randomConversions: number;
  let threshold: number;
  if (labels01 === null) {
    const g = rankGroups(scores, new Uint8Array(n));
    // score sum of the top rows: every group's score × its rows, the cut group in proportion
    let rows = 0;
    let sum = 0;
    let total = 0;
    for (let k = 0; k < g.scores.length; k++) {
      const take = Math.max(0, Math.min(g.rows[k], topCount - rows));
      sum += take * g.scores[k];
      rows += take;
      total += g.rows[k] * g.scores[k];
    }
    expectedConversions = (sum / topCount) * contacts;
    randomConversions = (total / n) * contacts;
    threshold = thresholdForTop(g, topCount);
  } else {
    const g = rankGroups(scores, labels01);
    expectedConversions = (conversionsInTop(g, topCount) / topCount) * contacts;
    randomConversions = (g.totalPositive / n) * contacts;
    threshold = thresholdForTop(g, topCount);
  }
  const plan: BudgetPlan = {
    contacts,
    threshold,
    expectedConversions,
    randomConversions,
    lift: randomConversions > 0 ? expectedConversions / randomConversions : Number.NaN,
  };
  const { valuePerConversion, costPerContact } = options;
  if (valuePerConversion === undefined || costPerContact === undefined) return plan;
  checkValueSettings({ valuePerConversion, costPerContact });
  return {
    ...plan,
    expectedProfit: expectedConversions * valuePerConversion - contacts * costPerContact,
    randomProfit: randomConversions * valuePerConversion - contacts * costPerContact,
  };
}
