/**
 * @module data/csv/byte-source
 * Where the bytes of a text file come from: a file read in large chunks (default 4 MiB), decompressed on the
 * fly when it starts with the gzip magic bytes `1f 8b` (whatever its name), or bytes already in memory.
 * File-system problems become typed errors naming the file: `file.notFound`, `file.isDirectory`,
 * `file.empty`, `file.unreadable`, `file.gzipCorrupt`.
 *
 * @example
 * ```ts
 * import { openFileSource } from './byte-source.js';
 * const src = await openFileSource('examples/data/online-retail/online_retail.csv.gz');
 * for await (const chunk of src.chunks) console.log(chunk.length, src.bytesRead(), src.totalBytes);
 * ```
 */
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import { DataError, NotFoundError, ValidationError } from '../../util/errors.js';

/** The default read size: 4 MiB. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

/** A stream of (decompressed) byte chunks with progress in terms of the raw input. */
export interface ByteSource {
  /** The name used in messages (the path as given). */
  readonly name: string;
  /** Size of the raw input in bytes (compressed size for gzip). */
  readonly totalBytes: number;
  /** Whether the input was gzip-compressed. */
  readonly gzip: boolean;
  /**
   * The chunks, in order. Iterate once. A chunk's bytes may be reused for the chunk after the next one: copy
   * what must outlive that (the tokenizer does, for the record it carries over).
   */
  readonly chunks: AsyncIterable<Buffer>;
  /** Raw bytes consumed so far. */
  bytesRead(): number;
}

/** Options of `openFileSource`. */
export interface FileSourceOptions {
  /** Bytes per read; default `DEFAULT_CHUNK_BYTES`. */
  readonly chunkSize?: number;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isZlibError(error: unknown): boolean {
  const code = errorCode(error);
  return code?.startsWith('Z_') === true;
}

/**
 * Open a file for streaming. Checks existence, type and emptiness first, and detects gzip by its magic bytes.
 *
 * @example
 * ```ts
 * const src = await openFileSource('data.csv', { chunkSize: 1 << 20 });
 * ```
 */
export async function openFileSource(path: string, options: FileSourceOptions = {}): Promise<ByteSource> {
  const file = path;
  const chunkSize = checkChunkSize(options.chunkSize);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError('file.isDirectory', { file }, { file });
    size = info.size;
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError('file.notFound', { file });
    throw new DataError('file.unreadable', { file, reason: reasonOf(error) }, { file });
  }
  if (size === 0) throw new DataError('file.empty', { file }, { file });
  const magic = Buffer.alloc(2);
  try {
    const handle = await open(path, 'r');
    try {
      await handle.read(magic, 0, 2, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new DataError('file.unreadable', { file, reason: reasonOf(error) }, { file });
  }
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  let read = 0;
  async function* plainChunks(): AsyncGenerator<Buffer> {
    // Two buffers, used in turn: fresh memory for every read costs page faults that are slower than the read.
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      throw new DataError('file.unreadable', { file, reason: reasonOf(error) }, { file });
    }
    const bufferSize = Math.min(chunkSize, Math.max(size, 1));
    const buffers = [Buffer.allocUnsafeSlow(bufferSize), Buffer.allocUnsafeSlow(bufferSize)];
    let turn = 0;
    try {
      for (;;) {
        const target = buffers[turn];
        turn ^= 1;
        let got: number;
        try {
          got = (await handle.read(target, 0, bufferSize, null)).bytesRead;
        } catch (error) {
          throw new DataError('file.unreadable', { file, reason: reasonOf(error) }, { file });
        }
        if (got === 0) return;
        read += got;
        yield target.subarray(0, got);
      }
    } finally {
      await handle.close();
    }
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    if (!gzip) {
      yield* plainChunks();
      return;
    }
    const stream = createReadStream(path, { highWaterMark: chunkSize });
    stream.on('data', (chunk) => {
      read += chunk.length;
    });
    try {
      const gunzip = createGunzip({ chunkSize: Math.min(chunkSize, 1 << 20) });
      stream.on('error', (error) => gunzip.destroy(error));
      stream.pipe(gunzip);
      try {
        for await (const chunk of gunzip) yield chunk as Buffer;
      } finally {
        gunzip.destroy();
      }
    } catch (error) {
      if (isZlibError(error)) throw new DataError('file.gzipCorrupt', { file, reason: reasonOf(error) }, { file });
      if (error instanceof DataError || !(error instanceof Error) || !('syscall' in error)) throw error;
      throw new DataError('file.unreadable', { file, reason: reasonOf(error) }, { file });
    } finally {
      stream.destroy();
    }
  }
  return { name: file, totalBytes: size, gzip, chunks: chunks(), bytesRead: () => read };
}

/**
 * A source over bytes in memory, cut into `chunkSize` pieces (gzip bytes are decompressed first).
 * The bytes are copied, because the tokenizer rewrites quote escapes in place.
 *
 * @example
 * ```ts
 * const src = memorySource('inline.csv', Buffer.from('a,b\n1,2\n'), 3);
 * ```
 */
export function memorySource(name: string, bytes: Uint8Array, chunkSize?: number): ByteSource {
  const size = checkChunkSize(chunkSize);
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  let data: Buffer;
  if (gzip) {
    try {
      data = gunzipSync(bytes);
    } catch (error) {
      throw new DataError('file.gzipCorrupt', { file: name, reason: reasonOf(error) }, { file: name });
    }
  } else {
    data = Buffer.from(bytes);
  }
  let read = 0;
  const total = bytes.length;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < data.length; at += size) {
      const piece = data.subarray(at, Math.min(at + size, data.length));
      read = gzip ? Math.round((total * Math.min(at + size, data.length)) / data.length) : at + piece.length;
      yield piece;
    }
  }
  return { name, totalBytes: total, gzip, chunks: chunks(), bytesRead: () => read };
}

function checkChunkSize(chunkSize: number | undefined): number {
  if (chunkSize === undefined) return DEFAULT_CHUNK_BYTES;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new ValidationError('option.invalid', {
      name: 'chunkSize',
      expected: 'a positive integer',
      got: String(chunkSize),
    });
  }
  return chunkSize;
}
