/**
 * @module learners/linear/linear-encoding
 * How the linear learner turns a feature matrix into model columns, learned from the training rows and stored
 * in the model: a numeric feature gives one column (missing → the weighted mean of its observed training
 * values, stored as `fill`) and, with `missing_indicator`, a 0/1 column "<feature>=(missing)"; a categorical
 * feature gives one 0/1 column "<feature>=<label>" per category seen in training (all levels kept, no
 * reference level; a missing or unseen category is 0 in all of them). With `standardize` every column is then
 * centred and scaled by its weighted mean and population standard deviation (scale 1 for a constant column,
 * as sklearn's StandardScaler).
 *
 * @example
 * ```ts
 * import { encodeColumns, learnEncoding } from './linear-encoding.js';
 * const enc = learnEncoding(x, weights, { standardize: true, missingIndicator: false });
 * const z = encodeColumns(enc, x.columns, x.rowCount); // standardised model columns
 * ```
 */
import type { FeatureMatrix } from '../feature-matrix.js';

/** Level of a model column that carries a numeric feature's value. */
export const NUMERIC_VALUE = -1;
/** Level of a model column that flags a missing numeric value. */
export const MISSING_FLAG = -2;

/** The learned encoding: parallel arrays, one entry per model column. */
export interface LinearEncoding {
  /** Column names: the feature name, "<feature>=<label>" or "<feature>=(missing)". */
  readonly names: readonly string[];
  /** Index of the source feature (in the model's feature list) of each column. */
  readonly source: Int32Array;
  /** NUMERIC_VALUE, MISSING_FLAG, or the category code the 0/1 column flags. */
  readonly level: Int32Array;
  /** Subtracted before scaling (0 without standardisation). */
  readonly center: Float64Array;
  /** Divided by after centring (1 without standardisation). */
  readonly scale: Float64Array;
  /** Per source feature: the value that replaces a missing numeric value (NaN for categorical features). */
  readonly fill: Float64Array;
}

/**
 * Learn the encoding from the training matrix (weights: sample weights or null).
 *
 * @example
 * ```ts
 * learnEncoding(x, null, { standardize: true, missingIndicator: true }).names; // ['age', 'age=(missing)', …]
 * ```
 */
export function learnEncoding(
  data: FeatureMatrix,
  weights: Float64Array | null,
  options: { readonly standardize: boolean; readonly missingIndicator: boolean },
): LinearEncoding {
  const n = data.rowCount;
  const names: string[] = [];
  const source: number[] = [];
  const level: number[] = [];
  const fill = new Float64Array(data.names.length).fill(Number.NaN);
  data.columns.forEach((col, f) => {
    const name = data.names[f];
    if (data.categorical[f]) {
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) if (col[i] === col[i]) seen.add(col[i]);
      const labels = data.categories[f];
      for (const code of [...seen].sort((a, b) => a - b)) {
        names.push(`${name}=${labels?.[code] ?? String(code)}`);
        source.push(f);
        level.push(code);
      }
      return;
    }
    let sum = 0;
    let wsum = 0;
    let anyMissing = false;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v !== v) {
        anyMissing = true;
        continue;
      }
      const w = weights ? weights[i] : 1;
      sum += w * v;
      wsum += w;
    }
    fill[f] = wsum > 0 ? sum / wsum : 0;
    names.push(name);
    source.push(f);
    level.push(NUMERIC_VALUE);
    if (anyMissing && options.missingIndicator) {
      names.push(`${name}=(missing)`);
      source.push(f);
      level.push(MISSING_FLAG);
    }
  });
  const p = names.length;
  const center = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  const partial: LinearEncoding = {
    names,
    source: Int32Array.from(source),
    level: Int32Array.from(level),
    center,
    scale,
    fill,
  };
  if (options.standardize) {
    const buffer = new Float64Array(n);
    let wsum = 0;
    for (let i = 0; i < n; i++) wsum += weights ? weights[i] : 1;
    for (let j = 0; j < p; j++) {
      encodeColumn(partial, j, data.columns[source[j]], n, buffer);
      let mean = 0;
      for (let i = 0; i < n; i++) mean += (weights ? weights[i] : 1) * buffer[i];
      mean /= wsum;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const d = buffer[i] - mean;
        ss += (weights ? weights[i] : 1) * d * d;
      }
      const sd = Math.sqrt(ss / wsum);
      center[j] = mean;
      // sklearn's StandardScaler treats a variance below 10·eps·mean² as zero
      scale[j] = sd > 0 && sd * sd > 10 * Number.EPSILON * mean * mean ? sd : 1;
    }
  }
  return Object.freeze(partial);
}

/**
 * Write the raw (unstandardised) values of model column j into `out`: the imputed value, the 0/1 flag of a
 * category or of a missing value. `column` is the column of the source feature, aligned to the model.
 *
 * @example
 * ```ts
 * encodeColumn(enc, 0, x.columns[enc.source[0]], x.rowCount, buffer);
 * ```
 */
export function encodeColumn(
  enc: LinearEncoding,
  j: number,
  column: Float64Array,
  n: number,
  out: Float64Array,
): Float64Array {
  const level = enc.level[j];
  if (level === NUMERIC_VALUE) {
    const fill = enc.fill[enc.source[j]];
    for (let i = 0; i < n; i++) {
      const v = column[i];
      out[i] = v === v ? v : fill;
    }
  } else if (level === MISSING_FLAG) {
    for (let i = 0; i < n; i++) out[i] = column[i] === column[i] ? 0 : 1;
  } else {
    for (let i = 0; i < n; i++) out[i] = column[i] === level ? 1 : 0;
  }
  return out;
}

/**
 * All model columns, standardised: `columns[f]` is the aligned column of source feature f.
 *
 * @example
 * ```ts
 * const z = encodeColumns(enc, alignFeatures(model.features, x), x.rowCount);
 * ```
 */
export function encodeColumns(enc: LinearEncoding, columns: readonly Float64Array[], n: number): Float64Array[] {
  return enc.names.map((_, j) => {
    const out = encodeColumn(enc, j, columns[enc.source[j]], n, new Float64Array(n));
    const c = enc.center[j];
    const s = enc.scale[j];
    for (let i = 0; i < n; i++) out[i] = (out[i] - c) / s;
    return out;
  });
}
