/**
 * @module quality/finding
 * A finding is one problem the data check found: which check, how serious, which column(s), how many rows,
 * up to five example rows, and what to do about it. Findings are plain data (JSON as they are).
 *
 * @example
 * ```ts
 * import type { Finding } from './finding.js';
 * const f: Finding = {
 *   check: 'disguised-missing', severity: 'warning', column: 'job', columns: ['job'], count: 330, share: 0.008,
 *   examples: [27, 30, 94, 166, 262], message: '…', suggestion: '…', details: { token: 'unknown' },
 * };
 * ```
 */

/** Every check id leitwerk reports. Stable: documented in docs/inspect.md and used in recipes and tests. */
export const CHECK_IDS = [
  'missing',
  'disguised-missing',
  'sentinel-value',
  'duplicate-rows',
  'duplicate-key',
  'near-duplicate-records',
  'inconsistent-categories',
  'inconsistent-labels',
  'numbers-as-text',
  'mixed-types',
  'unparseable-dates',
  'future-dates',
  'constant-column',
  'near-constant-column',
  'id-column',
  'high-cardinality',
  'outliers',
  'negative-values',
  'skewed',
  'class-imbalance',
  'rare-classes',
  'missing-target',
  'leakage-suspect',
  'pii',
  'bias-group-size',
  'bias-label-gap',
  'small-group',
  'skipped-rows',
] as const;

/** A check id. */
export type CheckId = (typeof CHECK_IDS)[number];

/** How serious a finding is: `error` blocks training as it stands, `warning` should be fixed, `info` is a note. */
export type Severity = 'info' | 'warning' | 'error';

/** One problem found in the data. */
export interface Finding {
  readonly check: CheckId;
  readonly severity: Severity;
  /** The main column, or null for table-wide findings (duplicate rows). */
  readonly column: string | null;
  /** All columns involved (the main one first). */
  readonly columns: readonly string[];
  /** How many rows (or values, or groups — said in `message`) are affected. */
  readonly count: number;
  /** `count` as a share of the rows, when that is meaningful. */
  readonly share?: number;
  /** Up to 5 example rows, 1-based among the table's rows. */
  readonly examples: readonly number[];
  /** One sentence for people, in English (rendered from the catalogue). */
  readonly message: string;
  /** What to do about it, in English (rendered from the catalogue). */
  readonly suggestion: string;
  /** Catalogue ids behind message and suggestion, with their parameters, for translation. */
  readonly messageId?: string;
  readonly suggestionId?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Check-specific figures (e.g. the sentinel value, the variant spellings, the AUC of a leakage suspect). */
  readonly details?: Readonly<Record<string, unknown>>;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Order findings for display: most severe first, then by check order, then by column name.
 *
 * @example
 * ```ts
 * [...findings].sort(compareFindings);
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    CHECK_IDS.indexOf(a.check) - CHECK_IDS.indexOf(b.check) ||
    (a.column ?? '').localeCompare(b.column ?? '')
  );
}
