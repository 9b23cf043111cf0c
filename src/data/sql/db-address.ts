/**
 * @module data/sql/db-address
 * The `--db` address of a SQL query: `sqlite:PATH` (also `sqlite://PATH`), a file path ending in `.db`,
 * `.sqlite` or `.sqlite3`, or a `postgres://` / `postgresql://` URL. Passwords in URLs are never shown:
 * every message uses the masked form (`postgres://ana:***@db.example.com/crm`).
 *
 * @example
 * ```ts
 * import { parseDbAddress } from './db-address.js';
 * parseDbAddress('sqlite:crm.db'); // { kind: 'sqlite', path: 'crm.db', display: 'sqlite:crm.db' }
 * parseDbAddress('postgres://ana:pw@localhost/crm').display; // 'postgres://ana:***@localhost/crm'
 * ```
 */
import { ValidationError } from '../../util/errors.js';

/** A parsed database address. `display` is safe to print (no password). */
export type DbAddress =
  | { readonly kind: 'sqlite'; readonly path: string; readonly display: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly display: string;
      /** Secrets to blank out of driver messages (the password, raw and decoded). */
      readonly secrets: readonly string[];
    };

const POSTGRES = /^postgres(ql)?:\/\/./i;

/**
 * The address with any password replaced by `***` (also for strings that are not valid URLs).
 *
 * @example
 * ```ts
 * maskDbUrl('postgresql://u:s3cret@h:5432/db'); // 'postgresql://u:***@h:5432/db'
 * ```
 */
export function maskDbUrl(db: string): string {
  // Greedy up to the last '@', so a password holding a raw '@' or '/' is masked whole.
  return db.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):.*@/i, '$1:***@');
}

/**
 * Parse a `--db` address; unsupported addresses are a `ValidationError('sql.unsupportedUrl')`.
 *
 * @example
 * ```ts
 * parseDbAddress('data/crm.sqlite3').kind; // 'sqlite'
 * ```
 */
export function parseDbAddress(db: string): DbAddress {
  const trimmed = db.trim();
  if (/^sqlite:/i.test(trimmed)) {
    let path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (path.length > 0) return { kind: 'sqlite', path, display: `sqlite:${path}` };
  } else if (POSTGRES.test(trimmed)) {
    const secrets: string[] = [];
    const raw = /^[a-z]+:\/\/[^:/?#@]*:(.*)@/i.exec(trimmed)?.[1];
    if (raw) secrets.push(raw);
    if (raw && safeDecode(raw) !== raw) secrets.push(safeDecode(raw));
    try {
      new URL(trimmed);
      return { kind: 'postgres', url: trimmed, display: maskDbUrl(trimmed), secrets };
    } catch {
      // not a URL: fall through to the error
    }
  } else if (/\.(db|sqlite|sqlite3)$/i.test(trimmed) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return { kind: 'sqlite', path: trimmed, display: `sqlite:${trimmed}` };
  }
  throw new ValidationError('sql.unsupportedUrl', { db: maskDbUrl(trimmed) });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Remove secrets from a driver message.
 *
 * @example
 * ```ts
 * scrubSecrets('bad password s3cret', ['s3cret']); // 'bad password ***'
 * ```
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join('***');
  return out;
}
