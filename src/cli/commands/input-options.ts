/**
 * @module cli/commands/input-options
 * The input options every data command shares (`--sql/--db`, `--format`, `--delimiter`, `--encoding`,
 * `--missing`, `--schema`, `--type`, `--skip-bad-rows`, `--names`) and reading the input with a progress bar. Several
 * files of one dataset (e.g. adult.data and adult.test) are read and stacked into one table.
 *
 * @example
 * ```ts
 * addInputOptions(program.command('inspect [files...]'));
 * const table = await readInput(files, opts, { quiet: false });
 * ```
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ColumnType } from '../../data/column.js';
import { type ReadTableOptions, TABLE_FORMATS, type TableFormat, readTable } from '../../data/read-table.js';
import { parseTypeFlags, readSchemaFile } from '../../data/schema-file.js';
import { concatTables } from '../../data/concat-tables.js';
import type { Table } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import { createProgress } from '../progress.js';

/** The parsed input options. */
export interface InputOptions {
  readonly sql?: string;
  readonly db?: string;
  readonly format?: TableFormat;
  readonly delimiter?: string;
  readonly encoding?: ReadTableOptions['encoding'];
  readonly missing?: string;
  readonly schema?: string;
  readonly type?: string[];
  readonly skipBadRows?: boolean;
  readonly names?: string;
}

/**
 * Collects a repeatable option's values (commander's argument parser).
 *
 * @example
 * ```ts
 * command.option('--type <column=type>', 'repeatable', collectValues);
 * ```
 */
export const collectValues = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Add the shared input options to a command.
 *
 * @example
 * ```ts
 * addInputOptions(program.command('clean <file>'));
 * ```
 */
export function addInputOptions(command: Command): Command {
  return command
    .option('--sql <query>', 'read the result of a SQL query instead of a file (with --db)')
    .option('--db <url>', 'database for --sql: sqlite:PATH, a .db/.sqlite file, or postgres://…')
    .addOption(new Option('--format <format>', 'file format instead of detecting it').choices([...TABLE_FORMATS]))
    .option('--delimiter <char>', 'CSV delimiter instead of sniffing it (use \\t for tab)')
    .addOption(
      new Option('--encoding <encoding>', 'text encoding')
        .choices(['auto', 'utf-8', 'latin1', 'windows-1252'])
        .default('auto'),
    )
    .option(
      '--missing <tokens>',
      'comma-separated cell values read as missing (replaces the default: empty, NA, N/A, null, ?, NaN, #N/A, None and case variants)',
    )
    .option('--schema <file>', 'JSON schema file {"columns": {"name": "type"}} declaring column types')
    .option('--type <column=type>', 'declare one column type (repeatable), e.g. --type zip=categorical', collectValues)
    .option(
      '--skip-bad-rows',
      'skip malformed CSV rows (they are reported with their line numbers) instead of stopping',
    )
    .option('--names <columns>', 'comma-separated column names for a CSV without a header (or replacing its header)');
}

/**
 * Read the files (or the SQL query) named on the command line into one table.
 *
 * @example
 * ```ts
 * const table = await readInput(['adult.data', 'adult.test'], {}, { quiet: true });
 * ```
 */
export async function readInput(
  files: readonly string[],
  options: InputOptions,
  context: { quiet: boolean; signal?: AbortSignal },
): Promise<Table> {
  const types: Record<string, ColumnType> = {
    ...(options.schema ? await readSchemaFile(options.schema) : {}),
    ...(options.type ? parseTypeFlags(options.type) : {}),
  };
  const read: ReadTableOptions = {
    format: options.format,
    delimiter: options.delimiter === '\\t' ? '\t' : options.delimiter,
    encoding: options.encoding,
    missingTokens: options.missing === undefined ? undefined : options.missing.split(',').map((t) => t.trim()),
    types: Object.keys(types).length > 0 ? types : undefined,
    skipBadRows: options.skipBadRows,
    names: listOption(options.names),
    signal: context.signal,
  };
  if (options.sql !== undefined || options.db !== undefined) {
    if (options.sql === undefined || options.db === undefined) {
      throw new ValidationError('option.invalid', {
        name: '--sql/--db',
        expected: 'both a query (--sql) and a database (--db)',
        got: options.sql === undefined ? 'only --db' : 'only --sql',
      });
    }
    if (files.length > 0) {
      throw new ValidationError('option.invalid', {
        name: 'FILE',
        expected: 'no file together with --sql',
        got: files.join(' '),
      });
    }
    return readTable({ sql: options.sql, db: options.db }, read);
  }
  if (files.length === 0) {
    throw new ValidationError('option.invalid', {
      name: 'FILE',
      expected: 'a file to read (or --sql with --db)',
      got: 'nothing',
    });
  }
  const tables: Table[] = [];
  for (const file of files) {
    const bar = createProgress(`reading ${file}`, { unit: 'bytes', enabled: !context.quiet });
    const table = await readTable(file, {
      ...read,
      onProgress: (p) => {
        if (p.bytesRead !== undefined) bar.update(p.bytesRead);
      },
    });
    bar.done(`${table.rowCount.toLocaleString('en-US')} rows`);
    tables.push(table);
  }
  return tables.length === 1 ? tables[0] : concatTables(tables);
}

/**
 * Split a comma-separated list option (`--sensitive sex,age`).
 *
 * @example
 * ```ts
 * listOption('sex, age'); // ['sex', 'age']
 * ```
 */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Parse a date option (`--now 2024-01-31`, ISO 8601) to epoch ms.
 *
 * @example
 * ```ts
 * dateOption('--now', '2024-01-31'); // 1706659200000
 * ```
 */
export function dateOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t))
    throw new ValidationError('option.invalid', { name, expected: 'an ISO date such as 2024-01-31', got: value });
  return t;
}

/**
 * Parse an integer option.
 *
 * @example
 * ```ts
 * intOption('--seed', '42'); // 42
 * ```
 */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ValidationError('option.invalid', { name, expected: 'an integer', got: value });
  return n;
}
