/**
 * @module data/csv/csv-tokenizer
 * The streaming CSV state machine. It works on bytes (`Buffer` chunks of any size), never on strings, and
 * hands each complete record to a sink as byte ranges: `[starts[i], ends[i])` of one buffer per field,
 * already unquoted (a `""` escape is collapsed in place, so no scratch copy is needed). A record that is
 * cut by a chunk boundary is carried into the next buffer with its scan state, so nothing is scanned twice.
 *
 * Handles: quoted fields with `""` escapes, delimiters and line breaks inside quotes, LF / CRLF / CR line
 * ends, an optional leading run of spaces after a delimiter (`skipInitialSpace`, for `a, b, c` files),
 * physical lines to skip at the start, and blank lines (reported to the sink, never a record). Lines and
 * columns are 1-based and physical (a quoted line break starts a new line).
 *
 * Errors: a field longer than `maxFieldBytes` (`csv.fieldTooLarge`, at the field's start), a quote that is
 * never closed (`csv.unterminatedQuote`, at the opening quote), and a character after a closing quote
 * (`csv.strayQuote`; with `skipBadRows` the record goes to `sink.bad` instead).
 *
 * @example
 * ```ts
 * import { createCsvTokenizer } from './csv-tokenizer.js';
 * const rows: string[][] = [];
 * const t = createCsvTokenizer({ file: 'a.csv', delimiter: 0x2c }, {
 *   row: (buf, starts, ends, count) => rows.push(Array.from({ length: count }, (_, i) => buf.toString('utf8', starts[i], ends[i]))),
 *   blank: () => {},
 *   bad: () => {},
 * });
 * t.feed(Buffer.from('a,"b ""x"""\n1,2\n'));
 * t.end(); // rows: [['a', 'b "x"'], ['1', '2']]
 * ```
 */
import { Buffer } from 'node:buffer';
import { DataError, ValidationError } from '../../util/errors.js';
import { formatMessage } from '../../util/messages.js';
import { type LineColumn, locateOffset } from './text-decoding.js';

/** The default limit of one field: 1 MiB. A longer field almost always means a quote is missing. */
export const DEFAULT_MAX_FIELD_BYTES = 1_048_576;

/** Options of the tokenizer. */
export interface CsvTokenizerOptions {
  /** The file name for error messages. */
  readonly file: string;
  /** The delimiter as a byte (an ASCII character other than a quote, CR or LF), e.g. `0x2c` for `,`. */
  readonly delimiter: number;
  /** The quote byte; default `0x22` (`"`). */
  readonly quote?: number;
  /** Remove a leading run of spaces of each field (before an opening quote, too). Default false. */
  readonly skipInitialSpace?: boolean;
  /** Physical lines to skip at the start (junk lines before the header). Default 0. */
  readonly skipLines?: number;
  /** Longest field in bytes; default `DEFAULT_MAX_FIELD_BYTES`. */
  readonly maxFieldBytes?: number;
  /** Send records with a stray quote to `sink.bad` instead of throwing. Default false. */
  readonly skipBadRows?: boolean;
  /** Whether columns in messages count UTF-8 characters (true, default) or bytes (single-byte encodings). */
  readonly utf8?: boolean;
}

/** Receives what the tokenizer finds. */
export interface CsvRowSink {
  /**
   * One record that starts at physical `line`: field `i` is bytes `[starts[i], ends[i])` of `buf`. The arrays
   * are reused for the next record; copy what you keep.
   */
  row(buf: Buffer, starts: Int32Array, ends: Int32Array, count: number, line: number): void;
  /** A blank line (no record). */
  blank(line: number): void;
  /** A record that could not be read (only with `skipBadRows`), with the reason. */
  bad(line: number, reason: string): void;
}

/** A streaming tokenizer: `feed` chunks in order, then `end`. */
export interface CsvTokenizer {
  /** Tokenize the next chunk. The tokenizer may modify the chunk's bytes (quote escapes are collapsed in place). */
  feed(chunk: Buffer): void;
  /** Flush the last record (a file need not end with a line break). */
  end(): void;
  /** The line and column just after the data fed so far (to place errors found outside the tokenizer). */
  position(): LineColumn;
}

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;

/** Bytes of a new chunk copied to finish the record cut by the chunk boundary. */
const BRIDGE_BYTES = 65_536;

const S_ROW = 0;
const S_FIELD = 1;
const S_UNQUOTED = 2;
const S_QUOTED = 3;
const S_AFTER_QUOTE = 4;

/**
 * Create a streaming tokenizer that sends records to `sink`.
 *
 * @example
 * ```ts
 * const t = createCsvTokenizer({ file: 'a.tsv', delimiter: 0x09 }, sink);
 * for await (const chunk of stream) t.feed(chunk);
 * t.end();
 * ```
 */
