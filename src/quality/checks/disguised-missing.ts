/**
 * @module quality/checks/disguised-missing
 * `disguised-missing`: placeholder texts that stand for "no value" in category and text columns — `unknown`,
 * `n/a`, `none`, `-`, `--`, `missing`, `not available`, `k.a.`, `keine angabe`, `unbekannt`, `nicht bekannt`,
 * `undefined`, `(blank)`, white space only, and a few more (`?`, `null`, `nan`, …). Matched case-insensitively
 * after trimming. One finding per column and placeholder; `details.token` is the value as it appears.
 *
 * Severity: warning (the placeholder is treated as a real category by every model until it is declared missing).
 *
 * @example
 * ```ts
 * import { disguisedMissingCheck } from './disguised-missing.js';
 * disguisedMissingCheck(ctx); // bank-additional: job 'unknown' in 330 rows, marital 'unknown' in 80 rows, …
 * ```
 */
import { storageRow } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import type { Finding } from '../finding.js';

/** Placeholders for "no value", lower-case, trimmed, inner white space collapsed. */
export const MISSING_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'unknown',
  'n/a',
  'none',
  '-',
  '--',
  '---',
  'missing',
  'not available',
  'not known',
  'k.a.',
  'k. a.',
  'keine angabe',
  'unbekannt',
  'nicht bekannt',
  'undefined',
  '(blank)',
  '(empty)',
  '(null)',
  '(none)',
  '?',
  '??',
  'null',
  'nan',
  'na',
  'n.a.',
  '#n/a',
  'nil',
]);

/**
 * Whether a text is a placeholder for a missing value (white space only counts).
 *
 * @example
 * ```ts
 * isMissingPlaceholder(' Unknown '); // true
 * isMissingPlaceholder('unknown job'); // false
 * ```
 */
export function isMissingPlaceholder(value: string): boolean {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return key === '' || MISSING_PLACEHOLDERS.has(key);
}

/**
 * The `disguised-missing` check.
 *
 * @example
 * ```ts
 * disguisedMissingCheck(ctx).find((f) => f.column === 'job')?.details?.token; // 'unknown'
 * ```
 */
export const disguisedMissingCheck: Check = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage !== 'category') continue;
    const counts = ctx.categoryCounts(column.name);
    for (let code = 0; code < counts.length; code++) {
      const count = counts[code];
      if (count === 0 || !isMissingPlaceholder(column.dictionary[code])) continue;
      const token = column.dictionary[code];
      const share = count / table.rowCount;
      const codes = column.codes;
      out.push(
        catalogueFinding({
          check: 'disguised-missing',
          severity: 'warning',
          column: column.name,
          count,
          share,
          examples: firstRows(table.rowCount, (i) => codes[storageRow(table, i)] === code),
          messageId: 'quality.disguisedMissing',
          suggestionId: 'quality.disguisedMissing.fix',
          params: { column: column.name, token, count, percent: percent(share) },
          details: { token },
        }),
      );
    }
  }
  return out;
};
