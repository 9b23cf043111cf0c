/**
 * @module learners/mlp/mlp-json
 * `MlpModel` ↔ JSON. Float32 weights are written as the numbers they hold (a float32 is exactly a double, and
 * JSON keeps doubles exactly), so reading them back into `Float32Array`s restores every bit; loading checks
 * kind, format version and that the arrays fit the layer sizes.
 *
 * @example
 * ```ts
 * import { mlpFromJSON, mlpToJSON } from './mlp-json.js';
 * const back = mlpFromJSON(JSON.parse(JSON.stringify(mlpToJSON(model))));
 * ```
 */
import type { FeatureInfo } from '../feature-matrix.js';
import type { Task } from '../learner.js';
import { checkEnvelope, corrupt, decodeFloat64, encodeArray } from '../model-json.js';
import type { MlpInputEncoding } from './mlp-inputs.js';
import { MLP_FORMAT_VERSION, type MlpModel } from './mlp-model.js';
import { MLP_ACTIVATIONS, MLP_OBJECTIVES, type MlpActivation, type MlpObjectiveName } from './mlp-params.js';

const KIND = 'mlp';

/**
 * A model as a JSON-safe object.
 *
 * @example
 * ```ts
 * JSON.stringify(mlpToJSON(model));
 * ```
 */
export function mlpToJSON(model: MlpModel): Record<string, unknown> {
  return {
    kind: model.kind,
    formatVersion: model.formatVersion,
    task: model.task,
    objective: model.objective,
    activation: model.activation,
    features: model.features.map((f) => ({ name: f.name, categorical: f.categorical, categories: f.categories })),
    classes: model.classes,
    classCount: model.classCount,
    encoding: {
      width: model.encoding.width,
      offsets: [...model.encoding.offsets],
      center: encodeArray(model.encoding.center),
      scale: encodeArray(model.encoding.scale),
      levels: model.encoding.levels.map((l) => (l ? [...l] : null)),
    },
    sizes: [...model.sizes],
    weights: model.weights.map((w) => encodeArray(w)),
    biases: model.biases.map((b) => encodeArray(b)),
    targetMean: model.targetMean,
    targetScale: model.targetScale,
    epochs: model.epochs,
    bestEpoch: model.bestEpoch,
    lossCurve: encodeArray(model.lossCurve),
    validLossCurve: model.validLossCurve ? encodeArray(model.validLossCurve) : null,
  };
}

function numbers(json: unknown, field: string): number[] {
  return Array.from(decodeFloat64(json, KIND, field));
}

function float32(json: unknown, field: string, length: number): Float32Array {
  const v = decodeFloat64(json, KIND, field);
  if (v.length !== length) corrupt(KIND, `${field} has ${v.length} values, expected ${length}`);
  return Float32Array.from(v);
}

function finite(json: unknown, field: string): number {
  if (typeof json !== 'number' || !Number.isFinite(json)) corrupt(KIND, `${field} is not a number`);
  return json as number;
}

function features(json: unknown): FeatureInfo[] {
  if (!Array.isArray(json)) corrupt(KIND, 'features is not a list');
  return (json as unknown[]).map((f, j) => {
    const o = f as Record<string, unknown> | null;
    if (!o || typeof o.name !== 'string' || typeof o.categorical !== 'boolean') corrupt(KIND, `features[${j}]`);
    const cats = o.categories;
    if (cats !== null && !(Array.isArray(cats) && cats.every((c) => typeof c === 'string'))) {
      corrupt(KIND, `features[${j}].categories`);
    }
    return Object.freeze({
      name: o.name as string,
      categorical: o.categorical as boolean,
      categories: cats ? Object.freeze([...(cats as string[])]) : null,
    });
  });
}

function encoding(json: unknown, featureCount: number): MlpInputEncoding {
  const o = json as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') corrupt(KIND, 'encoding is missing');
  const e = o as Record<string, unknown>;
  const offsets = numbers(e.offsets, 'encoding.offsets');
  const center = numbers(e.center, 'encoding.center');
  const scale = numbers(e.scale, 'encoding.scale');
  if (!Array.isArray(e.levels)) corrupt(KIND, 'encoding.levels is not a list');
  const levels = (e.levels as unknown[]).map((l, j) =>
    l === null ? null : Object.freeze(numbers(l, `encoding.levels[${j}]`)),
  );
  for (const list of [offsets, center, scale, levels]) {
    if (list.length !== featureCount) corrupt(KIND, 'encoding does not match the features');
  }
  return Object.freeze({
    width: finite(e.width, 'encoding.width'),
    offsets: Object.freeze(offsets),
    center: Object.freeze(center),
    scale: Object.freeze(scale),
    levels: Object.freeze(levels),
  });
}

/**
 * Restore a model from parsed JSON; `learner.modelKind` / `learner.modelVersion` / `learner.modelCorrupt`
 * on a wrong or damaged object.
 *
 * @example
 * ```ts
 * const model = mlpFromJSON(JSON.parse(text));
 * ```
 */
export function mlpFromJSON(json: unknown): MlpModel {
  const o = checkEnvelope(json, KIND, MLP_FORMAT_VERSION);
  if (!(MLP_OBJECTIVES as readonly unknown[]).includes(o.objective)) corrupt(KIND, 'unknown objective');
  if (!(MLP_ACTIVATIONS as readonly unknown[]).includes(o.activation)) corrupt(KIND, 'unknown activation');
  if (!['binary', 'multiclass', 'regression'].includes(o.task as string)) corrupt(KIND, 'unknown task');
  const feats = features(o.features);
  const enc = encoding(o.encoding, feats.length);
  const sizes = numbers(o.sizes, 'sizes');
  if (sizes.length < 2 || sizes[0] !== enc.width) corrupt(KIND, 'sizes do not match the encoding');
  if (!Array.isArray(o.weights) || !Array.isArray(o.biases) || o.weights.length !== sizes.length - 1) {
    corrupt(KIND, 'weights do not match the layer sizes');
  }
  const weights = (o.weights as unknown[]).map((w, l) => float32(w, `weights[${l}]`, sizes[l] * sizes[l + 1]));
  const biases = (o.biases as unknown[]).map((b, l) => float32(b, `biases[${l}]`, sizes[l + 1]));
  const classes = o.classes;
  if (classes !== null && !(Array.isArray(classes) && classes.every((c) => typeof c === 'string'))) {
    corrupt(KIND, 'classes');
  }
  return Object.freeze({
    kind: 'mlp' as const,
    formatVersion: MLP_FORMAT_VERSION,
    task: o.task as Task,
    objective: o.objective as MlpObjectiveName,
    activation: o.activation as MlpActivation,
    features: Object.freeze(feats),
    classes: classes ? Object.freeze([...(classes as string[])]) : null,
    classCount: finite(o.classCount, 'classCount'),
    encoding: enc,
    sizes: Object.freeze(sizes),
    weights: Object.freeze(weights),
    biases: Object.freeze(biases),
    targetMean: finite(o.targetMean, 'targetMean'),
    targetScale: finite(o.targetScale, 'targetScale'),
    epochs: finite(o.epochs, 'epochs'),
    bestEpoch: finite(o.bestEpoch, 'bestEpoch'),
    lossCurve: decodeFloat64(o.lossCurve, KIND, 'lossCurve'),
    validLossCurve: o.validLossCurve === null ? null : decodeFloat64(o.validLossCurve, KIND, 'validLossCurve'),
  });
}
