/**
 * @module util/atomic-file
 * Writes that never leave a half-written artefact: data goes to a temporary file beside the target and is
 * renamed over it only when complete. A failed or cancelled write removes the temporary file.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from './atomic-file.js';
 * await writeFileAtomic('out/report.html', html);
 * ```
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write a whole file atomically (temp file + rename), creating the folder if needed.
 *
 * @example
 * ```ts
 * await writeFileAtomic('a.json', JSON.stringify({ ok: true }));
 * ```
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A streaming writer whose output appears at its target only on `commit()`. */
export interface AtomicWriter {
  /** Append text or bytes; resolves when the stream can take more. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finish and move the file into place. */
  commit(): Promise<void>;
  /** Throw the partial file away. */
  abort(): Promise<void>;
}

/**
 * Open a streaming atomic writer (for large CSV outputs).
 *
 * @example
 * ```ts
 * const w = await openAtomicWriter('big.csv');
 * try { await w.write('a,b\n'); await w.commit(); } catch (e) { await w.abort(); throw e; }
 * ```
 */
export async function openAtomicWriter(target: string): Promise<AtomicWriter> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  const stream: WriteStream = createWriteStream(temp);
  let failure: Error | undefined;
  stream.on('error', (e) => {
    failure = e;
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  const closeStream = () =>
    new Promise<void>((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.end((e?: Error | null) => (e ? reject(e) : resolve()));
    });
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
    },
    async commit() {
      await closeStream();
      if (failure) {
        await rm(temp, { force: true });
        throw failure;
      }
      await rename(temp, target);
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
