import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryColumn } from '../../../src/data/column.js';
import { readSql } from '../../../src/data/sql/read-sql.js';
import { getColumn, rowObject } from '../../../src/data/table.js';
import { DataError, NotFoundError, ValidationError } from '../../../src/util/errors.js';

let dir: string;
let dbPath: string;
const N = 40;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leitwerk-sqlite-'));
  dbPath = join(dir, 'crm.db');
  const db = new Database(dbPath);
  db.exec(`create table customers (
    customer_id integer primary key, name text, revenue real, opt_in boolean, signup text,
    big integer, note text, photo blob, segment text)`);
  const insert = db.prepare('insert into customers values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (let i = 1; i <= N; i++) {
    insert.run(
      i,
      `name ${i}`,
      i % 5 === 0 ? null : i * 10.5,
      i % 7 === 0 ? null : i % 2,
      `2021-0${(i % 9) + 1}-1${i % 10} 0${i % 10}:30:00`,
      9_007_199_254_740_993n + BigInt(i),
      i % 3 === 0 ? 'vip' : null,
      i === 1 ? Buffer.from([1, 2, 3]) : null,
      ['gold', 'silver', 'bronze'][i % 3],
    );
  }
  db.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSql on SQLite', () => {
  it('reads a query result with inferred types, missing values and exact 64-bit integers', async () => {
    const t = await readSql('select * from customers order by customer_id;', `sqlite:${dbPath}`);
    expect(t.rowCount).toBe(N);
    expect(t.source).toMatchObject({ name: `sqlite:${dbPath}`, format: 'sql' });
    expect(t.columns.map((c) => c.name)).toEqual([
      'customer_id',
      'name',
      'revenue',
      'opt_in',
      'signup',
      'big',
      'note',
      'photo',
      'segment',
    ]);
    expect(t.columns.map((c) => c.storage)).toEqual([
      'number',
      'category',
      'number',
      'boolean',
      'datetime',
      'category',
      'category',
      'category',
      'category',
    ]);
    expect(getColumn(t, 'customer_id').type).toBe('id');
    expect(getColumn(t, 'revenue').type).toBe('numeric');
    expect(getColumn(t, 'revenue').info.sourceType).toBe('number');
    expect(getColumn(t, 'segment').type).toBe('categorical');
    expect(rowObject(t, 0)).toEqual({
      customer_id: 1,
      name: 'name 1',
      revenue: 10.5,
      opt_in: true,
      signup: new Date(Date.UTC(2021, 1, 11, 1, 30)),
      big: '9007199254740994',
      note: null,
      photo: 'AQID',
      segment: 'silver',
    });
    expect(rowObject(t, 34)).toMatchObject({ revenue: null, opt_in: null, note: null });
    expect(t.source.notes).toEqual([
      'column photo holds structured or binary values (JSON, arrays, bytes); they are kept as text',
    ]);
  });

  it('accepts a bare .db path, renames repeated columns and honours declared types', async () => {
    const t = await readSql('select segment, customer_id as n, segment from customers', dbPath, {
      types: { n: 'categorical' },
    });
    expect(t.columns.map((c) => c.name)).toEqual(['segment', 'n', 'segment_2']);
    expect(getColumn(t, 'n').type).toBe('categorical');
    expect((getColumn(t, 'n') as CategoryColumn).dictionary.length).toBe(N);
    expect(t.source.notes).toContain('the query returns column segment more than once; this one is named segment_2');
  });

  it('reports query errors with the database message and refuses writes', async () => {
    const bad = await readSql('select * from nope', `sqlite:${dbPath}`).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(DataError);
    expect(bad).toMatchObject({ messageId: 'sql.failed', params: { reason: 'no such table: nope' } });
    expect((bad as Error).message).toBe(`The SQL query failed on sqlite:${dbPath}: no such table: nope`);
    await expect(readSql('delete from customers', `sqlite:${dbPath}`)).rejects.toMatchObject({
      messageId: 'sql.failed',
    });
    await expect(readSql('select count(*) as n from customers', `sqlite:${dbPath}`)).resolves.toMatchObject({
      rowCount: 1,
    });
  });

  it('treats an empty result as an error', async () => {
    await expect(readSql('select * from customers where 1 = 0', `sqlite:${dbPath}`)).rejects.toMatchObject({
      messageId: 'sql.noRows',
      params: { db: `sqlite:${dbPath}` },
    });
  });

  it('rejects missing files, non-databases and unsupported addresses', async () => {
    await expect(readSql('select 1', `sqlite:${join(dir, 'none.db')}`)).rejects.toBeInstanceOf(NotFoundError);
    const text = join(dir, 'text.db');
    await writeFile(text, 'this is not a database, just some text that is long enough '.repeat(20));
    await expect(readSql('select 1', text)).rejects.toMatchObject({ messageId: 'sql.failed' });
    const e = await readSql('select 1', 'mysql://root:topsecret@db/crm').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as Error).message).toContain('mysql://root:***@db/crm');
    expect((e as Error).message).not.toContain('topsecret');
  });
});
