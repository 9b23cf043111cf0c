/**
 * @module quality/checks/near-duplicate-records
 * `near-duplicate-records`: rows that share a normalised e-mail address, phone number or person name with an
 * earlier row while not being exact copies of another row (those are `duplicate-rows`) — the same customer
 * entered twice with another spelling or other details. Candidate columns are found by name (`email`,
 * `phone`, `customer_name`, first + last name columns, …) or by content (≥ 80 % of the distinct values look
 * like e-mail addresses or phone numbers); only they are normalised, once per distinct value.
 * `details.kind` is the kind, `details.pairs` up to five [row, earlier row, value, earlier value].
 *
 * Severity: warning for e-mail and phone; info for names (different people share names).
 *
 * @example
 * ```ts
 * import { nearDuplicateRecordsCheck } from './near-duplicate-records.js';
 * nearDuplicateRecordsCheck(ctx); // [{ check: 'near-duplicate-records', column: 'email', count: 12, … }]
 * ```
 */
import type { CategoryColumn } from '../../data/column.js';
import type { Table } from '../../data/table.js';
import type { Check } from '../check.js';
import { catalogueFinding, percent } from '../catalogue-finding.js';
import {
  type ContactKind,
  contactKindByContent,
  contactKindByName,
  namePartByName,
  normaliseName,
  normaliserOf,
} from '../contact-keys.js';
import type { Finding } from '../finding.js';
import type { MessageId } from '../../util/messages.js';
import { exactDuplicates } from './duplicate-rows.js';

/** A candidate: per visible row the id of its normalised key (−1 for none), and the raw text of a row. */
interface Candidate {
  readonly kind: ContactKind;
  readonly columns: readonly string[];
  readonly keys: Int32Array;
  readonly raw: (visible: number) => string;
}

const MESSAGE: Record<ContactKind, MessageId> = {
  email: 'quality.nearDuplicateRecords.email',
  phone: 'quality.nearDuplicateRecords.phone',
  name: 'quality.nearDuplicateRecords.name',
};

/**
 * The `near-duplicate-records` check.
 *
 * @example
 * ```ts
 * nearDuplicateRecordsCheck(ctx).map((f) => f.details?.kind); // ['email']
 * ```
 */
export const nearDuplicateRecordsCheck: Check = (ctx) => {
  const { table } = ctx;
  const candidates = findCandidates(table, (name) => ctx.categoryCounts(name));
  if (candidates.length === 0) return [];
  const exact = exactDuplicates(ctx).firstOf;
  const out: Finding[] = [];
  for (const cand of candidates) {
    const firstOfKey = new Map<number, number>();
    let count = 0;
    const pairs: [number, number, string, string][] = [];
    const examples: number[] = [];
    const repeatedKeys = new Set<number>();
    for (let i = 0; i < table.rowCount; i++) {
      const key = cand.keys[i];
      if (key < 0 || exact[i] >= 0) continue;
      const first = firstOfKey.get(key);
      if (first === undefined) {
        firstOfKey.set(key, i);
        continue;
      }
      count++;
      repeatedKeys.add(key);
      if (examples.length < 5) {
        examples.push(i + 1);
        pairs.push([i + 1, first + 1, cand.raw(i), cand.raw(first)]);
      }
    }
    if (count === 0) continue;
    const share = count / table.rowCount;
    const column = cand.columns.join(' + ');
    out.push(
      catalogueFinding({
        check: 'near-duplicate-records',
        severity: cand.kind === 'name' ? 'info' : 'warning',
        column: cand.columns[0],
        columns: cand.columns,
        count,
        share,
        examples,
        messageId: MESSAGE[cand.kind],
        suggestionId: 'quality.nearDuplicateRecords.fix',
        params: { column, count, percent: percent(share), groups: repeatedKeys.size },
        details: { kind: cand.kind, groups: repeatedKeys.size, pairs },
      }),
    );
  }
  return out;
};

/** Columns holding e-mail addresses, phone numbers or names, with their keys per row. */
function findCandidates(table: Table, counts: (name: string) => Int32Array): Candidate[] {
  const out: Candidate[] = [];
  let first: CategoryColumn | null = null;
  let last: CategoryColumn | null = null;
  for (const column of table.columns) {
    if (column.storage !== 'category') continue;
    const part = namePartByName(column.name);
    if (part === 'first') first = column;
    if (part === 'last') last = column;
    const c = counts(column.name);
    const present: string[] = [];
    for (let code = 0; code < c.length && present.length < 1000; code++)
      if (c[code] > 0) present.push(column.dictionary[code]);
    const kind = contactKindByName(column.name) ?? contactKindByContent(present);
    if (!kind) continue;
    const normalise = normaliserOf(kind);
    if (present.filter((v) => normalise(v) !== null).length < 0.5 * present.length) continue;
    const ids = new Map<string, number>();
    const codeKey = new Int32Array(column.dictionary.length).fill(-1);
    for (let code = 0; code < c.length; code++) {
      if (c[code] === 0) continue;
      const key = normalise(column.dictionary[code]);
      if (key === null) continue;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      codeKey[code] = id;
    }
    const keys = new Int32Array(table.rowCount);
    const codes = column.codes;
    const rows = table.index;
    for (let i = 0; i < keys.length; i++) {
      const code = codes[rows ? rows[i] : i];
      keys[i] = code < 0 ? -1 : codeKey[code];
    }
    const dictionary = column.dictionary;
    out.push({
      kind,
      columns: [column.name],
      keys,
      raw: (i) => dictionary[codes[rows ? rows[i] : i]] ?? '',
    });
  }
  if (first && last) out.push(fullNameCandidate(table, first, last));
  return out;
}

/** First and last name columns combined into one name key per row. */
function fullNameCandidate(table: Table, first: CategoryColumn, last: CategoryColumn): Candidate {
  const rows = table.index;
  const keys = new Int32Array(table.rowCount);
  const byPair = new Map<number, number>();
  const ids = new Map<string, number>();
  const width = last.dictionary.length + 1;
  const text = (i: number) => {
    const r = rows ? rows[i] : i;
    return `${first.dictionary[first.codes[r]] ?? ''} ${last.dictionary[last.codes[r]] ?? ''}`.trim();
  };
  for (let i = 0; i < keys.length; i++) {
    const r = rows ? rows[i] : i;
    const a = first.codes[r];
    const b = last.codes[r];
    if (a < 0 && b < 0) {
      keys[i] = -1;
      continue;
    }
    const pair = (a + 1) * width + (b + 1);
    let id = byPair.get(pair);
    if (id === undefined) {
      const key = normaliseName(text(i));
      if (key === null) id = -1;
      else {
        id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
      }
      byPair.set(pair, id);
    }
    keys[i] = id;
  }
  return { kind: 'name', columns: [first.name, last.name], keys, raw: text };
}
