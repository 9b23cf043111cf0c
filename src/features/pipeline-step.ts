/**
 * @module features/pipeline-step
 * The steps of a fitted pipeline: plain JSON data, one step per input column (or per date part of a datetime
 * column). Each step names the input column, the storage kind it had in training (`source`), what it learnt,
 * and its output columns. `stepOutputs` lists the output columns of a step in matrix order.
 *
 * @example
 * ```ts
 * import { stepOutputs, type PipelineStep } from './pipeline-step.js';
 * const step: PipelineStep = {
 *   kind: 'categoryCodes', column: 'job', source: 'category', labels: ['admin.', 'technician'], output: 'job',
 * };
 * stepOutputs(step); // [{ name: 'job', categorical: true, categories: ['admin.', 'technician'] }]
 * ```
 */
import type { DatePart } from './date-parts.js';

/** One number (or a date part) per row: impute, then `(x − center) / scale`; an optional 0/1 missing indicator. */
export interface NumericStep {
  readonly kind: 'numeric';
  readonly column: string;
  readonly source: 'number' | 'boolean' | 'datetime';
  /** For a datetime source: which date part; null otherwise. */
  readonly part: DatePart | null;
  readonly output: string;
  /** Value put in for a missing cell (the training median), or null to keep NaN (native family). */
  readonly impute: number | null;
  /** Name of the 0/1 missing-indicator output, or null when training had no missing values here. */
  readonly indicator: string | null;
  readonly center: number;
  readonly scale: number;
}

/** Native categories: codes into the training labels (an unseen label becomes NaN). */
export interface CategoryCodesStep {
  readonly kind: 'categoryCodes';
  readonly column: string;
  readonly source: 'category' | 'boolean';
  readonly labels: readonly string[];
  readonly output: string;
}

/** One 0/1 column per frequent level, one `(other)` column for rare levels, one `(missing)` indicator. */
export interface OneHotStep {
  readonly kind: 'oneHot';
  readonly column: string;
  readonly source: 'category' | 'boolean';
  /** Levels with their own column, in output order. */
  readonly levels: readonly string[];
  readonly outputs: readonly string[];
  /** Rare training levels sharing one column, or null when there were none. */
  readonly other: { readonly levels: readonly string[]; readonly output: string } | null;
  /** Name of the missing indicator, or null when training had no missing cells here. */
  readonly missing: string | null;
}

/**
 * One number per level: the smoothed target mean (`mean`, binary/regression) or the share of training rows
 * (`frequency`, multiclass or no target), then standardised.
 */
export interface TargetEncodingStep {
  readonly kind: 'targetEncoding';
  readonly column: string;
  readonly source: 'category' | 'boolean';
  readonly statistic: 'mean' | 'frequency';
  readonly labels: readonly string[];
  /** Encoding per label (full training data), same order as `labels`. */
  readonly values: readonly number[];
  /** Encoding of a missing cell. */
  readonly missingValue: number;
  /** Encoding of a label not seen in training (the global mean, or 0 for frequency). */
  readonly unseenValue: number;
  /** The m of the m-estimate used (0 for frequency). */
  readonly smoothing: number;
  readonly output: string;
  readonly center: number;
  readonly scale: number;
}

/**
 * A numeric column with few distinct training values, encoded by value: the smoothed target mean of the rows
 * at each level, then standardised (encoded family, binary and regression tasks; the column's `numeric` step
 * stays beside it). A value training never saw takes the nearest level.
 */
export interface LevelEncodingStep {
  readonly kind: 'levelEncoding';
  readonly column: string;
  readonly source: 'number';
  /** The distinct training values, ascending. */
  readonly levels: readonly number[];
  /** Encoding per level (full training data), same order as `levels`. */
  readonly values: readonly number[];
  /** Encoding of a missing cell. */
  readonly missingValue: number;
  /** The m of the m-estimate used. */
  readonly smoothing: number;
  readonly output: string;
  readonly center: number;
  readonly scale: number;
}

/**
 * Context size (see `features/context-count`): the number of training rows that share the row's values of the
 * context columns (`columns`; `column` is the first of them), or for a context training never saw the number of
 * rows of the scored table in it. `logScale` (encoded family): `log(1 + count)`, then standardised.
 */
export interface ContextCountStep {
  readonly kind: 'contextCount';
  readonly column: string;
  readonly columns: readonly string[];
  /** The training contexts (the columns' cell texts joined by U+0001). */
  readonly contexts: readonly string[];
  /** Training rows per context, same order as `contexts`. */
  readonly counts: readonly number[];
  readonly logScale: boolean;
  readonly output: string;
  readonly center: number;
  readonly scale: number;
}

/** Any fitted step. Switch on `kind`. */
export type PipelineStep =
  | NumericStep
  | CategoryCodesStep
  | OneHotStep
  | TargetEncodingStep
  | LevelEncodingStep
  | ContextCountStep;

/**
 * The input columns a step reads: its `column`, or every context column of a context-size step.
 *
 * @example
 * ```ts
 * stepInputs(contextStep); // ['month', 'day_of_week']
 * ```
 */
export function stepInputs(step: PipelineStep): readonly string[] {
  return step.kind === 'contextCount' ? step.columns : [step.column];
}

/** One output column of a step. */
export interface StepOutput {
  readonly name: string;
  readonly categorical: boolean;
  readonly categories: readonly string[] | null;
}

/**
 * The output columns of a step, in matrix order.
 *
 * @example
 * ```ts
 * stepOutputs(oneHot).map((o) => o.name); // ['contact=cellular', 'contact=telephone']
 * ```
 */
export function stepOutputs(step: PipelineStep): StepOutput[] {
  const plain = (name: string): StepOutput => ({ name, categorical: false, categories: null });
  switch (step.kind) {
    case 'numeric':
      return step.indicator === null ? [plain(step.output)] : [plain(step.output), plain(step.indicator)];
    case 'categoryCodes':
      return [{ name: step.output, categorical: true, categories: step.labels }];
    case 'oneHot': {
      const out = step.outputs.map(plain);
      if (step.other) out.push(plain(step.other.output));
      if (step.missing !== null) out.push(plain(step.missing));
      return out;
    }
    case 'targetEncoding':
    case 'levelEncoding':
    case 'contextCount':
      return [plain(step.output)];
  }
}
