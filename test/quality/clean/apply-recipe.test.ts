import { describe, expect, it } from 'vitest';
import { type CategoryColumn, type NumberColumn, booleanColumn, dateColumn } from '../../../src/data/column.js';
import { createTable, filterRows, getColumn } from '../../../src/data/table.js';
import { applyRecipe } from '../../../src/quality/clean/apply-recipe.js';
import { parseRecipe, serializeRecipe } from '../../../src/quality/clean/parse-recipe.js';
import type { Recipe, RecipeStep } from '../../../src/quality/clean/recipe.js';
import { NotFoundError, ValidationError } from '../../../src/util/errors.js';
import { cat, cells, columnText, num } from './build-table.js';

const recipe = (...steps: RecipeStep[]): Recipe => ({ kind: 'leitwerk.recipe', formatVersion: 1, steps });

function customers() {
  return createTable(
    [
      num('id', [1, 2, 2, 3, 4, 4, 5]),
      cat('job', ['admin.', 'unknown', 'unknown', 'Technician', ' technician', ' technician', null]),
      num('pdays', [999, 3, 3, 999, 7, 7, null]),
      cat('price', ['1.234,50', '3,5', '3,5', 'n/a', '12', '12', '7 €']),
      cat('signup', ['04.01.2011', '31.04.2011', '31.04.2011', '29.02.2012', '', '', null]),
      cat('email', ['A@x.org', 'b@x.org', 'b@x.org', ' a@X.org', 'c@x.org', 'c@x.org', null]),
      cat('y', ['yes', 'no', 'no', null, 'no', 'no', 'yes']),
    ],
    { name: 'customers.csv', format: 'csv', lines: Uint32Array.from([2, 3, 4, 5, 6, 7, 8]) },
  );
}

const fullRecipe = recipe(
  { kind: 'drop-duplicate-rows' },
  { kind: 'to-missing', column: 'job', values: ['unknown'] },
  { kind: 'to-missing', column: 'pdays', values: [999] },
  { kind: 'normalise-categories', column: 'job', mapping: { technician: 'Technician' }, trim: true, case: 'lower' },
  { kind: 'parse-numbers', column: 'price', decimalComma: true },
  { kind: 'parse-dates', column: 'signup', format: 'DD.MM.YYYY' },
  { kind: 'drop-rows-missing', column: 'y' },
  { kind: 'pseudonymise', columns: ['email'] },
  { kind: 'drop-columns', columns: ['id'] },
  { kind: 'rename-columns', mapping: { y: 'subscribed' } },
);
const key = 'a project key of enough bytes';

