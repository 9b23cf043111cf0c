/**
 * The PII check on a CSV file written here (to the OS temp folder) and read back with the real CSV reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/csv/read-csv.js';
import { createCheckContext } from '../../../src/quality/check-context.js';
import { piiCheck } from '../../../src/quality/checks/pii.js';

const dir = mkdtempSync(join(tmpdir(), 'leitwerk-pii-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const first = ['Anna', 'Ben', 'Clara', 'Deniz', 'Emil', 'Fatma'];
const last = ['Schmidt', 'Meyer', 'Yilmaz', 'Novak', 'Rossi', 'Weber'];
const ibans = ['DE89370400440532013000', 'GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32'];

function writeFile(): string {
  const lines = ['customer_id,Vorname,Nachname,email,phone,iban,card,last_ip,notes,segment,spend'];
  for (let i = 0; i < 120; i++) {
    const card = i % 10 === 0 ? '4111111111111111' : '';
    const note = i % 40 === 5 ? `"asked to write to ${first[i % 6].toLowerCase()}.${i}@mail.example.de"` : 'ok';
    lines.push(
      [
        `K${10000 + i}`,
        first[i % 6],
        last[(i * 5) % 6],
        `${first[i % 6].toLowerCase()}.${last[i % 6].toLowerCase()}${i}@example.com`,
        i % 3 === 0 ? `+49 151 ${2345600 + i}` : `0${30 + (i % 9)} ${7654300 + i}`,
        ibans[i % 3],
        card,
        `192.168.${i % 256}.${(i * 7) % 256}`,
        note,
        ['A', 'B', 'C'][i % 3],
        (i * 3.7).toFixed(2),
      ].join(','),
    );
  }
  const path = join(dir, 'customers.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('piiCheck on a generated customer file', () => {
  it('finds every kind of personal data, masked', async () => {
    const table = await readCsv(writeFile());
    const findings = piiCheck(createCheckContext(table, { seed: 0 }));
    const kinds = Object.fromEntries(findings.map((f) => [f.column, f.details?.kinds]));
    expect(kinds).toEqual({
      Vorname: ['name'],
      Nachname: ['name'],
      email: ['email'],
      phone: ['phone'],
      iban: ['iban'],
      card: ['card'],
      last_ip: ['ip'],
      notes: ['email'],
    });
    const by = new Map(findings.map((f) => [f.column, f]));
    expect(by.get('email')?.count).toBe(120);
    expect(by.get('phone')?.count).toBe(120);
    expect(by.get('iban')?.count).toBe(120);
    expect(by.get('iban')?.severity).toBe('error');
    expect(by.get('card')?.count).toBe(12);
    expect(by.get('card')?.examples).toEqual([1, 11, 21, 31, 41]);
    expect(by.get('card')?.details?.examples).toEqual(['************1111']);
    expect(by.get('notes')?.count).toBe(3);
    expect(by.get('notes')?.messageId).toBe('quality.pii.inText');
    const serialized = JSON.stringify(findings);
    expect(serialized).not.toContain('4111111111111111');
    expect(serialized).not.toContain('DE89370400440532013000');
    expect(serialized).not.toContain('@example.com');
  });
});
