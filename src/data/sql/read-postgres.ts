/**
 * @module data/sql/read-postgres
 * Run a query against PostgreSQL with `pg` and read the result into a `Table`. The query runs inside a
 * `READ ONLY` transaction through a server-side cursor (`DECLARE … CURSOR FOR <query>`, then `FETCH` in
 * batches), so a large result is streamed instead of held whole, and a statement that writes is refused by
 * the server. The query must therefore be a `SELECT` (or `WITH … SELECT`, `VALUES`, `TABLE`); a trailing `;`
 * is dropped.
 *
 * Value mapping (overrides of pg's defaults, per query — the global `pg.types` are left alone):
 * - `bigint` (int8) → a number, or exactly as text when beyond ±2^53; `numeric` → a number (pg hands both
 *   over as strings by default);
 * - `timestamp` (without time zone) and `date` → wall-clock time read as UTC (pg would read them in the
 *   process's local zone); `timestamptz` → the instant, as pg parses it; `infinity` → missing;
 * - `interval` → its text; `json`/`jsonb`/arrays → JSON text; `bytea` → base64 (with a note).
 * Connection and query errors are `sql.failed` with the server's message (and the position in the query);
 * the password of the URL never appears in any message.
 *
 * @example
 * ```ts
 * import { readPostgres } from './read-postgres.js';
 * const t = await readPostgres('select * from customers', parseDbAddress('postgres://localhost/crm'));
 * ```
 */
import pg from 'pg';
import { DataError } from '../../util/errors.js';
import type { CommonReadOptions } from '../read-options.js';
import type { Table } from '../table.js';
import { type DbAddress, scrubSecrets } from './db-address.js';
import { type ResultSink, createResultSink } from './result-sink.js';

const BATCH = 10_000;
const CURSOR = 'leitwerk_read';
const DECLARE = `DECLARE ${CURSOR} NO SCROLL CURSOR FOR `;

const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, interval: 1186 } as const;

function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

function utcDate(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, m, s, ms);
  return d;
}

const TIMESTAMP = /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(\.\d+)?$/;
const DATE = /^(\d{4,})-(\d\d)-(\d\d)$/;

function parseTimestamp(text: string): Date | string | null {
  const m = TIMESTAMP.exec(text);
  if (m) {
    const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
    return utcDate(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], ms);
  }
  return /infinity/i.test(text) ? null : text;
}

function parseDate(text: string): Date | string | null {
  const m = DATE.exec(text);
  if (m) return utcDate(+m[1], +m[2], +m[3]);
  return /infinity/i.test(text) ? null : text;
}

const getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
  switch (oid) {
    case OID.int8:
      return parseInt8;
    case OID.numeric:
      return Number;
    case OID.timestamp:
      return parseTimestamp;
    case OID.date:
      return parseDate;
    case OID.interval:
      return String;
    default:
      return pg.types.getTypeParser(oid, format ?? 'text');
  }
}) as typeof pg.types.getTypeParser;

/** The text of a driver error: the message (all of them for an AggregateError), and the query position. */
function errorText(error: unknown, positionOffset: number): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map((e) => errorText(e, positionOffset)))].join('; ');
  }
  if (!(error instanceof Error)) return String(error);
  const base = error.message || String((error as { code?: unknown }).code ?? error.name);
  const position = Number((error as { position?: string }).position);
  return Number.isFinite(position) && position > positionOffset
    ? `${base} (at character ${position - positionOffset} of the query)`
    : base;
}

/**
 * Run `query` on the PostgreSQL server at `address`.
 *
 * @example
 * ```ts
 * await readPostgres('select age, churned from customers', parseDbAddress(process.env.CRM_URL!));
 * ```
 */
export async function readPostgres(
  query: string,
  address: Extract<DbAddress, { kind: 'postgres' }>,
  options: CommonReadOptions = {},
): Promise<Table> {
  const fail = (error: unknown, offset = 0) =>
    new DataError('sql.failed', {
      db: address.display,
      reason: scrubSecrets(errorText(error, offset), address.secrets),
    });
  const client = new pg.Client({
    connectionString: address.url,
    connectionTimeoutMillis: 30_000,
    application_name: 'leitwerk',
  });
  client.on('error', () => undefined); // a dropped connection surfaces through the pending query instead
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw fail(error);
  }
  try {
    const body = query.trim().replace(/;+\s*$/, '');
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(DECLARE + body);
    } catch (error) {
      throw fail(error, DECLARE.length);
    }
    let sink: ResultSink | undefined;
    for (;;) {
      options.signal?.throwIfAborted();
      let result: pg.QueryArrayResult<unknown[]>;
      try {
        result = await client.query({
          text: `FETCH ${BATCH} FROM ${CURSOR}`,
          rowMode: 'array',
          types: { getTypeParser },
        });
      } catch (error) {
        throw fail(error);
      }
      sink ??= createResultSink(
        result.fields.map((f) => f.name),
        options,
        address.display,
      );
      for (const row of result.rows) sink.pushRow(row);
      options.onProgress?.({ rows: sink.rows });
      if (result.rows.length < BATCH) break;
    }
    await client.query('COMMIT').catch(() => undefined);
    if (!sink) throw new DataError('sql.noRows', { db: address.display });
    return sink.finish();
  } finally {
    await client.end().catch(() => undefined);
  }
}
