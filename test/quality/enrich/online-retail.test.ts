/**
 * Customer features on the real Online Retail data (examples/data/online-retail, see its SOURCE.md):
 * 541,909 rows, 4,372 customers, 135,080 rows without CustomerID, 9,288 rows of "C" invoices.
 * Every figure is also computed here independently from the raw rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryColumn, DateColumn, NumberColumn } from '../../../src/data/column.js';
import { readParquet } from '../../../src/data/parquet/read-parquet.js';
import { type Table, getColumn } from '../../../src/data/table.js';
import { calendarDaysBetween } from '../../../src/quality/enrich/calendar-days.js';
import { type CustomerFeatureReport, customerFeatures } from '../../../src/quality/enrich/rfm.js';

const FILE = 'examples/data/online-retail/online_retail.parquet';

let raw: Table;
let rfm: Table;
let report: CustomerFeatureReport;
let invoice: (row: number) => string;
let customer: Float64Array;
let quantity: Float64Array;
let price: Float64Array;
let date: Float64Array;

beforeAll(async () => {
  raw = await readParquet(FILE);
  const inv = getColumn(raw, 'InvoiceNo') as CategoryColumn;
  invoice = (row) => inv.dictionary[inv.codes[row]];
  customer = (getColumn(raw, 'CustomerID') as NumberColumn).values;
  quantity = (getColumn(raw, 'Quantity') as NumberColumn).values;
  price = (getColumn(raw, 'UnitPrice') as NumberColumn).values;
  date = (getColumn(raw, 'InvoiceDate') as DateColumn).values;
  ({ table: rfm, report } = customerFeatures(raw, {
    customer: 'CustomerID',
    date: 'InvoiceDate',
    amount: 'Quantity*UnitPrice',
    invoice: 'InvoiceNo',
  }));
});

/** The independent reference for one customer, straight from the raw rows. */
function reference(id: number) {
  let monetary = 0;
  let returns = 0;
  const invoices = new Set<string>();
  const cancelled = new Set<string>();
  let last = Number.NEGATIVE_INFINITY;
  let first = Number.POSITIVE_INFINITY;
  for (let r = 0; r < raw.rowCount; r++) {
    if (customer[r] !== id) continue;
    const amount = quantity[r] * price[r];
    if (invoice(r).startsWith('C') || amount < 0) {
      returns -= amount;
      cancelled.add(invoice(r));
    } else {
      monetary += amount;
      invoices.add(invoice(r));
      last = Math.max(last, date[r]);
      first = Math.min(first, date[r]);
    }
  }
  return { monetary, returns, frequency: invoices.size, cancelled: cancelled.size, last, first };
}

function featuresOf(id: number): Record<string, number> {
  const ids = (getColumn(rfm, 'CustomerID') as NumberColumn).values;
  const row = ids.indexOf(id);
  expect(row).toBeGreaterThanOrEqual(0);
  const out: Record<string, number> = {};
  for (const c of rfm.columns) out[c.name] = (c as NumberColumn).values[row];
  return out;
}

