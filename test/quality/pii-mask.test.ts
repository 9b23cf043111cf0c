import { describe, expect, it } from 'vitest';
import { maskPii } from '../../src/quality/pii-mask.js';

describe('maskPii', () => {
  it('masks e-mails as first letters and the top-level domain', () => {
    expect(maskPii('jane.doe@example.com', 'email')).toBe('j***@e***.com');
    expect(maskPii('x@mail.example.de', 'email')).toBe('x***@m***.de');
  });

  it('keeps only the last 4 digits of a card and the frame of an IBAN', () => {
    expect(maskPii('4111111111111111', 'card')).toBe('************1111');
    expect(maskPii('4111 1111 1111 1111', 'card')).toBe('**** **** **** 1111');
    expect(maskPii('DE89370400440532013000', 'iban')).toBe(`DE89${'*'.repeat(16)}00`);
  });

  it('keeps few digits of a phone number, the first octet of an IP, the century of a birth date', () => {
    expect(maskPii('+49 151 23456789', 'phone')).toBe('+49 *** ******89');
    expect(maskPii('192.168.0.1', 'ip')).toBe('192.*.*.*');
    expect(maskPii('1980-05-17', 'birth-date')).toBe('19**-**-**');
  });

  it('keeps the first letter of each word of other values, and never a one-letter word', () => {
    expect(maskPii('Jane Doe', 'name')).toBe('J*** D**');
    expect(maskPii('Hauptstraße 5 A', 'address')).toBe('H********** * *');
  });

  it('never returns the value itself', () => {
    for (const [v, k] of [
      ['a@b.de', 'email'],
      ['4111111111111111', 'card'],
      ['GB82WEST12345698765432', 'iban'],
      ['030 1234567', 'phone'],
      ['Li', 'name'],
    ] as const) {
      expect(maskPii(v, k)).not.toBe(v);
    }
  });
});
