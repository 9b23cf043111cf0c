/**
 * @module learners/table-matrix
 * The thin bridge from the data layer's `Table` to the learners' `FeatureMatrix` and `Target`: numeric,
 * integer, id and datetime columns become numbers (datetimes as epoch milliseconds), booleans 0/1, and
 * category columns their codes with native categorical handling (the dictionary travels along, so a model
 * matches categories by label when a new file numbers them differently). Missing values become NaN. Only the
 * table's visible rows are taken, in order.
 *
 * @example
 * ```ts
 * import { tableToMatrix, tableTarget } from './table-matrix.js';
 * const x = tableToMatrix(table, { exclude: ['y', 'customerID'] });
 * const y = tableTarget(table, 'y', { positive: 'yes' }); // classes ['no', 'yes']
 * ```
 */
import { type Column, BOOLEAN_MISSING } from '../data/column.js';
import { type Table, getColumn, storageRow } from '../data/table.js';
import { ValidationError } from '../util/errors.js';
import { type FeatureMatrix, createFeatureMatrix } from './feature-matrix.js';
import type { Target } from './target.js';

/**
 * One column's visible rows as numbers (NaN = missing; category codes as numbers).
 *
 * @example
 * ```ts
 * columnValues(table, getColumn(table, 'age')); // Float64Array
 * ```
 */
export function columnValues(table: Table, column: Column): Float64Array {
  const n = table.rowCount;
  const out = new Float64Array(n);
  const index = table.index;
  switch (column.storage) {
    case 'number':
    case 'datetime': {
      const v = column.values;
      for (let i = 0; i < n; i++) out[i] = v[index ? index[i] : i];
      break;
    }
    case 'category': {
      const codes = column.codes;
      for (let i = 0; i < n; i++) {
        const c = codes[index ? index[i] : i];
        out[i] = c < 0 ? Number.NaN : c;
      }
      break;
    }
    case 'boolean': {
      const v = column.values;
      for (let i = 0; i < n; i++) {
        const b = v[index ? index[i] : i];
        out[i] = b === BOOLEAN_MISSING ? Number.NaN : b;
      }
      break;
    }
  }
  return out;
}

/**
 * The feature matrix of a table: the named `features` (in that order), or every column except `exclude`.
 *
 * @example
 * ```ts
 * tableToMatrix(table, { features: ['age', 'job'] }).categorical; // [false, true]
 * ```
 */
export function tableToMatrix(
  table: Table,
  options: { readonly features?: readonly string[]; readonly exclude?: readonly string[] } = {},
): FeatureMatrix {
  const excluded = new Set(options.exclude ?? []);
  const columns = options.features
    ? options.features.map((name) => getColumn(table, name))
    : table.columns.filter((c) => !excluded.has(c.name));
  return createFeatureMatrix(
    columns.map((c) => c.name),
    columns.map((c) => columnValues(table, c)),
    {
      rowCount: table.rowCount,
      categorical: columns.map((c) => c.storage === 'category'),
      categories: columns.map((c) => (c.storage === 'category' ? c.dictionary : null)),
    },
  );
}

/**
 * The target of a table. `classification`: category and boolean columns become class codes 0..K-1 over
 * the sorted labels that occur (a `positive` label is put last, so it is class 1 of a binary target);
 * numeric columns are used as they are (class codes for classification). Missing values become NaN, which
 * `fit` rejects with the rows named.
 *
 * @example
 * ```ts
 * tableTarget(table, 'Churn', { positive: 'Yes' }); // { values: [0, 1, …], classes: ['No', 'Yes'] }
 * ```
 */
export function tableTarget(table: Table, name: string, options: { readonly positive?: string } = {}): Target {
  const column = getColumn(table, name);
  if (column.storage === 'number' || column.storage === 'datetime') {
    return Object.freeze({ values: columnValues(table, column), classes: null, name });
  }
  const labels: (string | null)[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const row = storageRow(table, i);
    if (column.storage === 'category') {
      const c = column.codes[row];
      labels.push(c < 0 ? null : column.dictionary[c]);
    } else {
      const b = column.values[row];
      labels.push(b === BOOLEAN_MISSING ? null : b === 1 ? 'true' : 'false');
    }
  }
  const classes = [...new Set(labels.filter((l): l is string => l !== null))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (options.positive !== undefined) {
    const at = classes.indexOf(options.positive);
    if (at < 0) {
      throw new ValidationError('option.invalid', {
        name: 'positive',
        expected: `one of ${classes.join(', ')}`,
        got: options.positive,
      });
    }
    classes.splice(at, 1);
    classes.push(options.positive);
  }
  const code = new Map(classes.map((c, k) => [c, k]));
  const values = Float64Array.from(labels, (l) => (l === null ? Number.NaN : (code.get(l) as number)));
  return Object.freeze({ values, classes: Object.freeze(classes), name });
}
