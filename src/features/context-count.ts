/**
 * @module features/context-count
 * Context size: for files whose rows come in blocks that share a context — the calls of one day, the sends of
 * one campaign wave — how many rows share a row's context. The context columns are found from the row order
 * alone (`findContextColumns`, no target): a column whose values stay the same over runs of rows at least
 * `CONTEXT_RUN_RATIO` times as long as random order would give. The fitted step (`ContextCountStep`) stores the
 * number of training rows per context (the combination of the context columns' values); a context training
 * never saw is counted in the table being scored instead (today's call list scored as a whole counts today's
 * calls). The native family gets the count, the encoded family `log(1 + count)` standardised.
 *
 * On the bank-marketing files the context columns are the date columns and the economic indicators (fixed per
 * day or month): the count is the number of calls made that day.
 *
 * @example
 * ```ts
 * import { findContextColumns } from './context-count.js';
 * findContextColumns(table, ['age', 'month', 'euribor3m']).columns; // ['month', 'euribor3m'] on bank-additional
 * ```
 */
import { type Column, textAt } from '../data/column.js';
import { getColumn, storageRow, type Table } from '../data/table.js';
import { standardiseInPlace } from './column-stats.js';
import type { ContextCountStep } from './pipeline-step.js';

/** A column is a context column when its runs of equal values are this many times as long as random order gives. */
export const CONTEXT_RUN_RATIO = 10;
/** The least mean number of rows per context for the count to be worth a feature. */
export const CONTEXT_MIN_ROWS = 5;
/** The least number of rows a table needs before its row order is read for context columns. */
export const CONTEXT_MIN_TABLE_ROWS = 200;

const SEPARATOR = '\u0001';

/**
 * The context key of every visible row: the cells of the context columns as text, joined.
 *
 * @example
 * ```ts
 * contextKeys(table, ['month', 'day_of_week'])[0]; // 'may\u0001mon'
 * ```
 */
export function contextKeys(table: Table, columns: readonly string[]): string[] {
  const cols: Column[] = columns.map((c) => getColumn(table, c));
  const keys = new Array<string>(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const r = storageRow(table, i);
    let key = textAt(cols[0], r);
    for (let j = 1; j < cols.length; j++) key += SEPARATOR + textAt(cols[j], r);
    keys[i] = key;
  }
  return keys;
}

/** How long a column's runs of equal values are, against random order. */
export interface RunRatio {
  readonly column: string;
  /** Mean run length in row order divided by the mean run length expected in random order. */
  readonly ratio: number;
}

/**
 * Find the context columns among `candidates` from the visible rows' order (no target is read), and check that
 * their combination makes contexts of at least `CONTEXT_MIN_ROWS` rows on average. Returns no columns for
 * tables of fewer than `CONTEXT_MIN_TABLE_ROWS` rows or in random order.
 *
 * @example
 * ```ts
 * const found = findContextColumns(bankAdditional, features);
 * found.columns; // ['month', 'day_of_week', 'emp.var.rate', 'cons.price.idx', 'cons.conf.idx', 'euribor3m', 'nr.employed']
 * found.contexts; // 470
 * ```
 */
export function findContextColumns(
  table: Table,
  candidates: readonly string[],
): { readonly columns: readonly string[]; readonly ratios: readonly RunRatio[]; readonly contexts: number } {
  const n = table.rowCount;
  if (n < CONTEXT_MIN_TABLE_ROWS) return { columns: [], ratios: [], contexts: 0 };
  const ratios: RunRatio[] = [];
  for (const name of candidates) {
    const keys = cellIds(getColumn(table, name), table);
    const counts = countKeys(keys);
    let runs = 1;
    for (let i = 1; i < n; i++) if (keys[i] !== keys[i - 1]) runs++;
    if (counts.size < 2) continue;
    let same = 0;
    for (const c of counts.values()) same += (c / n) * (c / n);
    // in random order a run continues with the chance that the next row has the same value: Σ p²
    const expected = 1 / (1 - same);
    ratios.push({ column: name, ratio: n / runs / expected });
  }
  const columns = ratios.filter((r) => r.ratio >= CONTEXT_RUN_RATIO).map((r) => r.column);
  if (columns.length === 0) return { columns, ratios, contexts: 0 };
  const contexts = new Set(contextKeys(table, columns)).size;
  if (n / contexts < CONTEXT_MIN_ROWS) return { columns: [], ratios, contexts };
  return { columns, ratios, contexts };
}

/** One number per visible row that is equal exactly when the cells are (NaN for every missing cell → -Infinity). */
function cellIds(column: Column, table: Table): Float64Array {
  const out = new Float64Array(table.rowCount);
  for (let i = 0; i < out.length; i++) {
    const r = storageRow(table, i);
    const v = column.storage === 'category' ? column.codes[r] : column.values[r];
    out[i] = v !== v ? Number.NEGATIVE_INFINITY : v;
  }
  return out;
}

function countKeys<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Fit the context-size step on the (training) rows of the table.
 *
 * @example
 * ```ts
 * const step = fitContextCount(train, ['month', 'day_of_week'], 'native', 'rows in context');
 * step.counts[step.contexts.indexOf('may\u0001mon')]; // training rows on Mondays in May
 * ```
 */
export function fitContextCount(
  table: Table,
  columns: readonly string[],
  family: 'native' | 'encoded',
  output: string,
): ContextCountStep {
  const keys = contextKeys(table, columns);
  const counts = countKeys(keys);
  const contexts = [...counts.keys()];
  const step = {
    kind: 'contextCount' as const,
    column: columns[0],
    columns: [...columns],
    contexts,
    counts: contexts.map((k) => counts.get(k) as number),
    logScale: family === 'encoded',
    output,
    center: 0,
    scale: 1,
  };
  if (!step.logScale) return step;
  const { center, scale } = standardiseInPlace(Float64Array.from(keys, (k) => Math.log1p(counts.get(k) as number)));
  return { ...step, center, scale };
}

/**
 * The context size of every visible row: the training count of its context, or — for a context training never
 * saw — the number of rows of `table` in it.
 *
 * @example
 * ```ts
 * applyContextCount(step, scored); // Float64Array, one value per row
 * ```
 */
export function applyContextCount(step: ContextCountStep, table: Table): Float64Array {
  const keys = contextKeys(table, step.columns);
  const known = new Map<string, number>();
  for (let j = 0; j < step.contexts.length; j++) known.set(step.contexts[j], step.counts[j]);
  let here: Map<string, number> | null = null;
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let c = known.get(keys[i]);
    if (c === undefined) {
      here ??= countKeys(keys);
      c = here.get(keys[i]) as number;
    }
    out[i] = step.logScale ? (Math.log1p(c) - step.center) / step.scale : c;
  }
  return out;
}
