/**
 * @module data/csv/write-csv
 * Writes a table as CSV (optionally gzip-compressed), streaming through an atomic writer: the file appears
 * only when complete, so a failed or cancelled write leaves nothing half-written. Fields are quoted (RFC 4180)
 * only where needed — when they hold the delimiter, a quote, a line break, or spaces at either end. Missing
 * cells are empty; datetimes are ISO (`2011-01-04 10:00:00`, or `2011-01-04` for date-only columns);
 * booleans are `true`/`false`. Visible rows are written in order (a filtered table writes its filter).
 *
 * Round trip: `readCsv(path)` of the output gives the same values and types (a category literally equal to a
 * missing token such as `NA` reads back as missing — it is indistinguishable in CSV).
 *
 * @example
 * ```ts
 * import { writeCsv } from './write-csv.js';
 * await writeCsv(table, 'out/customers.csv.gz', { gzip: true });
 * ```
 */
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { type Column, isDateOnly, textAt } from '../column.js';
import { storageRow, type Table } from '../table.js';
import { ValidationError } from '../../util/errors.js';
import { openAtomicWriter } from '../../util/atomic-file.js';

/** Options of `writeCsv`. */
export interface CsvWriteOptions {
  /** One ASCII character; default `,`. */
  readonly delimiter?: string;
  /** Compress with gzip (default: when the path ends in `.gz`). */
  readonly gzip?: boolean;
  /** Line ending; default `\n`. */
  readonly lineEnding?: '\n' | '\r\n';
  /** Cancels the write (the partial file is removed). */
  readonly signal?: AbortSignal;
}

const BATCH_CHARS = 1 << 20;
const DAY_MS = 86_400_000;
/** Datetimes in years 0000–9999 are formatted here; others (and fractions of a millisecond) via `textAt`. */
const MIN_FAST_MS = Date.parse('0000-01-01T00:00:00Z');
const MAX_FAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Write a table as CSV to `path` (atomically).
 *
 * @example
 * ```ts
 * await writeCsv(table, 'scored.csv', { delimiter: ';' });
 * ```
 */
export async function writeCsv(table: Table, path: string, options: CsvWriteOptions = {}): Promise<void> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r' || delimiter > '\x7f') {
    throw new ValidationError('option.invalid', {
      name: 'delimiter',
      expected: 'one ASCII character other than a quote or a line break',
      got: JSON.stringify(delimiter),
    });
  }
  const eol = options.lineEnding ?? '\n';
  const gzip = options.gzip ?? path.endsWith('.gz');
  const writer = await openAtomicWriter(path);
  try {
    const gz = gzip ? createGzip() : null;
    const pump = gz
      ? (async () => {
          for await (const chunk of gz) await writer.write(chunk as Uint8Array);
        })()
      : null;
    pump?.catch(() => gz?.destroy());
    const put = async (text: string): Promise<void> => {
      options.signal?.throwIfAborted();
      if (!gz) return writer.write(text);
      if (!gz.write(text)) await Promise.race([once(gz, 'drain'), pump]);
    };
    for (const batch of csvBatches(table, delimiter, eol)) await put(batch);
    if (gz && pump) {
      gz.end();
      await pump;
    }
    options.signal?.throwIfAborted();
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/**
 * The CSV text of a table in batches of about 1 MiB (header first). Used by `writeCsv`; handy for tests.
 *
 * @example
 * ```ts
 * [...csvBatches(table, ',', '\n')].join(''); // 'a,b\n1,x\n'
 * ```
 */
export function* csvBatches(table: Table, delimiter = ',', eol = '\n'): Generator<string> {
  const quoteIf = needsQuoting(delimiter);
  const cells = table.columns.map((c) => cellWriter(c, delimiter, quoteIf));
  let out = table.columns.map((c) => quoteIf(c.name)).join(delimiter) + eol;
  const ncol = cells.length;
  for (let i = 0; i < table.rowCount; i++) {
    const row = storageRow(table, i);
    let line = ncol > 0 ? cells[0](row) : '';
    for (let j = 1; j < ncol; j++) line += delimiter + cells[j](row);
    out += line + eol;
    if (out.length >= BATCH_CHARS) {
      yield out;
      out = '';
    }
  }
  if (out.length > 0) yield out;
}

function needsQuoting(delimiter: string): (text: string) => string {
  const d = delimiter.replace(/[\\\]^-]/g, '\\$&');
  const special = new RegExp(`[${d}"\\r\\n]|^\\s|\\s$`);
  return (text) => (special.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
}

/** A function that writes the cell of one storage row as CSV text (quoted when needed). */
function cellWriter(column: Column, delimiter: string, quoteIf: (text: string) => string): (row: number) => string {
  switch (column.storage) {
    case 'category': {
      const dict = column.dictionary.map(quoteIf);
      const codes = column.codes;
      return (row) => {
        const c = codes[row];
        return c < 0 ? '' : dict[c];
      };
    }
    case 'number': {
      const values = column.values;
      if (/[\w.+-]/.test(delimiter)) {
        return (row) => {
          const v = values[row];
          return v !== v ? '' : quoteIf(String(v));
        };
      }
      return (row) => {
        const v = values[row];
        return v !== v ? '' : String(v);
      };
    }
    case 'datetime': {
      const dateOnly = isDateOnly(column);
      const values = column.values;
      const days = new Map<number, string>();
      return (row) => {
        const v = values[row];
        if (v !== v) return '';
        if (v < MIN_FAST_MS || v > MAX_FAST_MS || !Number.isInteger(v)) return textAt(column, row, dateOnly);
        const day = Math.floor(v / DAY_MS);
        let date = days.get(day);
        if (date === undefined) {
          date = new Date(day * DAY_MS).toISOString().slice(0, 10);
          days.set(day, date);
        }
        if (dateOnly) return date;
        const t = v - day * DAY_MS;
        const ms = t % 1000;
        const secs = (t - ms) / 1000;
        const time = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
        return ms === 0 ? `${date} ${time}` : `${date} ${time}.${String(ms).padStart(3, '0')}`;
      };
    }
    case 'boolean':
      return (row) => textAt(column, row);
  }
}