describe('applyRecipe (fit)', () => {
  it('applies every step and logs the counts per step', () => {
    const { table, log, rowsBefore, rowsAfter } = applyRecipe(customers(), fullRecipe, { key, mode: 'fit' });
    expect([rowsBefore, rowsAfter]).toEqual([7, 4]);
    expect(table.columns.map((c) => c.name)).toEqual(['job', 'pdays', 'price', 'signup', 'email', 'subscribed']);
    expect(log.map((e) => [e.step, e.kind, e.rowsRemoved, e.cellsChanged, e.cellsMadeMissing])).toEqual([
      [1, 'drop-duplicate-rows', 2, 0, 0],
      [2, 'to-missing', 0, 1, 1], // one 'unknown' left after the duplicate went
      [3, 'to-missing', 0, 2, 2],
      [4, 'normalise-categories', 0, 1, 0], // ' technician' → 'Technician'; 'Technician' folds to a mapped key
      [5, 'parse-numbers', 0, 4, 1],
      [6, 'parse-dates', 0, 2, 1], // 29.02.2012 is a leap day; 31.04.2011 does not exist; '' is blank
      [7, 'drop-rows-missing', 1, 0, 0],
      [8, 'pseudonymise', 0, 3, 0],
      [9, 'drop-columns', 0, 0, 0],
      [10, 'rename-columns', 0, 0, 0],
    ]);
    expect(log[0].message).toBe('Removed 2 duplicate rows (the first of each group was kept)');
    expect(log[4].examples).toEqual(['n/a']);
    expect(log[5].examples).toEqual(['31.04.2011']);
    expect(log[8].columnsRemoved).toEqual(['id']);
    expect(log[6].message).toBe('Removed 1 rows where y is missing');
    // rows 1, 2, 5, 7 of the input remain (row 4 had no y; 3 and 6 were duplicates); source lines follow them
    expect(Array.from(table.source.lines ?? [])).toEqual([2, 3, 6, 8]);
    expect(columnText(table, 'job')).toEqual(['admin.', '', 'Technician', '']);
    expect(columnText(table, 'pdays')).toEqual(['', '3', '7', '']);
    expect(columnText(table, 'price')).toEqual(['1234.5', '3.5', '12', '7']);
    expect(columnText(table, 'signup')).toEqual(['2011-01-04 00:00:00', '', '', '']);
    expect(columnText(table, 'subscribed')).toEqual(['yes', 'no', 'no', 'yes']);
    const email = columnText(table, 'email');
    expect(email[3]).toBe('');
    for (const token of email.slice(0, 3)) expect(token).toMatch(/^pii_[a-z2-7]{16}$/);
    expect(new Set(email.slice(0, 3)).size).toBe(3);
    // the logical type of a parsed column follows its values; dictionaries hold only used values
    expect(getColumn(table, 'price').type).toBe('numeric');
    expect((getColumn(table, 'job') as CategoryColumn).dictionary).toEqual(['admin.', 'Technician']);
  });

  it('normalises categories: mapping first, then trim and case, and counts only real changes', () => {
    const t = createTable([cat('g', ['M', 'm', ' m ', 'Male', 'F', 'f', 'x', null])]);
    const { table, log } = applyRecipe(
      t,
      recipe({
        kind: 'normalise-categories',
        column: 'g',
        mapping: { male: 'M', m: 'M', f: 'F', x: '' },
        trim: true,
        case: 'lower',
      }),
      { mode: 'fit' },
    );
    expect(columnText(table, 'g')).toEqual(['M', 'M', 'M', 'M', 'F', 'F', '', '']);
    expect(log[0].cellsChanged).toBe(5); // m, ' m ', Male, f → canonical; x → missing
    expect(log[0].cellsMadeMissing).toBe(1);
    expect(log[0].params).toMatchObject({ before: 7, after: 2 });
  });

  it('matches sentinels by number in text columns and by text in boolean and date columns', () => {
    const t = createTable([
      cat('code', ['999', '999.0', 'x', '12']),
      booleanColumn('flag', Uint8Array.of(1, 0, 2, 1)),
      dateColumn('d', Float64Array.of(Date.UTC(1900, 0, 1), Date.UTC(2011, 0, 4), Number.NaN, Date.UTC(1900, 0, 1))),
    ]);
    const { table, log } = applyRecipe(
      t,
      recipe(
        { kind: 'to-missing', column: 'code', values: [999] },
        { kind: 'to-missing', column: 'flag', values: ['false'] },
        { kind: 'to-missing', column: 'd', values: ['1900-01-01'] },
      ),
      { mode: 'fit' },
    );
    expect(cells(table)).toEqual([
      ['', 'true', ''],
      ['', '', '2011-01-04 00:00:00'],
      ['x', '', ''],
      ['12', 'true', ''],
    ]);
    expect(log.map((e) => e.cellsMadeMissing)).toEqual([2, 1, 2]);
  });

  it('leaves an already numeric or datetime column as it is', () => {
    const t = createTable([num('x', [1, 2]), dateColumn('d', Float64Array.of(0, 1))]);
    const { table, log } = applyRecipe(
      t,
      recipe({ kind: 'parse-numbers', column: 'x' }, { kind: 'parse-dates', column: 'd', format: 'ISO' }),
      { mode: 'fit' },
    );
    expect(table.columns).toEqual(t.columns);
    expect(log[0].message).toBe('x: already holds integer values; nothing to parse');
  });

  it('reads a table that carries a row index', () => {
    const t = filterRows(customers(), (row) => row >= 3);
    const { table, log } = applyRecipe(t, recipe({ kind: 'drop-duplicate-rows' }), { mode: 'fit' });
    expect(log[0].rowsRemoved).toBe(1);
    expect(columnText(table, 'id')).toEqual(['3', '4', '5']);
  });

  it('compares duplicates on chosen columns only, with missing equal to missing', () => {
    const t = createTable([num('a', [1, 1, null, null]), cat('b', ['x', 'y', null, null])]);
    const all = applyRecipe(t, recipe({ kind: 'drop-duplicate-rows' }), { mode: 'fit' });
    expect(all.log[0].rowsRemoved).toBe(1);
    const onA = applyRecipe(t, recipe({ kind: 'drop-duplicate-rows', columns: ['a'] }), { mode: 'fit' });
    expect(cells(onA.table)).toEqual([
      ['1', 'x'],
      ['', ''],
    ]);
  });

  it('renames with swaps and refuses a clash', () => {
    const t = createTable([num('a', [1]), num('b', [2]), num('c', [3])]);
    const swapped = applyRecipe(t, recipe({ kind: 'rename-columns', mapping: { a: 'b', b: 'a' } }), { mode: 'fit' });
    expect(swapped.table.columns.map((c) => [c.name, (c as NumberColumn).values[0]])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(() => applyRecipe(t, recipe({ kind: 'rename-columns', mapping: { a: 'c' } }), { mode: 'fit' })).toThrow(
      ValidationError,
    );
  });

  it('says clearly what is wrong: absent column, missing key, wrong column kind', () => {
    const t = customers();
    const absent = () => applyRecipe(t, recipe({ kind: 'to-missing', column: 'jobb', values: ['x'] }), { mode: 'fit' });
    expect(absent).toThrow(NotFoundError);
    expect(absent).toThrow(/Column jobb does not exist in customers\.csv/);
    expect(() => applyRecipe(t, recipe({ kind: 'pseudonymise', columns: ['email'] }), { mode: 'fit' })).toThrow(
      /Step 1 pseudonymises email, but no project key was given/,
    );
    expect(() =>
      applyRecipe(t, recipe({ kind: 'normalise-categories', column: 'pdays', mapping: {} }), { mode: 'fit' }),
    ).toThrow(/Step 1 \(normalise-categories\) needs text in column pdays, but it holds number values/);
    expect(() =>
      applyRecipe(t, recipe({ kind: 'pseudonymise', columns: ['email'] }), { mode: 'fit', key: 'short' }),
    ).toThrow(/at least 16 bytes/);
  });
});

describe('applyRecipe (replay)', () => {
  it('never drops rows on replay and says so in the log', () => {
    const t = customers();
    const { table, log } = applyRecipe(t, fullRecipe, { key, mode: 'replay' });
    expect(table.rowCount).toBe(t.rowCount);
    expect(log.filter((e) => e.skipped).map((e) => e.kind)).toEqual(['drop-duplicate-rows', 'drop-rows-missing']);
    expect(log[0].message).toBe(
      'Step 1 (drop-duplicate-rows) removes rows and runs only on training data; on new rows it was skipped, so no row is lost',
    );
    expect(log.every((e) => e.rowsRemoved === 0)).toBe(true);
    expect(columnText(table, 'subscribed')).toEqual(['yes', 'no', 'no', '', 'no', 'no', 'yes']);
  });

  it('transforms the columns of new rows exactly as when fitting', () => {
    const fit = applyRecipe(customers(), fullRecipe, { key, mode: 'fit' });
    const replay = applyRecipe(customers(), fullRecipe, { key, mode: 'replay' });
    // the fitted rows are rows 1, 2, 5, 7 of the input; replay keeps all 7 and must agree on those
    const replayCells = cells(replay.table);
    expect([replayCells[0], replayCells[1], replayCells[4], replayCells[6]]).toEqual(cells(fit.table));
    // duplicates are transformed alike
    expect(replayCells[2]).toEqual(replayCells[1]);
  });

  it('gives identical output for identical input (after a JSON round trip of the recipe)', () => {
    const again = parseRecipe(serializeRecipe(fullRecipe));
    const a = applyRecipe(customers(), fullRecipe, { key, mode: 'replay' });
    const b = applyRecipe(customers(), again, { key: new TextEncoder().encode(key), mode: 'replay' });
    expect(b.table.columns).toEqual(a.table.columns);
    expect(b.log).toEqual(a.log);
    const c = applyRecipe(customers(), fullRecipe, { key, mode: 'fit' });
    const d = applyRecipe(customers(), again, { key, mode: 'fit' });
    expect(d.table.columns).toEqual(c.table.columns);
  });

  it('fails on new data that lacks a column the recipe names', () => {
    const t = createTable([num('id', [1]), cat('job', ['x'])], { name: 'new.csv', format: 'csv' });
    expect(() => applyRecipe(t, recipe({ kind: 'drop-columns', columns: ['pdays'] }), { mode: 'replay' })).toThrow(
      NotFoundError,
    );
  });
});
