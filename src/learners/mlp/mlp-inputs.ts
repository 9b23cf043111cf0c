/**
 * @module learners/mlp/mlp-inputs
 * How a feature matrix becomes the network's input units, fitted on the training rows and stored in the
 * model: numeric features get their missing (and infinite) values replaced by the training mean and (with
 * `standardize`) are scaled to mean 0 and standard deviation 1 (as sklearn's `SimpleImputer(strategy='mean')`
 * followed by `StandardScaler`); categorical features are one-hot encoded over the codes seen in training
 * (levels stored), with missing values and unseen categories as all zeros. The result is a row-major
 * `Float32Array`.
 *
 * @example
 * ```ts
 * import { fitInputEncoding, encodeInputs } from './mlp-inputs.js';
 * const enc = fitInputEncoding(x.columns, x.categorical, true);
 * const units = encodeInputs(enc, x.columns, x.rowCount); // rowCount × enc.width
 * ```
 */

/** The stored input encoding (plain data). */
export interface MlpInputEncoding {
  /** Number of input units. */
  readonly width: number;
  /** Per feature: its first input unit. */
  readonly offsets: readonly number[];
  /** Per numeric feature: the value put in for a missing one (training mean); 0 for categorical features. */
  readonly center: readonly number[];
  /** Per numeric feature: the factor applied after centring (1 / standard deviation, or 1). */
  readonly scale: readonly number[];
  /** Per categorical feature: the codes seen in training, ascending (one unit each); null for numeric. */
  readonly levels: readonly (readonly number[] | null)[];
}

/**
 * Fit the encoding on training columns.
 *
 * @example
 * ```ts
 * fitInputEncoding([Float64Array.of(1, NaN, 3)], [false], true).center; // [2]
 * ```
 */
export function fitInputEncoding(
  columns: readonly Float64Array[],
  categorical: readonly boolean[],
  standardize: boolean,
): MlpInputEncoding {
  const offsets: number[] = [];
  const center: number[] = [];
  const scale: number[] = [];
  const levels: (readonly number[] | null)[] = [];
  let width = 0;
  columns.forEach((col, j) => {
    offsets.push(width);
    if (categorical[j]) {
      const seen = new Set<number>();
      for (let i = 0; i < col.length; i++) if (col[i] === col[i]) seen.add(col[i]);
      const codes = Object.freeze([...seen].sort((a, b) => a - b));
      levels.push(codes);
      center.push(0);
      scale.push(1);
      width += codes.length;
      return;
    }
    let sum = 0;
    let count = 0;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    const mean = count > 0 ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      const d = (Number.isFinite(v) ? v : mean) - mean;
      ss += d * d;
    }
    const sd = col.length > 0 ? Math.sqrt(ss / col.length) : 0;
    center.push(mean);
    scale.push(standardize && sd > 1e-12 * Math.max(1, Math.abs(mean)) ? 1 / sd : 1);
    levels.push(null);
    width += 1;
  });
  return Object.freeze({
    width,
    offsets: Object.freeze(offsets),
    center: Object.freeze(center),
    scale: Object.freeze(scale),
    levels: Object.freeze(levels),
  });
}

/**
 * Encode rows into a row-major `rowCount × width` array. `columns` must be in the model's feature order
 * (see `alignFeatures`); `rows` picks and orders the rows (default: all).
 *
 * @example
 * ```ts
 * encodeInputs(enc, cols, 3, Uint32Array.of(2, 0, 1));
 * ```
 */
export function encodeInputs(
  enc: MlpInputEncoding,
  columns: readonly Float64Array[],
  rowCount: number,
  rows: ArrayLike<number> | null = null,
): Float32Array {
  const n = rows ? rows.length : rowCount;
  const w = enc.width;
  const out = new Float32Array(n * w);
  columns.forEach((col, j) => {
    const off = enc.offsets[j];
    const lv = enc.levels[j];
    if (lv) {
      const unit = new Map<number, number>();
      lv.forEach((code, k) => {
        unit.set(code, k);
      });
      for (let r = 0; r < n; r++) {
        const k = unit.get(col[rows ? rows[r] : r]);
        if (k !== undefined) out[r * w + off + k] = 1;
      }
      return;
    }
    const c = enc.center[j];
    const s = enc.scale[j];
    for (let r = 0; r < n; r++) {
      const v = col[rows ? rows[r] : r];
      out[r * w + off] = Number.isFinite(v) ? (v - c) * s : 0;
    }
  });
  return out;
}
