/**
 * @module learners/feature-matrix
 * The plain numeric input every learner accepts: one `Float64Array` per feature (column-major), NaN = missing.
 * Categorical features hold integer codes ≥ 0 stored as numbers (NaN = missing) and may carry their
 * dictionary (code → label), so that a model matches categories by label at prediction even when a new file
 * numbers them differently. Fitted models keep `FeatureInfo` for each training feature and match prediction
 * columns by name (`alignFeatures`).
 *
 * @example
 * ```ts
 * import { createFeatureMatrix } from './feature-matrix.js';
 * const x = createFeatureMatrix(['age', 'job'], [Float64Array.of(31, 58), Float64Array.of(0, 1)], {
 *   categorical: [false, true],
 *   categories: [null, ['admin.', 'technician']],
 * });
 * x.rowCount; // 2
 * ```
 */
import { createNumericMatrix } from '../features/numeric-matrix.js';
import { ValidationError } from '../util/errors.js';

/** The learners' input: named columns of numbers. Build with `createFeatureMatrix`. */
export interface FeatureMatrix {
  readonly names: readonly string[];
  /** One array per feature, each of length `rowCount`. */
  readonly columns: readonly Float64Array[];
  readonly rowCount: number;
  /** Per feature: whether it holds category codes (integers ≥ 0, NaN missing). */
  readonly categorical: readonly boolean[];
  /** Per feature: the labels of the codes of a categorical feature, or null. */
  readonly categories: readonly (readonly string[] | null)[];
}

/** What a fitted model remembers of one training feature. */
export interface FeatureInfo {
  readonly name: string;
  readonly categorical: boolean;
  /** Labels of the codes seen in training (when the matrix carried them), else null. */
  readonly categories: readonly string[] | null;
}

/**
 * Largest category code a learner accepts (codes index bitsets).
 *
 * @example
 * ```ts
 * if (code > MAX_CATEGORY_CODE) throw new Error('too many categories');
 * ```
 */
export const MAX_CATEGORY_CODE = 1_048_575;

/**
 * Build a feature matrix. Checks equal lengths and unique names (the one implementation is the preprocessing
 * layer's `createNumericMatrix`; a `FeatureMatrix` is that structure).
 *
 * @example
 * ```ts
 * createFeatureMatrix(['x'], [Float64Array.of(1, NaN, 3)]).rowCount; // 3
 * ```
 */
export const createFeatureMatrix: (
  names: readonly string[],
  columns: readonly Float64Array[],
  options?: {
    readonly categorical?: readonly boolean[];
    readonly categories?: readonly (readonly string[] | null)[];
    readonly rowCount?: number;
  },
) => FeatureMatrix = createNumericMatrix;

/**
 * The feature infos of a training matrix (what a model stores).
 *
 * @example
 * ```ts
 * featureInfos(x)[0]; // { name: 'age', categorical: false, categories: null }
 * ```
 */
export function featureInfos(matrix: FeatureMatrix): readonly FeatureInfo[] {
  return Object.freeze(
    matrix.names.map((name, j) =>
      Object.freeze({
        name,
        categorical: matrix.categorical[j] === true,
        categories: matrix.categorical[j] ? (matrix.categories[j] ?? null) : null,
      }),
    ),
  );
}

/**
 * Check that the categorical columns of a training matrix hold integer codes in [0, MAX_CATEGORY_CODE] or NaN.
 * Row numbers in the error are 1-based.
 *
 * @example
 * ```ts
 * checkCategoryCodes(x); // throws ValidationError('learner.badCategoryCode', …) on 1.5 or -2
 * ```
 */
export function checkCategoryCodes(matrix: FeatureMatrix): void {
  matrix.columns.forEach((col, j) => {
    if (!matrix.categorical[j]) return;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (v !== v) continue;
      if (!(v >= 0 && v <= MAX_CATEGORY_CODE && Math.floor(v) === v)) {
        throw new ValidationError('learner.badCategoryCode', {
          feature: matrix.names[j],
          max: MAX_CATEGORY_CODE,
          got: String(v),
          row: i + 1,
        });
      }
    }
  });
}

/**
 * The prediction-time columns in the model's feature order, matched by name. Extra columns are ignored.
 * Categorical codes are translated to the training codes by label when both sides carry labels; labels not
 * seen in training become code `categories.length` (a code no training row had). Throws on a missing feature
 * or a feature whose kind (numeric/categorical) changed.
 *
 * @example
 * ```ts
 * const cols = alignFeatures(model.features, newData); // cols[j] belongs to model.features[j]
 * ```
 */
export function alignFeatures(features: readonly FeatureInfo[], data: FeatureMatrix): Float64Array[] {
  const position = new Map<string, number>();
  data.names.forEach((n, j) => {
    position.set(n, j);
  });
  const missing = features.filter((f) => !position.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    throw new ValidationError('learner.missingFeature', {
      missing: missing.join(', '),
      columns: data.names.join(', '),
    });
  }
  return features.map((f) => {
    const j = position.get(f.name) as number;
    const isCat = data.categorical[j] === true;
    if (isCat !== f.categorical) {
      throw new ValidationError('learner.featureKind', {
        feature: f.name,
        expected: f.categorical ? 'categorical' : 'numeric',
        got: isCat ? 'categorical' : 'numeric',
      });
    }
    const col = data.columns[j];
    const labels = data.categories[j];
    if (!f.categorical || !f.categories || !labels || sameLabels(f.categories, labels)) return col;
    return recode(col, labels, f.categories);
  });
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (b.length > a.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function recode(col: Float64Array, from: readonly string[], to: readonly string[]): Float64Array {
  const index = new Map<string, number>();
  to.forEach((label, code) => {
    index.set(label, code);
  });
  const unseen = to.length;
  const map = new Float64Array(from.length);
  for (let c = 0; c < from.length; c++) map[c] = index.get(from[c]) ?? unseen;
  const out = new Float64Array(col.length);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    out[i] = v !== v ? Number.NaN : v >= 0 && v < map.length && Math.floor(v) === v ? map[v] : unseen;
  }
  return out;
}
