/**
 * @module data/json/read-json
 * Read a JSON array of objects, or NDJSON / JSON Lines (one object per line), into a `Table`.
 *
 * - Layout: `.ndjson` / `.jsonl` (or `format: 'ndjson'`) are read line by line; otherwise the first non-space
 *   character decides — `[` is an array of records, `{` is one or more objects separated by white space
 *   (which also covers NDJSON in a `.json` file and a single pretty-printed object).
 * - gzip is detected by its magic bytes and inflated on the fly (`.json.gz`, `.ndjson.gz`, or no suffix).
 * - Both layouts are streamed: the file is read in chunks and each record's text is cut out and parsed on
 *   its own, so neither the whole text nor an array of all parsed objects is held in memory; only the column
 *   builders grow. The 1-based line where each record starts is kept in `source.lines` (for arrays as well).
 * - Columns are the union of the keys in first-seen order; a key absent from a record is missing there.
 *   Values go through the shared column builder (`null` → missing; strings are inferred like CSV cells);
 *   nested objects and arrays are kept as their JSON text, with a note.
 * - Errors: invalid JSON → `json.syntax` with file, line and column; anything but objects → `json.notRecords`;
 *   an empty file → `file.empty`.
 *
 * @example
 * ```ts
 * import { readJson } from './read-json.js';
 * const t = await readJson('events.ndjson.gz', { types: { user_id: 'id' } });
 * t.source.format; // 'ndjson'
 * ```
 */
import { DataError } from '../../util/errors.js';
import type { Column } from '../column.js';
import { type ColumnBuilder, createColumnBuilder } from '../infer/column-builder.js';
import { type CommonReadOptions, builderOptionsFor, checkDeclaredColumns } from '../read-options.js';
import { type Table, createTable } from '../table.js';
import { statInputFile } from '../input-file.js';
import { lineColumnAt, locateJsonError } from './locate-json-error.js';
import { type RecordLayout, createRecordScanner } from './record-scanner.js';
import { readTextChunks } from './text-input.js';

/** Options of `readJson`. */
export interface ReadJsonOptions extends CommonReadOptions {
  /** Text encoding; JSON is UTF-8 by definition, so only set this for files written otherwise. */
  readonly encoding?: string;
  /** `ndjson` forces one record per line; `json` forces detection from the first character. Default: by extension. */
  readonly format?: 'json' | 'ndjson';
}

const PROGRESS_EVERY = 20_000;

/**
 * Whether a path names an NDJSON / JSON Lines file (`.ndjson`, `.jsonl`, optionally `.gz`).
 *
 * @example
 * ```ts
 * isNdjsonPath('events.jsonl.gz'); // true
 * ```
 */
export function isNdjsonPath(path: string): boolean {
  return /\.(ndjson|jsonl)(\.gz)?$/i.test(path);
}

function firstNonSpace(text: string): string | undefined {
  const m = /[^\s\uFEFF]/.exec(text);
  return m ? m[0] : undefined;
}

/** Grows a Uint32Array of record start lines. */
function createLineLog(): { add(line: number): void; done(count: number): Uint32Array } {
  let lines = new Uint32Array(1024);
  let n = 0;
  return {
    add(line) {
      if (n === lines.length) {
        const next = new Uint32Array(lines.length * 2);
        next.set(lines);
        lines = next;
      }
      lines[n++] = line;
    },
    done(count) {
      return lines.slice(0, count);
    },
  };
}

/**
 * Read a JSON array of objects or an NDJSON file into a table.
 *
 * @example
 * ```ts
 * const t = await readJson('customers.json');
 * t.rowCount; // e.g. 7043
 * ```
 */
export async function readJson(path: string, options: ReadJsonOptions = {}): Promise<Table> {
  const totalBytes = await statInputFile(path);
  const builders = new Map<string, ColumnBuilder>();
  const nested = new Set<string>();
  const lineLog = createLineLog();
  let rows = 0;
  let bytesRead = 0;
  let firstRecord: Record<string, unknown> | undefined;

  const onRecord = (text: string, line: number, column: number) => {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const spot = locateJsonError(text) ?? { offset: 0, reason: error instanceof Error ? error.message : 'invalid' };
      const at = lineColumnAt(text, spot.offset);
      const where = { line: line + at.line - 1, column: at.line === 1 ? column + at.column - 1 : at.column };
      throw new DataError('json.syntax', { file: path, ...where, reason: spot.reason }, { file: path, ...where });
    }
    if (rows === 0) firstRecord = record;
    for (const key in record) {
      let b = builders.get(key);
      if (!b) {
        b = createColumnBuilder(key, builderOptionsFor(key, options, path));
        builders.set(key, b);
      }
      while (b.length < rows) b.pushMissing();
      const value = record[key];
      if (typeof value === 'object' && value !== null) nested.add(key);
      b.pushValue(value);
    }
    lineLog.add(line);
    rows++;
    if (rows % PROGRESS_EVERY === 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ rows, bytesRead, totalBytes });
    }
  };

  let layout: RecordLayout | undefined;
  let scanner: ReturnType<typeof createRecordScanner> | undefined;
  const chunks = readTextChunks(path, {
    encoding: options.encoding,
    signal: options.signal,
    onBytes: (n) => {
      bytesRead = n;
    },
  });
  for await (const chunk of chunks) {
    if (!scanner) {
      const first = firstNonSpace(chunk);
      if (first === undefined) continue; // only white space so far
      const ndjson = options.format === 'ndjson' || (options.format === undefined && isNdjsonPath(path));
      layout = ndjson ? 'lines' : first === '{' ? 'objects' : 'array';
      scanner = createRecordScanner(path, layout, onRecord);
    }
    scanner.push(chunk);
  }
  if (!scanner || !layout) throw new DataError('file.empty', { file: path }, { file: path });
  scanner.end();
  if (rows === 0) {
    throw new DataError('json.notRecords', { file: path, got: 'an empty array' }, { file: path });
  }
  if (rows === 1 && layout === 'objects' && firstRecord) rejectWrappedRecords(path, firstRecord);

  const names = [...builders.keys()];
  checkDeclaredColumns(options, names, path);
  const columns: Column[] = [];
  for (const b of builders.values()) {
    while (b.length < rows) b.pushMissing();
    columns.push(b.finish());
  }
  const notes = [...nested].map((name) => `column ${name} holds nested objects or arrays; they are kept as JSON text`);
  options.onProgress?.({ rows, bytesRead, totalBytes });
  const format = layout === 'array' || (layout === 'objects' && rows === 1) ? 'json' : 'ndjson';
  return createTable(columns, { name: path, format, lines: lineLog.done(rows), notes });
}

/** A single object whose value is an array of objects is a wrapper (`{"data": [...]}`), not one record. */
function rejectWrappedRecords(path: string, record: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null) {
      throw new DataError(
        'json.notRecords',
        { file: path, got: `a single object whose key "${key}" holds ${value.length} records` },
        { file: path, line: 1, column: 1 },
      );
    }
  }
}
