/**
 * @module features/pipeline-json
 * Load a fitted pipeline from parsed JSON: checks the `kind` tag and format version, then every field of
 * every step, and that the stored output names are the ones the steps produce. Errors are typed
 * (`features.pipelineKind`, `features.pipelineVersion`, `features.pipelineCorrupt`). A JSON round trip gives
 * identical matrices (every stored number is finite, so `JSON.stringify` keeps it exactly).
 *
 * @example
 * ```ts
 * import { pipelineFromJSON } from './pipeline-json.js';
 * const pipeline = pipelineFromJSON(JSON.parse(await readFile('pipeline.json', 'utf8')));
 * ```
 */
import { isLeitwerkError, ValidationError } from '../util/errors.js';
import { DATE_PARTS, type DatePart } from './date-parts.js';
import { type FittedPipeline, freezePipeline, PIPELINE_FORMAT_VERSION, PIPELINE_KIND } from './fitted-pipeline.js';
import { type PipelineSpec, type ResolvedPipelineSpec, resolveSpec } from './pipeline-spec.js';
import { type PipelineStep, stepInputs, stepOutputs } from './pipeline-step.js';

function corrupt(reason: string): never {
  throw new ValidationError('features.pipelineCorrupt', { reason });
}

type Rec = Record<string, unknown>;

function record(v: unknown, field: string): Rec {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) corrupt(`${field} is not an object`);
  return v as Rec;
}

function str(o: Rec, key: string, field: string): string {
  const v = o[key];
  if (typeof v !== 'string') corrupt(`${field}.${key} is not a text`);
  return v;
}

function num(o: Rec, key: string, field: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) corrupt(`${field}.${key} is not a finite number`);
  return v;
}

function strList(o: Rec, key: string, field: string): readonly string[] {
  const v = o[key];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) corrupt(`${field}.${key} is not a list of texts`);
  return [...(v as string[])];
}

function numList(o: Rec, key: string, field: string): readonly number[] {
  const v = o[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    corrupt(`${field}.${key} is not a list of finite numbers`);
  }
  return [...(v as number[])];
}

function oneOf<T extends string>(o: Rec, key: string, field: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !allowed.includes(v as T))
    corrupt(`${field}.${key} is not one of ${allowed.join(', ')}`);
  return v as T;
}

function nullable<T>(o: Rec, key: string, read: () => T): T | null {
  return o[key] === null ? null : read();
}

function decodeStep(json: unknown, j: number): PipelineStep {
  const field = `steps[${j}]`;
  const o = record(json, field);
  const column = str(o, 'column', field);
  switch (o.kind) {
    case 'numeric': {
      const scale = num(o, 'scale', field);
      if (scale === 0) corrupt(`${field}.scale is 0`);
      return {
        kind: 'numeric',
        column,
        source: oneOf(o, 'source', field, ['number', 'boolean', 'datetime'] as const),
        part: nullable(o, 'part', () => oneOf<DatePart>(o, 'part', field, DATE_PARTS)),
        output: str(o, 'output', field),
        impute: nullable(o, 'impute', () => num(o, 'impute', field)),
        indicator: nullable(o, 'indicator', () => str(o, 'indicator', field)),
        center: num(o, 'center', field),
        scale,
      };
    }
    case 'categoryCodes':
      return {
        kind: 'categoryCodes',
        column,
        source: oneOf(o, 'source', field, ['category', 'boolean'] as const),
        labels: strList(o, 'labels', field),
        output: str(o, 'output', field),
      };
    case 'oneHot': {
      const levels = strList(o, 'levels', field);
      const outputs = strList(o, 'outputs', field);
      if (levels.length !== outputs.length)
        corrupt(`${field} has ${levels.length} levels but ${outputs.length} outputs`);
      const other = nullable(o, 'other', () => {
        const r = record(o.other, `${field}.other`);
        return { levels: strList(r, 'levels', `${field}.other`), output: str(r, 'output', `${field}.other`) };
      });
      return {
        kind: 'oneHot',
        column,
        source: oneOf(o, 'source', field, ['category', 'boolean'] as const),
        levels,
        outputs,
        other,
        missing: nullable(o, 'missing', () => str(o, 'missing', field)),
      };
    }
    case 'targetEncoding': {
      const labels = strList(o, 'labels', field);
      const values = numList(o, 'values', field);
      if (labels.length !== values.length) corrupt(`${field} has ${labels.length} labels but ${values.length} values`);
      const scale = num(o, 'scale', field);
      if (scale === 0) corrupt(`${field}.scale is 0`);
      return {
        kind: 'targetEncoding',
        column,
        source: oneOf(o, 'source', field, ['category', 'boolean'] as const),
        statistic: oneOf(o, 'statistic', field, ['mean', 'frequency'] as const),
        labels,
        values,
        missingValue: num(o, 'missingValue', field),
        unseenValue: num(o, 'unseenValue', field),
        smoothing: num(o, 'smoothing', field),
        output: str(o, 'output', field),
        center: num(o, 'center', field),
        scale,
      };
    }
    case 'levelEncoding': {
      const levels = numList(o, 'levels', field);
      const values = numList(o, 'values', field);
      if (levels.length === 0) corrupt(`${field}.levels is empty`);
      if (levels.length !== values.length) corrupt(`${field} has ${levels.length} levels but ${values.length} values`);
      if (levels.some((v, k) => k > 0 && !(v > levels[k - 1]))) corrupt(`${field}.levels are not ascending`);
      const scale = num(o, 'scale', field);
      if (scale === 0) corrupt(`${field}.scale is 0`);
      return {
        kind: 'levelEncoding',
        column,
        source: oneOf(o, 'source', field, ['number'] as const),
        levels,
        values,
        missingValue: num(o, 'missingValue', field),
        smoothing: num(o, 'smoothing', field),
        output: str(o, 'output', field),
        center: num(o, 'center', field),
        scale,
      };
    }
    case 'contextCount': {
      const columns = strList(o, 'columns', field);
      const contexts = strList(o, 'contexts', field);
      const counts = numList(o, 'counts', field);
      if (columns.length === 0 || columns[0] !== column) corrupt(`${field}.columns does not start with its column`);
      if (contexts.length !== counts.length) {
        corrupt(`${field} has ${contexts.length} contexts but ${counts.length} counts`);
      }
      if (counts.some((c) => !Number.isInteger(c) || c < 1)) corrupt(`${field}.counts are not counts`);
      const scale = num(o, 'scale', field);
      if (scale === 0) corrupt(`${field}.scale is 0`);
      if (typeof o.logScale !== 'boolean') corrupt(`${field}.logScale is not true or false`);
      return {
        kind: 'contextCount',
        column,
        columns,
        contexts,
        counts,
        logScale: o.logScale,
        output: str(o, 'output', field),
        center: num(o, 'center', field),
        scale,
      };
    }
    default:
      return corrupt(`${field}.kind ${String(o.kind)} is unknown`);
  }
}

