/**
 * @module quality/enrich/rfm
 * Customer features from a transaction table, one row per customer (RFM plus tenure, basket and returns):
 *
 * | column               | meaning                                                                         |
 * |----------------------|---------------------------------------------------------------------------------|
 * | `<customer>`         | the customer key (sorted ascending)                                             |
 * | `recency_days`       | calendar days from the last purchase to `asOf`                                  |
 * | `frequency`          | distinct purchase invoices (distinct purchase days when there is no invoice column) |
 * | `monetary`           | sum of the amount over purchases (cancellations left out)                       |
 * | `tenure_days`        | calendar days from the first purchase to `asOf`                                 |
 * | `avg_basket`         | `monetary / frequency`                                                          |
 * | `returns_amount`     | value of the customer's cancelled rows, as a positive number                    |
 * | `cancelled_invoices` | distinct cancelled invoices (days without an invoice column)                    |
 *
 * **Cancellations** are rows whose invoice starts with `C` (Online Retail's convention) or whose amount is
 * negative (negative quantities). They are *excluded* from frequency, monetary, recency and tenure — not netted
 * against purchases, because a return of something bought before the data window would make monetary negative
 * — and reported per customer in `returns_amount` / `cancelled_invoices`, so `monetary - returns_amount` gives
 * the net figure when wanted. The report says how many rows were treated so.
 *
 * Rows without a customer are not assigned (counted in `rowsWithoutCustomer`); rows without a date or amount,
 * and rows after `asOf`, are skipped and counted. `asOf` defaults to midnight (UTC) after the last transaction
 * of the table. Every customer with a row gets a row; one without a purchase in the rows used (only
 * cancellations, or only rows skipped, e.g. after `asOf`) has frequency 0 and missing recency, tenure and
 * average basket.
 *
 * @example
 * ```ts
 * import { customerFeatures } from './rfm.js';
 * const { table, report } = customerFeatures(retail, {
 *   customer: 'CustomerID', date: 'InvoiceDate', amount: 'Quantity*UnitPrice', invoice: 'InvoiceNo',
 * });
 * report.rowsWithoutCustomer; // 135080 on Online Retail
 * ```
 */
import { type Column, categoryColumn, numberColumn } from '../../data/column.js';
import { createTable, getColumn, materialize, type Table } from '../../data/table.js';
import { ValidationError } from '../../util/errors.js';
import { type MessageId, type MessageParams, formatMessage } from '../../util/messages.js';
import { evaluateAmount, parseAmountExpression } from './amount-expression.js';
import { DAY_MS, calendarDaysBetween, utcDay } from './calendar-days.js';

/** Options of `customerFeatures`. */
export interface CustomerFeatureOptions {
  /** The customer key column (text or numbers). */
  readonly customer: string;
  /** The transaction time (a datetime column). */
  readonly date: string;
  /** The amount: a column name or an expression such as `Quantity*UnitPrice`. */
  readonly amount: string;
  /** The invoice (order) column: frequency counts distinct invoices; `C…` invoices are cancellations. */
  readonly invoice?: string;
  /** Reference time, epoch ms (default: midnight UTC after the last transaction). Later rows are skipped. */
  readonly asOf?: number;
}

/** A note for people, in the catalogue. */
export interface FeatureNote {
  readonly messageId: MessageId;
  readonly params: MessageParams;
  readonly message: string;
}

/** What `customerFeatures` did, in figures and sentences. */
export interface CustomerFeatureReport {
  readonly customers: number;
  /** Rows of the transaction table. */
  readonly rows: number;
  /** Purchase rows (not cancellations) that went into the features. */
  readonly transactionsUsed: number;
  readonly rowsWithoutCustomer: number;
  readonly rowsWithoutDate: number;
  readonly rowsWithoutAmount: number;
  readonly rowsAfterAsOf: number;
  /** Cancellation rows in the whole table (with or without a customer). */
  readonly cancellationRows: number;
  /** … of which flagged by an invoice starting with `C`. */
  readonly cancellationsByInvoice: number;
  /** … of which flagged only by a negative amount. */
  readonly cancellationsByNegativeAmount: number;
  /** Cancellation rows assigned to a customer (they feed `returns_amount` and `cancelled_invoices`). */
  readonly cancellationRowsUsed: number;
  /** How cancellations are handled: always `excluded` (see the module comment). */
  readonly cancellationRule: 'excluded';
  /** What `frequency` counts. */
  readonly frequencyBasis: 'invoices' | 'days';
  readonly customersWithoutPurchases: number;
  /** The reference time used, epoch ms. */
  readonly asOf: number;
  readonly notes: readonly FeatureNote[];
}

