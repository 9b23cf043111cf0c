/**
 * @module features/fitted-pipeline
 * The fitted pipeline: frozen plain JSON data with a `kind` tag and a format version (so it is stored with
 * the model and loaded with `pipelineFromJSON`). Also the helpers `fitPipeline` and `applyPipeline` share:
 * the check that all input columns exist, and the assembly of the output matrix from step outputs.
 *
 * @example
 * ```ts
 * import type { FittedPipeline } from './fitted-pipeline.js';
 * const json = JSON.stringify(pipeline); // plain data; pipelineFromJSON(JSON.parse(json)) restores it
 * ```
 */
import { columnNames, hasColumn, type Table } from '../data/table.js';
import { ValidationError } from '../util/errors.js';
import { createNumericMatrix, type NumericMatrix } from './numeric-matrix.js';
import type { ResolvedPipelineSpec } from './pipeline-spec.js';
import { type PipelineStep, stepOutputs } from './pipeline-step.js';

/** The `kind` tag of a fitted pipeline. */
export const PIPELINE_KIND = 'leitwerk.pipeline';
/** The current format version. */
export const PIPELINE_FORMAT_VERSION = 1;

/** A fitted preprocessing pipeline: plain JSON data. */
export interface FittedPipeline {
  readonly kind: 'leitwerk.pipeline';
  readonly formatVersion: 1;
  /** The spec with every default filled in. */
  readonly spec: ResolvedPipelineSpec;
  readonly steps: readonly PipelineStep[];
  /** The output column names, in matrix order. */
  readonly outputNames: readonly string[];
  /** Number of training rows the pipeline was fitted on. */
  readonly trainingRows: number;
}

/**
 * Throw `features.missingColumns` naming every input column the table lacks.
 *
 * @example
 * ```ts
 * checkInputColumns(table, ['age', 'job']); // throws ValidationError when either is missing
 * ```
 */
export function checkInputColumns(table: Table, features: readonly string[]): void {
  const missing = features.filter((f) => !hasColumn(table, f));
  if (missing.length > 0) {
    throw new ValidationError('features.missingColumns', {
      count: missing.length,
      missing: missing.join(', '),
      columns: columnNames(table).join(', '),
    });
  }
}

/**
 * The output matrix of the steps, from their output columns (in order).
 *
 * @example
 * ```ts
 * matrixOfSteps(steps, columns, table.rowCount).names; // the outputNames
 * ```
 */
export function matrixOfSteps(
  steps: readonly PipelineStep[],
  columns: readonly Float64Array[],
  rowCount: number,
): NumericMatrix {
  const outputs = steps.flatMap(stepOutputs);
  return createNumericMatrix(
    outputs.map((o) => o.name),
    columns,
    {
      rowCount,
      categorical: outputs.map((o) => o.categorical),
      categories: outputs.map((o) => o.categories),
    },
  );
}

/**
 * Freeze a pipeline deeply (it is plain data; nothing may change it after fitting).
 *
 * @example
 * ```ts
 * const p = freezePipeline({ kind: 'leitwerk.pipeline', formatVersion: 1, spec, steps, outputNames, trainingRows });
 * ```
 */
export function freezePipeline(pipeline: FittedPipeline): FittedPipeline {
  return deepFreeze(pipeline);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
