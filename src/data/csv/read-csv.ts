/**
 * @module data/csv/read-csv
 * Reads a CSV/TSV file (or gzip-compressed CSV) into a `Table`, streaming: the file is read in 4 MiB chunks,
 * each chunk is tokenized on its bytes and pushed cell by cell into column builders, so the text is never
 * held in memory. Encoding, delimiter, header, spaces after delimiters and a junk first line are detected
 * from the first 64 KiB and reported in `table.source.notes`; every guess can be overridden.
 *
 * Bad input is a typed error naming the file (and line/column where it applies): `file.notFound`,
 * `file.isDirectory`, `file.empty`, `file.headerOnly`, `file.binary`, `file.invalidUtf8`, `file.gzipCorrupt`,
 * `csv.raggedRow` (or skipped and listed with `skipBadRows`), `csv.unterminatedQuote`, `csv.fieldTooLarge`.
 *
 * @example
 * ```ts
 * import { readCsv } from './read-csv.js';
 * const bank = await readCsv('examples/data/bank-marketing/bank-additional/bank-additional-full.csv');
 * bank.rowCount; // 41188
 * bank.source.notes; // ["delimiter ';' (sniffed)"]
 * ```
 */
import { Buffer } from 'node:buffer';
import type { ColumnType } from '../column.js';
import { createTable, type Table } from '../table.js';
import { DataError, ValidationError } from '../../util/errors.js';
import { formatMessage } from '../../util/messages.js';
import { type ByteSource, memorySource, openFileSource } from './byte-source.js';
import { createCsvTokenizer } from './csv-tokenizer.js';
import { createTableSink } from './csv-table-sink.js';
import { type CsvEncodingOption, checkBinary, detectEncoding, invalidUtf8Error } from './detect-encoding.js';
import { type CsvDialect, sniffCsv } from './sniff-csv.js';
import {
  completeUtf8Length,
  createUtf16Converter,
  createUtf8Validator,
  decoderFor,
  locateOffset,
  type Utf16Converter,
} from './text-decoding.js';

/** Options of `readCsv` / `readCsvText`. Everything left out is detected. */
export interface CsvReadOptions {
  /** Field delimiter (one ASCII character); sniffed among `,` `;` tab `|` when left out. */
  readonly delimiter?: string;
  /** Whether the first record is a header; detected when left out. Without one, columns are `column_1 …`. */
  readonly hasHeader?: boolean;
  /** `auto` (default: UTF-8, or Windows-1252 when the bytes are not UTF-8), `utf-8`, `latin1`, `windows-1252`. */
  readonly encoding?: CsvEncodingOption;
  /** Physical lines to skip before the first record; a single junk first line is detected when left out. */
  readonly skipLines?: number;
  /** Remove spaces after each delimiter (`a, b`); detected when left out. */
  readonly skipInitialSpace?: boolean;
  /** Skip rows with the wrong number of fields (or a stray quote) instead of failing; they are listed in `source.skipped`. */
  readonly skipBadRows?: boolean;
  /** Cells read as missing (default: empty, `NA`, `N/A`, `null`, `?` and variants — see the column builder). */
  readonly missingTokens?: readonly string[];
  /** Declared types by column name (instead of inference). */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Longest allowed field in bytes (default 1 MiB). */
  readonly maxFieldBytes?: number;
  /** Cancels the read between chunks. */
  readonly signal?: AbortSignal;
  /** Called after every chunk with raw bytes read so far and the file size. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Bytes per read (default 4 MiB). Small values exercise chunk boundaries in tests. */
  readonly chunkSize?: number;
  /** The name used in messages by `readCsvText` (default `text`). */
  readonly name?: string;
  /** Column names: for a file without a header, or replacing its header (one name per column). */
  readonly names?: readonly string[];
}

/** Bytes of the start of the file the dialect is sniffed from. */
export const SNIFF_BYTES = 65_536;

/**
 * Read a CSV file into a table.
 *
 * @example
 * ```ts
 * const adult = await readCsv('examples/data/adult/adult.test'); // junk first line skipped, no header
 * adult.source.notes; // ["delimiter ',' (sniffed)", 'skipped first line: junk …', …]
 * ```
 */
export async function readCsv(path: string, options: CsvReadOptions = {}): Promise<Table> {
  options.signal?.throwIfAborted();
  const source = await openFileSource(path, { chunkSize: options.chunkSize });
  return readCsvSource(source, options);
}

/**
 * Read CSV text (or bytes, possibly gzip-compressed) held in memory — for tests and small inputs.
 *
 * @example
 * ```ts
 * const t = await readCsvText('a;b\n1;x\n2;y\n');
 * t.rowCount; // 2
 * ```
 */
export async function readCsvText(text: string | Uint8Array, options: CsvReadOptions = {}): Promise<Table> {
  const name = options.name ?? 'text';
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return readCsvSource(memorySource(name, bytes, options.chunkSize), options);
}

/**
 * Read CSV from any byte source (a file, memory). The engine behind `readCsv` and `readCsvText`.
 *
 * @example
 * ```ts
 * const t = await readCsvSource(memorySource('x.csv', bytes, 1024), { skipBadRows: true });
 * ```
 */
