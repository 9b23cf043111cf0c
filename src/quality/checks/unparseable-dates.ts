/**
 * @module quality/checks/unparseable-dates
 * `unparseable-dates`: a datetime column in which some cells could not be read as dates in the detected
 * format (`31.02.2021`, `2021-13-01`, `soon`); the reader made them missing and recorded how many, with up to
 * 20 examples. `details.values` lists the texts, `details.format` the detected format.
 *
 * Severity: warning.
 *
 * @example
 * ```ts
 * import { unparseableDatesCheck } from './unparseable-dates.js';
 * unparseableDatesCheck(ctx)[0].details; // { values: ['31.02.2021'], format: 'DD.MM.YYYY' }
 * ```
 */
import type { Check } from '../check.js';
import { invalidCellFindings } from '../invalid-cells.js';

/**
 * The `unparseable-dates` check.
 *
 * @example
 * ```ts
 * unparseableDatesCheck(ctx).map((f) => f.column);
 * ```
 */
export const unparseableDatesCheck: Check = (ctx) =>
  invalidCellFindings(ctx, {
    storage: 'datetime',
    check: 'unparseable-dates',
    messageId: 'quality.unparseableDates',
    suggestionId: 'quality.unparseableDates.fix',
    extra: (column) => ({ format: column.info.dateFormat ?? null }),
  });
