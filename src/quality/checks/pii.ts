/**
 * @module quality/checks/pii
 * Personal data in the table (`pii`): found by content (e-mails, phone numbers, IBANs, card numbers, IP
 * addresses — as whole values or inside free text) and by column name (names, addresses, postcodes, birth
 * dates, national/tax ids, and the content kinds). Findings never repeat a value: `details.examples` are
 * masked (`j***@e***.com`).
 *
 * Rules:
 * - Content: up to 2,000 distinct values per text/category column (a seeded sample beyond) are read. A kind
 *   is reported when at least 30 % of the sampled values are wholly of that kind, or — for e-mails and IBANs,
 *   whose validators rarely err — when any sampled value is one or contains one, or when any value holds it
 *   inside longer text (free text). The cell count then covers every value of the column (up to 500,000
 *   distinct values). Number columns are read for card numbers only (13–16-digit integers).
 * - Name: `quality/pii-names.ts`. Postcode names count only when most values carry digits (so Hillstrom's
 *   `zip_code` = Urban/Rural is not flagged). Boolean columns are never flagged; datetime columns only as
 *   birth dates.
 * - Severity: error for card numbers, IBANs and national/tax ids (financial and identity numbers); warning
 *   for the rest. One finding per column.
 *
 * @example
 * ```ts
 * import { piiCheck } from './pii.js';
 * piiCheck(context).map((f) => f.details?.kinds); // [['email'], ['iban'], …]
 * ```
 */
import { type CategoryColumn, type Column, isMissingAt, type NumberColumn } from '../../data/column.js';
import { storageRow, type Table } from '../../data/table.js';
import { createRng } from '../../util/rng.js';
import { catalogueFinding, firstRows, percent } from '../catalogue-finding.js';
import type { Check } from '../check.js';
import type { Finding } from '../finding.js';
import { maskPii } from '../pii-mask.js';
import { type PiiKind, piiKindFromName } from '../pii-names.js';
import { CONTENT_PII_KINDS, type ContentPiiKind, embeddedPii, isCardNumber, wholePii } from '../pii-patterns.js';

/** Distinct values read per column to decide which kinds it holds. */
export const PII_SAMPLE_VALUES = 2000;
/** Share of sampled distinct values wholly of one kind from which the column holds that kind. */
export const PII_WHOLE_SHARE = 0.3;
/** Distinct values examined for the cell count. */
const MAX_COUNTED_VALUES = 500_000;
/** Kinds reported on a single match: their validators (e-mail syntax, IBAN mod-97) rarely err. */
const STRONG_KINDS: ReadonlySet<PiiKind> = new Set(['email', 'iban']);
/** Kinds whose findings are errors. */
const ERROR_KINDS: ReadonlySet<PiiKind> = new Set(['card', 'iban', 'national-id']);
/** Name kinds a number column can hold. */
const NUMERIC_NAME_KINDS: ReadonlySet<PiiKind> = new Set([
  'phone',
  'card',
  'iban',
  'postcode',
  'national-id',
  'birth-date',
]);

/** What the content scan of one column found. */
interface ContentScan {
  readonly kinds: ContentPiiKind[];
  /** Cells holding any reported kind, and per kind. */
  readonly cells: number;
  readonly cellsByKind: Partial<Record<ContentPiiKind, number>>;
  /** Share of sampled distinct values wholly of each kind. */
  readonly wholeShare: Partial<Record<ContentPiiKind, number>>;
  /** Sampled distinct values holding each kind inside longer text. */
  readonly embedded: Partial<Record<ContentPiiKind, number>>;
  /** Whether some kind was found only inside free text. */
  readonly inText: boolean;
  readonly sampled: number;
  readonly distinct: number;
  /** Distinct values examined for the cell count (all up to 500,000, else the sample). */
  readonly counted: number;
  /** Share of sampled distinct values holding a reported kind. */
  readonly matchedShare: number;
  readonly masked: string[];
  readonly examples: number[];
}

/**
 * The PII check: one `pii` finding per column holding personal data by content or by name.
 *
 * @example
 * ```ts
 * const [f] = piiCheck(context);
 * f.details?.examples; // ['j***@e***.com', …] — masked, never the value itself
 * ```
 */