export async function readCsvSource(source: ByteSource, options: CsvReadOptions = {}): Promise<Table> {
  const file = source.name;
  const signal = options.signal;
  checkSkipLines(options.skipLines);
  const iterator = source.chunks[Symbol.asyncIterator]();
  try {
    // 1. The first chunk(s): at least 64 KiB, for the encoding and the dialect.
    const head: Buffer[] = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < SNIFF_BYTES) {
      signal?.throwIfAborted();
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      if (next.value.length === 0) continue;
      headBytes += next.value.length;
      // The source may reuse a chunk's memory two reads later: copy what stays while more is read.
      head.push(headBytes < SNIFF_BYTES ? Buffer.from(next.value) : next.value);
      options.onProgress?.(source.bytesRead(), source.totalBytes);
    }
    if (headBytes === 0) throw emptyError(file);
    const first = head.length === 1 ? head[0] : Buffer.concat(head, headBytes);
    const detection = detectEncoding(first, file, options.encoding ?? 'auto', done);
    const notes: string[] = [];
    if (source.gzip) notes.push(formatMessage('csv.note.gzip'));
    notes.push(...detection.notes);

    // 2. Bytes as the tokenizer sees them: BOM removed, UTF-16 converted to UTF-8.
    let converter: Utf16Converter | null = null;
    if (detection.encoding === 'utf-16le' || detection.encoding === 'utf-16be') {
      converter = createUtf16Converter(detection.encoding);
    }
    const prepare = (chunk: Buffer): Buffer => (converter ? converter.push(chunk) : chunk);
    let prepared = prepare(first.subarray(detection.bomLength));
    if (converter) {
      checkBinary(prepared, file);
      if (done) prepared = Buffer.concat([prepared, converter.end()]);
    }
    if (prepared.length === 0) throw emptyError(file);
    const byteEncoding =
      detection.encoding === 'latin1' || detection.encoding === 'windows-1252' ? detection.encoding : 'utf-8';
    const decode = decoderFor(byteEncoding);

    // 3. The dialect, from the first 64 KiB of text.
    const missing = options.missingTokens ? new Set(options.missingTokens) : undefined;
    const sniffComplete = done && prepared.length <= SNIFF_BYTES;
    const sniffBytes = sniffComplete
      ? prepared
      : prepared.subarray(
          0,
          byteEncoding === 'utf-8' ? completeUtf8Length(prepared.subarray(0, SNIFF_BYTES)) : SNIFF_BYTES,
        );
    const sniffed = sniffCsv(
      decode(sniffBytes, 0, sniffBytes.length),
      {
        delimiter: options.delimiter,
        hasHeader: options.hasHeader,
        skipLines: options.skipLines,
        skipInitialSpace: options.skipInitialSpace,
        missingTokens: missing,
      },
      sniffComplete,
    );
    notes.push(...sniffed.notes);
    const dialect: CsvDialect = sniffed.dialect;

    // 4. Stream: validate (UTF-8), tokenize, build columns.
    const sink = createTableSink({
      file,
      hasHeader: dialect.hasHeader,
      decode,
      skipBadRows: options.skipBadRows,
      missingTokens: missing,
      types: options.types,
      names: options.names,
      expectedRows: estimateRows(source, sniffBytes, sniffComplete),
    });
    const tokenizer = createCsvTokenizer(
      {
        file,
        delimiter: dialect.delimiter.charCodeAt(0),
        skipInitialSpace: dialect.skipInitialSpace,
        skipLines: dialect.skipLines,
        maxFieldBytes: options.maxFieldBytes,
        skipBadRows: options.skipBadRows,
        utf8: byteEncoding === 'utf-8',
      },
      sink,
    );
    const validator = detection.validateUtf8 ? createUtf8Validator() : null;
    const feed = (chunk: Buffer): void => {
      if (chunk.length === 0) return;
      if (validator) {
        const bad = validator.check(chunk);
        if (bad >= 0) {
          const at = tokenizer.position();
          const where = locateOffset(chunk, 0, bad, at.line, at.column, true);
          throw invalidUtf8Error(file, chunk[bad], where.line, where.column);
        }
      }
      tokenizer.feed(chunk);
    };
    const progress = (): void => options.onProgress?.(source.bytesRead(), source.totalBytes);
    feed(prepared);
    while (!done) {
      signal?.throwIfAborted();
      const next = await iterator.next();
      if (next.done) break;
      feed(prepare(next.value));
      progress();
    }
    if (converter && !done) feed(converter.end());
    const cut = validator ? validator.end() : -1;
    if (cut >= 0) {
      const at = tokenizer.position();
      throw invalidUtf8Error(file, cut, at.line, at.column);
    }
    tokenizer.end();
    signal?.throwIfAborted();
    const result = sink.finish();
    return createTable(result.columns, {
      name: file,
      format: 'csv',
      lines: result.lines,
      notes: Object.freeze([...notes, ...result.notes]),
      skipped: Object.freeze(result.skipped.map((s) => Object.freeze({ ...s }))),
    });
  } finally {
    await iterator.return?.();
  }
}

function emptyError(file: string): DataError {
  return new DataError('file.empty', { file }, { file });
}

function checkSkipLines(skipLines: number | undefined): void {
  if (skipLines !== undefined && (!Number.isInteger(skipLines) || skipLines < 0)) {
    throw new ValidationError('option.invalid', {
      name: 'skipLines',
      expected: 'an integer ≥ 0',
      got: String(skipLines),
    });
  }
}

/** Rows expected from the line density of the sample (plain files only; a capacity hint for the builders). */
function estimateRows(source: ByteSource, sample: Buffer, complete: boolean): number | undefined {
  let breaks = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0x0a) breaks++;
  if (breaks === 0) for (let i = 0; i < sample.length; i++) if (sample[i] === 0x0d) breaks++;
  if (complete) return breaks + 1;
  if (source.gzip || breaks < 10) return undefined;
  return Math.ceil((source.totalBytes / sample.length) * breaks * 1.02) + 16;
}
