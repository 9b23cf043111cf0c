/**
 * @module data/csv/detect-encoding
 * Decides how the bytes of a text file are to be read, from its first bytes: a byte order mark (UTF-8 is
 * stripped; UTF-16 LE/BE is converted to UTF-8 while reading), binary content (NUL bytes or many control
 * characters → `file.binary`), and for `auto` whether the text is UTF-8 or, when it is not, Windows-1252
 * (the usual encoding of German/Western Excel exports). Bytes that are neither give `file.invalidUtf8` with
 * the line and column of the first bad byte.
 *
 * The decision is made once, from the first chunk(s); the rest of a UTF-8 file is still validated while it
 * streams (see `createUtf8Validator`), so a bad byte at line 900,000 is an error with its position.
 *
 * @example
 * ```ts
 * import { detectEncoding } from './detect-encoding.js';
 * const d = detectEncoding(Buffer.from('a,b\nM\xfcller,1\n', 'latin1'), 'x.csv', 'auto', true);
 * d.encoding; // 'windows-1252'
 * ```
 */
import { isUtf8 } from 'node:buffer';
import { DataError, ValidationError } from '../../util/errors.js';
import { formatMessage } from '../../util/messages.js';
import { completeUtf8Length, findInvalidUtf8, locateOffset } from './text-decoding.js';

/** How the bytes of a CSV are decoded. `utf-16le`/`utf-16be` are converted to UTF-8 before tokenizing. */
export type CsvEncoding = 'utf-8' | 'latin1' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The `encoding` option: `auto` (default) detects UTF-8 or Windows-1252; the others force one. */
export type CsvEncodingOption = 'auto' | 'utf-8' | 'latin1' | 'windows-1252';

/** The encodings a user may name, in the order of documentation. */
export const CSV_ENCODING_OPTIONS: readonly CsvEncodingOption[] = Object.freeze([
  'auto',
  'utf-8',
  'latin1',
  'windows-1252',
]);

/** The outcome of `detectEncoding`. */
export interface EncodingDetection {
  readonly encoding: CsvEncoding;
  /** Length of the byte order mark at the start of the file (to be skipped), 0 when none. */
  readonly bomLength: number;
  /** Whether the rest of the stream must be validated as UTF-8 (true for `utf-8` unless converted from UTF-16). */
  readonly validateUtf8: boolean;
  /** Notes for the user (English), e.g. that the bytes were read as Windows-1252. */
  readonly notes: readonly string[];
}

/** How many leading bytes the binary check looks at. */
export const BINARY_SAMPLE_BYTES = 65_536;

/**
 * Detect the encoding of a file from its first bytes (`sample`; `atEnd` when the sample is the whole file).
 * Throws `file.binary` for binary content and `file.invalidUtf8` for bytes that are neither UTF-8 nor
 * Windows-1252 (or not UTF-8 when `utf-8` was asked for explicitly).
 *
 * @example
 * ```ts
 * detectEncoding(Buffer.from('\ufeffa,b\n1,2\n'), 'x.csv').bomLength; // 3
 * ```
 */
