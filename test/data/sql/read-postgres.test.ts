// Runs against a real, throwaway PostgreSQL server (no mocks). Fails — never skips — when no server is installed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BooleanColumn, CategoryColumn, DateColumn, NumberColumn } from '../../../src/data/column.js';
import { readSql } from '../../../src/data/sql/read-sql.js';
import { getColumn, rowObject } from '../../../src/data/table.js';
import { DataError } from '../../../src/util/errors.js';
import { type PostgresServer, startPostgres } from '../../support/postgres.js';

let server: PostgresServer;
const N = 30;

beforeAll(async () => {
  server = await startPostgres();
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`create table customers (
      customer_id bigint primary key,
      revenue numeric(12, 2),
      visits integer,
      segment text,
      note text,
      active boolean,
      signed_up timestamp,
      last_login timestamptz,
      birthday date,
      tags text[],
      profile jsonb,
      external_id bigint
    )`);
    await client.query(
      `insert into customers
       select i,
              case when i % 5 = 0 then null else i * 12.5 end,
              i % 4,
              (array['gold', 'silver', 'bronze'])[i % 3 + 1],
              case when i % 3 = 0 then 'called back' end,
              case when i % 7 = 0 then null else i % 2 = 0 end,
              timestamp '2021-03-01 08:15:00' + i * interval '1 day 1 hour',
              timestamptz '2021-03-01 08:15:00+02' + i * interval '1 hour',
              date '1980-01-01' + i * 100,
              array['t' || i, 'x'],
              jsonb_build_object('score', i),
              9007199254740993 + i
       from generate_series(1, $1::int) as i`,
      [N],
    );
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  await server?.stop();
});

describe('readSql on PostgreSQL', () => {
  it('maps numeric, bigint, text, null, boolean, timestamp and date columns', async () => {
    const t = await readSql('select * from customers order by customer_id;', server.url);
    expect(t.rowCount).toBe(N);
    expect(t.source).toMatchObject({ name: server.url, format: 'sql' });

    const id = getColumn(t, 'customer_id') as NumberColumn;
    expect(id.storage).toBe('number');
    expect(id.type).toBe('id');
    expect(Array.from(id.values.slice(0, 3))).toEqual([1, 2, 3]);

    const revenue = getColumn(t, 'revenue') as NumberColumn;
    expect(revenue.storage).toBe('number');
    expect(revenue.info.sourceType).toBe('number');
    expect(revenue.values[0]).toBe(12.5);
    expect(Number.isNaN(revenue.values[4])).toBe(true);
    expect(getColumn(t, 'visits').type).toBe('integer');

    const segment = getColumn(t, 'segment') as CategoryColumn;
    expect(segment.type).toBe('categorical');
    expect([...segment.dictionary].sort()).toEqual(['bronze', 'gold', 'silver']);

    const note = getColumn(t, 'note') as CategoryColumn;
    expect(note.codes.filter((c) => c < 0).length).toBe(N - 10);

    const active = getColumn(t, 'active') as BooleanColumn;
    expect(active.storage).toBe('boolean');
    expect(Array.from(active.values.slice(0, 7))).toEqual([0, 1, 0, 1, 0, 1, 2]);

    // timestamp without time zone: wall-clock time, read as UTC whatever the process time zone.
    const signed = getColumn(t, 'signed_up') as DateColumn;
    expect(signed.type).toBe('datetime');
    expect(new Date(signed.values[0]).toISOString()).toBe('2021-03-02T09:15:00.000Z');
    // timestamptz: the instant.
    expect((rowObject(t, 0).last_login as Date).toISOString()).toBe('2021-03-01T07:15:00.000Z');
    expect((rowObject(t, 0).birthday as Date).toISOString()).toBe('1980-04-10T00:00:00.000Z');

    expect(rowObject(t, 0).tags).toBe('["t1","x"]');
    expect(rowObject(t, 0).profile).toBe('{"score":1}');
    expect(t.source.notes).toEqual([
      'column tags holds structured or binary values (JSON, arrays, bytes); they are kept as text',
      'column profile holds structured or binary values (JSON, arrays, bytes); they are kept as text',
    ]);

    // int8 beyond 2^53 stays exact (as text), instead of being rounded.
    expect(rowObject(t, 0).external_id).toBe('9007199254740994');
    expect(rowObject(t, N - 1).external_id).toBe('9007199254741023');
  });

  it('streams a result larger than one fetch batch', async () => {
    const progress: number[] = [];
    const t = await readSql('select i, i % 3 = 0 as fizz from generate_series(1, 25000) as i', server.url, {
      onProgress: (p) => progress.push(p.rows ?? -1),
    });
    expect(t.rowCount).toBe(25_000);
    expect(progress).toEqual([10_000, 20_000, 25_000]);
    expect(rowObject(t, 24_999)).toEqual({ i: 25_000, fizz: false });
  });

  it('reports query errors with the server message and the position in the query', async () => {
    const e = await readSql('select nope from customers', server.url).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect(e).toMatchObject({
      messageId: 'sql.failed',
      params: { reason: 'column "nope" does not exist (at character 8 of the query)' },
    });
    expect((e as Error).message).not.toMatch(/\n\s+at /); // no stack trace in the message
  });

  it('refuses statements that write', async () => {
    await expect(readSql('delete from customers', server.url)).rejects.toMatchObject({ messageId: 'sql.failed' });
    const t = await readSql('select count(*) as n from customers', server.url);
    expect(rowObject(t, 0)).toEqual({ n: N });
  });

  it('treats an empty result as an error', async () => {
    await expect(readSql('select * from customers where false', server.url)).rejects.toMatchObject({
      messageId: 'sql.noRows',
    });
  });

  it('never shows the password of the URL', async () => {
    const url = `postgres://postgres:hunter2@${server.host}:${server.port}/no_such_db`;
    const e = await readSql('select 1', url).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    const error = e as DataError;
    expect(error.messageId).toBe('sql.failed');
    expect(error.message).toContain(`postgres://postgres:***@${server.host}:${server.port}/no_such_db`);
    expect(error.message).toContain('database "no_such_db" does not exist');
    expect(JSON.stringify(error.toJSON())).not.toContain('hunter2');
  });

  it('reports a server that does not answer', async () => {
    await expect(readSql('select 1', 'postgres://postgres@127.0.0.1:1/postgres')).rejects.toMatchObject({
      messageId: 'sql.failed',
    });
  });
});
