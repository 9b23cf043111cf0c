/**
 * @module data/json/text-input
 * A file as a stream of decoded text chunks: gzip is detected by its magic bytes (0x1f 0x8b) and inflated on
 * the fly, a UTF-8 byte-order mark is dropped, and invalid UTF-8 stops the read with the line and column of the
 * offending byte (never silently replaced). Other encodings (`latin1`, `windows-1252`, …) go through
 * `TextDecoder`.
 *
 * @example
 * ```ts
 * import { readTextChunks } from './text-input.js';
 * for await (const chunk of readTextChunks('events.ndjson.gz')) process(chunk);
 * ```
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { DataError, ValidationError } from '../../util/errors.js';

/** Options of `readTextChunks`. */
export interface TextInputOptions {
  /** Text encoding (a WHATWG label such as `utf-8`, `latin1`, `windows-1252`). Default UTF-8. */
  readonly encoding?: string;
  /** Cancels the read. */
  readonly signal?: AbortSignal;
  /** Called after each chunk with the bytes read from the file so far (compressed bytes for .gz). */
  readonly onBytes?: (bytesRead: number) => void;
}

/**
 * Whether the file starts with the gzip magic bytes.
 *
 * @example
 * ```ts
 * await isGzipFile('online_retail.csv.gz'); // true
 * ```
 */
export async function isGzipFile(path: string): Promise<boolean> {
  const head = await readHeadBytes(path, 2, false);
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * The first `n` bytes of a file (fewer when it is shorter); inflated first when `gunzip` is true and the file
 * is gzip-compressed.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(await readHeadBytes('x.json.gz', 64)); // '[{"a":1}, …'
 * ```
 */
export async function readHeadBytes(path: string, n: number, gunzip = true): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  let raw: Uint8Array;
  try {
    const buf = new Uint8Array(Math.max(n, 2));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    raw = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (!gunzip || raw.length < 2 || raw[0] !== 0x1f || raw[1] !== 0x8b) return raw.subarray(0, n);
  const out: Buffer[] = [];
  let have = 0;
  const stream = createReadStream(path).pipe(createGunzip());
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      out.push(chunk);
      have += chunk.length;
      if (have >= n) break;
    }
  } catch (error) {
    throw gzipError(path, error);
  } finally {
    stream.destroy();
  }
  return new Uint8Array(Buffer.concat(out).subarray(0, n));
}

function gzipError(path: string, error: unknown): DataError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError('file.gzipCorrupt', { file: path, reason }, { file: path });
}

/** Index of the first byte of `bytes` that is not valid UTF-8 (a truncated sequence at the very end counts as valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return n; // truncated at the end: the caller carries it over
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

/** Length of the prefix of `bytes` that ends on a complete UTF-8 sequence. */
function completePrefix(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b < 0x80) return n;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return back >= len ? n : n - back;
  }
  return n;
}

/**
 * Read a file as decoded text chunks (gzip inflated transparently).
 *
 * @example
 * ```ts
 * let text = '';
 * for await (const chunk of readTextChunks('a.json', { encoding: 'utf-8' })) text += chunk;
 * ```
 */
export async function* readTextChunks(path: string, options: TextInputOptions = {}): AsyncGenerator<string> {
  const label = options.encoding ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new ValidationError('option.invalid', {
      name: '--encoding',
      expected: 'a text encoding such as utf-8, latin1 or windows-1252',
      got: label,
    });
  }
  const utf8 = decoder.encoding === 'utf-8';
  const gzip = await isGzipFile(path);
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  let bytesRead = 0;
  raw.on('data', (chunk) => {
    bytesRead += chunk.length;
  });
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  let carry: Uint8Array = new Uint8Array(0);
  let first = true;
  let line = 1;
  let column = 1;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      let bytes: Uint8Array = piece;
      if (carry.length > 0) {
        const joined = new Uint8Array(carry.length + piece.length);
        joined.set(carry);
        joined.set(piece, carry.length);
        bytes = joined;
      }
      let text: string;
      if (utf8) {
        const cut = completePrefix(bytes);
        carry = bytes.slice(cut);
        const whole = bytes.subarray(0, cut);
        try {
          text = decoder.decode(whole);
        } catch {
          const bad = Math.min(firstInvalidUtf8(whole), whole.length - 1);
          const before = decoder.decode(whole.subarray(0, bad));
          const nl = before.lastIndexOf('\n');
          const at =
            nl < 0
              ? { line, column: column + before.length }
              : { line: line + countLines(before), column: before.length - nl };
          throw new DataError(
            'file.invalidUtf8',
            { file: path, byte: whole[bad].toString(16).padStart(2, '0'), line: at.line, column: at.column },
            { file: path, line: at.line, column: at.column },
          );
        }
      } else {
        text = decoder.decode(bytes, { stream: true });
      }
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const nl = text.lastIndexOf('\n');
      if (nl < 0) column += text.length;
      else {
        line += countLines(text);
        column = text.length - nl;
      }
      options.onBytes?.(bytesRead);
      if (text.length > 0) yield text;
    }
    if (carry.length > 0) {
      throw new DataError(
        'file.invalidUtf8',
        { file: path, byte: carry[0].toString(16).padStart(2, '0'), line, column },
        { file: path, line, column },
      );
    }
    if (!utf8) {
      const rest = decoder.decode();
      if (rest.length > 0) yield rest;
    }
  } catch (error) {
    if (gzip && isZlibError(error)) throw gzipError(path, error);
    throw error;
  } finally {
    raw.destroy();
    if (stream !== raw) stream.destroy();
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
