/**
 * @module data/csv/sniff-csv
 * Guesses the dialect of a CSV from its first ~64 KiB of text: the delimiter among `,` `;` tab `|` (the one
 * that splits the records into the same number of fields, respecting quotes), a leading junk line (such as
 * adult.test's `|1x3 Cross validator`) or Excel's `sep=;` line, spaces after each delimiter (UCI Adult's
 * `39, State-gov, 77516`), and whether the first record is a header (all text where the body holds numbers or
 * dates; for all-text files, header values that never recur in their column). Every guess becomes a note
 * for the user; every guess can be overridden by an option.
 *
 * @example
 * ```ts
 * import { sniffCsv } from './sniff-csv.js';
 * const { dialect, notes } = sniffCsv('"age";"job"\n30;"admin."\n41;"services"\n', {}, true);
 * dialect.delimiter; // ';'
 * notes; // ["delimiter ';' (sniffed)"]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { formatMessage } from '../../util/messages.js';

/** How a CSV file is written. */
export interface CsvDialect {
  /** One character: `,` `;` `\t` `|` or what the user gave. */
  readonly delimiter: string;
  /** The quote character (always `"`). */
  readonly quote: string;
  /** Whether a leading run of spaces of each field is removed. */
  readonly skipInitialSpace: boolean;
  /** Whether the first record (after skipped lines) names the columns. */
  readonly hasHeader: boolean;
  /** Physical lines skipped before the first record. */
  readonly skipLines: number;
}

/** What the caller already knows; each given value replaces the guess. */
export interface SniffOptions {
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  readonly skipLines?: number;
  readonly skipInitialSpace?: boolean;
  /** Tokens that mean "missing" (a first row containing one is data, not a header). */
  readonly missingTokens?: ReadonlySet<string>;
}

/** The sniffed dialect, notes for the user, and the sample records (after skipped lines) it was judged on. */
export interface SniffResult {
  readonly dialect: CsvDialect;
  readonly notes: readonly string[];
  /** Up to 200 records of the sample, parsed with the dialect. */
  readonly records: readonly (readonly string[])[];
}

/** The delimiters tried, in order of preference on a tie. */
export const SNIFF_DELIMITERS: readonly string[] = Object.freeze([',', ';', '\t', '|']);

const MAX_RECORDS = 200;
const SNIFF_MISSING = new Set(['NA', 'N/A', 'n/a', 'null', 'NULL', '?', 'NaN', '#N/A', 'None']);

/**
 * Sniff the dialect of `sample` (the decoded start of the file; `complete` when it is the whole file, so the
 * last record is not cut).
 *
 * @example
 * ```ts
 * sniffCsv('39, State-gov, 77516\n50, Self-emp, 83311\n', {}, true).dialect;
 * // { delimiter: ',', quote: '"', skipInitialSpace: true, hasHeader: false, skipLines: 0 }
 * ```
 */
export function sniffCsv(sample: string, options: SniffOptions = {}, complete = false): SniffResult {
  const notes: string[] = [];
  if (options.delimiter !== undefined) checkDelimiter(options.delimiter);
  let delimiter = options.delimiter;
  let skipLines = options.skipLines ?? 0;
  let text = sample;
  const sep = /^sep=([^\r\n"])(\r\n|\n|\r)/.exec(text);
  if (sep && options.skipLines === undefined) {
    if (delimiter === undefined) {
      delimiter = sep[1];
      notes.push(formatMessage('csv.note.sepLine', { delimiter: showDelimiter(delimiter) }));
    }
    skipLines = 1;
    text = text.slice(sep[0].length);
  } else if (options.skipLines !== undefined && options.skipLines > 0) {
    text = dropLines(text, options.skipLines);
    notes.push(formatMessage('csv.note.skippedLines', { count: options.skipLines }));
  }

  // Delimiter: the candidate whose records agree on a field count (≥ 2).
  let best: { d: string; score: number; mode: number; records: SampleRecord[] } | null = null;
  for (const d of delimiter !== undefined ? [delimiter] : SNIFF_DELIMITERS) {
    const records = parseSample(text, d, false, complete);
    if (records.length === 0) continue;
    const { mode, consistency, firstMatches } = fieldCountStats(records);
    if (mode < 2 && delimiter === undefined) continue;
    const score = consistency + (firstMatches ? 0.01 : 0);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && mode > best.mode)) {
      best = { d, score, mode, records };
    }
  }
  if (delimiter === undefined) {
    if (best) {
      delimiter = best.d;
      if (!sep) notes.push(formatMessage('csv.note.delimiter', { delimiter: showDelimiter(delimiter) }));
    } else {
      delimiter = ',';
      if (parseSample(text, ',', false, complete).length > 0) notes.push(formatMessage('csv.note.singleColumn'));
    }
  }
  let records = best && best.d === delimiter ? best.records : parseSample(text, delimiter, false, complete);

  // A single junk line before the records (only when the caller did not say how many lines to skip).
  if (options.skipLines === undefined && !sep && records.length >= 3) {
    const { mode, consistency } = fieldCountStats(records);
    const first = records[0];
    const got = first.fields.length;
    if (
      first.lines === 1 &&
      got !== mode &&
      mode >= 2 &&
      consistency >= 0.9 &&
      (got === 1 || Math.abs(got - mode) >= Math.max(1, mode / 2))
    ) {
      skipLines = 1;
      const raw = first.fields.join(delimiter);
      notes.push(
        formatMessage('csv.note.junkLine', {
          got,
          expected: mode,
          text: raw.length > 60 ? `${raw.slice(0, 57)}...` : raw,
        }),
      );
      text = dropLines(text, 1);
      records = parseSample(text, delimiter, false, complete);
    }
  }

  let skipInitialSpace = options.skipInitialSpace;
  if (skipInitialSpace === undefined) {
    skipInitialSpace = leadingSpaceShare(records) >= 0.9;
    if (skipInitialSpace) notes.push(formatMessage('csv.note.skipInitialSpace'));
  }
  if (skipInitialSpace) records = parseSample(text, delimiter, true, complete);

  const rows = records.map((r) => r.fields);
  const hasHeader = options.hasHeader ?? detectHeader(rows, options.missingTokens ?? SNIFF_MISSING);
  return {
    dialect: Object.freeze({ delimiter, quote: '"', skipInitialSpace, hasHeader, skipLines }),
    notes,
    records: rows,
  };
}

