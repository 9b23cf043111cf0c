/**
 * @module learners/gbdt/gbdt-json
 * JSON form of a fitted GBDT. Typed arrays become number lists and are restored as the same typed arrays, so
 * predictions after a round trip are bit-identical. Loading rejects another `kind`, another
 * `formatVersion`, settings outside the schema and trees whose arrays do not fit together.
 *
 * @example
 * ```ts
 * import { gbdtFromJSON, gbdtToJSON } from './gbdt-json.js';
 * const text = JSON.stringify(gbdtToJSON(model));
 * const again = gbdtFromJSON(JSON.parse(text));
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
  decodeUint32,
  decodeUint8,
  encodeArray,
} from '../model-json.js';
import { resolveParams } from '../params.js';
import { GBDT_FORMAT_VERSION, type GbdtModel } from './gbdt-model.js';
import { GBDT_OBJECTIVES, type GbdtObjectiveName, gbdtSchema } from './gbdt-params.js';
import type { Tree } from './tree.js';

const KIND = 'gbdt';

const TREE_FIELDS = [
  'left',
  'right',
  'feature',
  'threshold',
  'defaultLeft',
  'categorical',
  'gain',
  'nodeHess',
  'nodeCount',
  'leafValue',
  'leafHess',
  'leafCount',
  'catBoundaries',
  'catBits',
] as const;

/**
 * The model as JSON-safe plain data.
 *
 * @example
 * ```ts
 * JSON.stringify(gbdtToJSON(model));
 * ```
 */
export function gbdtToJSON(model: GbdtModel): Record<string, unknown> {
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
    baseScores: encodeArray(model.baseScores),
    rounds: model.rounds,
    metric: model.metric,
    validLoss: model.validLoss ? encodeArray(model.validLoss) : null,
    knownCategories: model.knownCategories.map((k) => (k ? encodeArray(k) : null)),
    trees: model.trees.map((t) => {
      const out: Record<string, unknown> = { numLeaves: t.numLeaves };
      for (const field of TREE_FIELDS) out[field] = encodeArray(t[field]);
      return out;
    }),
  };
}

/**
 * Restore a model from `gbdtToJSON` output (parsed JSON).
 *
 * @example
 * ```ts
 * gbdtFromJSON(JSON.parse(text)).kind; // 'gbdt'
 * ```
 */
export function gbdtFromJSON(json: unknown): GbdtModel {
  const o = checkEnvelope(json, KIND, GBDT_FORMAT_VERSION);
  const objective = o.objective as GbdtObjectiveName;
  if (!(GBDT_OBJECTIVES as readonly string[]).includes(objective)) corrupt(KIND, `unknown objective ${o.objective}`);
  const task = o.task as Task;
  if (task !== 'binary' && task !== 'multiclass' && task !== 'regression') corrupt(KIND, `unknown task ${o.task}`);
  const features = decodeFeatures(o.features, KIND);
  const classes = o.classes == null ? null : decodeStrings(o.classes, KIND, 'classes');
  const params = resolveParams(KIND, gbdtSchema, (o.params ?? {}) as Record<string, unknown>);
  const outputs = decodeCount(o.outputs, KIND, 'outputs');
  const classCount = decodeCount(o.classCount, KIND, 'classCount');
  const rounds = decodeCount(o.rounds, KIND, 'rounds');
  const baseScores = Array.from(decodeFloat64(o.baseScores, KIND, 'baseScores'));
  if (baseScores.length !== outputs) corrupt(KIND, 'baseScores does not match outputs');
  if (!Array.isArray(o.knownCategories) || o.knownCategories.length !== features.length) {
    corrupt(KIND, 'knownCategories does not match features');
  }
  const knownCategories = (o.knownCategories as unknown[]).map((k, j) =>
    k === null ? null : decodeInt32(k, KIND, `knownCategories[${j}]`),
  );
  if (!Array.isArray(o.trees)) corrupt(KIND, 'trees is not a list');
  const trees = (o.trees as unknown[]).map((t, i) => decodeTree(t, i, features.length));
  if (trees.length !== rounds * outputs) corrupt(KIND, `${trees.length} trees for ${rounds} rounds × ${outputs}`);
  return Object.freeze({
    kind: 'gbdt',
    formatVersion: GBDT_FORMAT_VERSION,
    task,
    features: Object.freeze(features),
    classes: classes ? Object.freeze(classes) : null,
    classCount,
    objective,
    params,
    outputs,
    baseScores: Object.freeze(baseScores),
    trees: Object.freeze(trees),
    rounds,
    knownCategories: Object.freeze(knownCategories),
    metric: typeof o.metric === 'string' ? o.metric : '',
    validLoss: o.validLoss == null ? null : decodeFloat64(o.validLoss, KIND, 'validLoss'),
  });
}

