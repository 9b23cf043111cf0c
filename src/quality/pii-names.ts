/**
 * @module quality/pii-names
 * Column names that say a column holds personal data: names, addresses and postcodes, birth dates, e-mail,
 * phone, IBAN, card numbers, national/tax ids, IP addresses (English and German).
 *
 * The rule reads the head of the name — its last word after dropping trailing `number`/`nr`/`no`/`nummer`
 * and digits — so `customer_email` and `phone_number` match but `PhoneService` (head `service`) and
 * `email_opened` (head `opened`) do not. Birth dates match on any word (`date_of_birth`, `dob`,
 * `geburtsdatum`). `zip`/`plz`/postcode names report `postcode`, which the PII check confirms by content.
 *
 * @example
 * ```ts
 * import { piiKindFromName } from './pii-names.js';
 * piiKindFromName('customer_email'); // 'email'
 * piiKindFromName('Nachname');       // 'name'
 * piiKindFromName('PhoneService');   // null
 * ```
 */
import { nameWords } from './name-words.js';
import type { ContentPiiKind } from './pii-patterns.js';

/** A kind of personal data: by content, or by column name only. */
export type PiiKind = ContentPiiKind | 'name' | 'address' | 'postcode' | 'birth-date' | 'national-id';

const TRAILING = new Set(['number', 'numbers', 'nr', 'no', 'num', 'nummer', 'nbr']);
const EMAIL_HEADS = new Set(['email', 'mail', 'emailaddress', 'emailadresse', 'mailadresse']);
const IP_HEADS = new Set(['ip', 'ipaddress', 'ipv4', 'ipv6', 'ipadresse']);
const PHONE_HEADS = new Set([
  'phone',
  'telephone',
  'telefon',
  'tel',
  'mobile',
  'mobil',
  'handy',
  'cellphone',
  'fax',
  'phonenumber',
  'telefonnummer',
  'handynummer',
  'mobilnummer',
  'rufnummer',
]);
const IBAN_HEADS = new Set(['iban', 'kontonummer', 'bankverbindung']);
const CARD_HEADS = new Set(['cc', 'pan', 'creditcard', 'kreditkarte', 'kreditkartennummer', 'cardnumber']);
const CARD_QUALIFIERS = new Set(['credit', 'debit', 'payment', 'kredit']);
const ID_HEADS = new Set([
  'ssn',
  'sozialversicherungsnummer',
  'svnr',
  'steuernummer',
  'steuerid',
  'taxid',
  'tin',
  'passport',
  'passnummer',
  'personalausweis',
  'ausweisnummer',
  'nino',
]);
const ID_PHRASES = ['social_security', 'tax_id', 'steuer_id', 'national_id', 'id_card', 'identity_card', 'passport'];
const NAME_HEADS = new Set([
  'surname',
  'vorname',
  'nachname',
  'firstname',
  'lastname',
  'fullname',
  'username',
  'kundenname',
  'familienname',
  'cardholder',
]);
const NAME_QUALIFIERS = new Set([
  'first',
  'last',
  'full',
  'given',
  'family',
  'middle',
  'maiden',
  'user',
  'customer',
  'client',
  'contact',
  'person',
  'holder',
  'account',
  'sur',
  'kunden',
]);
const ADDRESS_HEADS = new Set([
  'address',
  'adresse',
  'anschrift',
  'street',
  'strasse',
  'straße',
  'streetaddress',
  'hausnummer',
  'wohnort',
]);
const POSTCODE_HEADS = new Set(['zip', 'zipcode', 'postcode', 'plz', 'postleitzahl']);
const POSTCODE_PHRASES = ['postal_code', 'post_code', 'zip_code'];
const BIRTH_WORDS = new Set(['birth', 'birthday', 'birthdate', 'dob', 'geburtsdatum', 'geburtstag', 'geboren']);

/**
 * The kind of personal data a column name announces, or null.
 *
 * @example
 * ```ts
 * piiKindFromName('email_address');   // 'email'
 * piiKindFromName('credit_card_no');  // 'card'
 * piiKindFromName('date_of_birth');   // 'birth-date'
 * piiKindFromName('zip_code');        // 'postcode'
 * ```
 */
export function piiKindFromName(column: string): PiiKind | null {
  const words = nameWords(column);
  if (words.some((w) => BIRTH_WORDS.has(w))) return 'birth-date';
  const core = [...words];
  while (core.length > 1 && (TRAILING.has(core[core.length - 1]) || /^\d+$/.test(core[core.length - 1]))) core.pop();
  if (core.length === 0) return null;
  const head = core[core.length - 1];
  const prev = core.length > 1 ? core[core.length - 2] : '';
  const joined = core.join('_');
  const endsWith = (phrase: string) => joined === phrase || joined.endsWith(`_${phrase}`);
  if (EMAIL_HEADS.has(head) || joined.endsWith('e_mail') || (isAddressWord(head) && EMAIL_HEADS.has(prev))) {
    return 'email';
  }
  if (IP_HEADS.has(head) || (isAddressWord(head) && prev === 'ip')) return 'ip';
  if (PHONE_HEADS.has(head)) return 'phone';
  if (IBAN_HEADS.has(head) || endsWith('bank_account')) return 'iban';
  if (CARD_HEADS.has(head) || (head === 'card' && (CARD_QUALIFIERS.has(prev) || words.length > core.length))) {
    return 'card';
  }
  if (ID_HEADS.has(head) || ID_PHRASES.some(endsWith)) return 'national-id';
  if (joined === 'name' || NAME_HEADS.has(head) || (head === 'name' && NAME_QUALIFIERS.has(prev))) return 'name';
  if (POSTCODE_HEADS.has(head) || POSTCODE_PHRASES.some(endsWith)) return 'postcode';
  if (ADDRESS_HEADS.has(head)) return 'address';
  return null;
}

function isAddressWord(w: string): boolean {
  return w === 'address' || w === 'adresse' || w === 'addr';
}