export const piiCheck: Check = (context) => {
  const { table } = context;
  const seed = context.options.seed ?? 0;
  const out: Finding[] = [];
  for (const column of table.columns) {
    if (column.storage === 'boolean') continue;
    let nameKind = piiKindFromName(column.name);
    if (column.storage === 'datetime' && nameKind !== 'birth-date') nameKind = null;
    if (column.storage === 'number' && nameKind !== null && !NUMERIC_NAME_KINDS.has(nameKind)) nameKind = null;
    let scan: ContentScan | null = null;
    if (column.storage === 'category') {
      scan = scanCategory(table, column, context.categoryCounts(column.name), seed);
    } else if (column.storage === 'number') {
      scan = scanNumbers(table, column);
    }
    if (nameKind === 'postcode' && !postcodeContent(table, column)) nameKind = null;
    const finding = piiFinding(table, column, scan, nameKind);
    if (finding) out.push(finding);
  }
  return out;
};

function scanCategory(table: Table, column: CategoryColumn, counts: Int32Array, seed: number): ContentScan | null {
  const present: number[] = [];
  for (let c = 0; c < column.dictionary.length; c++) if (counts[c] > 0) present.push(c);
  if (present.length === 0) return null;
  const sample = sampleOf(present, PII_SAMPLE_VALUES, seed);
  const whole: Partial<Record<ContentPiiKind, number>> = {};
  const embedded: Partial<Record<ContentPiiKind, number>> = {};
  for (const code of sample) {
    const value = column.dictionary[code];
    const w = wholePii(value);
    if (w) whole[w] = (whole[w] ?? 0) + 1;
    else for (const kind of new Set(embeddedPii(value).map((m) => m.kind))) embedded[kind] = (embedded[kind] ?? 0) + 1;
  }
  const wholeShare: Partial<Record<ContentPiiKind, number>> = {};
  for (const k of CONTENT_PII_KINDS) if (whole[k]) wholeShare[k] = (whole[k] ?? 0) / sample.length;
  const kinds = CONTENT_PII_KINDS.filter(
    (k) =>
      (wholeShare[k] ?? 0) >= PII_WHOLE_SHARE || (embedded[k] ?? 0) > 0 || (STRONG_KINDS.has(k) && (whole[k] ?? 0) > 0),
  );
  if (kinds.length === 0) return null;
  const wholeKind = (k: ContentPiiKind) =>
    (wholeShare[k] ?? 0) >= PII_WHOLE_SHARE || (STRONG_KINDS.has(k) && (whole[k] ?? 0) > 0);
  const inText = !kinds.some(wholeKind);
  // count cells over every distinct value (bounded)
  const wanted = new Set<ContentPiiKind>(kinds);
  const flagged = new Uint8Array(column.dictionary.length);
  const cellsByKind: Partial<Record<ContentPiiKind, number>> = {};
  const masked: string[] = [];
  let cells = 0;
  let matchedInSample = 0;
  const inSample = new Set(sample);
  const counted = present.length > MAX_COUNTED_VALUES ? sample : present;
  for (const code of counted) {
    const value = column.dictionary[code];
    const w = wholePii(value);
    const matches = w ? [{ kind: w, text: value }] : embeddedPii(value);
    const hits = matches.filter((m) => wanted.has(m.kind));
    if (hits.length === 0) continue;
    flagged[code] = 1;
    cells += counts[code];
    if (inSample.has(code)) matchedInSample++;
    for (const kind of new Set(hits.map((h) => h.kind))) cellsByKind[kind] = (cellsByKind[kind] ?? 0) + counts[code];
    const shown = maskPii(hits[0].text, hits[0].kind);
    if (masked.length < 3 && !masked.includes(shown)) masked.push(shown);
  }
  const examples = firstRows(table.rowCount, (i) => {
    const c = column.codes[storageRow(table, i)];
    return c >= 0 && flagged[c] === 1;
  });
  return {
    kinds,
    cells,
    cellsByKind,
    wholeShare,
    embedded,
    inText,
    sampled: sample.length,
    distinct: present.length,
    counted: counted.length,
    matchedShare: matchedInSample / sample.length,
    masked,
    examples,
  };
}

/** Number columns: 13–16-digit integers that are card numbers. */
function scanNumbers(table: Table, column: NumberColumn): ContentScan | null {
  if (column.type === 'numeric') return null;
  const values = column.values;
  const distinct = new Map<number, boolean>();
  let cells = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const v = values[storageRow(table, i)];
    if (!(v >= 1e12 && v <= Number.MAX_SAFE_INTEGER)) continue;
    let card = distinct.get(v);
    if (card === undefined) {
      card = isCardNumber(String(v));
      distinct.set(v, card);
    }
    if (card) cells++;
  }
  if (distinct.size === 0) return null;
  let cardValues = 0;
  let present = 0;
  const seen = new Set<number>();
  for (let i = 0; i < table.rowCount; i++) {
    const v = values[storageRow(table, i)];
    if (v === v && !seen.has(v)) {
      seen.add(v);
      present++;
      if (distinct.get(v)) cardValues++;
    }
  }
  const share = cardValues / present;
  if (share < PII_WHOLE_SHARE) return null;
  const masked = [...distinct.entries()]
    .filter(([, card]) => card)
    .slice(0, 3)
    .map(([v]) => maskPii(String(v), 'card'));
  const examples = firstRows(table.rowCount, (i) => distinct.get(values[storageRow(table, i)]) === true);
  return {
    kinds: ['card'],
    cells,
    cellsByKind: { card: cells },
    wholeShare: { card: share },
    embedded: {},
    inText: false,
    sampled: present,
    distinct: present,
    counted: present,
    matchedShare: share,
    masked,
    examples,
  };
}

