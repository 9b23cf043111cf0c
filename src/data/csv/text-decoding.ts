/**
 * @module data/csv/text-decoding
 * Byte-level text helpers of the CSV reader: decoders that turn a byte range into a string (UTF-8, Latin-1,
 * Windows-1252), a streaming UTF-8 validator (native `isUtf8` per chunk, a JS scan only to locate a bad byte),
 * a UTF-16 → UTF-8 converter for files with a UTF-16 byte order mark, and line/column arithmetic on bytes.
 *
 * @example
 * ```ts
 * import { decoderFor } from './text-decoding.js';
 * decoderFor('windows-1252')(Buffer.from([0x80, 0x20, 0x35]), 0, 3); // '€ 5'
 * ```
 */
import { Buffer, isUtf8 } from 'node:buffer';

/** Turns bytes `[start, end)` of `buf` into a string. */
export type ByteDecoder = (buf: Uint8Array, start: number, end: number) => string;

/** Encodings whose bytes the tokenizer reads directly. */
export type ByteEncoding = 'utf-8' | 'latin1' | 'windows-1252';

function asBuffer(buf: Uint8Array): Buffer {
  return Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Node's internal slice methods skip `toString`'s argument handling (~20 % faster on short cells). */
type Slice = (this: Uint8Array, start: number, end: number) => string;
const internal = Buffer.prototype as unknown as { utf8Slice?: Slice; latin1Slice?: Slice };
const utf8Slice: Slice | undefined = internal.utf8Slice;
const latin1Slice: Slice | undefined = internal.latin1Slice;

const decodeUtf8: ByteDecoder = utf8Slice
  ? (buf, start, end) => utf8Slice.call(buf, start, end)
  : (buf, start, end) => asBuffer(buf).toString('utf8', start, end);
const decodeLatin1: ByteDecoder = latin1Slice
  ? (buf, start, end) => latin1Slice.call(buf, start, end)
  : (buf, start, end) => asBuffer(buf).toString('latin1', start, end);

/** Windows-1252 characters for bytes 0x80–0x9F (the five undefined bytes map to the C1 control of that code). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const decodeWindows1252: ByteDecoder = (buf, start, end) => {
  let special = false;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c >= 0x80 && c < 0xa0) {
      special = true;
      break;
    }
  }
  if (!special) return decodeLatin1(buf, start, end);
  let out = '';
  for (let i = start; i < end; i++) {
    const c = buf[i];
    out += String.fromCharCode(c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c);
  }
  return out;
};

/**
 * The byte decoder of an encoding (`latin1` is ISO-8859-1; `windows-1252` differs in 0x80–0x9F, e.g. `€`).
 *
 * @example
 * ```ts
 * decoderFor('utf-8')(Buffer.from('Müller'), 0, 7); // 'Müller'
 * ```
 */
export function decoderFor(encoding: ByteEncoding): ByteDecoder {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8;
    case 'latin1':
      return decodeLatin1;
    case 'windows-1252':
      return decodeWindows1252;
  }
}

/**
 * The offset of the first byte in `[start, end)` that does not belong to a valid UTF-8 sequence (the lead byte
 * of a bad or truncated sequence), or -1 when the range is valid. Rejects overlong forms, surrogates and code
 * points above U+10FFFF, as `isUtf8` does.
 *
 * @example
 * ```ts
 * findInvalidUtf8(Uint8Array.of(0x61, 0xfc, 0x62), 0, 3); // 1
 * ```
 */
export function findInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= end) return i;
    const c1 = bytes[i + 1];
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of byte `offset`, counting from byte `from`, which sits at `startLine`/`startColumn`.
 * Lines end at LF, CRLF or a lone CR; columns count characters (UTF-8 lead bytes when `utf8`, else bytes).
 *
 * @example
 * ```ts
 * locateOffset(Buffer.from('ab\ncd'), 0, 4, 1, 1, true); // { line: 2, column: 2 }
 * ```
 */
