/**
 * @module learners/linear/linear-coefficients
 * The coefficients of a fitted linear model by name: one row per model column (and output), with the source
 * feature, the coefficient on the original scale of the column (per unit of the feature, or for a 0/1
 * one-hot / missing flag) and on the standardised scale (per standard deviation, comparable across features),
 * then one "(intercept)" row per output.
 *
 * @example
 * ```ts
 * import { linearCoefficients } from './linear-coefficients.js';
 * for (const c of linearCoefficients(model)) console.log(c.feature, c.coefficient);
 * // age 0.0123 · job=admin. -0.21 · … · (intercept) -2.1
 * ```
 */
import type { LinearModel } from './linear-model.js';

/** One coefficient of a linear model. */
export interface LinearCoefficient {
  /** Model column: the feature name, "<feature>=<label>", "<feature>=(missing)" or "(intercept)". */
  readonly feature: string;
  /** The feature the column comes from (null for the intercept). */
  readonly source: string | null;
  /** Class the coefficient belongs to (multiclass), the positive class (binary), or null (regression). */
  readonly class: string | null;
  /** On the original scale of the column. */
  readonly coefficient: number;
  /** On the standardised scale (equal to `coefficient` without standardisation). */
  readonly standardized: number;
}

/**
 * Every coefficient by name, intercepts last.
 *
 * @example
 * ```ts
 * linearCoefficients(model).find((c) => c.feature === 'age')?.coefficient;
 * ```
 */
export function linearCoefficients(model: LinearModel): LinearCoefficient[] {
  const enc = model.encoding;
  const out: LinearCoefficient[] = [];
  const className = (o: number): string | null => {
    if (model.task === 'regression') return null;
    const code = model.task === 'binary' ? 1 : o;
    return model.classes?.[code] ?? String(code);
  };
  for (let o = 0; o < model.outputs; o++) {
    enc.names.forEach((name, j) => {
      out.push({
        feature: name,
        source: model.features[enc.source[j]].name,
        class: className(o),
        coefficient: model.originalCoefficients[o][j],
        standardized: model.coefficients[o][j],
      });
    });
  }
  for (let o = 0; o < model.outputs; o++) {
    out.push({
      feature: '(intercept)',
      source: null,
      class: className(o),
      coefficient: model.originalIntercepts[o],
      standardized: model.intercepts[o],
    });
  }
  return out;
}
