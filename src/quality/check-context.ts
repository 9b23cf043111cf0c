/**
 * @module quality/check-context
 * The `CheckContext` the runner hands to every check: the table, the options, and caches of shared work
 * (category counts per column, column profiles, memoised results such as the row hashes of the duplicate
 * search) so that checks that need the same figures do not compute them twice.
 *
 * @example
 * ```ts
 * import { createCheckContext, columnProfileOf } from './check-context.js';
 * const ctx = createCheckContext(table, { target: 'y' });
 * const findings = missingCheck(ctx);
 * columnProfileOf(ctx, getColumn(table, 'age')).numeric?.mean;
 * ```
 */
import type { Column } from '../data/column.js';
import { getColumn, type Table } from '../data/table.js';
import type { CheckContext, InspectOptions } from './check.js';
import type { ColumnProfile } from './column-profile.js';
import { profileColumn } from './profile-column.js';
import { countCodes } from './value-counts.js';

/**
 * A check context with caches. Profiles are computed on first request (or taken from `profiles`).
 *
 * @example
 * ```ts
 * const ctx = createCheckContext(table, {});
 * ctx.categoryCounts('job'); // Int32Array by code, computed once
 * ```
 */
export function createCheckContext(
  table: Table,
  options: InspectOptions,
  profiles: Map<string, ColumnProfile> = new Map(),
): CheckContext {
  const counts = new Map<string, Int32Array>();
  const memos = new Map<string, unknown>();
  const categoryCounts = (name: string): Int32Array => {
    let c = counts.get(name);
    if (!c) {
      const column = getColumn(table, name);
      c = column.storage === 'category' ? countCodes(column, table.index) : new Int32Array(0);
      counts.set(name, c);
    }
    return c;
  };
  return {
    table,
    options,
    categoryCounts,
    profile(name: string): ColumnProfile {
      let p = profiles.get(name);
      if (!p) {
        const column = getColumn(table, name);
        p = profileColumn(table, column, column.storage === 'category' ? categoryCounts(name) : undefined);
        profiles.set(name, p);
      }
      return p;
    },
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}

/**
 * The profile of a column from the context's cache, or computed now when the context has none.
 *
 * @example
 * ```ts
 * columnProfileOf(ctx, column).unique;
 * ```
 */
export function columnProfileOf(ctx: CheckContext, column: Column): ColumnProfile {
  if (ctx.profile) return ctx.profile(column.name);
  return profileColumn(ctx.table, column, column.storage === 'category' ? ctx.categoryCounts(column.name) : undefined);
}

/**
 * Memoise through the context when it supports it, else compute.
 *
 * @example
 * ```ts
 * const groups = memoOf(ctx, 'rows:all', () => groupRows(ctx.table, ctx.table.columns));
 * ```
 */
export function memoOf<T>(ctx: CheckContext, key: string, compute: () => T): T {
  return ctx.memo ? ctx.memo(key, compute) : compute();
}
