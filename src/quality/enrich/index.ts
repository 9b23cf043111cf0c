/**
 * @module quality/enrich
 * Enrichment (the library side of `leitwerk enrich`): left joins with a match rate, date parts, and customer
 * features (RFM, tenure, basket, returns) from a transaction table.
 *
 * @example
 * ```ts
 * import { addDateParts, customerFeatures, leftJoin } from './index.js';
 * const { table: rfm, report } = customerFeatures(tx, { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Quantity*UnitPrice' });
 * ```
 */
export {
  type AmountExpression,
  type AmountNode,
  evaluateAmount,
  parseAmountExpression,
} from './amount-expression.js';
export { DAY_MS, calendarDaysBetween, utcDay } from './calendar-days.js';
export {
  type DatePart,
  type DatePartsOptions,
  DATE_PARTS,
  WEEKDAYS,
  addDateParts,
  datePartColumns,
} from './date-parts.js';
export { type LeftJoinOptions, type LeftJoinResult, leftJoin } from './left-join.js';
export {
  type CustomerFeatureOptions,
  type CustomerFeatureReport,
  type FeatureNote,
  customerFeatures,
} from './rfm.js';
