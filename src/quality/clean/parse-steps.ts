/**
 * @module quality/clean/parse-steps
 * The steps that change a text column's type: `parse-numbers` and `parse-dates`. Each distinct text is parsed
 * once; blank cells become missing; other cells that do not parse become missing and are counted, with up to 5 examples in the log and up to 20
 * (with their rows) in the column info. A column that already has the wanted type is left as it is (on replay
 * the reader may already have typed it).
 *
 * @example
 * ```ts
 * import { parseNumberText } from './parse-steps.js';
 * parseNumberText('1.234,50 €', true); // 1234.5
 * parseNumberText('n/a', false);       // NaN
 * ```
 */
import { type Column, type InvalidValue, dateColumn, numberColumn, textAt } from '../../data/column.js';
import { getColumn } from '../../data/table.js';
import { compileDateFormat } from './date-format.js';
import type { ParseDatesStep, ParseNumbersStep } from './recipe.js';
import {
  type StepContext,
  type StepExecutor,
  type StepOutcome,
  replaceColumn,
  wrongColumnType,
} from './step-executor.js';

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PLAIN_COMMA = /^[+-]?(\d+(,\d*)?|,\d+)$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const THOUSANDS_POINT = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
/** White space (incl. no-break and thin spaces), apostrophes used as thousands separators, currency, percent. */
const NOISE = /[\s\u00a0\u202f'’€$£¥%]/g;

/**
 * Read a number written by people: `1,234.5`, `1.234,5` (with `decimalComma`), `12 %`, `€ 3.50`, `1'000`.
 * `NaN` when the text is not a number.
 *
 * @example
 * ```ts
 * parseNumberText('3,5', true); // 3.5
 * parseNumberText('3,5', false); // NaN — a comma is a thousands separator there, and 3,5 has no group of 3
 * ```
 */
export function parseNumberText(text: string, decimalComma: boolean): number {
  const s = text.replace(NOISE, '');
  if (s === '') return Number.NaN;
  if (decimalComma) {
    if (PLAIN_COMMA.test(s)) return Number(s.replace(',', '.'));
    if (THOUSANDS_POINT.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
    return Number.NaN;
  }
  if (PLAIN.test(s)) return Number(s);
  if (THOUSANDS_COMMA.test(s)) return Number(s.replace(/,/g, ''));
  return Number.NaN;
}

/** Parse every cell of a column from its text; distinct texts of a category column are parsed once. */
function parseCells(column: Column, parse: (text: string) => number) {
  const n = column.length;
  const values = new Float64Array(n);
  const invalid: InvalidValue[] = [];
  let invalidCount = 0;
  let parsed = 0;
  const cache = new Map<string, number>();
  const parsedByCode = column.storage === 'category' ? column.dictionary.map(parse) : null;
  for (let i = 0; i < n; i++) {
    let v: number;
    let text: string;
    if (column.storage === 'category') {
      const c = column.codes[i];
      if (c < 0) {
        values[i] = Number.NaN;
        continue;
      }
      v = (parsedByCode as number[])[c];
      text = column.dictionary[c];
    } else {
      text = textAt(column, i);
      if (text === '') {
        values[i] = Number.NaN;
        continue;
      }
      const hit = cache.get(text);
      v = hit === undefined ? parse(text) : hit;
      if (hit === undefined) cache.set(text, v);
    }
    values[i] = v;
    if (v === v) parsed++;
    else if (text.trim() === '')
      continue; // a blank cell is missing, not an unparseable value
    else {
      invalidCount++;
      if (invalid.length < 20) invalid.push({ row: i, value: text });
    }
  }
  const examples = [...new Set(invalid.map((x) => x.value))].slice(0, 5);
  return { values, parsed, invalidCount, invalid, examples };
}

function alreadyTyped(table: StepOutcome['table'], column: Column, type: string): StepOutcome {
  return { table, messageId: 'clean.log.alreadyTyped', params: { column: column.name, type } };
}

/**
 * `parse-numbers`: a text column becomes a number column.
 *
 * @example
 * ```ts
 * parseNumbersStep(table, { kind: 'parse-numbers', column: 'price', decimalComma: true }, { step: 1, mode: 'fit' });
 * ```
 */
export const parseNumbersStep: StepExecutor<ParseNumbersStep> = (table, step, context: StepContext) => {
  const column = getColumn(table, step.column);
  if (column.storage === 'number') return alreadyTyped(table, column, column.type);
  if (column.storage !== 'category') throw wrongColumnType(context, step, column, 'text');
  const decimalComma = step.decimalComma ?? false;
  const r = parseCells(column, (text) => parseNumberText(text, decimalComma));
  const out = numberColumn(column.name, r.values, undefined, {
    ...column.info,
    evidence: [`read as numbers by recipe step ${context.step}${decimalComma ? ' (decimal comma)' : ''}`],
    invalidCount: r.invalidCount,
    invalidExamples: r.invalid,
    decimalComma,
    sourceType: column.info.sourceType,
  });
  return {
    table: replaceColumn(table, out),
    cellsChanged: r.parsed,
    cellsMadeMissing: r.invalidCount,
    examples: r.examples,
    messageId: 'clean.log.parseNumbers',
    params: { column: column.name, parsed: r.parsed, invalid: r.invalidCount },
  };
};

/**
 * `parse-dates`: a text (or number, e.g. `20110104` with `YYYYMMDD`) column becomes a datetime column.
 *
 * @example
 * ```ts
 * parseDatesStep(table, { kind: 'parse-dates', column: 'signup', format: 'DD.MM.YYYY' }, { step: 1, mode: 'fit' });
 * ```
 */
export const parseDatesStep: StepExecutor<ParseDatesStep> = (table, step, context) => {
  const column = getColumn(table, step.column);
  if (column.storage === 'datetime') return alreadyTyped(table, column, 'datetime');
  if (column.storage === 'boolean') throw wrongColumnType(context, step, column, 'text');
  const r = parseCells(column, compileDateFormat(step.format));
  const out = dateColumn(column.name, r.values, {
    ...column.info,
    evidence: [`read as dates (${step.format}) by recipe step ${context.step}`],
    invalidCount: r.invalidCount,
    invalidExamples: r.invalid,
    dateFormat: step.format,
    sourceType: column.info.sourceType,
  });
  return {
    table: replaceColumn(table, out),
    cellsChanged: r.parsed,
    cellsMadeMissing: r.invalidCount,
    examples: r.examples,
    messageId: 'clean.log.parseDates',
    params: { column: column.name, parsed: r.parsed, invalid: r.invalidCount, format: step.format },
  };
};
