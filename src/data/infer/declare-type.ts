/**
 * @module data/infer/declare-type
 * Build a column with a type the user declared (schema file or flag) instead of the inferred one. Cells that
 * cannot be converted are an error naming the column, the count and the first offending row and value —
 * a declared type is a promise about the data, so breaking it is not silently turned into missing values.
 *
 * @example
 * ```ts
 * import { declareType } from './declare-type.js';
 * declareType('zip', 'categorical', { values: Float64Array.of(1234), exceptions: [] }, null, base).type; // 'categorical'
 * ```
 */
import { DataError } from '../../util/errors.js';
import {
  type Column,
  type ColumnType,
  type InvalidValue,
  booleanColumn,
  categoryColumn,
  dateColumn,
  numberColumn,
} from '../column.js';
import { ByteDictionary } from './byte-dictionary.js';
import type { BaseInfo } from './finish-strings.js';
import { detectDateFormat, parseDate } from './parse-date.js';
import { parseDecimalComma } from './parse-number.js';

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', 'ja', 'j', 'wahr']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', 'nein', 'falsch']);

interface NumberState {
  readonly values: Float64Array;
  readonly exceptions: readonly InvalidValue[];
}
interface StringState {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

function fail(source: string | undefined, column: string, type: ColumnType, bad: InvalidValue[]): never {
  throw new DataError(
    'schema.cannotConvert',
    { file: source ?? 'input', column, type, count: bad.length, row: bad[0].row + 1, value: bad[0].value },
    { file: source },
  );
}

function asStrings(numbers: NumberState | null, strings: StringState): StringState {
  if (!numbers) return strings;
  const dict = new ByteDictionary();
  const codes = new Int32Array(numbers.values.length);
  for (let i = 0; i < codes.length; i++) {
    const v = numbers.values[i];
    codes[i] = v !== v ? -1 : dict.codeOf(String(v));
  }
  for (const e of numbers.exceptions) codes[e.row] = dict.codeOf(e.value);
  return { codes, dictionary: dict.values() };
}

/**
 * Convert the built cells to the declared type.
 *
 * @example
 * ```ts
 * declareType('age', 'integer', null, { codes: Int32Array.of(0), dictionary: ['41'] }, base).type; // 'integer'
 * ```
 */
export function declareType(
  name: string,
  type: ColumnType,
  numbers: NumberState | null,
  strings: StringState,
  base: BaseInfo,
  source?: string,
): Column {
  const evidence = [`declared ${type}`];
  const info = { ...base, evidence, declared: true };
  if (type === 'numeric' || type === 'integer') {
    if (numbers) {
      if (numbers.exceptions.length > 0) fail(source, name, type, [...numbers.exceptions]);
      if (type === 'integer') checkWhole(numbers.values, source, name);
      return numberColumn(name, numbers.values, type, info);
    }
    const parsed = strings.dictionary.map((v) => {
      const t = v.trim();
      const plain = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
      return plain === plain ? plain : parseDecimalComma(t);
    });
    const values = new Float64Array(strings.codes.length);
    const bad: InvalidValue[] = [];
    strings.codes.forEach((c, i) => {
      values[i] = c < 0 ? Number.NaN : parsed[c];
      if (c >= 0 && Number.isNaN(parsed[c])) bad.push({ row: i, value: strings.dictionary[c] });
    });
    if (bad.length > 0) fail(source, name, type, bad);
    if (type === 'integer') checkWhole(values, source, name);
    return numberColumn(name, values, type, info);
  }
  const s = asStrings(numbers, strings);
  switch (type) {
    case 'categorical':
    case 'text':
    case 'id':
      return categoryColumn(name, s.codes, s.dictionary, type, info);
    case 'boolean': {
      const values = new Uint8Array(s.codes.length);
      const bad: InvalidValue[] = [];
      s.codes.forEach((c, i) => {
        if (c < 0) {
          values[i] = 2;
          return;
        }
        const v = s.dictionary[c].trim().toLowerCase();
        if (TRUE_WORDS.has(v)) values[i] = 1;
        else if (FALSE_WORDS.has(v)) values[i] = 0;
        else bad.push({ row: i, value: s.dictionary[c] });
      });
      if (bad.length > 0) fail(source, name, type, bad);
      return booleanColumn(name, values, info);
    }
    case 'datetime': {
      const guess = detectDateFormat(s.dictionary);
      const format = guess?.format ?? 'ISO';
      const parsed = s.dictionary.map((v) => parseDate(v, format));
      const values = new Float64Array(s.codes.length);
      const bad: InvalidValue[] = [];
      s.codes.forEach((c, i) => {
        values[i] = c < 0 ? Number.NaN : parsed[c];
        if (c >= 0 && Number.isNaN(parsed[c])) bad.push({ row: i, value: s.dictionary[c] });
      });
      if (bad.length > 0) fail(source, name, type, bad);
      return dateColumn(name, values, { ...info, dateFormat: format });
    }
  }
}

function checkWhole(values: Float64Array, source: string | undefined, name: string): void {
  const bad: InvalidValue[] = [];
  values.forEach((v, i) => {
    if (v === v && !Number.isInteger(v)) bad.push({ row: i, value: String(v) });
  });
  if (bad.length > 0) fail(source, name, 'integer', bad);
}