function decodeSpec(json: unknown): ResolvedPipelineSpec {
  const o = record(json, 'spec');
  try {
    return resolveSpec(o as unknown as PipelineSpec);
  } catch (e) {
    if (isLeitwerkError(e)) corrupt(`spec: ${e.message}`);
    throw e;
  }
}

/**
 * Restore a fitted pipeline from parsed JSON (or check one built in memory).
 *
 * @example
 * ```ts
 * const copy = pipelineFromJSON(JSON.parse(JSON.stringify(pipeline)));
 * applyPipeline(copy, rows); // identical to applyPipeline(pipeline, rows)
 * ```
 */
export function pipelineFromJSON(json: unknown): FittedPipeline {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ValidationError('features.pipelineKind', {
      expected: PIPELINE_KIND,
      got: Array.isArray(json) ? 'a list' : json === null ? 'null' : typeof json,
    });
  }
  const o = json as Rec;
  if (o.kind !== PIPELINE_KIND) {
    throw new ValidationError('features.pipelineKind', { expected: PIPELINE_KIND, got: String(o.kind) });
  }
  if (o.formatVersion !== PIPELINE_FORMAT_VERSION) {
    throw new ValidationError('features.pipelineVersion', {
      got: String(o.formatVersion),
      expected: PIPELINE_FORMAT_VERSION,
    });
  }
  const spec = decodeSpec(o.spec);
  if (!Array.isArray(o.steps)) corrupt('steps is not a list');
  const steps = (o.steps as unknown[]).map(decodeStep);
  const inputs = new Set(spec.features);
  for (const s of steps) {
    for (const c of stepInputs(s)) if (!inputs.has(c)) corrupt(`step column ${c} is not among the features`);
  }
  const outputNames = strList(o, 'outputNames', 'pipeline');
  const derived = steps.flatMap(stepOutputs).map((x) => x.name);
  if (derived.length !== outputNames.length || derived.some((name, j) => name !== outputNames[j])) {
    corrupt('outputNames do not match the outputs of the steps');
  }
  if (new Set(derived).size !== derived.length) corrupt('two outputs have the same name');
  const trainingRows = o.trainingRows;
  if (typeof trainingRows !== 'number' || !Number.isInteger(trainingRows) || trainingRows < 0) {
    corrupt('trainingRows is not a count');
  }
  return freezePipeline({
    kind: PIPELINE_KIND,
    formatVersion: PIPELINE_FORMAT_VERSION,
    spec,
    steps,
    outputNames,
    trainingRows,
  });
}
