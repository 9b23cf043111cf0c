/**
 * @module data/schema-file
 * Declared column types from a schema file (`--schema schema.json`) or from flags: the file is
 * `{"columns": {"age": "integer", "zip": "categorical"}}`; every type must be one of `COLUMN_TYPES`.
 * The result goes to any reader as its `types` option.
 *
 * @example
 * ```ts
 * import { readSchemaFile } from './schema-file.js';
 * const types = await readSchemaFile('schema.json'); // { age: 'integer', zip: 'categorical' }
 * const t = await readTable('customers.csv', { types });
 * ```
 */
import { readFile } from 'node:fs/promises';
import { DataError, ValidationError } from '../util/errors.js';
import { COLUMN_TYPES, type ColumnType } from './column.js';
import { statInputFile } from './input-file.js';
import { lineColumnAt, locateJsonError } from './json/locate-json-error.js';

/**
 * Check a column type name; unknown names are `ValidationError('schema.badType')` listing the valid ones.
 *
 * @example
 * ```ts
 * columnTypeOf('age', 'integer'); // 'integer'
 * columnTypeOf('age', 'int'); // throws: Unknown column type int for age; expected one of numeric, integer, …
 * ```
 */
export function columnTypeOf(column: string, type: unknown): ColumnType {
  if (typeof type === 'string' && (COLUMN_TYPES as readonly string[]).includes(type)) return type as ColumnType;
  throw new ValidationError('schema.badType', {
    column,
    got: typeof type === 'string' ? type : JSON.stringify(type),
    expected: COLUMN_TYPES.join(', '),
  });
}

/**
 * Parse `column=type` flags (`--type age=integer --type zip=categorical`).
 *
 * @example
 * ```ts
 * parseTypeFlags(['age=integer', 'zip=categorical']); // { age: 'integer', zip: 'categorical' }
 * ```
 */
export function parseTypeFlags(flags: readonly string[]): Record<string, ColumnType> {
  const out: Record<string, ColumnType> = {};
  for (const flag of flags) {
    const at = flag.lastIndexOf('=');
    if (at <= 0) {
      throw new ValidationError('option.invalid', { name: '--type', expected: 'column=type', got: flag });
    }
    const column = flag.slice(0, at).trim();
    out[column] = columnTypeOf(column, flag.slice(at + 1).trim());
  }
  return out;
}

/**
 * Read a schema file: `{"columns": {"<column>": "<type>", …}}`.
 *
 * @example
 * ```ts
 * await readSchemaFile('schema.json'); // { age: 'integer', zip: 'categorical' }
 * ```
 */
export async function readSchemaFile(path: string): Promise<Record<string, ColumnType>> {
  await statInputFile(path);
  const text = await readFile(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const spot = locateJsonError(text) ?? { offset: 0, reason: error instanceof Error ? error.message : 'invalid' };
    const { line, column } = lineColumnAt(text, spot.offset);
    throw new DataError('json.syntax', { file: path, line, column, reason: spot.reason }, { file: path, line, column });
  }
  const invalid = (reason: string) => new ValidationError('schema.invalidFile', { file: path, reason });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalid('the file does not hold a JSON object');
  }
  const columns = (parsed as { columns?: unknown }).columns;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw invalid('there is no "columns" object');
  }
  const out: Record<string, ColumnType> = {};
  for (const [column, type] of Object.entries(columns)) out[column] = columnTypeOf(column, type);
  return out;
}
