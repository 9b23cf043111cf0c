/**
 * @module features/apply-pipeline
 * Apply a fitted pipeline to new rows. Every input column must exist (else one `ValidationError` lists all
 * missing ones); a column whose type changed since training is read cell by cell, and cells that cannot be
 * read become missing and are counted, as are labels training never saw (`applyPipelineWithIssues`).
 *
 * @example
 * ```ts
 * import { applyPipeline, applyPipelineWithIssues } from './apply-pipeline.js';
 * const x = applyPipeline(pipeline, newRows);
 * const { matrix, issues } = applyPipelineWithIssues(pipeline, newRows); // issues: [{ column, count, kind }]
 * ```
 */
import type { Table } from '../data/table.js';
import { type PipelineIssue, applySteps } from './apply-steps.js';
import { checkInputColumns, type FittedPipeline, matrixOfSteps } from './fitted-pipeline.js';
import type { NumericMatrix } from './numeric-matrix.js';

export type { PipelineIssue } from './apply-steps.js';

/**
 * The matrix of the table's visible rows, and what could not be read (per column and kind).
 *
 * @example
 * ```ts
 * applyPipelineWithIssues(pipeline, scoring).issues; // [{ column: 'tenure', count: 3, kind: 'unparseable' }]
 * ```
 */
export function applyPipelineWithIssues(
  pipeline: FittedPipeline,
  table: Table,
): { readonly matrix: NumericMatrix; readonly issues: readonly PipelineIssue[] } {
  checkInputColumns(table, pipeline.spec.features);
  const { columns, issues } = applySteps(table, pipeline.steps);
  return Object.freeze({
    matrix: matrixOfSteps(pipeline.steps, columns, table.rowCount),
    issues: Object.freeze(issues.map((i) => Object.freeze({ ...i }))),
  });
}

/**
 * The matrix of the table's visible rows (see `applyPipelineWithIssues` for the counted problems).
 *
 * @example
 * ```ts
 * const x = applyPipeline(pipeline, validationRows); // same columns as the training matrix
 * ```
 */
export function applyPipeline(pipeline: FittedPipeline, table: Table): NumericMatrix {
  return applyPipelineWithIssues(pipeline, table).matrix;
}
