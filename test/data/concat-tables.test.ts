import { describe, expect, it } from 'vitest';
import type { CategoryColumn, NumberColumn } from '../../src/data/column.js';
import { concatTables } from '../../src/data/concat-tables.js';
import { readCsvText } from '../../src/data/csv/read-csv.js';
import { getColumn } from '../../src/data/table.js';

describe('concatTables', () => {
  it('keeps notes, skipped rows, lines and the reader counts of every file', async () => {
    const a = await readCsvText('id;job;amount\n1;admin;2\n2;?;3\n3;NA;4\n', { name: 'a.csv' });
    const b = await readCsvText('id;job;amount\n4;?;5.5\n5;tech\n6;tech; \n', { name: 'b.csv', skipBadRows: true });
    const both = concatTables([a, b]);
    expect(both.rowCount).toBe(5);
    expect(both.source.name).toBe('a.csv + b.csv');
    expect(both.source.notes?.some((n) => n.startsWith('a.csv: '))).toBe(true);
    expect(both.source.notes?.some((n) => n.startsWith('b.csv: '))).toBe(true);
    expect(both.source.skipped).toEqual([expect.objectContaining({ line: 3, file: 'b.csv' })]);
    expect([...(both.source.lines ?? [])]).toEqual([2, 3, 4, 2, 4]);
    expect(both.source.parts).toEqual([
      { name: 'a.csv', firstRow: 0, rows: 3 },
      { name: 'b.csv', firstRow: 3, rows: 2 },
    ]);
    const job = getColumn(both, 'job') as CategoryColumn;
    expect(job.info.missingTokens).toEqual({ '?': 2, NA: 1 });
    expect(job.info.evidence.some((e) => e.startsWith('b.csv: '))).toBe(true);
    const amount = getColumn(both, 'amount') as NumberColumn;
    expect(amount.type).toBe('numeric');
    expect(amount.info.blankCells).toBe(1);
    expect([...amount.values]).toEqual([2, 3, 4, 5.5, Number.NaN]);
  });
});
