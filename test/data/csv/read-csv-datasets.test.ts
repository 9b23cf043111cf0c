/**
 * The reader on the real datasets of examples/data: shapes and counts as published in each SOURCE.md.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/csv/read-csv.js';
import { type Column, isMissingAt, valueAt } from '../../../src/data/column.js';
import { getColumn } from '../../../src/data/table.js';

const DATA = new URL('../../../examples/data/', import.meta.url).pathname;

function count(column: Column, value: unknown): number {
  let n = 0;
  for (let i = 0; i < column.length; i++) if (valueAt(column, i) === value) n++;
  return n;
}

function missing(column: Column): number {
  let n = 0;
  for (let i = 0; i < column.length; i++) if (isMissingAt(column, i)) n++;
  return n;
}

describe('readCsv on the real datasets', () => {
  it('bank-additional-full.csv: 41,188 × 21, delimiter ;, 4,640 yes', async () => {
    const t = await readCsv(`${DATA}bank-marketing/bank-additional/bank-additional-full.csv`);
    expect(t.rowCount).toBe(41_188);
    expect(t.columns).toHaveLength(21);
    expect(t.source.notes).toContain("delimiter ';' (sniffed)");
    expect(count(getColumn(t, 'y'), 'yes')).toBe(4_640);
    expect(count(getColumn(t, 'y'), 'no')).toBe(36_548);
    expect(getColumn(t, 'age').type).toBe('integer');
    expect(getColumn(t, 'euribor3m').type).toBe('numeric');
    // CRLF file: the last row starts on the last line
    expect(t.source.lines?.[t.rowCount - 1]).toBe(41_189);
  });

  it('bank-full.csv: 45,211 × 17, 5,289 yes', async () => {
    const t = await readCsv(`${DATA}bank-marketing/bank/bank-full.csv`);
    expect(t.rowCount).toBe(45_211);
    expect(t.columns).toHaveLength(17);
    expect(count(getColumn(t, 'y'), 'yes')).toBe(5_289);
  });

  it('telco churn: 7,043 × 21, TotalCharges numeric with 11 blank cells', async () => {
    const t = await readCsv(`${DATA}telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv`);
    expect(t.rowCount).toBe(7_043);
    expect(t.columns).toHaveLength(21);
    const total = getColumn(t, 'TotalCharges');
    expect(total.type).toBe('numeric');
    expect(missing(total)).toBe(11);
    expect(total.info.blankCells).toBe(11);
    expect(count(getColumn(t, 'Churn'), 'Yes')).toBe(1_869);
  });

  it('adult.data: 32,561 × 15 without header, ? missing (workclass 1,836, occupation 1,843, native-country 583)', async () => {
    const t = await readCsv(`${DATA}adult/adult.data`);
    expect(t.rowCount).toBe(32_561);
    expect(t.columns.map((c) => c.name)).toEqual(Array.from({ length: 15 }, (_, i) => `column_${i + 1}`));
    expect(missing(getColumn(t, 'column_2'))).toBe(1_836);
    expect(getColumn(t, 'column_2').info.missingTokens['?']).toBe(1_836);
    expect(missing(getColumn(t, 'column_7'))).toBe(1_843);
    expect(missing(getColumn(t, 'column_14'))).toBe(583);
    expect(count(getColumn(t, 'column_15'), '>50K')).toBe(7_841);
    expect(count(getColumn(t, 'column_10'), 'Female')).toBe(10_771);
    expect(getColumn(t, 'column_1').type).toBe('integer');
    expect(t.source.notes).toContain('fields start with spaces after the delimiter; the leading spaces were removed');
    // the "\n\n" ending is not a row and not worth a note
    expect((t.source.notes ?? []).some((n) => n.includes('blank'))).toBe(false);
  });

  it('adult.test: the junk first line is skipped, 16,281 rows', async () => {
    const t = await readCsv(`${DATA}adult/adult.test`);
    expect(t.rowCount).toBe(16_281);
    expect(t.columns).toHaveLength(15);
    expect(t.source.lines?.[0]).toBe(2);
    expect((t.source.notes ?? []).some((n) => n.startsWith('skipped first line: junk'))).toBe(true);
    expect(count(getColumn(t, 'column_15'), '>50K.')).toBe(3_846);
  });

  it('hillstrom: quoted fields with commas, 64,000 × 12', async () => {
    const t = await readCsv(
      `${DATA}hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv`,
    );
    expect(t.rowCount).toBe(64_000);
    expect(t.columns).toHaveLength(12);
    expect(count(getColumn(t, 'segment'), 'No E-Mail')).toBe(21_306);
    expect(count(getColumn(t, 'conversion'), 1)).toBe(578);
  });

  it('online_retail.csv.gz: 541,909 × 8 through gzip, CustomerID missing in 135,080 rows', async () => {
    const t = await readCsv(`${DATA}online-retail/online_retail.csv.gz`);
    expect(t.rowCount).toBe(541_909);
    expect(t.columns).toHaveLength(8);
    expect(missing(getColumn(t, 'CustomerID'))).toBe(135_080);
    // 1,454 empty descriptions, and 47 that are a bare "?" (a default missing token)
    const description = getColumn(t, 'Description');
    expect(description.info.missingTokens['']).toBe(1_454);
    expect(description.info.missingTokens['?']).toBe(47);
    expect(missing(description)).toBe(1_501);
    expect(getColumn(t, 'InvoiceDate').type).toBe('datetime');
    const quantity = getColumn(t, 'Quantity');
    let sum = 0;
    if (quantity.storage === 'number') for (const v of quantity.values) sum += v;
    expect(sum).toBe(5_176_450);
  });
});
