/**
 * Small builders for hand-made test tables (category columns from strings with `null` = missing).
 */
import { type CategoryColumn, categoryColumn, numberColumn, textAt } from '../../../src/data/column.js';
import { type Table, createTable } from '../../../src/data/table.js';

/** A category column from strings; `null` is missing. */
export function cat(name: string, values: readonly (string | null)[]): CategoryColumn {
  const dict: string[] = [];
  const lookup = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    let c = lookup.get(v);
    if (c === undefined) {
      c = dict.length;
      dict.push(v);
      lookup.set(v, c);
    }
    return c;
  });
  return categoryColumn(name, codes, dict);
}

/** A number column; `null` is missing. */
export function num(name: string, values: readonly (number | null)[]) {
  return numberColumn(
    name,
    Float64Array.from(values, (v) => (v === null ? Number.NaN : v)),
  );
}

/** Every cell of a table as text (`''` = missing), row by row — for comparing whole tables. */
export function cells(table: Table): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const row = table.index ? table.index[i] : i;
    out.push(table.columns.map((c) => textAt(c, row)));
  }
  return out;
}

/** One column's cells as text. */
export function columnText(table: Table, name: string): string[] {
  const c = table.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return cells(createTable([c], table.source, table.index)).map((r) => r[0]);
}
