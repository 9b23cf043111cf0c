import { describe, expect, it } from 'vitest';
import { maskDbUrl, parseDbAddress, scrubSecrets } from '../../../src/data/sql/db-address.js';
import { ValidationError } from '../../../src/util/errors.js';

describe('parseDbAddress', () => {
  it('recognises SQLite addresses', () => {
    expect(parseDbAddress('sqlite:crm.db')).toEqual({ kind: 'sqlite', path: 'crm.db', display: 'sqlite:crm.db' });
    expect(parseDbAddress('sqlite:///var/data/crm.db')).toMatchObject({ kind: 'sqlite', path: '/var/data/crm.db' });
    expect(parseDbAddress('data/crm.sqlite3')).toMatchObject({ kind: 'sqlite', path: 'data/crm.sqlite3' });
    expect(parseDbAddress('C.SQLITE')).toMatchObject({ kind: 'sqlite', path: 'C.SQLITE' });
  });

  it('recognises PostgreSQL URLs and masks their passwords', () => {
    const a = parseDbAddress('postgresql://ana:s3cr%40t@db.example.com:5432/crm?sslmode=require');
    expect(a).toMatchObject({
      kind: 'postgres',
      display: 'postgresql://ana:***@db.example.com:5432/crm?sslmode=require',
      secrets: ['s3cr%40t', 's3cr@t'],
    });
    expect(parseDbAddress('postgres://localhost/crm')).toMatchObject({
      display: 'postgres://localhost/crm',
      secrets: [],
    });
  });

  it('rejects other addresses without showing a password', () => {
    for (const db of ['mysql://root:pw123@h/crm', 'crm.csv', 'sqlite:', 'postgres://']) {
      const e = (() => {
        try {
          parseDbAddress(db);
        } catch (x) {
          return x;
        }
      })();
      expect(e, db).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).messageId).toBe('sql.unsupportedUrl');
      expect((e as ValidationError).message).not.toContain('pw123');
    }
  });
});

describe('masking', () => {
  it('masks passwords, including ones with raw @ or /', () => {
    expect(maskDbUrl('postgres://u:p@ss/w@h/db')).toBe('postgres://u:***@h/db');
    expect(maskDbUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
    expect(parseDbAddress('postgres://u:p@ss/w@h/db')).toMatchObject({ secrets: ['p@ss/w'] });
    expect(scrubSecrets('password "p@ss/w" rejected', ['p@ss/w'])).toBe('password "***" rejected');
  });
});
