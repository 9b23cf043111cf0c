/**
 * @module quality/check
 * The contract of a data-quality check: a pure function from the table (and the inspect options) to findings.
 * `profileTable` runs every registered check; each check lives in its own file under `quality/checks/`.
 *
 * @example
 * ```ts
 * import type { Check } from './check.js';
 * export const constantColumns: Check = (ctx) => ctx.table.columns.flatMap((c) => …);
 * ```
 */
import type { Table } from '../data/table.js';
import type { ColumnProfile } from './column-profile.js';
import type { Finding } from './finding.js';

/** What the user told `inspect` about the data. */
export interface InspectOptions {
  /** The column to predict. Enables target, leakage and bias checks. */
  readonly target?: string;
  /** Columns that identify a customer/record (for duplicate-key checks). */
  readonly id?: readonly string[];
  /** Sensitive attributes (sex, age, nationality…) for the data-bias checks. */
  readonly sensitive?: readonly string[];
  /** The positive class of a binary target (default: chosen from yes/1/true/…). */
  readonly positive?: string;
  /** "Today" for future-date checks (epoch ms); defaults to the time of the run. Pass it for reproducible tests. */
  readonly now?: number;
  /** Seed for every sampled or cross-validated check. */
  readonly seed?: number;
  /** Columns whose values are known only after the outcome, declared by the user (always flagged as leakage). */
  readonly afterOutcome?: readonly string[];
}

/** Everything a check may read. Shared per-column work (value counts) is cached here by the runner. */
export interface CheckContext {
  readonly table: Table;
  readonly options: InspectOptions;
  /** Value counts of a category column by code (index = code), computed once per column and shared. */
  categoryCounts(column: string): Int32Array;
  /**
   * The profile of a column, when the runner has profiled the table already (`profileTable` sets it). Checks
   * fall back to `profileColumn` when it is absent (see `quality/check-context.ts` `columnProfileOf`).
   */
  profile?(column: string): ColumnProfile;
  /**
   * Shared work between checks (e.g. the row hashes of the duplicate search, reused by the near-duplicate
   * check): computes once per key and run, then returns the cached value.
   */
  memo?<T>(key: string, compute: () => T): T;
}

/**
 * A check: table in, findings out. Odd *data* never makes a check throw — it reports a finding instead; bad
 * *options* (a named target, id or sensitive column that does not exist, has one group or is all missing) are
 * the user's mistake and throw `NotFoundError` / `ValidationError` so nothing is silently skipped.
 */
export type Check = (context: CheckContext) => Finding[];
