import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, dateColumn, numberColumn } from '../../../src/data/column.js';
import { createTable } from '../../../src/data/table.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { piiCheck } from '../../../src/quality/checks/pii.js';

/** A text column from values ('' = missing). */
function text(name: string, values: readonly string[], type: 'categorical' | 'text' | 'id' = 'text') {
  const dict = [...new Set(values.filter((v) => v !== ''))];
  return categoryColumn(
    name,
    Int32Array.from(values, (v) => (v === '' ? -1 : dict.indexOf(v))),
    dict,
    type,
  );
}

const n = 40;
const rows = Array.from({ length: n }, (_, i) => i);
const emails = rows.map((i) => (i === 3 ? '' : `person${i}@example${i % 3}.com`));
const phones = rows.map((i) =>
  i % 2 === 0 ? `+49 151 ${String(2345600 + i).padStart(8, '0')}` : `030 ${7654300 + i}`,
);
const ibans = rows.map((i) => (i % 2 === 0 ? 'DE89370400440532013000' : 'GB82WEST12345698765432'));
const cards = rows.map((i) => (i % 2 === 0 ? '4111 1111 1111 1111' : '5500-0000-0000-0004'));
const notes = rows.map((i) =>
  i === 7 ? 'please mail the offer to max.muster@example.org' : i === 9 ? 'called, no answer' : 'no remarks',
);
const orderIds = rows.map((i) => String(1000000000000000n + BigInt(i) * 7919n));

function table() {
  return createTable([
    text('contact', emails, 'id'),
    text('tel', phones),
    text('account', ibans, 'categorical'),
    text('payment', cards, 'categorical'),
    text('notes', notes),
    text('order_id', orderIds, 'id'),
    text(
      'ip',
      rows.map((i) => `10.0.${i}.1`),
    ),
    text(
      'Vorname',
      rows.map((i) => ['Anna', 'Ben', 'Clara'][i % 3]),
      'categorical',
    ),
    text(
      'PhoneService',
      rows.map((i) => (i % 2 ? 'Yes' : 'No')),
      'categorical',
    ),
    text(
      'zip_code',
      rows.map((i) => ['Urban', 'Rural'][i % 2]),
      'categorical',
    ),
    text(
      'plz',
      rows.map((i) => String(10115 + i)),
      'categorical',
    ),
    text(
      'signup',
      rows.map((i) => `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
      'categorical',
    ),
    numberColumn(
      'amount',
      Float64Array.from(rows, (i) => 12.5 * i),
    ),
    numberColumn(
      'card_no',
      Float64Array.from(rows, () => 4111111111111111),
    ),
    dateColumn(
      'date_of_birth',
      Float64Array.from(rows, (i) => Date.UTC(1970 + i, 0, 1)),
    ),
    booleanColumn(
      'email_opt_in',
      Uint8Array.from(rows, (i) => i % 2),
    ),
  ]);
}

describe('piiCheck', () => {
  const findings = piiCheck(createCheckContext(table(), { seed: 0 }));
  const by = new Map(findings.map((f) => [f.column, f]));

  it('finds e-mails by content with counts and masked examples', () => {
    const f = by.get('contact');
    expect(f?.details?.kinds).toEqual(['email']);
    expect(f?.count).toBe(39);
    expect(f?.share).toBeCloseTo(39 / 40, 12);
    expect(f?.examples).toEqual([1, 2, 3, 5, 6]);
    expect(f?.severity).toBe('warning');
    expect(f?.details?.examples).toEqual(['p***@e***.com']); // distinct masked forms only
    expect(f?.messageId).toBe('quality.pii');
  });

  it('finds phone numbers (international and national), IBANs and card numbers', () => {
    expect(by.get('tel')?.details?.kinds).toEqual(['phone']);
    expect(by.get('tel')?.count).toBe(40);
    expect(by.get('account')?.details?.kinds).toEqual(['iban']);
    expect(by.get('account')?.severity).toBe('error');
    expect(by.get('payment')?.details?.kinds).toEqual(['card']);
    expect(by.get('payment')?.severity).toBe('error');
    expect(by.get('payment')?.details?.examples).toEqual(['**** **** **** 1111', '****-****-****-0004']);
    expect(by.get('card_no')?.details?.kinds).toEqual(['card']);
    expect(by.get('ip')?.details?.kinds).toEqual(['ip']);
  });

  it('finds an e-mail inside free text and counts the cells', () => {
    const f = by.get('notes');
    expect(f?.messageId).toBe('quality.pii.inText');
    expect(f?.count).toBe(1);
    expect(f?.examples).toEqual([8]);
    expect(f?.details?.examples).toEqual(['m***@e***.org']);
  });

  it('flags names, postcodes and birth dates by column name', () => {
    expect(by.get('Vorname')?.details?.kinds).toEqual(['name']);
    expect(by.get('Vorname')?.messageId).toBe('quality.pii.name');
    expect(by.get('Vorname')?.details?.examples).toEqual(['A***', 'B**', 'C****']);
    expect(by.get('plz')?.details?.kinds).toEqual(['postcode']);
    expect(by.get('date_of_birth')?.details?.kinds).toEqual(['birth-date']);
    expect(by.get('date_of_birth')?.details?.examples).toEqual(['19**-**-**', '20**-**-**']);
  });

  it('leaves ordinary columns alone: Luhn-invalid ids, Yes/No, Urban/Rural, dates, amounts, booleans', () => {
    for (const column of ['order_id', 'PhoneService', 'zip_code', 'signup', 'amount', 'email_opt_in']) {
      expect(by.has(column), column).toBe(false);
    }
  });

  it('never puts a full value into a finding', () => {
    const all = [...emails, ...phones, ...ibans, ...cards, 'max.muster@example.org'].filter((v) => v.length > 5);
    const textOf = JSON.stringify(findings);
    for (const v of all) expect(textOf.includes(v), v).toBe(false);
  });
});
