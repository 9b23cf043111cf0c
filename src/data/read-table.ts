/**
 * @module data/read-table
 * The one entry point for reading data: `readTable(path | { sql, db })` picks the reader by the file's
 * extension (after stripping `.gz`), or by sniffing its first bytes when the extension says nothing, and
 * passes the common options through. `writeTable` does the same for writing.
 *
 * | extension                                   | reader        |
 * |---------------------------------------------|---------------|
 * | `.csv` `.tsv` `.tab` `.txt` `.data` `.test` | `readCsv`     |
 * | `.json` / `.ndjson` `.jsonl`                | `readJson`    |
 * | `.parquet` `.pq` `.parq`                    | `readParquet` |
 * | `{ sql, db }`                               | `readSql`     |
 * | anything else                               | sniffed: `PAR1` → Parquet, first non-space `[` or `{` → JSON, else CSV |
 *
 * The `format` option overrides both. A missing path is `file.notFound` and a folder `file.isDirectory`,
 * checked before any reader runs.
 *
 * @example
 * ```ts
 * import { readTable } from './read-table.js';
 * const bank = await readTable('examples/data/bank-marketing/bank-additional/bank-additional-full.csv');
 * const retail = await readTable('examples/data/online-retail/online_retail.parquet');
 * const crm = await readTable({ sql: 'select * from customers', db: 'sqlite:crm.db' });
 * ```
 */
import { ValidationError } from '../util/errors.js';
import { readCsv } from './csv/read-csv.js';
import { writeCsv } from './csv/write-csv.js';
import { statInputFile } from './input-file.js';
import { readJson } from './json/read-json.js';
import { readHeadBytes } from './json/text-input.js';
import { writeJson } from './json/write-json.js';
import { readParquet } from './parquet/read-parquet.js';
import { writeParquet } from './parquet/write-parquet.js';
import type { CommonReadOptions } from './read-options.js';
import { readSql } from './sql/read-sql.js';
import type { Table } from './table.js';

/** A file format `readTable` / `writeTable` knows. */
export type TableFormat = 'csv' | 'json' | 'ndjson' | 'parquet';

/** Every file format, for option validation and help texts. */
export const TABLE_FORMATS: readonly TableFormat[] = Object.freeze(['csv', 'json', 'ndjson', 'parquet']);

/** Options of `readTable`: the common ones, plus those only some formats use (ignored by the others). */
export interface ReadTableOptions extends CommonReadOptions {
  /** Read as this format instead of deciding by extension / content. */
  readonly format?: TableFormat;
  /** Text encoding (CSV, JSON): `auto` (CSV default), `utf-8`, `latin1`, `windows-1252`. */
  readonly encoding?: 'auto' | 'utf-8' | 'latin1' | 'windows-1252';
  /** CSV field delimiter; sniffed when left out. */
  readonly delimiter?: string;
  /** CSV: skip malformed rows (listed in `source.skipped`) instead of failing. */
  readonly skipBadRows?: boolean;
  /** CSV: column names for a file without a header (or replacing its header). */
  readonly names?: readonly string[];
}

/** A SQL query as input: `--sql "select …" --db URL`. */
export interface SqlInput {
  readonly sql: string;
  readonly db: string;
}

const BY_EXTENSION: Readonly<Record<string, TableFormat | 'sqlite'>> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  data: 'csv',
  test: 'csv',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  parquet: 'parquet',
  pq: 'parquet',
  parq: 'parquet',
  db: 'sqlite',
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
};

function extensionFormat(path: string): TableFormat | 'sqlite' | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(path.replace(/\.gz$/i, ''));
  return m ? BY_EXTENSION[m[1].toLowerCase()] : undefined;
}

/**
 * Guess a file's format from its first bytes (inflated when gzip-compressed): `PAR1` → Parquet, a first
 * non-space character `[` or `{` → JSON, anything else → CSV.
 *
 * @example
 * ```ts
 * await sniffFormat('export_2024'); // 'json'
 * ```
 */
export async function sniffFormat(path: string): Promise<TableFormat> {
  const head = await readHeadBytes(path, 4096);
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) {
    return 'parquet';
  }
  let i = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x5b || head[i] === 0x7b ? 'json' : 'csv';
}

