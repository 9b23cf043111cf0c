/**
 * @module store/fingerprint
 * Data fingerprints: the sha256 of a file's bytes (streamed, so a file of any size hashes in constant
 * memory), and the dataset fingerprint that also covers the schema read from it — the same bytes read with
 * other column types are other data.
 *
 * @example
 * ```ts
 * import { fingerprintFile, datasetFingerprint } from './fingerprint.js';
 * const { sha256, bytes } = await fingerprintFile('crm.csv');
 * datasetFingerprint(sha256, [{ name: 'age', type: 'number' }]); // 64 hex characters
 * ```
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { NotFoundError } from '../util/errors.js';

/** A column of a dataset schema as recorded in the registry. */
export interface SchemaColumn {
  readonly name: string;
  readonly type: string;
}

/**
 * sha256 (hex) and size of a file, streamed.
 *
 * @example
 * ```ts
 * await fingerprintFile('examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv');
 * // { sha256: '…64 hex…', bytes: 977501 }
 * ```
 */
export async function fingerprintFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError('file.notFound', { file: path });
    throw error;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * sha256 of bytes in memory (for artefacts).
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // 'ba7816bf…'
 * ```
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The identity of a dataset: sha256 over the file hash and the ordered column names and types.
 *
 * @example
 * ```ts
 * datasetFingerprint('ab…', [{ name: 'y', type: 'boolean' }]) === datasetFingerprint('ab…', [{ name: 'y', type: 'category' }]); // false
 * ```
 */
export function datasetFingerprint(sha256: string, schema: readonly SchemaColumn[]): string {
  const canonical = JSON.stringify({ sha256, schema: schema.map((c) => [c.name, c.type]) });
  return sha256Hex(canonical);
}
