/**
 * @module features/apply-steps
 * Run fitted steps over a table's visible rows: each input column is read once per way a step needs it
 * (as numbers of a kind, or as codes into the training labels), and the problems found while reading —
 * cells that could not be read as the training type, labels training never saw — are counted per column.
 *
 * @example
 * ```ts
 * import { applySteps } from './apply-steps.js';
 * const { columns, issues } = applySteps(table, pipeline.steps);
 * ```
 */
import type { Table } from '../data/table.js';
import { getColumn } from '../data/table.js';
import { applyContextCount } from './context-count.js';
import { datePartColumn } from './date-parts.js';
import { nearestLevels } from './level-encoding.js';
import type {
  CategoryCodesStep,
  LevelEncodingStep,
  NumericStep,
  OneHotStep,
  PipelineStep,
  TargetEncodingStep,
} from './pipeline-step.js';
import {
  type LabelCells,
  MISSING_CODE,
  type NumberCells,
  readLabelCodes,
  readNumbers,
  UNSEEN_CODE,
} from './read-cells.js';

/** A problem found while applying a pipeline: `count` cells of `column` became missing (or unseen). */
export interface PipelineIssue {
  readonly column: string;
  readonly count: number;
  readonly kind: 'unparseable' | 'unseen-category';
}

/** Reads each input column once per way the steps need it, and records the issues met. */
interface CellReader {
  numbersOf(column: string, expected: 'number' | 'boolean' | 'datetime'): Float64Array;
  codesOf(column: string, labels: readonly string[]): Int32Array;
  readonly issues: PipelineIssue[];
}

function createCellReader(table: Table): CellReader {
  const numbers = new Map<string, NumberCells>();
  const labels = new Map<string, LabelCells>();
  const issues: PipelineIssue[] = [];
  return {
    issues,
    numbersOf(column, expected) {
      const key = `${column}\u0000${expected}`;
      let cells = numbers.get(key);
      if (!cells) {
        cells = readNumbers(table, getColumn(table, column), expected);
        numbers.set(key, cells);
        if (cells.unparseable > 0) issues.push({ column, count: cells.unparseable, kind: 'unparseable' });
      }
      return cells.values;
    },
    codesOf(column, wanted) {
      let cells = labels.get(column);
      if (!cells) {
        cells = readLabelCodes(table, getColumn(table, column), wanted);
        labels.set(column, cells);
        if (cells.unseen > 0) issues.push({ column, count: cells.unseen, kind: 'unseen-category' });
      }
      return cells.codes;
    },
  };
}

function applyNumeric(step: NumericStep, reader: CellReader): Float64Array[] {
  const raw = reader.numbersOf(step.column, step.source);
  const x = step.part === null ? raw : datePartColumn(raw, step.part);
  const n = x.length;
  const out = new Float64Array(n);
  const { center, scale, impute } = step;
  if (impute === null) {
    for (let i = 0; i < n; i++) out[i] = (x[i] - center) / scale;
    return [out];
  }
  const indicator = step.indicator === null ? null : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (Number.isFinite(v)) out[i] = (v - center) / scale;
    else {
      out[i] = (impute - center) / scale;
      if (indicator) indicator[i] = 1;
    }
  }
  return indicator ? [out, indicator] : [out];
}

function applyCodes(step: CategoryCodesStep, reader: CellReader): Float64Array[] {
  const codes = reader.codesOf(step.column, step.labels);
  const out = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] >= 0 ? codes[i] : Number.NaN;
  return [out];
}

function applyOneHot(step: OneHotStep, reader: CellReader): Float64Array[] {
  const labels = step.other ? [...step.levels, ...step.other.levels] : step.levels;
  const codes = reader.codesOf(step.column, labels);
  const n = codes.length;
  const own = step.levels.length;
  const out = step.levels.map(() => new Float64Array(n));
  const other = step.other ? new Float64Array(n) : null;
  const missing = step.missing === null ? null : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c >= own && other) other[i] = 1;
    else if (c >= 0) out[c][i] = 1;
    else if (c === MISSING_CODE && missing) missing[i] = 1;
  }
  if (other) out.push(other);
  if (missing) out.push(missing);
  return out;
}

function applyEncoding(step: TargetEncodingStep, reader: CellReader): Float64Array[] {
  const codes = reader.codesOf(step.column, step.labels);
  const n = codes.length;
  const out = new Float64Array(n);
  const { values, center, scale } = step;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    const v = c >= 0 ? values[c] : c === UNSEEN_CODE ? step.unseenValue : step.missingValue;
    out[i] = (v - center) / scale;
  }
  return [out];
}

function applyLevels(step: LevelEncodingStep, reader: CellReader): Float64Array[] {
  const codes = nearestLevels(Float64Array.from(step.levels), reader.numbersOf(step.column, step.source));
  const out = new Float64Array(codes.length);
  const { values, center, scale } = step;
  for (let i = 0; i < codes.length; i++)
    out[i] = ((codes[i] >= 0 ? values[codes[i]] : step.missingValue) - center) / scale;
  return [out];
}

/**
 * The output columns of every step (in order) for the table's visible rows, and the issues met.
 * Assumes every input column exists (the caller checks first and names all missing ones).
 *
 * @example
 * ```ts
 * applySteps(table, steps).columns.length; // number of output columns
 * ```
 */
export function applySteps(
  table: Table,
  steps: readonly PipelineStep[],
): { readonly columns: Float64Array[]; readonly issues: readonly PipelineIssue[] } {
  const reader = createCellReader(table);
  const columns: Float64Array[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'numeric':
        columns.push(...applyNumeric(step, reader));
        break;
      case 'categoryCodes':
        columns.push(...applyCodes(step, reader));
        break;
      case 'oneHot':
        columns.push(...applyOneHot(step, reader));
        break;
      case 'targetEncoding':
        columns.push(...applyEncoding(step, reader));
        break;
      case 'levelEncoding':
        columns.push(...applyLevels(step, reader));
        break;
      case 'contextCount':
        columns.push(applyContextCount(step, table));
        break;
    }
  }
  return { columns, issues: reader.issues };
}
