/**
 * @module data/concat-tables
 * Stacking tables of one dataset read from several files (adult.data + adult.test), keeping what each
 * reader recorded.
 *
 * @example
 * ```ts
 * import { concatTables } from './concat-tables.js';
 * const both = concatTables([await readCsv('adult.data'), await readCsv('adult.test')]);
 * ```
 */
import { ValidationError } from '../util/errors.js';
import { type Column, type ColumnInfo, columnInfo } from './column.js';
import { type Table, createTable, getColumn, materialize } from './table.js';

/**
 * Stack tables with the same column names and storage kinds (categories are re-coded into one dictionary).
 * Used to read several files of one dataset together (e.g. adult.data and adult.test). What the readers
 * recorded is kept: notes (prefixed with their file), skipped rows (with their file), source lines, and per
 * column the missing-token counts, blank and invalid cells (examples re-numbered to the stacked rows) and the
 * evidence of each file.
 *
 * @example
 * ```ts
 * concatTables([train, test]).rowCount === train.rowCount + test.rowCount; // true
 * ```
 */
export function concatTables(tables: readonly Table[], name = tables.map((t) => t.source.name).join(' + ')): Table {
  if (tables.length === 0) return createTable([], { name, format: 'memory' });
  const parts = tables.map(materialize);
  const first = parts[0];
  const total = parts.reduce((s, t) => s + t.rowCount, 0);
  const offsets: number[] = [];
  let offset = 0;
  for (const t of parts) {
    offsets.push(offset);
    offset += t.rowCount;
  }
  const columns: Column[] = first.columns.map((c0) => {
    const cols = parts.map((t) => getColumn(t, c0.name));
    for (const c of cols) {
      if (c.storage !== c0.storage) {
        throw new ValidationError('option.invalid', {
          name: `column ${c0.name}`,
          expected: `${c0.storage} values in every table`,
          got: c.storage,
        });
      }
    }
    const info = mergeInfo(
      cols.map((c) => c.info),
      parts.map((t) => t.source.name),
      offsets,
    );
    // An integer column in one file and a numeric one in another is numeric in the stack.
    const type = c0.storage === 'number' && cols.some((c) => c.type === 'numeric') ? 'numeric' : c0.type;
    if (c0.storage === 'category') {
      const dict: string[] = [];
      const lookup = new Map<string, number>();
      const codes = new Int32Array(total);
      let at = 0;
      for (const c of cols as (typeof c0)[]) {
        const remap = c.dictionary.map((v) => {
          let code = lookup.get(v);
          if (code === undefined) {
            code = dict.length;
            dict.push(v);
            lookup.set(v, code);
          }
          return code;
        });
        for (let i = 0; i < c.length; i++) codes[at++] = c.codes[i] < 0 ? -1 : remap[c.codes[i]];
      }
      return Object.freeze({ ...c0, info, codes, dictionary: Object.freeze(dict), length: total });
    }
    const Ctor = c0.storage === 'boolean' ? Uint8Array : Float64Array;
    const values = new Ctor(total);
    let at = 0;
    for (const c of cols) {
      values.set((c as { values: Float64Array | Uint8Array }).values, at);
      at += c.length;
    }
    return Object.freeze({ ...c0, type, info, values, length: total }) as unknown as Column;
  });
  const everyLine = parts.every((t) => t.source.lines);
  let lines: Uint32Array | undefined;
  if (everyLine) {
    lines = new Uint32Array(total);
    for (let k = 0; k < parts.length; k++) lines.set(parts[k].source.lines as Uint32Array, offsets[k]);
  }
  const notes = parts.flatMap((t) => (t.source.notes ?? []).map((n) => `${t.source.name}: ${n}`));
  const skipped = parts.flatMap((t) => (t.source.skipped ?? []).map((s) => ({ ...s, file: s.file ?? t.source.name })));
  return createTable(columns, {
    name,
    format: first.source.format,
    ...(lines ? { lines } : {}),
    notes,
    ...(skipped.length > 0 ? { skipped } : {}),
    parts: parts.map((t, k) => ({ name: t.source.name, firstRow: offsets[k], rows: t.rowCount })),
  });
}

function mergeInfo(infos: readonly ColumnInfo[], names: readonly string[], offsets: readonly number[]): ColumnInfo {
  const missingTokens: Record<string, number> = {};
  for (const info of infos) {
    for (const [token, count] of Object.entries(info.missingTokens))
      missingTokens[token] = (missingTokens[token] ?? 0) + count;
  }
  const sourceTypes = new Set(infos.map((i) => i.sourceType));
  const first = infos[0];
  return columnInfo({
    ...first,
    evidence: infos.flatMap((info, k) => info.evidence.map((e) => `${names[k]}: ${e}`)),
    missingTokens,
    blankCells: infos.reduce((s, i) => s + i.blankCells, 0),
    invalidCount: infos.reduce((s, i) => s + i.invalidCount, 0),
    invalidExamples: infos
      .flatMap((info, k) => info.invalidExamples.map((e) => ({ row: e.row + offsets[k], value: e.value })))
      .slice(0, 20),
    sourceType: sourceTypes.size === 1 ? first.sourceType : 'mixed',
  });
}
