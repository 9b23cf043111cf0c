/**
 * A generated customer file with personal data: e-mails, phone numbers and IBANs (valid check digits), some of
 * each typed in a second way (upper case, spaces, 00 instead of +), from a seeded generator.
 */
import { createRng } from '../../../src/util/rng.js';

/** An IBAN with correct ISO 7064 check digits for a country and a basic bank account number. */
export function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

export interface PiiRow {
  readonly email: string;
  readonly phone: string;
  readonly iban: string;
  readonly segment: string;
}

/** `n` rows; every third row repeats an earlier person in another spelling. */
export function piiRows(n: number, seed = 7): PiiRow[] {
  const rng = createRng(seed);
  const first = ['anna', 'ben', 'clara', 'deniz', 'emil', 'frieda', 'gül', 'hannes'];
  const domains = ['example.org', 'mail.example.com', 'beispiel.de'];
  const rows: PiiRow[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 2) {
      const p = rows[rng.int(rows.length)];
      const ibanSpaced = p.iban
        .replace(/(.{4})/g, '$1 ')
        .trim()
        .toLowerCase();
      rows.push({
        email: `  ${p.email.toUpperCase()} `,
        phone: p.phone.replace('+', '00').replace(/(\d{3})(\d{4})$/, '$1 $2'),
        iban: ibanSpaced,
        segment: p.segment,
      });
      continue;
    }
    const name = `${first[rng.int(first.length)]}.${1000 + i}`;
    const bban = String(37040044 * 1e10 + rng.int(1e9)).padStart(18, '0');
    rows.push({
      email: `${name}@${domains[rng.int(domains.length)]}`,
      phone: `+49 15${rng.int(10)} ${String(1000000 + rng.int(8999999))}`,
      iban: iban('DE', bban),
      segment: ['a', 'b', 'c'][rng.int(3)],
    });
  }
  return rows;
}
