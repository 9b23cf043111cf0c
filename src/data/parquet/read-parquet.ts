/**
 * @module data/parquet/read-parquet
 * Read a Parquet file into a `Table` with hyparquet. The file is read column by column and row group by row
 * group (one decoded column chunk in memory at a time), and Parquet types map to columns directly:
 * - DOUBLE / FLOAT / INT32 / INT64 / DECIMAL → the column builder's number mode (no detour through text);
 *   INT64 beyond ±2^53 is kept exactly as text (an id);
 * - TIMESTAMP (millis, micros, nanos; INT96) and DATE → a datetime column of epoch milliseconds (wall-clock
 *   time for timestamps not adjusted to UTC, as every reader of leitwerk stores it);
 * - BOOLEAN → a boolean column;
 * - strings → the builder's text inference (categorical, text, id, dates written as strings …);
 * - binary → base64 text, nested groups (lists, maps, structs) → JSON text, each with a note.
 * A declared type (`types`) sends the column through the builder instead, which converts or fails clearly.
 * A file gzip-compressed as a whole (`.parquet.gz`) is inflated into memory first.
 * Anything hyparquet cannot read is `parquet.invalid` with its reason.
 *
 * @example
 * ```ts
 * import { readParquet } from './read-parquet.js';
 * const t = await readParquet('examples/data/online-retail/online_retail.parquet');
 * t.rowCount; // 541909
 * ```
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import {
  type AsyncBuffer,
  type ColumnData,
  type FileMetaData,
  type SchemaElement,
  type SchemaTree,
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { DataError, NotFoundError } from '../../util/errors.js';
import { type Column, booleanColumn, dateColumn } from '../column.js';
import { type ColumnBuilder, createColumnBuilder } from '../infer/column-builder.js';
import { statInputFile } from '../input-file.js';
import { type CommonReadOptions, builderOptionsFor, checkDeclaredColumns } from '../read-options.js';
import { type Table, createTable } from '../table.js';
import { cellText, isNestedValue } from '../typed-value.js';

/** Options of `readParquet`. */
export interface ReadParquetOptions extends CommonReadOptions {
  /** Read only these columns (in this order). Default: all. */
  readonly columns?: readonly string[];
}

const DAY_MS = 86_400_000;

/** hyparquet parsers that give epoch milliseconds as numbers instead of `Date` objects. */
const EPOCH_MS_PARSERS = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Math.floor(Number(v) / 1_000),
  timestampFromNanoseconds: (v: bigint) => Math.floor(Number(v) / 1_000_000),
  dateFromDays: (days: number) => days * DAY_MS,
};

type Sink =
  | { kind: 'datetime'; values: Float64Array; label: string }
  | { kind: 'boolean'; values: Uint8Array }
  | { kind: 'builder'; builder: ColumnBuilder; timestamps: boolean };