function decodeTree(json: unknown, index: number, featureCount: number): Tree {
  if (typeof json !== 'object' || json === null) corrupt(KIND, `tree ${index} is not an object`);
  const t = json as Record<string, unknown>;
  const name = (field: string): string => `trees[${index}].${field}`;
  const numLeaves = decodeCount(t.numLeaves, KIND, name('numLeaves'));
  const tree: Tree = Object.freeze({
    numLeaves,
    left: decodeInt32(t.left, KIND, name('left')),
    right: decodeInt32(t.right, KIND, name('right')),
    feature: decodeInt32(t.feature, KIND, name('feature')),
    threshold: decodeFloat64(t.threshold, KIND, name('threshold')),
    defaultLeft: decodeUint8(t.defaultLeft, KIND, name('defaultLeft')),
    categorical: decodeUint8(t.categorical, KIND, name('categorical')),
    gain: decodeFloat64(t.gain, KIND, name('gain')),
    nodeHess: decodeFloat64(t.nodeHess, KIND, name('nodeHess')),
    nodeCount: decodeInt32(t.nodeCount, KIND, name('nodeCount')),
    leafValue: decodeFloat64(t.leafValue, KIND, name('leafValue')),
    leafHess: decodeFloat64(t.leafHess, KIND, name('leafHess')),
    leafCount: decodeInt32(t.leafCount, KIND, name('leafCount')),
    catBoundaries: decodeInt32(t.catBoundaries, KIND, name('catBoundaries')),
    catBits: decodeUint32(t.catBits, KIND, name('catBits')),
  });
  const nodes = Math.max(0, numLeaves - 1);
  if (numLeaves < 1) corrupt(KIND, `tree ${index} has no leaves`);
  for (const field of TREE_FIELDS) {
    const expected = field.startsWith('leaf')
      ? numLeaves
      : field.startsWith('cat') && field !== 'categorical'
        ? -1
        : nodes;
    if (expected >= 0 && tree[field].length !== expected) {
      corrupt(KIND, `${name(field)} has ${tree[field].length} entries, expected ${expected}`);
    }
  }
  const splits = tree.catBoundaries.length - 1;
  if (splits < 0 || tree.catBoundaries[splits] !== tree.catBits.length)
    corrupt(KIND, `${name('catBoundaries')} is malformed`);
  for (let i = 0; i < nodes; i++) {
    for (const child of [tree.left[i], tree.right[i]]) {
      if (child >= nodes || (child >= 0 && child <= i) || ~child >= numLeaves)
        corrupt(KIND, `tree ${index} node ${i} has a bad child`);
    }
    if (tree.feature[i] < 0 || tree.feature[i] >= featureCount)
      corrupt(KIND, `tree ${index} node ${i} has a bad feature`);
    if (tree.categorical[i] === 1) {
      const k = tree.threshold[i];
      if (!Number.isInteger(k) || k < 0 || k >= splits) corrupt(KIND, `tree ${index} node ${i} has a bad category set`);
    }
  }
  return tree;
}
