/**
 * @module learners/linear/linear-json
 * JSON form of a fitted linear model. Typed arrays become number lists and are restored as `Float64Array` /
 * `Int32Array`; the original-scale coefficients are recomputed from the stored ones, so predictions after a
 * round trip are bit-identical. Loading rejects another `kind` or `formatVersion`, settings outside the schema
 * and arrays that do not fit together.
 *
 * @example
 * ```ts
 * import { linearFromJSON, linearToJSON } from './linear-json.js';
 * const again = linearFromJSON(JSON.parse(JSON.stringify(linearToJSON(model))));
 * ```
 */
import type { Task } from '../learner.js';
import {
  checkEnvelope,
  corrupt,
  decodeCount,
  decodeFeatures,
  decodeFloat64,
  decodeInt32,
  decodeStrings,
  encodeArray,
} from '../model-json.js';
import { resolveParams } from '../params.js';
import type { LinearEncoding } from './linear-encoding.js';
import { LINEAR_FORMAT_VERSION, type LinearModel, toOriginalScale } from './linear-model.js';
import { LINEAR_OBJECTIVES, type LinearObjectiveName, linearSchema } from './linear-params.js';

const KIND = 'linear';
const SOLVERS = ['lbfgs', 'prox-newton-cd', 'coordinate-descent'] as const;

/**
 * The model as JSON-safe plain data.
 *
 * @example
 * ```ts
 * JSON.stringify(linearToJSON(model));
 * ```
 */
export function linearToJSON(model: LinearModel): Record<string, unknown> {
  const enc = model.encoding;
  return {
    kind: model.kind,
    formatVersion: model.formatVersion,
    task: model.task,
    objective: model.objective,
    features: model.features.map((f) => ({ name: f.name, categorical: f.categorical, categories: f.categories })),
    classes: model.classes,
    classCount: model.classCount,
    params: model.params,
    outputs: model.outputs,
    encoding: {
      names: enc.names,
      source: encodeArray(enc.source),
      level: encodeArray(enc.level),
      center: encodeArray(enc.center),
      scale: encodeArray(enc.scale),
      fill: encodeArray(enc.fill),
    },
    coefficients: model.coefficients.map((c) => encodeArray(c)),
    intercepts: encodeArray(model.intercepts),
    iterations: model.iterations,
    converged: model.converged,
    violation: encodeArray([model.violation])[0],
    solver: model.solver,
  };
}

/**
 * Restore a model from `linearToJSON` output (parsed JSON).
 *
 * @example
 * ```ts
 * linearFromJSON(JSON.parse(text)).kind; // 'linear'
 * ```
 */
export function linearFromJSON(json: unknown): LinearModel {
  const o = checkEnvelope(json, KIND, LINEAR_FORMAT_VERSION);
  const objective = o.objective as LinearObjectiveName;
  if (!(LINEAR_OBJECTIVES as readonly string[]).includes(objective)) corrupt(KIND, `unknown objective ${o.objective}`);
  const task = o.task as Task;
  if (task !== 'binary' && task !== 'multiclass' && task !== 'regression') corrupt(KIND, `unknown task ${o.task}`);
  const features = decodeFeatures(o.features, KIND);
  const classes = o.classes == null ? null : decodeStrings(o.classes, KIND, 'classes');
  const params = resolveParams(KIND, linearSchema, (o.params ?? {}) as Record<string, unknown>);
  const outputs = decodeCount(o.outputs, KIND, 'outputs');
  const classCount = decodeCount(o.classCount, KIND, 'classCount');
  const e = (o.encoding ?? {}) as Record<string, unknown>;
  const names = decodeStrings(e.names, KIND, 'encoding.names');
  const encoding: LinearEncoding = Object.freeze({
    names: Object.freeze(names),
    source: decodeInt32(e.source, KIND, 'encoding.source'),
    level: decodeInt32(e.level, KIND, 'encoding.level'),
    center: decodeFloat64(e.center, KIND, 'encoding.center'),
    scale: decodeFloat64(e.scale, KIND, 'encoding.scale'),
    fill: decodeFloat64(e.fill, KIND, 'encoding.fill'),
  });
  const p = names.length;
  for (const field of ['source', 'level', 'center', 'scale'] as const) {
    if (encoding[field].length !== p) corrupt(KIND, `encoding.${field} does not match encoding.names`);
  }
  if (encoding.fill.length !== features.length) corrupt(KIND, 'encoding.fill does not match features');
  for (const s of encoding.source) if (s < 0 || s >= features.length) corrupt(KIND, `encoding.source holds ${s}`);
  if (!Array.isArray(o.coefficients) || o.coefficients.length !== outputs) {
    corrupt(KIND, 'coefficients does not match outputs');
  }
  const coefficients = (o.coefficients as unknown[]).map((c, k) => {
    const v = decodeFloat64(c, KIND, `coefficients[${k}]`);
    if (v.length !== p) corrupt(KIND, `coefficients[${k}] does not match encoding.names`);
    return v;
  });
  const intercepts = decodeFloat64(o.intercepts, KIND, 'intercepts');
  if (intercepts.length !== outputs) corrupt(KIND, 'intercepts does not match outputs');
  const solver = o.solver as LinearModel['solver'];
  if (!(SOLVERS as readonly string[]).includes(solver)) corrupt(KIND, `unknown solver ${o.solver}`);
  const original = toOriginalScale(encoding, coefficients, intercepts);
  return Object.freeze({
    kind: 'linear',
    formatVersion: LINEAR_FORMAT_VERSION,
    task,
    features: Object.freeze(features),
    classes: classes ? Object.freeze(classes) : null,
    classCount,
    objective,
    params,
    encoding,
    outputs,
    coefficients: Object.freeze(coefficients),
    intercepts,
    originalCoefficients: Object.freeze(original.coefficients),
    originalIntercepts: original.intercepts,
    iterations: decodeCount(o.iterations, KIND, 'iterations'),
    converged: o.converged === true,
    violation: decodeFloat64([o.violation], KIND, 'violation')[0],
    solver,
  });
}