export function detectEncoding(
  sample: Uint8Array,
  file: string,
  option: CsvEncodingOption = 'auto',
  atEnd = false,
): EncodingDetection {
  if (!CSV_ENCODING_OPTIONS.includes(option)) {
    throw new ValidationError('option.invalid', {
      name: 'encoding',
      expected: `one of ${CSV_ENCODING_OPTIONS.join(', ')}`,
      got: String(option),
    });
  }
  const b0 = sample[0];
  const b1 = sample[1];
  if (sample.length >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) {
    // UTF-32 LE starts FF FE 00 00 and is caught by the binary check after conversion.
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    return {
      encoding,
      bomLength: 2,
      validateUtf8: false,
      notes: [formatMessage('csv.note.utf16', { encoding })],
    };
  }
  const bomLength = sample.length >= 3 && b0 === 0xef && b1 === 0xbb && sample[2] === 0xbf ? 3 : 0;
  const body = bomLength > 0 ? sample.subarray(bomLength) : sample;
  checkBinary(body, file);
  const notes: string[] = bomLength > 0 ? [formatMessage('csv.note.utf8Bom')] : [];
  if (option === 'latin1' || option === 'windows-1252') {
    notes.push(formatMessage('csv.note.encodingDeclared', { encoding: option }));
    return { encoding: option, bomLength, validateUtf8: false, notes };
  }
  // A multi-byte character may be cut at the end of the sample: validate up to the last complete one.
  const end = atEnd ? body.length : completeUtf8Length(body);
  if (isUtf8(body.subarray(0, end))) return { encoding: 'utf-8', bomLength, validateUtf8: true, notes };
  const bad = findInvalidUtf8(body, 0, end);
  const at = locateOffset(body, 0, bad, 1, 1, true);
  if (option === 'auto' && bomLength === 0 && looksLikeWindows1252(body)) {
    notes.push(formatMessage('csv.note.windows1252', { line: at.line, column: at.column }));
    return { encoding: 'windows-1252', bomLength, validateUtf8: false, notes };
  }
  throw invalidUtf8Error(file, body[bad], at.line, at.column);
}

/**
 * The `file.invalidUtf8` error for a byte at a 1-based line and column.
 *
 * @example
 * ```ts
 * throw invalidUtf8Error('x.csv', 0xfc, 3, 7);
 * ```
 */
export function invalidUtf8Error(file: string, byte: number, line: number, column: number): DataError {
  return new DataError(
    'file.invalidUtf8',
    { file, byte: byte.toString(16).toUpperCase().padStart(2, '0'), line, column },
    { file, line, column },
  );
}

/**
 * Throw `file.binary` when the first 64 KiB hold a NUL byte or more than 5 % control characters (other than
 * tab, line feed, form feed and carriage return). The reason names well-known formats (ZIP/Excel, PNG, …).
 *
 * @example
 * ```ts
 * checkBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0), 'logo.csv'); // throws file.binary
 * ```
 */
export function checkBinary(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  let nul = -1;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c < 0x20 || c === 0x7f) {
      if (c === 0) {
        nul = i;
        break;
      }
      if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
    }
  }
  let reason: string | null = null;
  if (nul >= 0) reason = formatMessage('file.binaryReason.nul', { offset: nul });
  else if (n > 0 && controls / n > 0.05) {
    reason = formatMessage('file.binaryReason.control', { percent: Math.round((100 * controls) / n) });
  }
  if (reason === null) return;
  const kind = knownBinaryKind(bytes);
  if (kind) reason = `${reason}; ${formatMessage('file.binaryReason.kind', { kind })}`;
  throw new DataError('file.binary', { file, reason }, { file });
}

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['ZIP archive (an Excel .xlsx file? save it as CSV)', [0x50, 0x4b, 0x03, 0x04]],
  ['old Excel/Office file (.xls; save it as CSV)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['Parquet file', [0x50, 0x41, 0x52, 0x31]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['gzip stream', [0x1f, 0x8b]],
];

/**
 * The name of a well-known binary format the bytes start with, or `null`.
 *
 * @example
 * ```ts
 * knownBinaryKind(Uint8Array.of(0x50, 0x4b, 0x03, 0x04)); // 'ZIP archive (…)'
 * ```
 */
export function knownBinaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((m, i) => bytes[i] === m)) return kind;
  }
  return null;
}

/**
 * Whether bytes that are not valid UTF-8 read plausibly as Windows-1252 text: none of the five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and no C0 control characters other than
 * tab, line feed, form feed and carriage return.
 *
 * @example
 * ```ts
 * looksLikeWindows1252(Buffer.from('M\xfcller \x80', 'latin1')); // true
 * ```
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return false;
    } else if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) {
      return false;
    }
  }
  return true;
}
