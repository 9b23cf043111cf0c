/**
 * @module quality/clean/value-steps
 * The steps that rewrite cell values in place: `to-missing` (disguised missing values and sentinels become real
 * missing values) and `normalise-categories` (spelling variants become one canonical spelling). Both keep the
 * column's logical type; category dictionaries are compacted so no unused value lingers.
 *
 * @example
 * ```ts
 * import { toMissingStep } from './value-steps.js';
 * toMissingStep(table, { kind: 'to-missing', column: 'pdays', values: [999] }, { step: 1, mode: 'fit' });
 * ```
 */
import { BOOLEAN_MISSING, booleanColumn, dateColumn, numberColumn, textAt } from '../../data/column.js';
import { getColumn } from '../../data/table.js';
import type { NormaliseCategoriesStep, ToMissingStep } from './recipe.js';
import { type StepExecutor, compactCategory, quoteList, replaceColumn, wrongColumnType } from './step-executor.js';

function numericText(text: string): number {
  const t = text.trim();
  return t === '' ? Number.NaN : Number(t);
}

/** Whether a cell text equals one of the values (strings exactly, numbers numerically). */
function textMatcher(values: readonly (string | number)[]): (text: string) => boolean {
  const strings = new Set(values.filter((v): v is string => typeof v === 'string'));
  const numbers = new Set(values.filter((v): v is number => typeof v === 'number'));
  return (text) => strings.has(text) || (numbers.size > 0 && numbers.has(numericText(text)));
}

/** Whether a numeric cell equals one of the values (numbers, or strings that are numbers). */
function numberMatcher(values: readonly (string | number)[]): (v: number) => boolean {
  const numbers = new Set<number>();
  for (const v of values) {
    const n = typeof v === 'number' ? v : numericText(v);
    if (n === n) numbers.add(n);
  }
  return (v) => numbers.has(v);
}

/**
 * `to-missing`: the listed values become missing.
 *
 * @example
 * ```ts
 * toMissingStep(table, { kind: 'to-missing', column: 'job', values: ['unknown'] }, { step: 1, mode: 'fit' });
 * ```
 */
export const toMissingStep: StepExecutor<ToMissingStep> = (table, step) => {
  const column = getColumn(table, step.column);
  const n = column.length;
  let made = 0;
  let out = column;
  switch (column.storage) {
    case 'category': {
      const match = textMatcher(step.values);
      const hit = column.dictionary.map((v) => match(v));
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const c = column.codes[i];
        if (c >= 0 && hit[c]) {
          codes[i] = -1;
          made++;
        } else codes[i] = c;
      }
      out = compactCategory(column, codes);
      break;
    }
    case 'number': {
      const match = numberMatcher(step.values);
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = column.values[i];
        if (v === v && match(v)) {
          values[i] = Number.NaN;
          made++;
        } else values[i] = v;
      }
      out = numberColumn(column.name, values, column.type, column.info);
      break;
    }
    case 'datetime': {
      // Epoch milliseconds, or the text of the date as printed (`2011-01-04` / `2011-01-04 10:00:00`).
      const numbers = numberMatcher(step.values.filter((v) => typeof v === 'number'));
      const strings = new Set(step.values.filter((v): v is string => typeof v === 'string'));
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = column.values[i];
        const hit = v === v && (numbers(v) || strings.has(textAt(column, i)) || strings.has(textAt(column, i, true)));
        values[i] = hit ? Number.NaN : v;
        if (hit) made++;
      }
      out = dateColumn(column.name, values, column.info);
      break;
    }
    case 'boolean': {
      const match = textMatcher(step.values);
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const v = column.values[i];
        const hit = v !== BOOLEAN_MISSING && match(textAt(column, i));
        values[i] = hit ? BOOLEAN_MISSING : v;
        if (hit) made++;
      }
      out = booleanColumn(column.name, values, column.info);
      break;
    }
  }
  return {
    table: replaceColumn(table, out),
    cellsMadeMissing: made,
    cellsChanged: made,
    messageId: 'clean.log.toMissing',
    params: { column: column.name, cells: made, values: quoteList(step.values) },
  };
};

/**
 * The canonical form of one value under a `normalise-categories` step (`null` = missing). The value is looked
 * up as it is, then trimmed / case-folded and looked up again; mapping to `""` makes it missing.
 *
 * @example
 * ```ts
 * canonicalValue({ kind: 'normalise-categories', column: 'c', mapping: { yes: 'Yes' }, trim: true, case: 'lower' }, ' YES'); // 'Yes'
 * ```
 */
export function canonicalValue(step: NormaliseCategoriesStep, value: string): string | null {
  const { mapping } = step;
  let out: string;
  if (Object.hasOwn(mapping, value)) out = mapping[value];
  else {
    let folded = step.trim ? value.trim() : value;
    if (step.case === 'lower') folded = folded.toLowerCase();
    else if (step.case === 'upper') folded = folded.toUpperCase();
    out = Object.hasOwn(mapping, folded) ? mapping[folded] : folded;
  }
  return out === '' ? null : out;
}

/**
 * `normalise-categories`: rewrite variants to their canonical spelling.
 *
 * @example
 * ```ts
 * normaliseCategoriesStep(table, { kind: 'normalise-categories', column: 'gender', mapping: { m: 'M' } }, ctx);
 * ```
 */
export const normaliseCategoriesStep: StepExecutor<NormaliseCategoriesStep> = (table, step, context) => {
  const column = getColumn(table, step.column);
  if (column.storage !== 'category') throw wrongColumnType(context, step, column, 'text');
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  const remap = column.dictionary.map((v) => {
    const canonical = canonicalValue(step, v);
    if (canonical === null) return -1;
    let code = codeOf.get(canonical);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(canonical);
      codeOf.set(canonical, code);
    }
    return code;
  });
  const n = column.length;
  const codes = new Int32Array(n);
  const usedBefore = new Uint8Array(column.dictionary.length);
  let changed = 0;
  let made = 0;
  for (let i = 0; i < n; i++) {
    const c = column.codes[i];
    if (c < 0) {
      codes[i] = -1;
      continue;
    }
    usedBefore[c] = 1;
    const to = remap[c];
    codes[i] = to;
    if (to < 0) made++;
    else if (dictionary[to] !== column.dictionary[c]) changed++;
  }
  const out = compactCategory(column, codes, dictionary);
  const before = new Set(column.dictionary.filter((_, c) => usedBefore[c] === 1)).size;
  return {
    table: replaceColumn(table, out),
    cellsChanged: changed + made,
    cellsMadeMissing: made,
    messageId: 'clean.log.normaliseCategories',
    params: { column: column.name, cells: changed + made, before, after: out.dictionary.length },
  };
};