/** Whether most values of a postcode-named column carry digits (real postcodes do). */
function postcodeContent(table: Table, column: Column): boolean {
  if (column.storage === 'number') return true;
  if (column.storage !== 'category') return false;
  let withDigits = 0;
  let present = 0;
  const limit = Math.min(table.rowCount, 5000);
  for (let i = 0; i < limit; i++) {
    const c = column.codes[storageRow(table, i)];
    if (c < 0) continue;
    present++;
    if ((column.dictionary[c].match(/\d/g) ?? []).length >= 2) withDigits++;
  }
  return present > 0 && withDigits / present >= 0.5;
}

/** A seeded sample of at most `max` items (all of them when fewer). */
function sampleOf(items: readonly number[], max: number, seed: number): number[] {
  if (items.length <= max) return [...items];
  const rng = createRng(seed);
  const a = [...items];
  for (let i = 0; i < max; i++) {
    const j = i + rng.int(a.length - i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a.slice(0, max).sort((x, y) => x - y);
}

function piiFinding(table: Table, column: Column, scan: ContentScan | null, nameKind: PiiKind | null): Finding | null {
  if (!scan && !nameKind) return null;
  const kinds: PiiKind[] = [...(scan?.kinds ?? [])];
  if (nameKind && !kinds.includes(nameKind)) kinds.push(nameKind);
  const rows = table.rowCount;
  const filled = scan ? scan.cells : countFilled(table, column);
  const masked = scan ? scan.masked : maskedByName(table, column, nameKind as PiiKind);
  const examples = scan ? scan.examples : firstRows(rows, (i) => !isMissingAt(column, storageRow(table, i)));
  const messageId = !scan ? 'quality.pii.name' : scan.inText ? 'quality.pii.inText' : 'quality.pii';
  const byKind: Record<string, unknown> = {};
  for (const k of kinds) {
    const content = scan?.kinds.includes(k as ContentPiiKind) ?? false;
    byKind[k] = {
      source: content && k === nameKind ? 'content+name' : content ? 'content' : 'name',
      ...(content && scan
        ? {
            cells: scan.cellsByKind[k as ContentPiiKind] ?? 0,
            wholeShare: scan.wholeShare[k as ContentPiiKind] ?? 0,
            embeddedValues: scan.embedded[k as ContentPiiKind] ?? 0,
          }
        : {}),
    };
  }
  return catalogueFinding({
    check: 'pii',
    severity: kinds.some((k) => ERROR_KINDS.has(k)) ? 'error' : 'warning',
    column: column.name,
    count: filled,
    share: rows === 0 ? 0 : filled / rows,
    examples,
    messageId,
    suggestionId: 'quality.pii.fix',
    params: { column: column.name, kinds: kinds.join(', '), count: filled, percent: percent(filled / rows) },
    details: {
      kinds,
      byKind,
      ...(nameKind ? { nameKind } : {}),
      ...(scan
        ? {
            matchedShare: scan.matchedShare,
            sampledValues: scan.sampled,
            distinctValues: scan.distinct,
            countedValues: scan.counted,
          }
        : {}),
      examples: masked,
    },
  });
}

function countFilled(table: Table, column: Column): number {
  let n = 0;
  for (let i = 0; i < table.rowCount; i++) if (!isMissingAt(column, storageRow(table, i))) n++;
  return n;
}

/** Up to 3 masked distinct values of a column flagged by name only. */
function maskedByName(table: Table, column: Column, kind: PiiKind): string[] {
  const out = new Set<string>();
  for (let i = 0; i < table.rowCount && out.size < 3; i++) {
    const row = storageRow(table, i);
    if (isMissingAt(column, row)) continue;
    let text: string;
    switch (column.storage) {
      case 'category':
        text = column.dictionary[column.codes[row]];
        break;
      case 'datetime':
        text = new Date(column.values[row]).toISOString().slice(0, 10);
        break;
      case 'number':
        text = String(column.values[row]);
        break;
      default:
        continue;
    }
    out.add(maskPii(text, kind));
  }
  return [...out];
}