export function locateOffset(
  bytes: Uint8Array,
  from: number,
  offset: number,
  startLine: number,
  startColumn: number,
  utf8: boolean,
): LineColumn {
  let line = startLine;
  let column = startColumn;
  for (let i = from; i < offset; i++) {
    const c = bytes[i];
    if (c === 0x0a) {
      if (i === from || bytes[i - 1] !== 0x0d) line++;
      column = 1;
    } else if (c === 0x0d) {
      line++;
      column = 1;
    } else if (!utf8 || (c & 0xc0) !== 0x80) {
      column++;
    }
  }
  return { line, column };
}

/** Validates a UTF-8 byte stream chunk by chunk; sequences may be split across chunks. */
export interface Utf8Validator {
  /** -1 when the chunk is valid so far, else the offset in `chunk` of the first bad byte (0 for a bad split). */
  check(chunk: Uint8Array): number;
  /** -1 when the stream ended on a character boundary, else the first byte of the cut sequence. */
  end(): number;
}

/**
 * A streaming UTF-8 validator. Uses the native `isUtf8` on each chunk; scans in JS only to locate a failure.
 *
 * @example
 * ```ts
 * const v = createUtf8Validator();
 * v.check(Uint8Array.of(0x4d, 0xc3)); // -1 (the sequence continues in the next chunk)
 * v.check(Uint8Array.of(0xbc)); // -1
 * v.end(); // -1
 * ```
 */
export function createUtf8Validator(): Utf8Validator {
  let pending: Buffer = Buffer.alloc(0);
  return {
    check(chunk) {
      let start = 0;
      if (pending.length > 0) {
        const lead = pending[0];
        const total = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        const take = Math.min(total - pending.length, chunk.length);
        const joined = Buffer.concat([pending, chunk.subarray(0, take)]);
        if (pending.length + take < total) {
          for (let i = 0; i < take; i++) if ((chunk[i] & 0xc0) !== 0x80) return i;
          pending = joined;
          return -1;
        }
        if (!isUtf8(joined)) return 0;
        pending = Buffer.alloc(0);
        start = take;
      }
      const rest = chunk.subarray(start);
      const end = start + completeUtf8Length(rest);
      if (!isUtf8(chunk.subarray(start, end))) return findInvalidUtf8(chunk, start, end);
      pending = Buffer.from(chunk.subarray(end));
      return -1;
    },
    end() {
      return pending.length === 0 ? -1 : pending[0];
    },
  };
}

/**
 * The length of the prefix of `bytes` that ends on a UTF-8 character boundary (drops an incomplete
 * multi-byte sequence at the end, at most 3 bytes).
 *
 * @example
 * ```ts
 * completeUtf8Length(Uint8Array.of(0x61, 0xc3)); // 1
 * ```
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  const stop = Math.max(0, n - 4);
  while (i >= stop && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < stop) return n; // no lead byte in reach: leave it to validation
  const lead = bytes[i];
  if (lead < 0xc2 || lead > 0xf4) return n; // not a lead byte: invalid now, not later
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return i + need > n ? i : n;
}

/** Converts a UTF-16 byte stream (after its byte order mark) to UTF-8 chunk by chunk. */
export interface Utf16Converter {
  push(chunk: Uint8Array): Buffer;
  end(): Buffer;
}

/**
 * A streaming UTF-16 LE/BE → UTF-8 converter (for Excel's "Unicode text" exports).
 *
 * @example
 * ```ts
 * createUtf16Converter('utf-16le').push(Uint8Array.of(0x61, 0, 0x2c, 0)).toString(); // 'a,'
 * ```
 */
export function createUtf16Converter(encoding: 'utf-16le' | 'utf-16be'): Utf16Converter {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return {
    push(chunk) {
      return Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    },
    end() {
      return Buffer.from(decoder.decode(), 'utf8');
    },
  };
}
