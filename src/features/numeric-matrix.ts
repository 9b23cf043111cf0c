/**
 * @module features/numeric-matrix
 * The output of a preprocessing pipeline: named `Float64Array` columns (column-major), NaN = missing.
 * Structurally identical to the learners' `FeatureMatrix` (`learners/feature-matrix.ts`), so a learner takes
 * it as it is — the features layer sits below the learners and may not import them, hence its own name.
 *
 * @example
 * ```ts
 * import { createNumericMatrix } from './numeric-matrix.js';
 * const x = createNumericMatrix(['age', 'job'], [Float64Array.of(31, 58), Float64Array.of(0, 1)], {
 *   categorical: [false, true],
 *   categories: [null, ['admin.', 'technician']],
 * });
 * x.rowCount; // 2
 * ```
 */
import { ValidationError } from '../util/errors.js';

/** Named numeric columns; categorical columns hold codes ≥ 0 (NaN missing) with their labels. */
export interface NumericMatrix {
  readonly names: readonly string[];
  /** One array per column, each of length `rowCount`. */
  readonly columns: readonly Float64Array[];
  readonly rowCount: number;
  /** Per column: whether it holds category codes. */
  readonly categorical: readonly boolean[];
  /** Per column: the labels of the codes of a categorical column, or null. */
  readonly categories: readonly (readonly string[] | null)[];
}

/**
 * Build a frozen matrix; checks one name per column, equal lengths and unique names.
 *
 * @example
 * ```ts
 * createNumericMatrix(['x'], [Float64Array.of(1, NaN)]).rowCount; // 2
 * ```
 */
export function createNumericMatrix(
  names: readonly string[],
  columns: readonly Float64Array[],
  options: {
    readonly categorical?: readonly boolean[];
    readonly categories?: readonly (readonly string[] | null)[];
    readonly rowCount?: number;
  } = {},
): NumericMatrix {
  if (names.length !== columns.length) {
    throw new ValidationError('option.invalid', {
      name: 'columns',
      expected: `${names.length} columns (one per name)`,
      got: String(columns.length),
    });
  }
  const rowCount = options.rowCount ?? (columns.length > 0 ? columns[0].length : 0);
  const seen = new Set<string>();
  names.forEach((name, j) => {
    if (seen.has(name)) throw new ValidationError('learner.duplicateFeature', { feature: name });
    seen.add(name);
    if (columns[j].length !== rowCount) {
      throw new ValidationError('learner.columnLength', { feature: name, got: columns[j].length, expected: rowCount });
    }
  });
  const categorical = names.map((_, j) => options.categorical?.[j] ?? false);
  return Object.freeze({
    names: Object.freeze([...names]),
    columns: Object.freeze([...columns]),
    rowCount,
    categorical: Object.freeze(categorical),
    categories: Object.freeze(
      names.map((_, j) => {
        const labels = categorical[j] ? (options.categories?.[j] ?? null) : null;
        return labels ? Object.freeze([...labels]) : null;
      }),
    ),
  });
}
