/**
 * @module features/fit-column-steps
 * Decide and fit the steps for one input column, from its storage kind and the pipeline family:
 *
 * | column    | native                         | encoded                                                  |
 * |-----------|--------------------------------|----------------------------------------------------------|
 * | number    | as it is (NaN missing)         | median imputation (+ indicator), standardised; with 3 to |
 * |           |                                | maxLevels distinct values also a level encoding (binary, |
 * |           |                                | regression)                                              |
 * | boolean   | 0/1                            | one-hot                                                  |
 * | datetime  | date parts                     | date parts, each imputed and standardised                |
 * | category  | codes into the training labels | ≤ maxOneHot levels: one-hot; more (or text/id): target   |
 * |           |                                | encoding (frequency for multiclass), standardised        |
 *
 * Only the rows of the table passed in are looked at (the caller passes the training rows).
 *
 * @example
 * ```ts
 * import { fitColumnSteps } from './fit-column-steps.js';
 * const fitted = fitColumnSteps(table, getColumn(table, 'job'), context);
 * fitted[0].step.kind; // 'oneHot'
 * ```
 */
import type { Column } from '../data/column.js';
import type { Table } from '../data/table.js';
import { finiteMedian, standardisation, standardiseInPlace } from './column-stats.js';
import { type DatePart, datePartColumn, datePartsFor } from './date-parts.js';
import type { ResolvedPipelineSpec } from './pipeline-spec.js';
import { distinctLevels, nearestLevels } from './level-encoding.js';
import type { LevelEncodingStep, NumericStep, OneHotStep, PipelineStep, TargetEncodingStep } from './pipeline-step.js';
import { occurringLabels, readLabelCodes, readNumbers } from './read-cells.js';
import { fitFrequencyEncoding, fitTargetEncoding } from './target-encoding.js';

/** What fitting needs besides the column. */
export interface FitContext {
  readonly spec: ResolvedPipelineSpec;
  /** One number per visible row (class code or value), or null. */
  readonly target: Float64Array | null;
  readonly seed: number;
  readonly folds: number;
  /** Reserve an output name (made unique when it is taken). */
  readonly claim: (name: string) => string;
}

/** A fitted step, and for target encoding the out-of-fold training column (already standardised). */
export interface FittedColumnStep {
  readonly step: PipelineStep;
  readonly training: Float64Array | null;
}

function nativeNumeric(
  column: string,
  source: NumericStep['source'],
  part: DatePart | null,
  output: string,
): NumericStep {
  return { kind: 'numeric', column, source, part, output, impute: null, indicator: null, center: 0, scale: 1 };
}

function encodedNumeric(
  column: string,
  source: NumericStep['source'],
  part: DatePart | null,
  values: Float64Array,
  output: string,
  indicate: boolean,
  claim: (name: string) => string,
): NumericStep {
  const median = finiteMedian(values);
  const impute = Number.isFinite(median) ? median : 0;
  const filled = new Float64Array(values.length);
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) filled[i] = v;
    else {
      filled[i] = impute;
      missing++;
    }
  }
  const { center, scale } = standardisation(filled);
  const indicator = indicate && missing > 0 ? claim(`${column}=(missing)`) : null;
  return { kind: 'numeric', column, source, part, output, impute, indicator, center, scale };
}

function fitOneHot(table: Table, column: Column, source: OneHotStep['source'], context: FitContext): OneHotStep {
  const { labels, counts, missing } = occurringLabels(table, column);
  const n = Math.max(1, table.rowCount);
  const rare = labels.filter((_, k) => counts[k] / n < context.spec.minShare);
  const grouped = rare.length >= 2 ? new Set(rare) : new Set<string>();
  const levels = labels.filter((l) => !grouped.has(l));
  const outputs = levels.map((l) => context.claim(`${column.name}=${l}`));
  const other =
    grouped.size > 0
      ? { levels: labels.filter((l) => grouped.has(l)), output: context.claim(`${column.name}=(other)`) }
      : null;
  const missingName = missing > 0 ? context.claim(`${column.name}=(missing)`) : null;
  return { kind: 'oneHot', column: column.name, source, levels, outputs, other, missing: missingName };
}

