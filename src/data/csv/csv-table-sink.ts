/**
 * @module data/csv/csv-table-sink
 * The receiving end of the tokenizer when reading a table: takes the header (or generates names), checks
 * each record's field count against it (a ragged row is an error naming file and line, or — with
 * `skipBadRows` — a skipped row with its line and reason), and pushes every field's bytes into one column
 * builder per column. Records the source line of every row and the blank lines met on the way.
 *
 * @example
 * ```ts
 * import { createTableSink } from './csv-table-sink.js';
 * const sink = createTableSink({ file: 'a.csv', hasHeader: true, decode });
 * // createCsvTokenizer({ file: 'a.csv', delimiter: 0x2c }, sink) … then:
 * const { columns, lines } = sink.finish();
 * ```
 */
import { COLUMN_TYPES, type Column, type ColumnType } from '../column.js';
import { DataError, NotFoundError, ValidationError } from '../../util/errors.js';
import { formatMessage } from '../../util/messages.js';
import { type ColumnBuilder, createColumnBuilder } from '../infer/column-builder.js';
import type { CsvRowSink } from './csv-tokenizer.js';
import { generatedNames, headerNames } from './header-names.js';
import type { ByteDecoder } from './text-decoding.js';

/** Options of the table sink. */
export interface TableSinkOptions {
  readonly file: string;
  readonly hasHeader: boolean;
  readonly decode: ByteDecoder;
  readonly skipBadRows?: boolean;
  /** Tokens read as missing (default: the column builder's). */
  readonly missingTokens?: ReadonlySet<string>;
  /** Declared column types by name. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Capacity hint for the builders. */
  readonly expectedRows?: number;
  /** Column names given by the user: name a headerless file, or replace the header (counts must match). */
  readonly names?: readonly string[];
}

/** What the sink built. */
export interface SinkResult {
  readonly columns: readonly Column[];
  /** 1-based line where each row starts. */
  readonly lines: Uint32Array;
  readonly notes: readonly string[];
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
}

/** A tokenizer sink that builds columns. */
export interface TableSink extends CsvRowSink {
  /** Rows accepted so far. */
  readonly rowCount: number;
  /** Build the columns; throws `file.empty` / `file.headerOnly` when there are no data rows. */
  finish(): SinkResult;
}

const LIST_LIMIT = 20;

/**
 * Create the sink that turns records into column builders.
 *
 * @example
 * ```ts
 * const sink = createTableSink({ file: 'a.csv', hasHeader: false, decode: decoderFor('utf-8') });
 * ```
 */
export function createTableSink(options: TableSinkOptions): TableSink {
  const { file, decode } = options;
  const skipBad = options.skipBadRows === true;
  let builders: ColumnBuilder[] | null = null;
  let expected = 0;
  let lines = new Uint32Array(Math.max(16, Math.min(options.expectedRows ?? 1024, 1 << 26)));
  let rows = 0;
  const notes: string[] = [];
  const skipped: { line: number; reason: string }[] = [];
  const blankLines: number[] = [];
  let blankCount = 0;
  let pendingBlanks: number[] = [];

  function setup(columnNames: readonly string[]): void {
    expected = columnNames.length;
    const types = options.types ?? {};
    for (const [column, type] of Object.entries(types)) {
      if (!columnNames.includes(column)) {
        throw new NotFoundError('schema.unknownColumn', { column, file, columns: columnNames.join(', ') });
      }
      if (!COLUMN_TYPES.includes(type)) {
        throw new ValidationError('schema.badType', { got: String(type), column, expected: COLUMN_TYPES.join(', ') });
      }
    }
    builders = columnNames.map((name) =>
      createColumnBuilder(name, {
        missingTokens: options.missingTokens,
        declaredType: Object.hasOwn(types, name) ? types[name] : undefined,
        expectedRows: options.expectedRows,
        source: file,
      }),
    );
  }

  function flushBlanks(): void {
    for (const line of pendingBlanks) {
      blankCount++;
      if (blankLines.length < LIST_LIMIT) blankLines.push(line);
    }
    pendingBlanks = [];
  }

  return {
    get rowCount() {
      return rows;
    },
    row(buf, starts, ends, count, line) {
      if (builders === null) {
        const given = options.names;
        if (given && given.length !== count) {
          throw new ValidationError('option.invalid', {
            name: '--names',
            expected: `${count} names, one per column of ${file}`,
            got: `${given.length}`,
          });
        }
        if (options.hasHeader) {
          const raw: string[] = [];
          for (let j = 0; j < count; j++) raw.push(decode(buf, starts[j], ends[j]));
          const header = headerNames(given ?? raw, file);
          notes.push(...header.notes);
          if (given) notes.push(formatMessage('csv.note.namesGiven', { count }));
          setup(header.names);
          flushBlanks();
          return;
        }
        if (given) {
          const header = headerNames(given, file);
          notes.push(...header.notes, formatMessage('csv.note.namesGiven', { count }));
          setup(header.names);
        } else {
          setup(generatedNames(count));
          notes.push(formatMessage('csv.note.noHeader', { count }));
        }
      }
      if (count !== expected) {
        if (!skipBad) {
          throw new DataError('csv.raggedRow', { file, line, got: count, expected }, { file, line });
        }
        skipped.push({ line, reason: formatMessage('csv.skipReason.ragged', { got: count, expected }) });
        return;
      }
      if (pendingBlanks.length > 0) flushBlanks();
      const b = builders as ColumnBuilder[];
      for (let j = 0; j < count; j++) b[j].pushBytes(buf, starts[j], ends[j], decode);
      if (rows === lines.length) {
        const next = new Uint32Array(lines.length * 2);
        next.set(lines);
        lines = next;
      }
      lines[rows++] = line;
    },
    blank(line) {
      pendingBlanks.push(line);
    },
    bad(line, reason) {
      skipped.push({ line, reason });
    },
    finish() {
      if (builders === null) throw new DataError('file.empty', { file }, { file });
      if (rows === 0 && options.hasHeader) throw new DataError('file.headerOnly', { file }, { file });
      // Blank lines after the last row are the file's ending, not worth a note.
      if (blankCount > 0) {
        const more = blankCount > blankLines.length ? ', …' : '';
        notes.push(formatMessage('csv.note.blankLines', { count: blankCount, lines: blankLines.join(', ') + more }));
      }
      if (skipped.length > 0) {
        const shown = skipped.slice(0, LIST_LIMIT).map((s) => s.line);
        const more = skipped.length > LIST_LIMIT ? ', …' : '';
        notes.push(formatMessage('csv.skippedRows', { file, count: skipped.length, lines: shown.join(', ') + more }));
      }
      const columns = builders.map((b) => b.finish());
      builders = null;
      return { columns, lines: lines.slice(0, rows), notes, skipped };
    },
  };
}
