import { describe, expect, it } from 'vitest';
import { piiKindFromName } from '../../src/quality/pii-names.js';

describe('piiKindFromName', () => {
  it('reads personal-data columns in English and German', () => {
    const cases: [string, string][] = [
      ['name', 'name'],
      ['first_name', 'name'],
      ['LastName', 'name'],
      ['Vorname', 'name'],
      ['nachname', 'name'],
      ['surname', 'name'],
      ['customer_name', 'name'],
      ['email', 'email'],
      ['E-Mail', 'email'],
      ['email_address', 'email'],
      ['customerEmail', 'email'],
      ['phone_number', 'phone'],
      ['Telefon', 'phone'],
      ['mobile', 'phone'],
      ['IBAN', 'iban'],
      ['credit_card_number', 'card'],
      ['ssn', 'national-id'],
      ['tax_id', 'national-id'],
      ['street', 'address'],
      ['Strasse', 'address'],
      ['home_address', 'address'],
      ['zip', 'postcode'],
      ['PLZ', 'postcode'],
      ['postal_code', 'postcode'],
      ['date_of_birth', 'birth-date'],
      ['DOB', 'birth-date'],
      ['Geburtsdatum', 'birth-date'],
      ['birthday', 'birth-date'],
      ['ip_address', 'ip'],
    ];
    for (const [column, kind] of cases) expect(piiKindFromName(column), column).toBe(kind);
  });

  it('leaves ordinary marketing columns alone', () => {
    for (const column of [
      'PhoneService',
      'MultipleLines',
      'email_opened',
      'customerID',
      'product_name',
      'campaign_name',
      'contact',
      'age',
      'job',
      'StockCode',
      'Description',
      'history_segment',
    ]) {
      expect(piiKindFromName(column), column).toBeNull();
    }
  });
});