function note(messageId: MessageId, params: MessageParams): FeatureNote {
  return { messageId, params, message: formatMessage(messageId, params) };
}

function textOf(column: Column): (row: number) => string | null {
  if (column.storage === 'category') {
    const { codes, dictionary } = column;
    return (row) => (codes[row] < 0 ? null : dictionary[codes[row]]);
  }
  if (column.storage === 'boolean') return (row) => (column.values[row] === 2 ? null : String(column.values[row]));
  const values = column.values;
  return (row) => (values[row] !== values[row] ? null : String(values[row]));
}

/** Customer keys: codes into a list of distinct keys, sorted ascending (numbers numerically). */
function customerKeys(column: Column, rows: number) {
  if (column.storage !== 'category' && column.storage !== 'number') {
    throw new ValidationError('option.invalid', {
      name: 'customer',
      expected: 'a text or number column',
      got: column.storage,
    });
  }
  const ids = new Int32Array(rows).fill(-1);
  if (column.storage === 'number') {
    const distinct = new Map<number, number>();
    for (let r = 0; r < rows; r++) {
      const v = column.values[r];
      if (v !== v) continue;
      const key = v === 0 ? 0 : v; // -0 and 0 are one customer
      let id = distinct.get(key);
      if (id === undefined) distinct.set(key, (id = distinct.size));
      ids[r] = id;
    }
    const keys = [...distinct.keys()];
    const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
    const rank = new Int32Array(keys.length);
    for (let pos = 0; pos < order.length; pos++) rank[order[pos]] = pos;
    for (let r = 0; r < rows; r++) if (ids[r] >= 0) ids[r] = rank[ids[r]];
    const sorted = Float64Array.from(order, (id) => keys[id]);
    return { ids, count: keys.length, column: numberColumn(column.name, sorted, 'id') as Column };
  }
  const distinctText = [...new Set(column.dictionary)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(distinctText.map((t, i) => [t, i]));
  const codeRank = column.dictionary.map((t) => rankOf.get(t) as number);
  const used = new Uint8Array(distinctText.length);
  for (let r = 0; r < rows; r++) {
    const c = column.codes[r];
    if (c >= 0) used[(ids[r] = codeRank[c])] = 1;
  }
  // drop dictionary entries no row uses, keeping the order
  const compact = new Int32Array(distinctText.length).fill(-1);
  const dict: string[] = [];
  distinctText.forEach((t, i) => {
    if (used[i]) compact[i] = dict.push(t) - 1;
  });
  for (let r = 0; r < rows; r++) if (ids[r] >= 0) ids[r] = compact[ids[r]];
  const codes = Int32Array.from(dict, (_, i) => i);
  return { ids, count: dict.length, column: categoryColumn(column.name, codes, dict, 'id') as Column };
}

/**
 * Compute the customer feature table and its report.
 *
 * @throws NotFoundError `schema.unknownColumn`; ValidationError `enrich.expression`, `enrich.notDate`,
 *   `option.invalid` (customer column of the wrong kind).
 * @example
 * ```ts
 * const { table } = customerFeatures(tx, { customer: 'id', date: 'ts', amount: 'amount', asOf: Date.UTC(2024, 0, 1) });
 * ```
 */
export function customerFeatures(
  transactions: Table,
  options: CustomerFeatureOptions,
): { readonly table: Table; readonly report: CustomerFeatureReport } {
  const t = materialize(transactions);
  const n = t.rowCount;
  const expr = parseAmountExpression(options.amount);
  const customer = getColumn(t, options.customer);
  const dateCol = getColumn(t, options.date);
  if (dateCol.storage !== 'datetime')
    throw new ValidationError('enrich.notDate', { column: options.date, got: dateCol.storage });
  const invoiceText = options.invoice === undefined ? null : textOf(getColumn(t, options.invoice));
  const amount = evaluateAmount(t, expr);
  const dates = dateCol.values;
  const keys = customerKeys(customer, n);

  let maxDate = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r++) if (dates[r] > maxDate) maxDate = dates[r];
  const asOf = options.asOf ?? (maxDate === Number.NEGATIVE_INFINITY ? Number.NaN : (utcDay(maxDate) + 1) * DAY_MS);

  const m = keys.count;
  const first = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const monetary = new Float64Array(m);
  const returns = new Float64Array(m);
  const frequency = new Float64Array(m);
  const cancelled = new Float64Array(m);
  const seenPurchase = new Set<string>();
  const seenCancel = new Set<string>();
  const counts = { noCustomer: 0, noDate: 0, noAmount: 0, after: 0, used: 0 };
  const cancel = { rows: 0, byInvoice: 0, byAmount: 0, used: 0 };

  for (let r = 0; r < n; r++) {
    const inv = invoiceText ? invoiceText(r) : null;
    const a = amount[r];
    const byInvoice = inv?.startsWith('C') === true;
    const isCancel = byInvoice || a < 0;
    if (isCancel) {
      cancel.rows++;
      if (byInvoice) cancel.byInvoice++;
      else cancel.byAmount++;
    }
    const id = keys.ids[r];
    const d = dates[r];
    if (id < 0) counts.noCustomer++;
    else if (d !== d) counts.noDate++;
    else if (a !== a) counts.noAmount++;
    else if (d > asOf) counts.after++;
    else {
      // a visit is an invoice, or a day when there is no invoice column
      const visit = `${id}\u0001${inv ?? `day ${utcDay(d)}`}`;
      if (isCancel) {
        cancel.used++;
        returns[id] -= a;
        if (!seenCancel.has(visit)) {
          seenCancel.add(visit);
          cancelled[id]++;
        }
      } else {
        counts.used++;
        monetary[id] += a;
        if (d < first[id]) first[id] = d;
        if (d > last[id]) last[id] = d;
        if (!seenPurchase.has(visit)) {
          seenPurchase.add(visit);
          frequency[id]++;
        }
      }
    }
  }

  const recency = new Float64Array(m);
  const tenure = new Float64Array(m);
  const basket = new Float64Array(m);
  let withoutPurchase = 0;
  for (let i = 0; i < m; i++) {
    // Sums of many decimal amounts carry binary noise (4309.999999999997); 1e-6 is far below any currency unit.
    monetary[i] = roundMicro(monetary[i]);
    returns[i] = roundMicro(returns[i]);
    const bought = frequency[i] > 0;
    if (!bought) withoutPurchase++;
    recency[i] = bought ? calendarDaysBetween(last[i], asOf) : Number.NaN;
    tenure[i] = bought ? calendarDaysBetween(first[i], asOf) : Number.NaN;
    basket[i] = bought ? monetary[i] / frequency[i] : Number.NaN;
  }

  const table = createTable(
    [
      keys.column,
      numberColumn('recency_days', recency, 'integer'),
      numberColumn('frequency', frequency, 'integer'),
      numberColumn('monetary', monetary, 'numeric'),
      numberColumn('tenure_days', tenure, 'integer'),
      numberColumn('avg_basket', basket, 'numeric'),
      numberColumn('returns_amount', returns, 'numeric'),
      numberColumn('cancelled_invoices', cancelled, 'integer'),
    ],
    { name: `customer features of ${t.source.name}`, format: 'memory' },
  );

  const asOfText =
    asOf === asOf
      ? new Date(asOf)
          .toISOString()
          .replace('T', ' ')
          .replace(/:00\.000Z$/, '')
      : '–';
  const skipped = counts.noDate + counts.noAmount + counts.after;
  const notes: FeatureNote[] = [note('enrich.rfmSummary', { customers: m, used: counts.used, asOf: asOfText })];
  if (counts.noCustomer > 0)
    notes.push(note('enrich.rfmNoCustomer', { rows: counts.noCustomer, column: options.customer }));
  notes.push(
    note('enrich.rfmCancellations', { rows: cancel.rows, byInvoice: cancel.byInvoice, byAmount: cancel.byAmount }),
  );
  if (skipped > 0) {
    notes.push(
      note('enrich.rfmSkipped', {
        rows: skipped,
        withoutDate: counts.noDate,
        withoutAmount: counts.noAmount,
        afterAsOf: counts.after,
      }),
    );
  }
  if (withoutPurchase > 0) notes.push(note('enrich.rfmNoPurchase', { customers: withoutPurchase }));

  const report: CustomerFeatureReport = {
    customers: m,
    rows: n,
    transactionsUsed: counts.used,
    rowsWithoutCustomer: counts.noCustomer,
    rowsWithoutDate: counts.noDate,
    rowsWithoutAmount: counts.noAmount,
    rowsAfterAsOf: counts.after,
    cancellationRows: cancel.rows,
    cancellationsByInvoice: cancel.byInvoice,
    cancellationsByNegativeAmount: cancel.byAmount,
    cancellationRowsUsed: cancel.used,
    cancellationRule: 'excluded',
    frequencyBasis: invoiceText ? 'invoices' : 'days',
    customersWithoutPurchases: withoutPurchase,
    asOf,
    notes,
  };
  return { table, report };
}

function roundMicro(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