function invalid(path: string, reason: string): DataError {
  return new DataError('parquet.invalid', { file: path, reason }, { file: path });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The timestamp/date flavour of a schema element, or `null` when it is not one. */
function temporalLabel(e: SchemaElement): string | null {
  const lt = e.logical_type;
  if (lt?.type === 'TIMESTAMP') return `TIMESTAMP (${lt.unit})`;
  if (lt?.type === 'DATE' || e.converted_type === 'DATE') return 'DATE';
  if (e.converted_type === 'TIMESTAMP_MILLIS') return 'TIMESTAMP (MILLIS)';
  if (e.converted_type === 'TIMESTAMP_MICROS') return 'TIMESTAMP (MICROS)';
  if (e.type === 'INT96' && !e.converted_type) return 'INT96 timestamp';
  return null;
}

function isBinary(e: SchemaElement): boolean {
  return (
    (e.type === 'BYTE_ARRAY' || e.type === 'FIXED_LEN_BYTE_ARRAY') &&
    !e.converted_type &&
    (!e.logical_type || e.logical_type.type === 'INTEGER')
  );
}

/** A file-backed buffer for plain files (no full read); a gzip-compressed file is inflated into memory. */
async function openParquet(path: string): Promise<AsyncBuffer> {
  const file = await asyncBufferFromFile(path);
  if (file.byteLength < 2) return file;
  const head = new Uint8Array(await file.slice(0, 2));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return file;
  let inflated: Buffer;
  try {
    inflated = gunzipSync(await readFile(path));
  } catch (error) {
    throw new DataError('file.gzipCorrupt', { file: path, reason: reasonOf(error) }, { file: path });
  }
  return inflated.buffer.slice(inflated.byteOffset, inflated.byteOffset + inflated.byteLength) as ArrayBuffer;
}

async function checkMagic(path: string, file: AsyncBuffer): Promise<void> {
  if (file.byteLength < 12) throw invalid(path, `${file.byteLength} bytes are too few for a Parquet file`);
  const magic = (b: ArrayBuffer) => new TextDecoder().decode(new Uint8Array(b));
  const start = magic(await file.slice(0, 4));
  const end = magic(await file.slice(file.byteLength - 4));
  if (start !== 'PAR1' || end !== 'PAR1') throw invalid(path, 'the PAR1 marker is missing at the start or end');
}

/**
 * Read a Parquet file into a table.
 *
 * @example
 * ```ts
 * const t = await readParquet('scores.parquet', { types: { segment: 'categorical' } });
 * ```
 */
export async function readParquet(path: string, options: ReadParquetOptions = {}): Promise<Table> {
  const totalBytes = await statInputFile(path);
  const file = await openParquet(path);
  await checkMagic(path, file);
  let metadata: FileMetaData;
  let schema: SchemaTree;
  try {
    metadata = await parquetMetadataAsync(file);
    schema = parquetSchema(metadata);
  } catch (error) {
    throw invalid(path, reasonOf(error));
  }
  const all = schema.children;
  const allNames = all.map((c) => c.element.name);
  const wanted = options.columns ?? allNames;
  for (const column of wanted) {
    if (!allNames.includes(column)) {
      throw new NotFoundError('schema.unknownColumn', { column, file: path, columns: allNames.join(', ') });
    }
  }
  const fields = wanted.map((n) => all[allNames.indexOf(n)]);
  checkDeclaredColumns(options, wanted, path);
  const rowCount = Number(metadata.num_rows);
  if (rowCount === 0) throw new DataError('file.noRows', { file: path, columns: wanted.join(', ') }, { file: path });

  const notes: string[] = [];
  const sinks: Sink[] = fields.map((field) => {
    const e = field.element;
    const name = e.name;
    const declared = options.types?.[name];
    const temporal = temporalLabel(e);
    if (field.children.length > 0 || e.repetition_type === 'REPEATED') {
      notes.push(`column ${name} is a nested Parquet group; its values are kept as JSON text`);
    } else if (isBinary(e)) {
      notes.push(`column ${name} holds binary values; they are kept as base64 text`);
    }
    if (temporal && (!declared || declared === 'datetime')) {
      return { kind: 'datetime', values: new Float64Array(rowCount), label: temporal };
    }
    if (e.type === 'BOOLEAN' && field.children.length === 0 && (!declared || declared === 'boolean')) {
      return { kind: 'boolean', values: new Uint8Array(rowCount) };
    }
    const builder = createColumnBuilder(name, builderOptionsFor(name, options, path, rowCount));
    return { kind: 'builder', builder, timestamps: temporal !== null };
  });

  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    for (let c = 0; c < fields.length; c++) {
      options.signal?.throwIfAborted();
      const chunks: ColumnData[] = [];
      try {
        await parquetRead({
          file,
          metadata,
          columns: [fields[c].element.name],
          rowStart: groupStart,
          rowEnd: groupEnd,
          parsers: EPOCH_MS_PARSERS,
          onChunk: (chunk) => chunks.push(chunk),
        });
      } catch (error) {
        throw invalid(path, reasonOf(error));
      }
      chunks.sort((a, b) => a.rowStart - b.rowStart);
      let next = groupStart;
      for (const chunk of chunks) {
        const from = Math.max(next, chunk.rowStart);
        const to = Math.min(groupEnd, chunk.rowEnd);
        if (from > next) throw invalid(path, `rows ${next}–${from - 1} of column ${fields[c].element.name} are absent`);
        fill(sinks[c], chunk.columnData, from - chunk.rowStart, from, to);
        next = Math.max(next, to);
      }
      if (next < groupEnd) throw invalid(path, `column ${fields[c].element.name} ends at row ${next} of ${groupEnd}`);
    }
    groupStart = groupEnd;
    options.onProgress?.({ rows: groupStart, totalBytes });
  }

  const columns: Column[] = sinks.map((sink, c) => finishSink(sink, fields[c].element));
  return createTable(columns, { name: path, format: 'parquet', notes });
}

/** Copy rows `[from, to)` (source offset `offset`) of a decoded chunk into a sink. */
function fill(sink: Sink, data: ArrayLike<unknown>, offset: number, from: number, to: number): void {
  const n = to - from;
  switch (sink.kind) {
    case 'datetime': {
      const out = sink.values;
      for (let i = 0; i < n; i++) {
        const v = data[offset + i];
        out[from + i] = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : Number.NaN;
      }
      return;
    }
    case 'boolean': {
      const out = sink.values;
      for (let i = 0; i < n; i++) {
        const v = data[offset + i];
        out[from + i] = v === true ? 1 : v === false ? 0 : 2;
      }
      return;
    }
    case 'builder': {
      const b = sink.builder;
      for (let i = 0; i < n; i++) {
        const v = data[offset + i];
        if (typeof v === 'string') b.pushToken(v);
        else if (typeof v === 'bigint') {
          const n = Number(v);
          b.pushValue(Number.isSafeInteger(n) ? n : v);
        } else if (sink.timestamps && typeof v === 'number') b.pushValue(new Date(v));
        else if (isNestedValue(v)) b.pushValue(cellText(v));
        else b.pushValue(v);
      }
      return;
    }
  }
}

function finishSink(sink: Sink, e: SchemaElement): Column {
  switch (sink.kind) {
    case 'datetime':
      return dateColumn(e.name, sink.values, {
        evidence: [`Parquet ${sink.label} column`],
        invalidCount: 0,
      });
    case 'boolean':
      return booleanColumn(e.name, sink.values, { evidence: ['Parquet BOOLEAN column'] });
    case 'builder':
      return sink.builder.finish();
  }
}
