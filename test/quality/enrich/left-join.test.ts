import { describe, expect, it } from 'vitest';
import { type CategoryColumn, dateColumn } from '../../../src/data/column.js';
import { createTable, filterRows, getColumn } from '../../../src/data/table.js';
import { leftJoin } from '../../../src/quality/enrich/left-join.js';
import { NotFoundError, ValidationError } from '../../../src/util/errors.js';
import { cat, cells, num } from '../clean/build-table.js';

const orders = createTable(
  [
    num('order', [1, 2, 3, 4, 5, 6, 7, 8]),
    cat('customer', ['c1', 'c2', 'c1', 'c9', null, 'c3', 'c2', 'c4']),
    num('total', [10, 20, 30, 40, 50, 60, 70, 80]),
  ],
  { name: 'orders.csv', format: 'csv' },
);
const crm = createTable(
  [
    cat('id', ['c1', 'c2', 'c3', 'c5']),
    cat('segment', ['gold', 'silver', null, 'gold']),
    num('total', [100, 200, 300, 500]),
    dateColumn(
      'since',
      Float64Array.of(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)),
    ),
  ],
  { name: 'crm.csv', format: 'csv' },
);

describe('leftJoin', () => {
  it('keeps every left row once, in order, and reports the match rate', () => {
    const r = leftJoin(orders, crm, { on: ['customer', 'id'] });
    expect(r.rows).toBe(8);
    expect(r.matched).toBe(5); // c1, c2, c1, c3, c2 — c9, c4 unknown; one key missing
    expect(r.matchRate).toBeCloseTo(5 / 8, 12);
    expect(r.leftMissingKeys).toBe(1);
    expect(r.duplicateRightKeys).toBe(0);
    expect(r.added).toEqual(['segment', 'total_right', 'since']);
    expect(r.message).toBe('5 of 8 rows (62.5%) found a match in crm.csv on customer = id');
    expect(cells(r.table)).toEqual([
      ['1', 'c1', '10', 'gold', '100', '2020-01-01 00:00:00'],
      ['2', 'c2', '20', 'silver', '200', '2021-01-01 00:00:00'],
      ['3', 'c1', '30', 'gold', '100', '2020-01-01 00:00:00'],
      ['4', 'c9', '40', '', '', ''],
      ['5', '', '50', '', '', ''],
      ['6', 'c3', '60', '', '300', '2022-01-01 00:00:00'],
      ['7', 'c2', '70', 'silver', '200', '2021-01-01 00:00:00'],
      ['8', 'c4', '80', '', '', ''],
    ]);
    expect((getColumn(r.table, 'segment') as CategoryColumn).type).toBe('categorical');
  });

  it('joins a filtered left table and numeric keys', () => {
    const left = filterRows(createTable([num('k', [3, 1, 2, 1, Number.NaN])]), (row) => row !== 2);
    const right = createTable([num('k', [1, 3]), cat('v', ['one', 'three'])]);
    const r = leftJoin(left, right, { on: 'k', suffix: '_x' });
    expect(cells(r.table)).toEqual([
      ['3', 'three'],
      ['1', 'one'],
      ['1', 'one'],
      ['', ''],
    ]);
    expect(r.matchRate).toBe(0.75);
  });

  it('refuses duplicated right keys by default and takes the first when asked', () => {
    const right = createTable([cat('id', ['c1', 'c2', 'c1', 'c2', 'c3']), num('v', [1, 2, 3, 4, 5])], {
      name: 'dups.csv',
      format: 'csv',
    });
    expect(() => leftJoin(orders, right, { on: ['customer', 'id'] })).toThrow(
      /The key id is not unique in dups\.csv: 2 key values occur more than once \(e\.g\. c1\)/,
    );
    const r = leftJoin(orders, right, { on: ['customer', 'id'], duplicates: 'first' });
    expect(r.duplicateRightKeys).toBe(2);
    expect(cells(r.table).map((row) => row[3])).toEqual(['1', '2', '1', '', '', '5', '2', '']);
  });

  it('refuses keys of different kinds, absent keys and clashing names', () => {
    const numeric = createTable([num('id', [1, 2])]);
    expect(() => leftJoin(orders, numeric, { on: ['customer', 'id'] })).toThrow(ValidationError);
    expect(() => leftJoin(orders, numeric, { on: ['customer', 'id'] })).toThrow(
      /The join key customer = id holds different kinds of values in the two tables \(category vs number\)/,
    );
    expect(() => leftJoin(orders, crm, { on: 'nope' })).toThrow(NotFoundError);
    const clash = createTable([cat('customer', ['c1']), num('total', [1]), num('total_right', [2])]);
    expect(() => leftJoin(orders, clash, { on: 'customer' })).toThrow(/total_right already exists/);
  });

  it('gives NaN as the match rate of an empty table', () => {
    const empty = filterRows(orders, () => false);
    const r = leftJoin(empty, crm, { on: ['customer', 'id'] });
    expect(r.rows).toBe(0);
    expect(Number.isNaN(r.matchRate)).toBe(true);
  });
});
