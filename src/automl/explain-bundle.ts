/**
 * @module automl/explain-bundle
 * Explanations of a registered model in terms of its INPUT columns: each member's SHAP values (exact TreeSHAP
 * for GBDT, forests and trees, linear SHAP, permutation SHAP for neural nets) on its pipeline's matrix are
 * summed back onto the input column each pipeline output came from (one-hot levels, date parts, missing
 * indicators), in margin space (log-odds for binary, the class's score for multiclass, the value for
 * regression). For one model this is exact: the values add up to its margin minus the expected value. An
 * ensemble averages probabilities, so the weighted sum of its members' values is an approximation, marked
 * `exact: false`. Reason codes turn one row's values into the top-k phrases.
 *
 * @example
 * ```ts
 * import { explainRows } from './explain-bundle.js';
 * const e = explainRows(loaded, table, { key });
 * e.reasons[0].up[0].text; // 'duration = 812: raises the chance'
 * ```
 */
import { type Column, booleanColumn, categoryColumn, dateColumn, numberColumn, textAt } from '../data/column.js';
import { type Table, getColumn, takeRows, withColumns } from '../data/table.js';
import { type ReasonCodes, type ShapValues, explainModel, reasonCodes } from '../explain/index.js';
import { applyPipeline, stepInputs, stepOutputs } from '../features/index.js';
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import { columnValues } from '../learners/table-matrix.js';
import { applyRecipe } from '../quality/clean/apply-recipe.js';
import type { Language } from '../util/messages.js';
import { sliceMatrix } from './fold-data.js';
import { type LoadedBundle, scoreTable } from './model-bundle.js';

/** SHAP values of a model on input columns. */
export interface BundleExplanation {
  /** The model's input columns. */
  readonly features: readonly string[];
  readonly rowCount: number;
  /** rows × features, margin space (for multiclass: of each row's predicted class). */
  readonly values: Float64Array;
  /** Expected margin (of the first output for multiclass). */
  readonly expected: number;
  readonly method: string;
  /** True for one model (values add up to margin − expected); false for an ensemble. */
  readonly exact: boolean;
  /** Top-k reasons per row (when `k` was given). */
  readonly reasons: readonly ReasonCodes[];
}

/**
 * `count` rows spread evenly over `n` (all of them when `n ≤ count`).
 *
 * @example
 * ```ts
 * takeEvenly(10, 3); // [0, 3, 6]
 * ```
 */
export function takeEvenly(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
}

function argmaxOf(shap: ShapValues, row: number, expected: readonly number[]): number {
  const F = shap.features.length;
  let best = 0;
  let bestMargin = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < shap.outputs; o++) {
    let m = expected[o];
    for (let f = 0; f < F; f++) m += shap.values[(row * shap.outputs + o) * F + f];
    if (m > bestMargin) {
      bestMargin = m;
      best = o;
    }
  }
  return best;
}

/**
 * Explain rows of a table with a loaded model.
 *
 * @example
 * ```ts
 * explainRows(loaded, table, { k: 3, lang: 'de' }).reasons[0].down;
 * ```
 */
export function explainRows(
  loaded: LoadedBundle,
  table: Table,
  options: {
    readonly key?: Uint8Array;
    readonly k?: number;
    readonly lang?: Language;
    readonly seed?: number;
    readonly signal?: AbortSignal;
  } = {},
): BundleExplanation {
  const { bundle, models } = loaded;
  const clean = applyRecipe(table, bundle.recipe, { mode: 'replay', key: options.key }).table;
  const features = bundle.features;
  const index = new Map(features.map((f, j) => [f, j]));
  const n = clean.rowCount;
  const F = features.length;
  const values = new Float64Array(n * F);
  let expected = 0;
  let method = '';
  bundle.members.forEach((member, k) => {
    const matrix: FeatureMatrix = applyPipeline(member.pipeline, clean);
    const background = sliceMatrix(matrix, takeEvenly(matrix.rowCount, 100));
    const shap = explainModel(models[k] as Parameters<typeof explainModel>[0], matrix, {
      background,
      seed: options.seed ?? 0,
      signal: options.signal,
    });
    method = method === '' ? shap.method : method === shap.method ? method : 'mixed';
    // pipeline output → input columns (a context-size output shares its value equally among its context columns)
    const target: number[][] = shap.features.map(() => []);
    for (const step of member.pipeline.steps) {
      const inputs = stepInputs(step)
        .map((c) => index.get(c) ?? -1)
        .filter((j) => j >= 0);
      for (const out of stepOutputs(step)) {
        const at = shap.features.indexOf(out.name);
        if (at >= 0) target[at] = inputs;
      }
    }
    const SF = shap.features.length;
    for (let i = 0; i < n; i++) {
      const o = shap.outputs > 1 ? argmaxOf(shap, i, shap.expected) : 0;
      for (let f = 0; f < SF; f++) {
        const js = target[f];
        if (js.length === 0) continue;
        const share = (member.weight * shap.values[(i * shap.outputs + o) * SF + f]) / js.length;
        for (const j of js) values[i * F + j] += share;
      }
    }
    expected += member.weight * shap.expected[0];
  });
  const reasons: ReasonCodes[] = [];
  if (options.k !== undefined && options.k > 0) {
    const columns = features.map((f) => table.columns.find((c) => c.name === f));
    for (let i = 0; i < n; i++) {
      const row = table.index ? table.index[i] : i;
      const shown = features.map((name, j) => {
        const column = columns[j];
        return { name, value: column ? textAt(column, row) || null : null };
      });
      reasons.push(
        reasonCodes(values.subarray(i * F, (i + 1) * F), shown, options.k, { task: bundle.task, lang: options.lang }),
      );
    }
  }
  return { features, rowCount: n, values, expected, method, exact: bundle.members.length === 1, reasons };
}

