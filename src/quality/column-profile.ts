/**
 * @module quality/column-profile
 * The profile of one column and of a whole table: the figures `leitwerk inspect` prints, puts in `--json`
 * and draws in the HTML report. Plain data.
 *
 * @example
 * ```ts
 * import type { TableProfile } from './column-profile.js';
 * const p: TableProfile = await profileTable(table); // see quality/profile-table.ts
 * p.columns[0].missing;
 * ```
 */
import type { ColumnType } from '../data/column.js';
import type { Finding } from './finding.js';

/** A value and how often it occurs. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/** Histogram bins: `edges` has one more entry than `counts`. */
export interface Histogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

/** Figures for numeric, integer and datetime columns (datetimes in epoch ms). */
export interface NumericSummary {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly sd: number;
  /** Quantiles at 1, 5, 25, 50, 75, 95, 99 %. */
  readonly quantiles: Readonly<Record<'p01' | 'p05' | 'p25' | 'p50' | 'p75' | 'p95' | 'p99', number>>;
  readonly skewness: number;
  /** Median absolute deviation from the median (unscaled); used by the robust outlier check. */
  readonly mad?: number;
  readonly zeros: number;
  readonly negatives: number;
  readonly histogram: Histogram;
}

/** The profile of one column. */
export interface ColumnProfile {
  readonly name: string;
  readonly type: ColumnType;
  /** Why the type was chosen. */
  readonly evidence: readonly string[];
  readonly rows: number;
  /** Missing cells (as read: empty, NA, `?`, …; not yet counting disguised missing values). */
  readonly missing: number;
  readonly unique: number;
  /** Up to 10 most frequent values (as text), most frequent first. */
  readonly top: readonly ValueCount[];
  readonly numeric?: NumericSummary;
  /** Length statistics for text and categorical columns. */
  readonly length?: { readonly min: number; readonly mean: number; readonly max: number };
}

/** The profile of a table: columns and findings. This is the documented `--json` shape of `inspect`. */
export interface TableProfile {
  readonly source: string;
  readonly rows: number;
  readonly columns: readonly ColumnProfile[];
  readonly findings: readonly Finding[];
  /** The target column, when one was named. */
  readonly target?: string;
  /** Reader notes (delimiter, encoding, skipped rows). */
  readonly notes: readonly string[];
  /** Seconds spent, per phase. */
  readonly timings: Readonly<Record<string, number>>;
}
