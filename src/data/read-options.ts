/**
 * @module data/read-options
 * The options every reader understands (declared types, missing tokens, cancellation, progress) and the small
 * helpers the JSON, Parquet and SQL readers share to honour them the same way.
 *
 * @example
 * ```ts
 * import type { CommonReadOptions } from './read-options.js';
 * const options: CommonReadOptions = { types: { zip: 'categorical' }, missingTokens: ['', 'n/a'] };
 * ```
 */
import { NotFoundError } from '../util/errors.js';
import type { ColumnType } from './column.js';
import type { ColumnBuilderOptions } from './infer/column-builder.js';

/** Progress of a read, reported now and then (not per row). */
export interface ReadProgress {
  /** Rows read so far, when the reader counts them (the CSV reader reports bytes only). */
  readonly rows?: number;
  /** Bytes of the file read so far (compressed bytes for .gz), when the reader knows them. */
  readonly bytesRead?: number;
  /** Size of the file in bytes, when known. */
  readonly totalBytes?: number;
}

/** Options shared by all readers. */
export interface CommonReadOptions {
  /** Declared column types (schema file or flags) instead of inference. Unknown column names are an error. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Cells read as missing; default `DEFAULT_MISSING_TOKENS` (empty, NA, N/A, null, ?, …). */
  readonly missingTokens?: ReadonlySet<string> | readonly string[];
  /** Cancels the read; the reader stops with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called now and then while reading. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

/**
 * The builder options for column `name` under the common read options.
 *
 * @example
 * ```ts
 * builderOptionsFor('age', { types: { age: 'integer' } }, 'a.json').declaredType; // 'integer'
 * ```
 */
export function builderOptionsFor(
  name: string,
  options: CommonReadOptions,
  source: string,
  expectedRows?: number,
): ColumnBuilderOptions {
  const declaredType = options.types && Object.hasOwn(options.types, name) ? options.types[name] : undefined;
  const tokens = options.missingTokens;
  const missingTokens = tokens === undefined ? undefined : tokens instanceof Set ? tokens : new Set(tokens);
  return { declaredType, missingTokens, expectedRows, source };
}

/**
 * Fail when a declared type names a column the source does not have.
 *
 * @example
 * ```ts
 * checkDeclaredColumns({ types: { agee: 'integer' } }, ['age'], 'a.csv'); // throws NotFoundError schema.unknownColumn
 * ```
 */
export function checkDeclaredColumns(options: CommonReadOptions, names: readonly string[], file: string): void {
  if (!options.types) return;
  const known = new Set(names);
  for (const column of Object.keys(options.types)) {
    if (!known.has(column)) {
      throw new NotFoundError('schema.unknownColumn', { column, file, columns: names.join(', ') });
    }
  }
}