/**
 * The format `readTable` would use for a path: by extension after stripping `.gz`, else sniffed.
 *
 * @example
 * ```ts
 * await detectFormat('events.jsonl.gz'); // 'ndjson'
 * ```
 */
export async function detectFormat(path: string): Promise<TableFormat> {
  const byExtension = extensionFormat(path);
  if (byExtension === 'sqlite') {
    throw new ValidationError('option.invalid', {
      name: '--sql',
      expected: `a query to run on the database ${path} (--sql "select …" --db ${path})`,
      got: 'no query',
    });
  }
  return byExtension ?? sniffFormat(path);
}

/**
 * Read a table from a file (CSV, JSON, NDJSON, Parquet; `.gz` transparently) or a SQL query.
 *
 * @example
 * ```ts
 * const t = await readTable('customers.csv.gz', { types: { zip: 'categorical' }, skipBadRows: true });
 * ```
 */
export async function readTable(input: string | SqlInput, options: ReadTableOptions = {}): Promise<Table> {
  options.signal?.throwIfAborted();
  const common: CommonReadOptions = {
    types: options.types,
    missingTokens: options.missingTokens,
    signal: options.signal,
    onProgress: options.onProgress,
  };
  if (typeof input !== 'string') return readSql(input.sql, input.db, common);
  await statInputFile(input);
  const format = options.format ?? (await detectFormat(input));
  switch (format) {
    case 'csv':
      return readCsv(input, {
        delimiter: options.delimiter,
        encoding: options.encoding,
        skipBadRows: options.skipBadRows,
        names: options.names,
        missingTokens: options.missingTokens ? [...options.missingTokens] : undefined,
        types: options.types,
        signal: options.signal,
        onProgress: options.onProgress
          ? (bytesRead, totalBytes) => options.onProgress?.({ bytesRead, totalBytes })
          : undefined,
      });
    case 'json':
    case 'ndjson': {
      const encoding = options.encoding === 'auto' ? undefined : options.encoding;
      const layout = options.format === 'ndjson' ? 'ndjson' : options.format === 'json' ? 'json' : undefined;
      return readJson(input, { ...common, encoding, format: layout });
    }
    case 'parquet':
      return readParquet(input, common);
  }
}

/**
 * The format a table will be written in, from the path's extension (or `format`); a clear error for an
 * extension leitwerk cannot write. Commands call it before doing any work, so a bad `--out` fails fast.
 *
 * @example
 * ```ts
 * outputFormatOf('scores.csv.gz'); // 'csv'
 * outputFormatOf('scores.xlsx'); // throws ValidationError file.unknownOutputFormat
 * ```
 */
export function outputFormatOf(path: string, format?: TableFormat): TableFormat {
  const byExtension = extensionFormat(path);
  const resolved = format ?? (byExtension === 'sqlite' ? undefined : byExtension);
  if (resolved === undefined || (resolved === 'parquet' && /\.gz$/i.test(path))) {
    throw new ValidationError('file.unknownOutputFormat', { file: path });
  }
  return resolved;
}

/** Options of `writeTable`. */
export interface WriteTableOptions {
  /** Write this format instead of deciding by extension. */
  readonly format?: TableFormat;
  /** Cancels a CSV write (the partial file is removed). */
  readonly signal?: AbortSignal;
}

/**
 * Write a table; the format follows the extension: `.csv` / `.tsv` (optionally `.gz`), `.parquet`,
 * `.json` / `.ndjson` / `.jsonl` (optionally `.gz`). Every write is atomic.
 *
 * @example
 * ```ts
 * await writeTable(scored, 'out/scores.parquet');
 * await writeTable(scored, 'out/scores.csv.gz');
 * ```
 */
export async function writeTable(table: Table, path: string, options: WriteTableOptions = {}): Promise<void> {
  const format = outputFormatOf(path, options.format);
  const gz = /\.gz$/i.test(path);
  switch (format) {
    case 'csv':
      return writeCsv(table, path, {
        delimiter: /\.(tsv|tab)(\.gz)?$/i.test(path) ? '\t' : ',',
        gzip: gz,
        signal: options.signal,
      });
    case 'json':
    case 'ndjson':
      return writeJson(table, path, { ndjson: format === 'ndjson' });
    case 'parquet':
      return writeParquet(table, path);
  }
}
