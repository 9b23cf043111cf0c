/**
 * @module quality/pii-mask
 * Mask personal data for display, so a finding can show what was found without repeating it:
 * `jane.doe@example.com` → `j***@e***.com`, a card number keeps its last 4 digits, an IBAN its country,
 * check digits and last 2 characters, a phone number its leading `+` and first 2 and last 2 digits, an IPv4
 * address its first octet, a birth date only the first two digits (`19**-**-**`), a national id nothing;
 * anything else keeps the first character of each word.
 *
 * @example
 * ```ts
 * import { maskPii } from './pii-mask.js';
 * maskPii('jane.doe@example.com', 'email'); // 'j***@e***.com'
 * maskPii('4111111111111111', 'card');      // '************1111'
 * ```
 */
import type { PiiKind } from './pii-names.js';

/**
 * The masked form of `value` as a `kind` of personal data.
 *
 * @example
 * ```ts
 * maskPii('DE89370400440532013000', 'iban'); // 'DE89****************00'
 * maskPii('Jane Doe', 'name');               // 'J*** D**'
 * ```
 */
export function maskPii(value: string, kind: PiiKind): string {
  const v = value.trim();
  switch (kind) {
    case 'email':
      return maskEmail(v);
    case 'card':
      return maskDigits(v, 0, 4);
    case 'iban': {
      const compact = v.replace(/ /g, '');
      return compact.slice(0, 4) + '*'.repeat(Math.max(compact.length - 6, 1)) + compact.slice(-2);
    }
    case 'phone':
      return maskDigits(v, 2, 2);
    case 'birth-date':
    case 'national-id':
      return v.replace(/\d/g, (d, at: number) => (kind === 'birth-date' && at < 2 ? d : '*')).replace(/\p{L}/gu, '*');
    case 'ip':
      return v.includes(':') ? `${v.split(':')[0] || ''}:****` : v.replace(/\.\d+/g, '.*');
    default:
      return maskWords(v);
  }
}

function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at < 0) return maskWords(v);
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot < 0 ? domain : domain.slice(0, dot);
  const tld = dot < 0 ? '' : domain.slice(dot);
  return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${tld}`;
}

/** Keep the first `head` and the last `tail` digits (and every non-digit), star the others. */
function maskDigits(v: string, head: number, tail: number): string {
  let total = 0;
  for (const ch of v) if (ch >= '0' && ch <= '9') total++;
  // never keep more than a third of the digits
  const keep = Math.max(0, Math.min(head + tail, Math.floor(total / 3)));
  const keepHead = Math.min(head, Math.floor(keep / 2));
  const keepTail = keep - keepHead;
  let seen = 0;
  let out = '';
  for (const ch of v) {
    if (ch >= '0' && ch <= '9') {
      out += seen < keepHead || seen >= total - keepTail ? ch : '*';
      seen++;
    } else out += ch;
  }
  return out;
}

/** Keep the first character of each run of letters/digits of two or more characters; star the rest. */
function maskWords(v: string): string {
  return v.replace(/[\p{L}\p{N}]+/gu, (run) => {
    const chars = [...run];
    return chars.length < 2 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
  });
}
