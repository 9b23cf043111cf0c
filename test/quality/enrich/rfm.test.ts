import { describe, expect, it } from 'vitest';
import { dateColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { customerFeatures } from '../../../src/quality/enrich/rfm.js';
import { cat, cells, num } from '../clean/build-table.js';

const day = (d: number, h = 12) => Date.UTC(2011, 0, d, h);

// Customer 7: two invoices (one with two lines), one cancelled line. Customer 3: one purchase, then a full
// cancellation. Customer 5: only a cancellation. One row without customer, one without a date.
function tx() {
  return createTable(
    [
      cat('InvoiceNo', ['A1', 'A1', 'A2', 'C9', 'B1', 'C10', 'C11', 'X1', 'X2', 'A3']),
      num('CustomerID', [7, 7, 7, 7, 3, 3, 5, null, 7, 7]),
      dateColumn(
        'InvoiceDate',
        Float64Array.of(day(2), day(2), day(10, 23), day(11), day(1), day(3), day(4), day(5), Number.NaN, day(12, 8)),
      ),
      num('Quantity', [2, 1, 4, -1, 10, -10, -2, 5, 1, 1]),
      num('UnitPrice', [5, 3, 2.5, 5, 1, 1, 4, 9, 1, 0]),
    ],
    { name: 'tx.csv', format: 'csv' },
  );
}
const options = { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Quantity*UnitPrice', invoice: 'InvoiceNo' };

describe('customerFeatures', () => {
  it('builds one row per customer with RFM, tenure, basket and returns', () => {
    const { table, report } = customerFeatures(tx(), options);
    expect(table.columns.map((c) => c.name)).toEqual([
      'CustomerID',
      'recency_days',
      'frequency',
      'monetary',
      'tenure_days',
      'avg_basket',
      'returns_amount',
      'cancelled_invoices',
    ]);
    // asOf = midnight after the last transaction (12 Jan 08:00) = 13 Jan
    expect(report.asOf).toBe(Date.UTC(2011, 0, 13));
    expect(cells(table)).toEqual([
      ['3', '12', '1', '10', '12', '10', '10', '1'],
      ['5', '', '0', '0', '', '', '8', '1'],
      // 7: invoices A1 (13), A2 (10), A3 (0, a free item) → frequency 3, monetary 23; C9 returns 5
      ['7', '1', '3', '23', '11', String(23 / 3), '5', '1'],
    ]);
    expect(report).toMatchObject({
      customers: 3,
      rows: 10,
      transactionsUsed: 5,
      rowsWithoutCustomer: 1,
      rowsWithoutDate: 1,
      rowsWithoutAmount: 0,
      rowsAfterAsOf: 0,
      cancellationRows: 3,
      cancellationsByInvoice: 3,
      cancellationsByNegativeAmount: 0,
      cancellationRowsUsed: 3,
      cancellationRule: 'excluded',
      frequencyBasis: 'invoices',
      customersWithoutPurchases: 1,
    });
    expect(report.notes.map((n) => n.messageId)).toEqual([
      'enrich.rfmSummary',
      'enrich.rfmNoCustomer',
      'enrich.rfmCancellations',
      'enrich.rfmSkipped',
      'enrich.rfmNoPurchase',
    ]);
    expect(report.notes[0].message).toBe('3 customers from 5 purchase rows (as of 2011-01-13 00:00)');
    expect(report.notes[2].message).toMatch(
      /^3 rows are cancellations or returns \(3 with an invoice starting with "C", 0 with a negative amount\); they are left out of frequency and monetary/,
    );
  });

  it('treats negative amounts as cancellations without an invoice column and counts days instead', () => {
    const { table, report } = customerFeatures(tx(), { ...options, invoice: undefined });
    expect(report.frequencyBasis).toBe('days');
    expect(report.cancellationsByNegativeAmount).toBe(3);
    // customer 7 bought on days 2, 10 and 12 → 3 days; customer 3 on day 1
    expect(cells(table).map((r) => [r[0], r[2], r[3], r[6], r[7]])).toEqual([
      ['3', '1', '10', '10', '1'],
      ['5', '0', '0', '8', '1'],
      ['7', '3', '23', '5', '1'],
    ]);
  });

  it('computes as of a given time, skipping later rows', () => {
    const { table, report } = customerFeatures(tx(), { ...options, asOf: Date.UTC(2011, 0, 10, 12) });
    expect(report.rowsAfterAsOf).toBe(3); // A2 at 23:00 on the 10th, C9 on the 11th, A3 on the 12th
    expect(cells(table)[2]).toEqual(['7', '8', '1', '13', '8', '13', '0', '0']);
  });

  it('keeps text customer keys, sorted by code points, and numbers sorted numerically', () => {
    const t = createTable([
      cat('c', ['b', 'B', 'a', 'b', null]),
      dateColumn('d', Float64Array.of(day(1), day(2), day(3), day(4), day(5))),
      num('amt', [1, 2, 3, 4, 5]),
    ]);
    const r = customerFeatures(t, { customer: 'c', date: 'd', amount: 'amt' });
    expect(cells(r.table).map((row) => [row[0], row[3]])).toEqual([
      ['B', '2'],
      ['a', '3'],
      ['b', '5'],
    ]);
    const n = createTable([
      num('c', [10, 9, 100]),
      dateColumn('d', Float64Array.of(day(1), day(1), day(1))),
      num('a', [1, 1, 1]),
    ]);
    expect(cells(customerFeatures(n, { customer: 'c', date: 'd', amount: 'a' }).table).map((row) => row[0])).toEqual([
      '9',
      '10',
      '100',
    ]);
  });

  it('is deterministic', () => {
    const a = customerFeatures(tx(), options);
    const b = customerFeatures(tx(), options);
    expect(b.table.columns).toEqual(a.table.columns);
    expect(b.report).toEqual(a.report);
  });
});
