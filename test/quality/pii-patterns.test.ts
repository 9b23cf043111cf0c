import { describe, expect, it } from 'vitest';
import {
  embeddedPii,
  ibanValid,
  isCardNumber,
  isPhoneNumber,
  luhnValid,
  wholePii,
} from '../../src/quality/pii-patterns.js';

describe('luhnValid / isCardNumber', () => {
  it('accepts the published test card numbers', () => {
    // Visa, Mastercard, Amex test numbers as published by the card networks' sandboxes
    for (const card of ['4111111111111111', '5500 0000 0000 0004', '3400-0000-0000-009', '6011000000000004']) {
      expect(luhnValid(card)).toBe(true);
      expect(isCardNumber(card)).toBe(true);
    }
  });

  it('rejects a wrong check digit, wrong lengths and unknown issuers', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(isCardNumber('4111111111111112')).toBe(false);
    expect(isCardNumber('411111111111')).toBe(false); // 12 digits
    // 1234567812345670 passes Luhn (sum 60) but no issuer starts with 1
    expect(luhnValid('1234567812345670')).toBe(true);
    expect(isCardNumber('1234567812345670')).toBe(false);
  });

  it('computes Luhn by hand on a short number', () => {
    // 79927398713: the textbook example (doubled digits 1,8,9,7,9 → 2,16→7,18→9,14→5,18→9; sum 70)
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('ibanValid', () => {
  it('accepts valid IBANs, with and without spaces', () => {
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('de89370400440532013000')).toBe(true);
  });

  it('rejects a changed digit, swapped digits, a wrong country length', () => {
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(ibanValid('DE89370400440532031000')).toBe(false);
    expect(ibanValid('DE8937040044053201300')).toBe(false);
    expect(ibanValid('XX')).toBe(false);
  });
});

describe('isPhoneNumber', () => {
  it('accepts international and national formats', () => {
    for (const p of [
      '+49 151 23456789',
      '+49 (0)30 1234567',
      '+1-202-555-0173',
      '0049 30 1234567',
      '030 1234567',
      '(030) 1234567',
      '0151-23456789',
      '089/1234567',
      '(555) 123-4567',
      '015123456789',
    ]) {
      expect(isPhoneNumber(p), p).toBe(true);
    }
  });

  it('rejects plain integers, dates, decimals and short numbers', () => {
    for (const p of ['123456789', '2020-01-15', '15.01.2020', '01/02/2020', '3.14159265', '0301234', '12 34', '42']) {
      expect(isPhoneNumber(p), p).toBe(false);
    }
  });
});

describe('wholePii', () => {
  it('names the kind of a whole value', () => {
    expect(wholePii('jane.doe@example.com')).toBe('email');
    expect(wholePii(' DE89 3704 0044 0532 0130 00 ')).toBe('iban');
    expect(wholePii('4111 1111 1111 1111')).toBe('card');
    expect(wholePii('192.168.0.1')).toBe('ip');
    expect(wholePii('2001:db8::8a2e:370:7334')).toBe('ip');
    expect(wholePii('+44 20 7946 0958')).toBe('phone');
  });

  it('returns null for ordinary values', () => {
    for (const v of ['married', 'admin.', '999', '2011-12-09 12:50', '1.1', '256.1.1.1', 'a@b', 'Surburban']) {
      expect(wholePii(v), v).toBeNull();
    }
  });
});

describe('embeddedPii', () => {
  it('finds personal data inside free text', () => {
    const found = embeddedPii('Customer asked to be called at +49 151 23456789 or mailed at jane@example.com');
    expect(found.map((m) => m.kind).sort()).toEqual(['email', 'phone']);
    expect(found.find((m) => m.kind === 'email')?.text).toBe('jane@example.com');
  });

  it('finds IBANs and card numbers in text, and trims trailing words from an IBAN', () => {
    const found = embeddedPii('Refund to DE89 3704 0044 0532 0130 00 BIC COBADEFF, paid with 4111-1111-1111-1111');
    expect(found.map((m) => m.kind)).toEqual(['iban', 'card']);
    expect(found[0].text.replace(/ /g, '')).toBe('DE89370400440532013000');
  });

  it('ignores order numbers and amounts', () => {
    expect(embeddedPii('Order 1234567812345670 shipped, total 1234.56 EUR on 2020-01-15')).toEqual([]);
  });
});