/** Partial dependence (and ICE curves) of a model's score on one input column. */
export interface TablePartialDependence {
  readonly feature: string;
  readonly kind: 'numeric' | 'categorical';
  /** Grid values (numbers) or levels (labels). */
  readonly grid: readonly (number | string)[];
  /** Mean score (P(positive) or the prediction) at each grid point. */
  readonly average: readonly number[];
  /** ICE: the score of each sampled row at each grid point. */
  readonly ice: readonly (readonly number[])[];
}

/**
 * Partial dependence of the model's final score (recipe, pipelines, blend and calibration included) on one
 * input column, on up to `rows` rows: numeric columns on a grid of quantiles (5 % to 95 %), categorical columns
 * at every level; ICE curves for the first `ice` of those rows.
 *
 * @example
 * ```ts
 * partialDependenceOnTable(loaded, table, 'tenure', { grid: 20, rows: 300, ice: 10 }).average;
 * ```
 */
export function partialDependenceOnTable(
  loaded: LoadedBundle,
  table: Table,
  feature: string,
  options: { readonly grid?: number; readonly rows?: number; readonly ice?: number; readonly key?: Uint8Array } = {},
): TablePartialDependence {
  const rows = takeRows(table, takeEvenly(table.rowCount, options.rows ?? 300));
  const column = getColumn(rows, feature);
  const n = rows.rowCount;
  const gridSize = options.grid ?? 20;
  const iceRows = Math.min(n, options.ice ?? 10);
  let grid: (number | string)[];
  let replace: (g: number) => Column;
  if (column.storage === 'category') {
    grid = [...column.dictionary];
    replace = (g) => categoryColumn(feature, new Int32Array(n).fill(g), column.dictionary, column.type);
  } else if (column.storage === 'boolean') {
    grid = ['false', 'true'];
    replace = (g) => booleanColumn(feature, new Uint8Array(n).fill(g));
  } else {
    const values = Float64Array.from(columnValues(rows, column))
      .filter((v) => !Number.isNaN(v))
      .sort();
    const points = new Set<number>();
    for (let q = 0; q < gridSize; q++) {
      const p = 0.05 + (0.9 * q) / Math.max(1, gridSize - 1);
      if (values.length > 0) points.add(values[Math.min(values.length - 1, Math.floor(p * values.length))]);
    }
    grid = [...points];
    const numbers = grid as number[];
    replace = (g) =>
      column.storage === 'datetime'
        ? dateColumn(feature, new Float64Array(n).fill(numbers[g]))
        : numberColumn(feature, new Float64Array(n).fill(numbers[g]), column.type === 'id' ? 'numeric' : column.type);
  }
  const average: number[] = [];
  const ice: number[][] = Array.from({ length: iceRows }, () => []);
  const k = loaded.bundle.task === 'multiclass' ? (loaded.bundle.classes?.length ?? 1) : 1;
  grid.forEach((_, g) => {
    const scored = scoreTable(loaded, withColumns(rows, [replace(g)]), { key: options.key });
    let sum = 0;
    for (let i = 0; i < n; i++) {
      // multiclass: the probability of the first class that is not the first (a readable single curve)
      const v = scored.scores[i * k + (k > 1 ? 1 : 0)];
      sum += v;
      if (i < iceRows) ice[i].push(v);
    }
    average.push(sum / Math.max(1, n));
  });
  return {
    feature,
    kind: column.storage === 'number' || column.storage === 'datetime' ? 'numeric' : 'categorical',
    grid,
    average,
    ice,
  };
}
