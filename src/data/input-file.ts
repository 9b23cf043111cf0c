/**
 * @module data/input-file
 * The check every file reader makes first: the path exists and is a file. Gives `file.notFound` /
 * `file.isDirectory` instead of a bare `ENOENT` / `EISDIR` from deep inside a stream.
 *
 * @example
 * ```ts
 * import { statInputFile } from './input-file.js';
 * const bytes = await statInputFile('examples/data/adult/adult.data'); // size in bytes
 * ```
 */
import { stat } from 'node:fs/promises';
import { DataError, NotFoundError } from '../util/errors.js';

/**
 * The size of the input file in bytes; `NotFoundError('file.notFound')` when it does not exist and
 * `DataError('file.isDirectory')` when it is a folder (as the CSV reader does).
 *
 * @example
 * ```ts
 * await statInputFile('missing.csv'); // throws NotFoundError: File not found: missing.csv
 * ```
 */
export async function statInputFile(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError('file.notFound', { file: path });
    throw error;
  }
  if (info.isDirectory()) throw new DataError('file.isDirectory', { file: path }, { file: path });
  return Number(info.size);
}
