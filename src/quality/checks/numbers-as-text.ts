/**
 * @module quality/checks/numbers-as-text
 * `numbers-as-text`: numbers stored in a way that breaks them —
 * - a numeric column with cells holding only white space (Telco `TotalCharges`: 11 cells `" "`), read as
 *   missing; `details.blankCells`;
 * - a category column whose values are at least 90 % numbers with a few non-numbers that kept the whole
 *   column from being read as numbers; `details.nonNumeric` lists up to five of them as [value, count].
 *   Not reported when the non-numbers are nearly all numbers with a letter prefix or suffix (`C536379`,
 *   `85123A`): those are codes with a meaning (cancelled invoices), not typing errors.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { numbersAsTextCheck } from './numbers-as-text.js';
 * numbersAsTextCheck(ctx); // [{ column: 'TotalCharges', count: 11, details: { blankCells: 11 } }]
 * ```
 */
import { isMissingAt } from '../../data/column.js';
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import { columnProfileOf } from '../check-context.js';
import type { Finding } from '../finding.js';

/** Share of rows that must be numbers for a category column to count as numbers stored as text. */
export const NUMERIC_TEXT_SHARE = 0.9;

const CODE_TEXT = /^[A-Za-z]{1,3}\d+$|^\d+[A-Za-z]{1,3}$/;
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Whether a text reads as a plain number (decimal point or comma, optional exponent).
 *
 * @example
 * ```ts
 * looksNumeric(' 3,5 '); // true
 * looksNumeric('3 kg'); // false
 * ```
 */
export function looksNumeric(text: string): boolean {
  return NUMBER_TEXT.test(text.trim());
}

/**
 * The `numbers-as-text` check.
 *
 * @example
 * ```ts
 * numbersAsTextCheck(ctx).map((f) => f.column); // ['TotalCharges']
 * ```
 */
export const numbersAsTextCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage === 'number' && column.info.blankCells > 0) {
      const blank = column.info.blankCells;
      const onlyBlank = columnProfileOf(ctx, column).missing === blank;
      const share = blank / table.rowCount;
      out.push(
        catalogueFinding({
          check: 'numbers-as-text',
          severity: 'warning',
          column: column.name,
          count: blank,
          share,
          examples: onlyBlank ? firstRows(table.rowCount, (i) => isMissingAt(column, storageRow(table, i))) : [],
          messageId: 'quality.numbersAsText.blank',
          suggestionId: 'quality.numbersAsText.blank.fix',
          params: { column: column.name, count: blank, percent: percent(share) },
          details: { blankCells: blank },
        }),
      );
      continue;
    }
    if (column.storage !== 'category' || column.type === 'id') continue;
    const counts = ctx.categoryCounts(column.name);
    let numeric = 0;
    let other = 0;
    const isNumber = new Uint8Array(counts.length);
    const nonNumeric: [string, number][] = [];
    for (let c = 0; c < counts.length; c++) {
      if (counts[c] === 0) continue;
      if (looksNumeric(column.dictionary[c])) {
        isNumber[c] = 1;
        numeric += counts[c];
      } else {
        other += counts[c];
        nonNumeric.push([column.dictionary[c], counts[c]]);
      }
    }
    if (other === 0 || numeric < NUMERIC_TEXT_SHARE * (numeric + other)) continue;
    if (nonNumeric.filter(([v]) => CODE_TEXT.test(v.trim())).length >= 0.9 * nonNumeric.length) continue;
    nonNumeric.sort((a, b) => b[1] - a[1]);
    const share = other / table.rowCount;
    const codes = column.codes;
    out.push(
      catalogueFinding({
        check: 'numbers-as-text',
        severity: 'warning',
        column: column.name,
        count: other,
        share,
        examples: firstRows(table.rowCount, (i) => {
          const c = codes[storageRow(table, i)];
          return c >= 0 && isNumber[c] === 0;
        }),
        messageId: 'quality.numbersAsText.mostly',
        suggestionId: 'quality.numbersAsText.mostly.fix',
        params: {
          column: column.name,
          count: other,
          percent: percent(share),
          numericPercent: percent(numeric / (numeric + other)),
          values: nonNumeric
            .slice(0, 3)
            .map(([v]) => `'${v}'`)
            .join(', '),
        },
        details: { nonNumeric: nonNumeric.slice(0, 5), numericShare: numeric / (numeric + other) },
      }),
    );
  }
  return out;
};
