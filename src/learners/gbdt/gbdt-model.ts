/**
 * @module learners/gbdt/gbdt-model
 * The fitted gradient-boosting model — frozen plain data with `kind: 'gbdt'` and a format version — and the
 * predictions on raw (unbinned) values. Trees are stored round by round: tree t adds to output `t % outputs`
 * (one output, or one per class for multiclass). Columns are matched to the training features by name;
 * categories the model has no bin for (unseen, or too rare in training) are treated as missing.
 *
 * @example
 * ```ts
 * import { predictGbdt, predictProbaGbdt } from './gbdt-model.js';
 * const p = predictProbaGbdt(model, x); // binary: [1-p0, p0, 1-p1, p1, …]
 * const y = predictGbdt(model, x); // class codes, or values on the response scale
 * ```
 */
import { marginsToClasses, marginsToProba } from '../margins.js';
import { ValidationError } from '../../util/errors.js';
import { type FeatureMatrix, alignFeatures } from '../feature-matrix.js';
import type { FittedModel } from '../learner.js';
import type { GbdtObjectiveName, GbdtParams } from './gbdt-params.js';
import { linkOf } from './objectives.js';
import { forestScores } from './parallel-predict.js';
import type { Tree } from './tree.js';

/**
 * Current format version of `GbdtModel`.
 *
 * @example
 * ```ts
 * model.formatVersion === GBDT_FORMAT_VERSION; // true for models fitted by this version
 * ```
 */
export const GBDT_FORMAT_VERSION = 1;

/** A fitted GBDT. */
export interface GbdtModel extends FittedModel {
  readonly kind: 'gbdt';
  readonly formatVersion: typeof GBDT_FORMAT_VERSION;
  readonly objective: GbdtObjectiveName;
  /** The settings it was fitted with. */
  readonly params: GbdtParams;
  /** Scores per row: 1, or the class count for multiclass. */
  readonly outputs: number;
  /** Starting score per output (link scale). */
  readonly baseScores: readonly number[];
  readonly trees: readonly Tree[];
  /** Boosting rounds kept (`trees.length / outputs`; the best round when early stopping). */
  readonly rounds: number;
  /** Per feature: the category codes that have a bin (sorted), or null for numeric features. */
  readonly knownCategories: readonly (Int32Array | null)[];
  /** Name of the loss in `validLoss`. */
  readonly metric: string;
  /** Validation loss after each grown round (including rounds dropped by early stopping), or null. */
  readonly validLoss: Float64Array | null;
}

/**
 * Columns in model order for tree traversal: categorical codes without a bin become NaN (missing).
 *
 * @example
 * ```ts
 * const cols = prepareColumns(model.knownCategories, alignFeatures(model.features, x));
 * ```
 */
export function prepareColumns(
  knownCategories: readonly (Int32Array | null)[],
  columns: readonly Float64Array[],
): Float64Array[] {
  return columns.map((col, f) => {
    const known = knownCategories[f];
    if (!known) return col;
    let max = -1;
    for (const c of known) if (c > max) max = c;
    const isKnown = new Uint8Array(max + 1);
    for (const c of known) isKnown[c] = 1;
    const out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      out[i] = v >= 0 && v <= max && Math.floor(v) === v && isKnown[v] === 1 ? v : Number.NaN;
    }
    return out;
  });
}

/**
 * Raw scores (link scale), row-major `rowCount × outputs`. Large predictions run on `threads` threads
 * (default: the model's `threads` setting, as XGBoost's `nthread`); the scores are the same for any count.
 *
 * @example
 * ```ts
 * predictRawGbdt(model, x)[0]; // log-odds of row 0 for a binary model
 * ```
 */
export function predictRawGbdt(model: GbdtModel, data: FeatureMatrix, threads = model.params.threads): Float64Array {
  const columns = prepareColumns(model.knownCategories, alignFeatures(model.features, data));
  const n = data.rowCount;
  const k = model.outputs;
  const perOutput = forestScores(model.trees, k, model.baseScores, columns, n, threads);
  if (k === 1) return perOutput[0];
  const out = new Float64Array(n * k);
  for (let o = 0; o < k; o++) {
    const s = perOutput[o];
    for (let i = 0; i < n; i++) out[i * k + o] = s[i];
  }
  return out;
}

/**
 * Class probabilities, row-major `rowCount × classCount`. Throws `learner.noProba` for regression.
 *
 * @example
 * ```ts
 * const p = predictProbaGbdt(model, x); p[2 * i + 1]; // P(class 1) of row i (binary)
 * ```
 */
export function predictProbaGbdt(model: GbdtModel, data: FeatureMatrix): Float64Array {
  if (model.task === 'regression') {
    throw new ValidationError('learner.noProba', { learner: 'gbdt', objective: model.objective });
  }
  return marginsToProba(model.task, predictRawGbdt(model, data), data.rowCount, model.outputs);
}

/**
 * Predictions: the most probable class code for classifiers, the value on the response scale (e.g. the
 * expected count for poisson) for regressors.
 *
 * @example
 * ```ts
 * predictGbdt(model, x); // Float64Array of rowCount values
 * ```
 */
export function predictGbdt(model: GbdtModel, data: FeatureMatrix): Float64Array {
  const n = data.rowCount;
  if (model.task === 'regression') {
    const raw = predictRawGbdt(model, data);
    const link = linkOf(model.objective);
    for (let i = 0; i < n; i++) raw[i] = link(raw[i]);
    return raw;
  }
  return marginsToClasses(model.task, predictRawGbdt(model, data), n, model.outputs);
}