function checkDelimiter(d: string): void {
  if (d.length !== 1 || d.charCodeAt(0) > 0x7f || d === '"' || d === '\n' || d === '\r') {
    throw new ValidationError('option.invalid', {
      name: 'delimiter',
      expected: 'one ASCII character other than a quote or a line break (e.g. , ; | or \\t)',
      got: JSON.stringify(d),
    });
  }
}

/**
 * A delimiter as users read it: `tab` for `\t`, else the character in quotes.
 *
 * @example
 * ```ts
 * showDelimiter('\t'); // 'tab'
 * ```
 */
export function showDelimiter(d: string): string {
  return d === '\t' ? 'tab' : `'${d}'`;
}

function dropLines(text: string, count: number): string {
  let i = 0;
  for (let k = 0; k < count && i < text.length; k++) {
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
  }
  return text.slice(i);
}

interface SampleRecord {
  readonly fields: string[];
  /** Physical lines the record spans. */
  readonly lines: number;
}

/** Parse up to `MAX_RECORDS` records of sample text (blank lines skipped; a record cut by the sample end dropped). */
function parseSample(text: string, d: string, skipSpace: boolean, complete: boolean): SampleRecord[] {
  const out: SampleRecord[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_RECORDS) {
    const c0 = text[i];
    if (c0 === '\n') {
      i++;
      continue;
    }
    if (c0 === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    const fields: string[] = [];
    let lines = 1;
    let terminated = false;
    for (;;) {
      if (skipSpace) while (text[i] === ' ') i++;
      let value: string;
      if (text[i] === '"') {
        let j = i + 1;
        let v = '';
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          v += text.slice(j, q);
          if (text[q + 1] === '"') {
            v += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) return out;
        lines += (v.match(/\r\n|\r|\n/g) ?? []).length;
        let k = i;
        while (k < n && text[k] !== d && text[k] !== '\n' && text[k] !== '\r') k++;
        value = v + text.slice(i, k).trim();
        i = k;
      } else {
        let k = i;
        while (k < n && text[k] !== d && text[k] !== '\n' && text[k] !== '\r') k++;
        value = text.slice(i, k);
        i = k;
      }
      fields.push(value);
      if (i >= n) {
        terminated = complete;
        break;
      }
      if (text[i] === d) {
        i++;
        continue;
      }
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      terminated = true;
      break;
    }
    if (!terminated) break;
    out.push({ fields, lines });
  }
  return out;
}

/** The most common field count of the records after the first, its share, and whether the first agrees. */
function fieldCountStats(records: readonly SampleRecord[]): {
  mode: number;
  consistency: number;
  firstMatches: boolean;
} {
  const body = records.length > 1 ? records.slice(1) : records;
  const freq = new Map<number, number>();
  for (const r of body) freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [k, f] of freq) {
    if (f > top || (f === top && k > mode)) {
      mode = k;
      top = f;
    }
  }
  return { mode, consistency: top / body.length, firstMatches: records[0].fields.length === mode };
}

/** Share of the fields after a delimiter (non-empty ones) that start with a space. */
function leadingSpaceShare(records: readonly SampleRecord[]): number {
  let total = 0;
  let spaced = 0;
  for (const r of records) {
    for (let j = 1; j < r.fields.length; j++) {
      const f = r.fields[j];
      if (f.length === 0) continue;
      total++;
      if (f.charCodeAt(0) === 0x20) spaced++;
    }
  }
  return total >= 4 ? spaced / total : 0;
}

const NUMBER_LIKE = /^[-+]?(\d+([.,']\d+)*|\d*[.,]\d+)([eE][-+]?\d+)?%?$/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d|$)/;

function isValueLike(cell: string): boolean {
  return NUMBER_LIKE.test(cell) || DATE_LIKE.test(cell);
}

/**
 * Whether the first record is a header: every cell is text (no number, date or missing token, at least half
 * non-empty), and either some column's body holds numbers/dates (≥ 80 % of its values) or — in an all-text
 * file — no header value recurs in its own column's body.
 *
 * @example
 * ```ts
 * detectHeader([['age', 'job'], ['30', 'admin.']], new Set(['NA'])); // true
 * ```
 */
export function detectHeader(rows: readonly (readonly string[])[], missing: ReadonlySet<string>): boolean {
  if (rows.length === 0) return true;
  const head = rows[0].map((c) => c.trim());
  if (head.some((c) => isValueLike(c) || (c !== '' && missing.has(c)))) return false;
  const named = head.filter((c) => c !== '').length;
  if (named === 0 || named < head.length / 2) return false;
  if (rows.length === 1) return true;
  const body = rows.slice(1, 101);
  const columns = head.map((_, j) => body.map((r) => (r[j] ?? '').trim()).filter((v) => v !== '' && !missing.has(v)));
  for (let j = 0; j < head.length; j++) {
    const values = columns[j];
    if (head[j] !== '' && values.length > 0 && values.filter(isValueLike).length >= 0.8 * values.length) return true;
  }
  for (let j = 0; j < head.length; j++) {
    if (head[j] !== '' && columns[j].includes(head[j])) return false;
  }
  return true;
}
