/**
 * @module test/learners/support/csv
 * TEST-ONLY: a tiny CSV reader for the reference datasets (double quotes, one separator, optional blank after
 * the separator). It exists so the learner tests do not depend on the data layer while it is being written.
 * Do not use it outside test/.
 *
 * @example
 * ```ts
 * const { header, rows } = readCsv('examples/data/bank-marketing/bank/bank-full.csv', { separator: ';' });
 * ```
 */
import { readFileSync } from 'node:fs';

/** Parsed text cells. */
export interface CsvText {
  readonly header: string[];
  readonly rows: string[][];
}

/**
 * Read a small CSV file into text cells.
 *
 * @example
 * ```ts
 * readCsv('a.csv', { separator: ',', header: true });
 * ```
 */
export function readCsv(
  path: string,
  options: { separator: string; header?: boolean; skipLines?: number; trimCells?: boolean },
): CsvText {
  const text = readFileSync(path, 'utf8');
  const lines = text.split(/\r?\n/).slice(options.skipLines ?? 0);
  const rows: string[][] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = splitLine(line, options.separator);
    rows.push(options.trimCells ? cells.map((c) => c.trim()) : cells);
  }
  const header = options.header === false ? [] : (rows.shift() ?? []);
  return { header, rows };
}

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}
