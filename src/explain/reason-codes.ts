/**
 * @module explain/reason-codes
 * Reason codes for one prediction: the k features pushing the score up most and the k pushing it down most,
 * each with the row's value and a plain-language phrase from the message catalogue ("contact = cellular:
 * raises the chance"; for regression "raises the prediction"), in English or German. Features with a zero
 * contribution are never reasons.
 *
 * @example
 * ```ts
 * import { reasonCodes, rowFeatureValues } from './reason-codes.js';
 * const codes = reasonCodes(shapRow(shap, i), rowFeatureValues(x, i), 3, { task: 'binary' });
 * codes.up[0].text; // 'duration = 812: raises the chance'
 * ```
 */
import type { FeatureMatrix } from '../learners/feature-matrix.js';
import type { Task } from '../learners/learner.js';
import { ValidationError } from '../util/errors.js';
import { type Language, formatMessage } from '../util/messages.js';

/** A feature's name and its value in the explained row (null = missing). */
export interface FeatureValue {
  readonly name: string;
  readonly value: string | number | null;
}

/** One reason. */
export interface ReasonCode {
  readonly feature: string;
  /** The row's value as shown. */
  readonly value: string;
  /** SHAP value (margin space): > 0 raises, < 0 lowers. */
  readonly contribution: number;
  readonly text: string;
}

/** The reasons of one prediction, strongest first. */
export interface ReasonCodes {
  readonly up: readonly ReasonCode[];
  readonly down: readonly ReasonCode[];
}

/** Options of `reasonCodes`. */
export interface ReasonCodeOptions {
  /** Classification: "the chance"; regression: "the prediction". Default 'binary'. */
  readonly task?: Task;
  readonly lang?: Language;
}

/**
 * A value as shown in a reason: numbers with up to 4 significant decimals, missing as "(missing)".
 *
 * @example
 * ```ts
 * formatReasonValue(0.123456); // '0.1235'
 * ```
 */
export function formatReasonValue(value: string | number | null, lang: Language = 'en'): string {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) {
    return formatMessage('explain.missingValue', {}, lang);
  }
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(4)));
}

/**
 * The values of row i of a feature matrix (category labels for categorical features).
 *
 * @example
 * ```ts
 * rowFeatureValues(x, 0); // [{ name: 'age', value: 41 }, { name: 'contact', value: 'cellular' }]
 * ```
 */
export function rowFeatureValues(matrix: FeatureMatrix, row: number): FeatureValue[] {
  return matrix.names.map((name, j) => {
    const v = matrix.columns[j][row];
    if (v !== v) return { name, value: null };
    if (matrix.categorical[j]) return { name, value: matrix.categories[j]?.[v] ?? String(v) };
    return { name, value: v };
  });
}

/**
 * Top-k reasons up and down.
 *
 * @throws ValidationError `option.invalid` when the values and the contributions differ in length or k < 0.
 * @example
 * ```ts
 * reasonCodes(Float64Array.of(0.4, -0.2), [{ name: 'contact', value: 'cellular' }, { name: 'duration', value: 12 }], 1);
 * // { up: [{ text: 'contact = cellular: raises the chance', … }], down: [{ text: 'duration = 12: lowers the chance', … }] }
 * ```
 */
export function reasonCodes(
  shapRow: ArrayLike<number>,
  featureValues: readonly FeatureValue[],
  k: number,
  options: ReasonCodeOptions = {},
): ReasonCodes {
  if (featureValues.length !== shapRow.length) {
    throw new ValidationError('option.invalid', {
      name: 'featureValues',
      expected: `${shapRow.length} values (one per contribution)`,
      got: String(featureValues.length),
    });
  }
  if (!Number.isInteger(k) || k < 0) {
    throw new ValidationError('option.invalid', { name: 'k', expected: 'an integer of at least 0', got: String(k) });
  }
  const lang = options.lang ?? 'en';
  const regression = options.task === 'regression';
  const order = Array.from({ length: shapRow.length }, (_, j) => j);
  const make = (j: number): ReasonCode => {
    const contribution = shapRow[j];
    const up = contribution > 0;
    const effect = formatMessage(
      regression
        ? up
          ? 'explain.raisesPrediction'
          : 'explain.lowersPrediction'
        : up
          ? 'explain.raisesChance'
          : 'explain.lowersChance',
      {},
      lang,
    );
    const value = formatReasonValue(featureValues[j].value, lang);
    const feature = featureValues[j].name;
    return Object.freeze({
      feature,
      value,
      contribution,
      text: formatMessage('explain.reason', { feature, value, effect }, lang),
    });
  };
  const up = order
    .filter((j) => shapRow[j] > 0)
    .sort((a, b) => shapRow[b] - shapRow[a] || a - b)
    .slice(0, k)
    .map(make);
  const down = order
    .filter((j) => shapRow[j] < 0)
    .sort((a, b) => shapRow[a] - shapRow[b] || a - b)
    .slice(0, k)
    .map(make);
  return Object.freeze({ up: Object.freeze(up), down: Object.freeze(down) });
}
