/**
 * @module data/parquet/write-parquet
 * Write a table as a Parquet file with hyparquet-writer (snappy-compressed). The file is built in memory and
 * then written atomically (temp file + rename). Column mapping:
 * - number columns → INT32 when every value is a whole number within ±2^31, else DOUBLE (exact up to 2^53);
 * - category columns → STRING (UTF-8);
 * - boolean → BOOLEAN; datetime → TIMESTAMP (milliseconds, UTC);
 * - missing values → Parquet nulls.
 * The logical types are recorded in the key-value metadata `leitwerk.types` (for people and other tools;
 * the reader infers types from the values as it does for any Parquet file).
 *
 * @example
 * ```ts
 * import { writeParquet } from './write-parquet.js';
 * await writeParquet(table, 'out/scores.parquet');
 * ```
 */
import { type ColumnSource, parquetWriteBuffer } from 'hyparquet-writer';
import { writeFileAtomic } from '../../util/atomic-file.js';
import { BOOLEAN_MISSING, type Column } from '../column.js';
import { type Table, materialize } from '../table.js';

const INT32_MAX = 2 ** 31 - 1;
const INT32_MIN = -(2 ** 31);

function fitsInt32(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && (!Number.isInteger(v) || v > INT32_MAX || v < INT32_MIN)) return false;
  }
  return true;
}

/**
 * The hyparquet-writer column source for a column (storage rows in order).
 *
 * @example
 * ```ts
 * parquetColumnSource(numberColumn('n', Float64Array.of(1, NaN))); // { name: 'n', type: 'INT32', data: [1, null] }
 * ```
 */
export function parquetColumnSource(column: Column): ColumnSource {
  const n = column.length;
  const data: unknown[] = new Array(n);
  switch (column.storage) {
    case 'number': {
      const values = column.values;
      for (let i = 0; i < n; i++) data[i] = values[i] === values[i] ? values[i] : null;
      return { name: column.name, type: fitsInt32(values) ? 'INT32' : 'DOUBLE', data };
    }
    case 'category': {
      const { codes, dictionary } = column;
      for (let i = 0; i < n; i++) data[i] = codes[i] < 0 ? null : dictionary[codes[i]];
      return { name: column.name, type: 'STRING', data };
    }
    case 'boolean': {
      const values = column.values;
      for (let i = 0; i < n; i++) data[i] = values[i] === BOOLEAN_MISSING ? null : values[i] === 1;
      return { name: column.name, type: 'BOOLEAN', data };
    }
    case 'datetime': {
      const values = column.values;
      for (let i = 0; i < n; i++) data[i] = values[i] === values[i] ? new Date(values[i]) : null;
      return { name: column.name, type: 'TIMESTAMP', data };
    }
  }
}

/**
 * Write a table (its visible rows) as a Parquet file, atomically.
 *
 * @example
 * ```ts
 * await writeParquet(filterRows(t, (r) => ages[r] > 40), 'older.parquet');
 * ```
 */
export async function writeParquet(table: Table, path: string): Promise<void> {
  const dense = materialize(table);
  const types = Object.fromEntries(dense.columns.map((c) => [c.name, c.type]));
  const buffer = parquetWriteBuffer({
    columnData: dense.columns.map(parquetColumnSource),
    kvMetadata: [{ key: 'leitwerk.types', value: JSON.stringify(types) }],
    createdBy: 'leitwerk',
  });
  await writeFileAtomic(path, new Uint8Array(buffer));
}
