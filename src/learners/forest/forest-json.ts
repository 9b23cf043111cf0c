/**
 * @module learners/forest/forest-json
 * JSON form of a fitted forest (trees in the CART tree format of tree/cart-tree-json.ts). Loading rejects
 * another `kind` or `formatVersion` and trees whose arrays do not fit together.
 *
 * @example
 * ```ts
 * import { forestFromJSON, forestToJSON } from './forest-json.js';
 * const again = forestFromJSON(JSON.parse(JSON.stringify(forestToJSON(model))));
 * ```
 */
import type { Task } from '../learner.js';
import { checkEnvelope, corrupt, decodeCount, decodeFeatures, decodeStrings } from '../model-json.js';
import {
  decodeCartTree,
  decodeKnownCategories,
  encodeCartTree,
  encodeFeatures,
  encodeKnownCategories,
} from '../tree/cart-tree-json.js';
import { flatForest } from './flat-forest.js';
import { FOREST_FORMAT_VERSION, type ForestModel } from './forest-model.js';
import { FOREST_OBJECTIVES, type ForestObjective } from './forest-params.js';

const KIND = 'random_forest';

/**
 * The model as JSON-safe plain data.
 *
 * @example
 * ```ts
 * JSON.stringify(forestToJSON(model));
 * ```
 */
export function forestToJSON(model: ForestModel): Record<string, unknown> {
  return {
    kind: model.kind,
    formatVersion: model.formatVersion,
    task: model.task,
    objective: model.objective,
    extraTrees: model.extraTrees,
    features: encodeFeatures(model.features),
    classes: model.classes,
    classCount: model.classCount,
    oobScore: model.oobScore,
    knownCategories: encodeKnownCategories(model.knownCategories),
    trees: model.trees.map(encodeCartTree),
  };
}

/**
 * Restore a model from `forestToJSON` output (parsed JSON).
 *
 * @example
 * ```ts
 * forestFromJSON(JSON.parse(text)).trees.length;
 * ```
 */
export function forestFromJSON(json: unknown): ForestModel {
  const o = checkEnvelope(json, KIND, FOREST_FORMAT_VERSION);
  const objective = o.objective as ForestObjective;
  if (!(FOREST_OBJECTIVES as readonly string[]).includes(objective)) corrupt(KIND, `unknown objective ${o.objective}`);
  const task = o.task as Task;
  if (task !== objective) corrupt(KIND, `task ${o.task} does not fit`);
  const features = decodeFeatures(o.features, KIND);
  const classCount = decodeCount(o.classCount, KIND, 'classCount');
  if (!Array.isArray(o.trees) || o.trees.length === 0) corrupt(KIND, 'trees is not a list of trees');
  const outputs = task === 'regression' ? 1 : classCount;
  const trees = (o.trees as unknown[]).map((t, i) => {
    const tree = decodeCartTree(t, KIND, `trees[${i}]`, features.length);
    if (tree.outputs !== outputs) corrupt(KIND, `trees[${i}] outputs do not fit the classes`);
    return tree;
  });
  if (o.oobScore !== null && typeof o.oobScore !== 'number') corrupt(KIND, 'oobScore is not a number');
  const frozen = Object.freeze(trees);
  flatForest(frozen); // the prediction layout, built once with the model
  return Object.freeze({
    kind: KIND,
    formatVersion: FOREST_FORMAT_VERSION,
    task,
    features,
    classes: o.classes == null ? null : decodeStrings(o.classes, KIND, 'classes'),
    classCount,
    objective,
    extraTrees: o.extraTrees === true,
    trees: frozen,
    knownCategories: decodeKnownCategories(o.knownCategories, KIND, features.length),
    oobScore: (o.oobScore as number | null) ?? null,
  });
}
