/**
 * @module data
 * The public surface of the data layer (`leitwerk/data`): the immutable columnar `Table` and its columns,
 * the shared column builder with type inference, and the readers and writers — CSV/TSV, JSON/NDJSON,
 * Parquet, SQL (SQLite, PostgreSQL) — behind the one entry point `readTable` / `writeTable`.
 *
 * @example
 * ```ts
 * import { readTable, writeTable, getColumn } from 'leitwerk/data';
 * const t = await readTable('examples/data/online-retail/online_retail.parquet');
 * getColumn(t, 'InvoiceDate').type; // 'datetime'
 * await writeTable(t, 'out/retail.csv.gz');
 * ```
 */

// ---- the table and its columns
export {
  type CellValue,
  type Column,
  type ColumnInfo,
  type ColumnType,
  type InvalidValue,
  type NumberColumn,
  type CategoryColumn,
  type BooleanColumn,
  type DateColumn,
  BOOLEAN_MISSING,
  COLUMN_TYPES,
  booleanColumn,
  categoryColumn,
  columnInfo,
  dateColumn,
  gatherColumn,
  isDateOnly,
  formatDate,
  isMissingAt,
  numberColumn,
  renameColumn,
  textAt,
  valueAt,
} from './column.js';
export {
  type Table,
  type TableSource,
  columnNames,
  createTable,
  dropColumns,
  filterRows,
  getColumn,
  hasColumn,
  materialize,
  rowObject,
  selectColumns,
  sourceLine,
  storageRow,
  storageRows,
  takeRows,
  withColumns,
} from './table.js';
export { concatTables } from './concat-tables.js';

// ---- type inference
export {
  type ColumnBuilder,
  type ColumnBuilderOptions,
  DEFAULT_MISSING_TOKENS,
  createColumnBuilder,
  looksLikeIdName,
} from './infer/column-builder.js';
export { columnTypeOf, parseTypeFlags, readSchemaFile } from './schema-file.js';

// ---- reading and writing
export type { CommonReadOptions, ReadProgress } from './read-options.js';
export {
  type ReadTableOptions,
  type SqlInput,
  type TableFormat,
  type WriteTableOptions,
  TABLE_FORMATS,
  detectFormat,
  readTable,
  sniffFormat,
  writeTable,
} from './read-table.js';
export { type CsvReadOptions, type CsvWriteOptions, readCsv, readCsvText, writeCsv } from './csv/index.js';
export { type ReadJsonOptions, readJson } from './json/read-json.js';
export { type WriteJsonOptions, writeJson } from './json/write-json.js';
export { type ReadParquetOptions, readParquet } from './parquet/read-parquet.js';
export { writeParquet } from './parquet/write-parquet.js';
export { type ReadSqlOptions, readSql } from './sql/read-sql.js';
export { type DbAddress, maskDbUrl, parseDbAddress } from './sql/db-address.js';
