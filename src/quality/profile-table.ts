/**
 * @module quality/profile-table
 * Profile a whole table and run the data-quality checks: every column is profiled once, then every
 * registered check runs with one shared `CheckContext` (category counts, profiles and row hashes are computed
 * once), the findings are sorted most severe first, and the seconds per phase are recorded. Rows the reader
 * skipped always become a `skipped-rows` finding. The result is the documented `--json` shape of `inspect`.
 *
 * @example
 * ```ts
 * import { profileTable } from './profile-table.js';
 * const profile = profileTable(await readCsv('bank-additional-full.csv'), { target: 'y' });
 * profile.findings[0]; // most severe first
 * profile.timings; // { profile: 0.21, 'check.missing': 0.001, …, total: 0.35 }
 * ```
 */
import { getColumn, type Table } from '../data/table.js';
import type { Check, InspectOptions } from './check.js';
import { createCheckContext } from './check-context.js';
import { DEFAULT_CHECKS } from './checks/index.js';
import { skippedRowsCheck } from './checks/skipped-rows.js';
import type { ColumnProfile, TableProfile } from './column-profile.js';
import { compareFindings, type Finding } from './finding.js';
import { profileColumn } from './profile-column.js';

/** Progress of a profiling run: a phase, a step within it, and how many steps the phase has. */
export interface ProfileProgress {
  readonly phase: 'profile' | 'checks';
  /** The column profiled or the check run. */
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

/** Options of `profileTable`: what the user said about the data, plus the checks to run and a progress hook. */
export interface ProfileTableOptions extends InspectOptions {
  /** The checks to run (default `DEFAULT_CHECKS`). */
  readonly checks?: readonly Check[];
  /** Called after each column and each check. */
  readonly onProgress?: (progress: ProfileProgress) => void;
}

/**
 * Profile every column of `table`, run the checks and collect the findings. Throws `NotFoundError` when a
 * named target, id or sensitive column does not exist.
 *
 * @example
 * ```ts
 * const p = profileTable(table, { target: 'Churn', id: ['customerID'], now: Date.UTC(2024, 0, 1) });
 * p.columns.find((c) => c.name === 'tenure')?.numeric?.quantiles.p50;
 * ```
 */
export function profileTable(table: Table, options: ProfileTableOptions = {}): TableProfile {
  const { checks = DEFAULT_CHECKS, onProgress, ...inspect } = options;
  for (const name of [
    ...(inspect.target === undefined ? [] : [inspect.target]),
    ...(inspect.id ?? []),
    ...(inspect.sensitive ?? []),
  ]) {
    getColumn(table, name);
  }
  const timings: Record<string, number> = {};
  const started = performance.now();

  const profiles = new Map<string, ColumnProfile>();
  const context = createCheckContext(table, inspect, profiles);
  let t = performance.now();
  table.columns.forEach((column, i) => {
    const counts = column.storage === 'category' ? context.categoryCounts(column.name) : undefined;
    profiles.set(column.name, profileColumn(table, column, counts));
    onProgress?.({ phase: 'profile', name: column.name, done: i + 1, total: table.columns.length });
  });
  timings.profile = seconds(t);

  const findings: Finding[] = [];
  const all = [...checks, skippedRowsCheck];
  const checksStarted = performance.now();
  all.forEach((check, i) => {
    t = performance.now();
    findings.push(...check(context));
    const name = checkName(check, i);
    timings[`check.${name}`] = (timings[`check.${name}`] ?? 0) + seconds(t);
    onProgress?.({ phase: 'checks', name, done: i + 1, total: all.length });
  });
  timings.checks = seconds(checksStarted);
  timings.total = seconds(started);

  return {
    source: table.source.name,
    rows: table.rowCount,
    columns: table.columns.map((c) => profiles.get(c.name)!),
    findings: findings.sort(compareFindings),
    ...(inspect.target === undefined ? {} : { target: inspect.target }),
    notes: [...(table.source.notes ?? [])],
    timings,
  };
}

function seconds(since: number): number {
  return Math.round(performance.now() - since) / 1000;
}

/** A readable name for a check function: `duplicateRowsCheck` → `duplicateRows`. */
function checkName(check: Check, i: number): string {
  const name = check.name.replace(/Checks?$/, '');
  return name === '' ? `check${i + 1}` : name;
}