describe('customerFeatures on Online Retail', () => {
  it('has one row per distinct customer', () => {
    const distinct = new Set<number>();
    for (const v of customer) if (v === v) distinct.add(v);
    expect(distinct.size).toBe(4372); // SOURCE.md
    expect(rfm.rowCount).toBe(distinct.size);
    expect(report.customers).toBe(distinct.size);
    const ids = Array.from((getColumn(rfm, 'CustomerID') as NumberColumn).values);
    expect(ids).toEqual([...distinct].sort((a, b) => a - b));
  });

  it('does not assign the rows without CustomerID, and says so', () => {
    let missing = 0;
    for (const v of customer) if (v !== v) missing++;
    expect(missing).toBe(135_080); // SOURCE.md
    expect(report.rowsWithoutCustomer).toBe(missing);
    expect(report.notes.find((n) => n.messageId === 'enrich.rfmNoCustomer')?.message).toBe(
      '135080 rows have no CustomerID and are not assigned to any customer',
    );
  });

  it('handles cancellations (C invoices, negative quantities) and reports them', () => {
    let byInvoice = 0;
    let byAmountOnly = 0;
    let negativeQuantity = 0;
    let negativeWithCustomer = 0;
    let usedCancellations = 0;
    for (let r = 0; r < raw.rowCount; r++) {
      const c = invoice(r).startsWith('C');
      const amount = quantity[r] * price[r];
      if (c) byInvoice++;
      else if (amount < 0) byAmountOnly++;
      if (quantity[r] < 0) negativeQuantity++;
      if (quantity[r] < 0 && customer[r] === customer[r]) negativeWithCustomer++;
      if ((c || amount < 0) && customer[r] === customer[r]) usedCancellations++;
    }
    expect(byInvoice).toBe(9_288); // SOURCE.md
    expect(report.cancellationsByInvoice).toBe(byInvoice);
    expect(report.cancellationsByNegativeAmount).toBe(byAmountOnly);
    expect(report.cancellationRows).toBe(byInvoice + byAmountOnly);
    expect(report.cancellationRowsUsed).toBe(usedCancellations);
    // every negative quantity of a known customer is on a cancellation, so none reaches monetary
    expect(negativeQuantity).toBeGreaterThan(byInvoice);
    expect(usedCancellations).toBeGreaterThanOrEqual(negativeWithCustomer);
    expect(report.cancellationRule).toBe('excluded');
    expect(report.notes.find((n) => n.messageId === 'enrich.rfmCancellations')?.message).toContain(
      `${byInvoice} with an invoice starting with "C"`,
    );
    expect(report.transactionsUsed + report.cancellationRowsUsed + report.rowsWithoutCustomer).toBe(raw.rowCount);
  });

  it('matches an independent computation for single customers', () => {
    const asOf = report.asOf;
    expect(new Date(asOf).toISOString()).toBe('2011-12-10T00:00:00.000Z'); // the day after 2011-12-09 12:50
    for (const id of [12347, 12346, 17841, 14911]) {
      const ref = reference(id);
      const f = featuresOf(id);
      expect(f.monetary).toBeCloseTo(ref.monetary, 6);
      expect(f.returns_amount).toBeCloseTo(ref.returns, 6);
      expect(f.frequency).toBe(ref.frequency);
      expect(f.cancelled_invoices).toBe(ref.cancelled);
      expect(f.recency_days).toBe(calendarDaysBetween(ref.last, asOf));
      expect(f.tenure_days).toBe(calendarDaysBetween(ref.first, asOf));
      expect(f.avg_basket).toBeCloseTo(ref.monetary / ref.frequency, 6);
    }
    // the published figure for customer 12347 (Chen et al. data, widely reproduced): 4,310.00 over 7 invoices
    expect(featuresOf(12347).monetary).toBeCloseTo(4310, 6);
    expect(featuresOf(12347).frequency).toBe(7);
    // 12346 bought 74,215 units once and cancelled them: monetary and returns cancel out
    expect(featuresOf(12346).monetary).toBeCloseTo(featuresOf(12346).returns_amount, 6);
  });

  it('sums monetary over all customers to the purchases of all known customers', () => {
    let expected = 0;
    for (let r = 0; r < raw.rowCount; r++) {
      const amount = quantity[r] * price[r];
      if (customer[r] === customer[r] && !invoice(r).startsWith('C') && amount >= 0) expected += amount;
    }
    const monetary = (getColumn(rfm, 'monetary') as NumberColumn).values;
    expect(monetary.reduce((s, v) => s + v, 0)).toBeCloseTo(expected, 2);
    const withoutPurchase = Array.from((getColumn(rfm, 'frequency') as NumberColumn).values).filter((v) => v === 0);
    expect(report.customersWithoutPurchases).toBe(withoutPurchase.length);
  });
});