export function createCsvTokenizer(options: CsvTokenizerOptions, sink: CsvRowSink): CsvTokenizer {
  const file = options.file;
  const D = options.delimiter;
  const Q = options.quote ?? 0x22;
  if (!Number.isInteger(D) || D < 1 || D > 0x7f || D === Q || D === LF || D === CR) {
    throw new ValidationError('option.invalid', {
      name: 'delimiter',
      expected: 'one ASCII character other than a quote or a line break',
      got: JSON.stringify(String.fromCharCode(D)),
    });
  }
  const skipSpace = options.skipInitialSpace === true && D !== SP;
  const maxField = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  const skipBad = options.skipBadRows === true;
  const utf8 = options.utf8 !== false;
  const stopUnquoted = new Uint8Array(256);
  stopUnquoted[D] = 1;
  stopUnquoted[LF] = 1;
  stopUnquoted[CR] = 1;
  const stopQuoted = new Uint8Array(256);
  stopQuoted[Q] = 1;
  stopQuoted[LF] = 1;
  stopQuoted[CR] = 1;

  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let state = S_ROW;
  let line = 1;
  let lineStart = 0;
  let rowStart = 0;
  let rowLine = 1;
  let fieldStart = 0;
  let write = 0;
  let quotedEnd = 0;
  let fieldLine = 1;
  let fieldLineStart = 0;
  let fieldPos = 0;
  let afterCR = false;
  let skipLeft = options.skipLines ?? 0;
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let count = 0;
  let rowShifted = false;
  let badReason: string | null = null;
  let ended = false;

  const columnOf = (from: number, to: number): number =>
    rowShifted ? to - from + 1 : locateOffset(buf, from, to, 1, 1, utf8).column;

  const tooLarge = (): DataError =>
    new DataError(
      'csv.fieldTooLarge',
      { file, line: fieldLine, column: columnOf(fieldLineStart, fieldPos), limit: maxField },
      { file, line: fieldLine, column: columnOf(fieldLineStart, fieldPos) },
    );

  const addField = (s: number, e: number): void => {
    if (count === starts.length) {
      const ns = new Int32Array(count * 2);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(count * 2);
      ne.set(ends);
      ends = ne;
    }
    if (e - s > maxField) throw tooLarge();
    starts[count] = s;
    ends[count] = e;
    count++;
  };

  const finishRow = (): void => {
    if (badReason !== null) {
      const reason = badReason;
      badReason = null;
      sink.bad(rowLine, reason);
    } else {
      sink.row(buf, starts, ends, count, rowLine);
    }
    count = 0;
  };

  const strayQuote = (p: number): void => {
    const column = columnOf(lineStart, p);
    if (!skipBad) throw new DataError('csv.strayQuote', { file, line, column }, { file, line, column });
    if (badReason === null) badReason = formatMessage('csv.skipReason.strayQuote', { column });
  };

  /** Scan from `pos`; with `stop`, return at the first record start at or after offset `stop`. */
  function scan(final: boolean, stop: number): void {
    const b = buf;
    const n = b.length;
    let p = pos;
    for (;;) {
      switch (state) {
        case S_ROW: {
          if (p >= n || p >= stop) {
            pos = p;
            return;
          }
          let c = b[p];
          if (afterCR) {
            afterCR = false;
            if (c === LF) {
              p++;
              lineStart = p;
              continue;
            }
          }
          if (skipLeft > 0) {
            while (p < n && (c = b[p]) !== LF && c !== CR) p++;
            if (p >= n) {
              pos = p;
              return;
            }
            p++;
            line++;
            lineStart = p;
            skipLeft--;
            if (c === CR) afterCR = true;
            continue;
          }
          if (c === LF || c === CR) {
            sink.blank(line);
            p++;
            line++;
            lineStart = p;
            if (c === CR) afterCR = true;
            continue;
          }
          rowStart = p;
          rowLine = line;
          count = 0;
          rowShifted = false;
          badReason = null;
          state = S_FIELD;
          continue;
        }
        case S_FIELD: {
          if (skipSpace) while (p < n && b[p] === SP) p++;
          if (p >= n) {
            pos = p;
            if (!final) return;
            if (count === 0) sink.blank(rowLine);
            else {
              addField(p, p);
              finishRow();
            }
            state = S_ROW;
            return;
          }
          fieldLine = line;
          fieldLineStart = lineStart;
          fieldPos = p;
          if (b[p] === Q) {
            p++;
            fieldStart = p;
            write = p;
            state = S_QUOTED;
            continue;
          }
          fieldStart = p;
          state = S_UNQUOTED;
          continue;
        }
        case S_UNQUOTED: {
          while (p < n && stopUnquoted[b[p]] === 0) p++;
          if (p >= n) {
            pos = p;
            if (!final) {
              if (p - fieldStart > maxField) throw tooLarge();
              return;
            }
            addField(fieldStart, p);
            finishRow();
            state = S_ROW;
            return;
          }
          addField(fieldStart, p);
          const c = b[p++];
          if (c === D) {
            state = S_FIELD;
            continue;
          }
          finishRow();
          line++;
          if (c === CR) {
            if (p < n) {
              if (b[p] === LF) p++;
            } else afterCR = true;
          }
          lineStart = p;
          state = S_ROW;
          continue;
        }
        case S_QUOTED: {
          let w = write;
          for (;;) {
            const s0 = p;
            while (p < n && stopQuoted[b[p]] === 0) p++;
            if (w !== s0) b.copyWithin(w, s0, p);
            w += p - s0;
            if (p >= n) break;
            const c = b[p];
            if (c === Q) break;
            if (c === CR || b[p - 1] !== CR) line++;
            lineStart = p + 1;
            if (w !== p) b[w] = c;
            w++;
            p++;
          }
          write = w;
          if (p >= n) {
            pos = p;
            if (final) {
              const column = columnOf(fieldLineStart, fieldPos);
              throw new DataError(
                'csv.unterminatedQuote',
                { file, line: fieldLine, column },
                { file, line: fieldLine, column },
              );
            }
            if (w - fieldStart > maxField) throw tooLarge();
            return;
          }
          if (p + 1 >= n && !final) {
            pos = p;
            return;
          }
          if (p + 1 < n && b[p + 1] === Q) {
            b[w] = Q;
            write = w + 1;
            p += 2;
            rowShifted = true;
            continue;
          }
          quotedEnd = w;
          p++;
          state = S_AFTER_QUOTE;
          continue;
        }
        case S_AFTER_QUOTE: {
          if (D !== SP) while (p < n && b[p] === SP) p++;
          if (p >= n) {
            pos = p;
            if (!final) return;
            addField(fieldStart, quotedEnd);
            finishRow();
            state = S_ROW;
            return;
          }
          const c = b[p];
          if (c === D) {
            addField(fieldStart, quotedEnd);
            p++;
            state = S_FIELD;
            continue;
          }
          if (c === LF || c === CR) {
            addField(fieldStart, quotedEnd);
            p++;
            finishRow();
            line++;
            if (c === CR) {
              if (p < n) {
                if (b[p] === LF) p++;
              } else afterCR = true;
            }
            lineStart = p;
            state = S_ROW;
            continue;
          }
          strayQuote(p);
          fieldStart = p;
          state = S_UNQUOTED;
          continue;
        }
      }
    }
  }

  /** Make `next` the buffer, moving every offset back by `shift`. */
  function rebase(next: Buffer, shift: number): void {
    buf = next;
    if (shift === 0) return;
    pos -= shift;
    lineStart -= shift;
    rowStart -= shift;
    fieldStart -= shift;
    write -= shift;
    quotedEnd -= shift;
    fieldLineStart -= shift;
    fieldPos -= shift;
    for (let i = 0; i < count; i++) {
      starts[i] -= shift;
      ends[i] -= shift;
    }
  }

  /** Bytes of the current buffer still needed: the unfinished record (or line). */
  const keepFrom = (): number => (state === S_ROW ? Math.min(lineStart, pos) : rowStart);

  /** Continue scanning on `carry + chunk` (copies the chunk; used for short chunks and very long records). */
  function append(chunk: Buffer): void {
    const keep = keepFrom();
    const carry = buf.length - keep;
    if (carry <= 0) {
      rebase(chunk, buf.length);
    } else {
      const next = Buffer.allocUnsafe(carry + chunk.length);
      buf.copy(next, 0, keep);
      chunk.copy(next, carry);
      rebase(next, keep);
    }
    scan(false, Number.POSITIVE_INFINITY);
  }

  return {
    feed(chunk) {
      if (ended) {
        throw new ValidationError('option.invalid', { name: 'tokenizer', expected: 'not ended', got: 'fed after end' });
      }
      if (chunk.length === 0) return;
      const keep = keepFrom();
      const carry = buf.length - keep;
      if (carry <= 0 || chunk.length <= 2 * BRIDGE_BYTES) {
        append(chunk);
        return;
      }
      // Finish the record cut by the chunk boundary in a small bridge buffer (unfinished record + the chunk's
      // first 64 KiB), then scan the chunk itself in place — the chunk is not copied.
      const bridge = Buffer.allocUnsafe(carry + BRIDGE_BYTES);
      buf.copy(bridge, 0, keep);
      chunk.copy(bridge, carry, 0, BRIDGE_BYTES);
      rebase(bridge, keep);
      scan(false, carry);
      if (state === S_ROW && pos >= carry) {
        const at = pos - carry;
        buf = chunk;
        pos = at;
        lineStart = at;
        rowStart = at;
        scan(false, Number.POSITIVE_INFINITY);
        return;
      }
      append(chunk.subarray(BRIDGE_BYTES));
    },
    end() {
      if (ended) return;
      ended = true;
      scan(true, Number.POSITIVE_INFINITY);
    },
    position() {
      return { line, column: columnOf(lineStart, buf.length) };
    },
  };
}