function fitEncoding(
  table: Table,
  column: Column,
  source: TargetEncodingStep['source'],
  context: FitContext,
): FittedColumnStep {
  const { labels } = occurringLabels(table, column);
  const { codes } = readLabelCodes(table, column, labels);
  const byTarget = context.target !== null && context.spec.task !== 'multiclass';
  let values: Float64Array;
  let missingValue: number;
  let unseenValue: number;
  let training: Float64Array;
  if (byTarget) {
    const fit = fitTargetEncoding(codes, labels.length, context.target as Float64Array, {
      smoothing: context.spec.smoothing,
      folds: context.folds,
      seed: context.seed,
    });
    values = fit.values;
    missingValue = fit.missingValue;
    unseenValue = fit.prior;
    training = fit.outOfFold;
  } else {
    const fit = fitFrequencyEncoding(codes, labels.length);
    values = fit.values;
    missingValue = fit.missingValue;
    unseenValue = 0;
    training = new Float64Array(codes.length);
    for (let i = 0; i < codes.length; i++) training[i] = codes[i] >= 0 ? fit.values[codes[i]] : fit.missingValue;
  }
  const { center, scale } = standardiseInPlace(training);
  const step: TargetEncodingStep = {
    kind: 'targetEncoding',
    column: column.name,
    source,
    statistic: byTarget ? 'mean' : 'frequency',
    labels,
    values: Array.from(values),
    missingValue,
    unseenValue,
    smoothing: byTarget ? context.spec.smoothing : 0,
    output: context.claim(column.name),
    center,
    scale,
  };
  return { step, training };
}

/** The level encoding of a numeric column, or null when it does not apply (see the table above). */
function fitLevels(column: Column, values: Float64Array, context: FitContext): FittedColumnStep | null {
  const { spec, target } = context;
  if (target === null || spec.task === 'multiclass' || spec.maxLevels < 3) return null;
  const levels = distinctLevels(values, spec.maxLevels);
  if (levels === null || levels.length < 3) return null;
  const codes = nearestLevels(levels, values);
  const fit = fitTargetEncoding(codes, levels.length, target, {
    smoothing: spec.smoothing,
    folds: context.folds,
    seed: context.seed,
  });
  const training = fit.outOfFold;
  const { center, scale } = standardiseInPlace(training);
  const step: LevelEncodingStep = {
    kind: 'levelEncoding',
    column: column.name,
    source: 'number',
    levels: Array.from(levels),
    values: Array.from(fit.values),
    missingValue: fit.missingValue,
    smoothing: spec.smoothing,
    output: context.claim(`${column.name}~level`),
    center,
    scale,
  };
  return { step, training };
}

function fitDateParts(table: Table, column: Column, context: FitContext): FittedColumnStep[] {
  const values = readNumbers(table, column, 'datetime').values;
  const encoded = context.spec.family === 'encoded';
  return datePartsFor(values).map((part, p) => {
    const output = context.claim(`${column.name}.${part}`);
    const step = encoded
      ? encodedNumeric(column.name, 'datetime', part, datePartColumn(values, part), output, p === 0, context.claim)
      : nativeNumeric(column.name, 'datetime', part, output);
    return { step, training: null };
  });
}

/**
 * Fit the steps of one column on the table's visible rows.
 *
 * @example
 * ```ts
 * fitColumnSteps(train, getColumn(train, 'InvoiceDate'), context).map((f) => f.step.kind); // ['numeric', …]
 * ```
 */
export function fitColumnSteps(table: Table, column: Column, context: FitContext): FittedColumnStep[] {
  const native = context.spec.family === 'native';
  switch (column.storage) {
    case 'number':
    case 'boolean': {
      if (column.storage === 'boolean' && !native)
        return [{ step: fitOneHot(table, column, 'boolean', context), training: null }];
      const output = context.claim(column.name);
      if (native) return [{ step: nativeNumeric(column.name, column.storage, null, output), training: null }];
      const values = readNumbers(table, column, 'number').values;
      const numeric = encodedNumeric(column.name, 'number', null, values, output, true, context.claim);
      const levels = fitLevels(column, values, context);
      return levels ? [{ step: numeric, training: null }, levels] : [{ step: numeric, training: null }];
    }
    case 'datetime':
      return fitDateParts(table, column, context);
    case 'category': {
      if (native) {
        const { labels } = occurringLabels(table, column);
        const step: PipelineStep = {
          kind: 'categoryCodes',
          column: column.name,
          source: 'category',
          labels,
          output: context.claim(column.name),
        };
        return [{ step, training: null }];
      }
      const levels = occurringLabels(table, column).labels.length;
      const freeText = column.type === 'text' || column.type === 'id';
      if (!freeText && levels <= context.spec.maxOneHot) {
        return [{ step: fitOneHot(table, column, 'category', context), training: null }];
      }
      return [fitEncoding(table, column, 'category', context)];
    }
  }
}
