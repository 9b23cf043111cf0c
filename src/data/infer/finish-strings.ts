/**
 * @module data/infer/finish-strings
 * Type inference for a column that was read as text: boolean, numeric with a decimal comma, datetime, id,
 * free text or categorical — decided over the dictionary (distinct values) weighted by their counts, so it
 * costs O(rows + distinct values).
 *
 * @example
 * ```ts
 * import { finishStrings } from './finish-strings.js';
 * finishStrings('d', Int32Array.of(0, 1), ['2020-01-01', '2020-01-02'], base).type; // 'datetime'
 * ```
 */
import {
  type Column,
  type ColumnInfo,
  type InvalidValue,
  booleanColumn,
  categoryColumn,
  dateColumn,
  numberColumn,
} from '../column.js';
import { detectDateFormat, parseDate } from './parse-date.js';
import { parseDecimalComma, parseNumberString } from './parse-number.js';

/** What every finisher receives about the raw cells. */
export type BaseInfo = Pick<ColumnInfo, 'missingTokens' | 'blankCells' | 'sourceType'>;

const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
const MAX_EXAMPLES = 20;

/**
 * Count how often each code occurs.
 *
 * @example
 * ```ts
 * codeCounts(Int32Array.of(0, 0, -1, 1), 2); // Int32Array [2, 1]
 * ```
 */
export function codeCounts(codes: Int32Array, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0) counts[c]++;
  }
  return counts;
}

/**
 * Decide the type of a text column and build it.
 *
 * @example
 * ```ts
 * finishStrings('flag', Int32Array.of(0, 1), ['true', 'false'], base).type; // 'boolean'
 * ```
 */
export function finishStrings(name: string, codes: Int32Array, dictionary: readonly string[], base: BaseInfo): Column {
  const counts = codeCounts(codes, dictionary.length);
  let nonMissing = 0;
  let distinct = 0;
  for (let c = 0; c < counts.length; c++) {
    nonMissing += counts[c];
    if (counts[c] > 0) distinct++;
  }
  const rows = codes.length;
  if (nonMissing === 0) {
    return categoryColumn(name, codes, dictionary, 'categorical', {
      ...base,
      evidence: [`every one of the ${rows} cells is missing`],
    });
  }
  // Booleans.
  if (dictionary.every((v, c) => counts[c] === 0 || TRUE_WORDS.has(v) || FALSE_WORDS.has(v))) {
    const values = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      const c = codes[i];
      values[i] = c < 0 ? 2 : TRUE_WORDS.has(dictionary[c]) ? 1 : 0;
    }
    return booleanColumn(name, values, { ...base, evidence: [`${nonMissing} cells are true/false`] });
  }
  // Numbers with a decimal comma (e.g. German exports): every value parses, at least one has a comma.
  let plainNumbers = 0;
  let commaNumbers = 0;
  let anyComma = false;
  for (let c = 0; c < dictionary.length; c++) {
    if (counts[c] === 0) continue;
    const v = dictionary[c];
    if (!Number.isNaN(parseNumberString(v))) plainNumbers += counts[c];
    if (!Number.isNaN(parseDecimalComma(v))) {
      commaNumbers += counts[c];
      if (v.includes(',')) anyComma = true;
    }
  }
  if (anyComma && commaNumbers === nonMissing) {
    const parsed = dictionary.map((v) => parseDecimalComma(v));
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = codes[i] < 0 ? Number.NaN : parsed[codes[i]];
    return numberColumn(name, values, undefined, {
      ...base,
      decimalComma: true,
      evidence: [`${nonMissing} cells parse as numbers written with a decimal comma`],
    });
  }
  // Dates: try when the first distinct values look like dates at all.
  const dateGuess = looksDatey(dictionary) ? detectDateFormat(dictionary, counts) : undefined;
  if (dateGuess && dateGuess.parsed >= 0.95 * nonMissing) {
    const parsed = dictionary.map((v) => parseDate(v, dateGuess.format));
    const values = new Float64Array(rows);
    const invalid: InvalidValue[] = [];
    let invalidCount = 0;
    for (let i = 0; i < rows; i++) {
      const c = codes[i];
      if (c < 0) {
        values[i] = Number.NaN;
        continue;
      }
      const v = parsed[c];
      values[i] = v;
      if (v !== v) {
        invalidCount++;
        if (invalid.length < MAX_EXAMPLES) invalid.push({ row: i, value: dictionary[c] });
      }
    }
    const evidence = [`${dateGuess.parsed} of ${nonMissing} cells parse as dates in the format ${dateGuess.format}`];
    if (dateGuess.ambiguous) evidence.push('day and month order is ambiguous in every value; month first was assumed');
    return dateColumn(name, values, {
      ...base,
      evidence,
      dateFormat: dateGuess.format,
      invalidCount,
      invalidExamples: invalid,
    });
  }
  // Id, free text or categorical.
  let totalLength = 0;
  let withSpace = 0;
  for (let c = 0; c < dictionary.length; c++) {
    if (counts[c] === 0) continue;
    const v = dictionary[c];
    totalLength += v.length;
    if (v.trim().includes(' ')) withSpace++;
  }
  const meanLength = totalLength / distinct;
  const uniqueShare = distinct / nonMissing;
  const spaceShare = withSpace / distinct;
  const evidence: string[] = [`${distinct} distinct values in ${nonMissing} cells`];
  if (plainNumbers === nonMissing)
    evidence.push('all values are digits, kept as text because some have leading zeros or 16+ digits');
  if (nonMissing >= 20 && uniqueShare >= 0.99 && spaceShare < 0.1 && meanLength < 40) {
    evidence.push('(nearly) every value is distinct: an identifier');
    return categoryColumn(name, codes, dictionary, 'id', { ...base, evidence });
  }
  if (meanLength >= 30 || (spaceShare >= 0.5 && uniqueShare >= 0.5 && meanLength >= 15)) {
    evidence.push(`free text (mean length ${meanLength.toFixed(1)} characters)`);
    return categoryColumn(name, codes, dictionary, 'text', { ...base, evidence });
  }
  return categoryColumn(name, codes, dictionary, 'categorical', { ...base, evidence });
}

function looksDatey(dictionary: readonly string[]): boolean {
  const probe = Math.min(dictionary.length, 50);
  for (let i = 0; i < probe; i++) {
    if (/^\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/.test(dictionary[i])) return true;
  }
  return false;
}
