/**
 * @module data/json/write-json
 * Write a table as a JSON array of objects (one record per line between `[` and `]`) or as NDJSON. The
 * write is atomic (temp file + rename) and streamed in batches; a path ending in `.gz` is gzip-compressed.
 * Missing values are written as `null`; datetimes as ISO 8601 (`2011-01-04T10:00:00.000Z`, or `2011-01-04`
 * when the column holds dates only), so reading the file back gives the same types.
 *
 * @example
 * ```ts
 * import { writeJson } from './write-json.js';
 * await writeJson(table, 'out/customers.ndjson', { ndjson: true });
 * ```
 */
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { openAtomicWriter } from '../../util/atomic-file.js';
import { BOOLEAN_MISSING, type Column, isDateOnly } from '../column.js';
import { type Table, storageRow } from '../table.js';
import { isNdjsonPath } from './read-json.js';

/** Options of `writeJson`. */
export interface WriteJsonOptions {
  /** One record per line without the enclosing array. Default: true for `.ndjson` / `.jsonl` paths. */
  readonly ndjson?: boolean;
}

const BATCH_ROWS = 2_000;

/** A function that renders storage row `row` of a column as a JSON value. */
function valueWriter(column: Column): (row: number) => string {
  switch (column.storage) {
    case 'number': {
      const values = column.values;
      return (row) => {
        const v = values[row];
        return Number.isFinite(v) ? String(v) : 'null';
      };
    }
    case 'category': {
      const encoded = column.dictionary.map((s) => JSON.stringify(s));
      const codes = column.codes;
      return (row) => {
        const c = codes[row];
        return c < 0 ? 'null' : encoded[c];
      };
    }
    case 'boolean': {
      const values = column.values;
      return (row) => {
        const v = values[row];
        return v === BOOLEAN_MISSING ? 'null' : v === 1 ? 'true' : 'false';
      };
    }
    case 'datetime': {
      const values = column.values;
      const dateOnly = isDateOnly(column);
      return (row) => {
        const v = values[row];
        if (v !== v) return 'null';
        const iso = new Date(v).toISOString();
        return `"${dateOnly ? iso.slice(0, 10) : iso}"`;
      };
    }
  }
}

function* jsonText(table: Table, ndjson: boolean): Generator<string> {
  const keys = table.columns.map((c) => `${JSON.stringify(c.name)}:`);
  const writers = table.columns.map(valueWriter);
  let out = ndjson ? '' : '[\n';
  let inBatch = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const row = storageRow(table, i);
    if (!ndjson && i > 0) out += ',\n';
    out += '{';
    for (let c = 0; c < keys.length; c++) out += (c > 0 ? ',' : '') + keys[c] + writers[c](row);
    out += ndjson ? '}\n' : '}';
    if (++inBatch === BATCH_ROWS) {
      yield out;
      out = '';
      inBatch = 0;
    }
  }
  if (!ndjson) out += table.rowCount > 0 ? '\n]\n' : ']\n';
  if (out.length > 0) yield out;
}

/**
 * Write a table as JSON (array of objects) or NDJSON, atomically; `.gz` paths are compressed.
 *
 * @example
 * ```ts
 * await writeJson(table, 'scores.json'); // [\n{"id":1,"score":0.91},\n…\n]
 * ```
 */
export async function writeJson(table: Table, path: string, options: WriteJsonOptions = {}): Promise<void> {
  const ndjson = options.ndjson ?? isNdjsonPath(path);
  const writer = await openAtomicWriter(path);
  try {
    if (/\.gz$/i.test(path)) {
      const gzip = Readable.from(jsonText(table, ndjson)).pipe(createGzip());
      for await (const chunk of gzip as AsyncIterable<Buffer>) await writer.write(chunk);
    } else {
      for (const text of jsonText(table, ndjson)) await writer.write(text);
    }
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
