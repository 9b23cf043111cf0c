import { describe, expect, it } from 'vitest';
import {
  contactKindByContent,
  contactKindByName,
  namePartByName,
  normaliseEmail,
  normaliseName,
  normalisePhone,
} from '../../src/quality/contact-keys.js';

describe('contact keys', () => {
  it('normalises e-mail addresses (case, spaces, Gmail dots and tags)', () => {
    expect(normaliseEmail(' Anna.Schmidt@Example.DE ')).toBe('anna.schmidt@example.de');
    expect(normaliseEmail('J.Doe+news@googlemail.com')).toBe('jdoe@gmail.com');
    expect(normaliseEmail('not an address')).toBeNull();
  });

  it('normalises phone numbers to national digits', () => {
    expect(normalisePhone('+49 (0)170 123-4567')).toBe('01701234567');
    expect(normalisePhone('0049 170 1234567')).toBe('01701234567');
    expect(normalisePhone('0170/1234567')).toBe('01701234567');
    expect(normalisePhone('+1 (212) 555-0100')).toBe('2125550100');
    expect(normalisePhone('12')).toBeNull();
  });

  it('normalises names (accents, case, punctuation, word order)', () => {
    expect(normaliseName('Müller,  Jörg')).toBe(normaliseName('jorg muller'));
    expect(normaliseName('Straße Anna')).toBe('anna strasse');
  });

  it('recognises contact columns by name and by content', () => {
    expect(contactKindByName('E-Mail')).toBe('email');
    expect(contactKindByName('phone_number')).toBe('phone');
    expect(contactKindByName('customer_name')).toBe('name');
    expect(contactKindByName('job')).toBeNull();
    expect(namePartByName('Vorname')).toBe('first');
    expect(namePartByName('last_name')).toBe('last');
    expect(contactKindByContent(['a@b.de', 'c@d.com', 'x@y.org'])).toBe('email');
    expect(contactKindByContent(['+49 170 1234567', '030 1234567'])).toBe('phone');
    expect(contactKindByContent(['2021-01-02', '2021-03-04'])).toBeNull();
    expect(contactKindByContent(['12345678', '23456789'])).toBeNull();
  });
});
