/**
 * @module learners/tree/tree-json
 * JSON form of a fitted decision tree. Loading rejects another `kind` or `formatVersion` and a tree whose
 * arrays do not fit together.
 *
 * @example
 * ```ts
 * import { treeFromJSON, treeToJSON } from './tree-json.js';
 * const again = treeFromJSON(JSON.parse(JSON.stringify(treeToJSON(model))));
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
} from './cart-tree-json.js';
import type { CriterionName } from './criterion.js';
import { TREE_FORMAT_VERSION, type TreeModel } from './tree-model.js';
import { TREE_OBJECTIVES, type TreeObjective } from './tree-params.js';

const KIND = 'decision_tree';

/**
 * The model as JSON-safe plain data.
 *
 * @example
 * ```ts
 * JSON.stringify(treeToJSON(model));
 * ```
 */
export function treeToJSON(model: TreeModel): Record<string, unknown> {
  return {
    kind: model.kind,
    formatVersion: model.formatVersion,
    task: model.task,
    objective: model.objective,
    criterion: model.criterion,
    features: encodeFeatures(model.features),
    classes: model.classes,
    classCount: model.classCount,
    targetName: model.targetName,
    knownCategories: encodeKnownCategories(model.knownCategories),
    tree: encodeCartTree(model.tree),
  };
}

/**
 * Restore a model from `treeToJSON` output (parsed JSON).
 *
 * @example
 * ```ts
 * treeFromJSON(JSON.parse(text)).kind; // 'decision_tree'
 * ```
 */
export function treeFromJSON(json: unknown): TreeModel {
  const o = checkEnvelope(json, KIND, TREE_FORMAT_VERSION);
  const objective = o.objective as TreeObjective;
  if (!(TREE_OBJECTIVES as readonly string[]).includes(objective)) corrupt(KIND, `unknown objective ${o.objective}`);
  const task = o.task as Task;
  if (task !== (objective === 'regression' ? 'regression' : objective)) corrupt(KIND, `task ${o.task} does not fit`);
  const criterion = o.criterion as CriterionName;
  if (!['gini', 'entropy', 'squared_error'].includes(criterion)) corrupt(KIND, `unknown criterion ${o.criterion}`);
  const features = decodeFeatures(o.features, KIND);
  const classCount = decodeCount(o.classCount, KIND, 'classCount');
  const tree = decodeCartTree(o.tree, KIND, 'tree', features.length);
  if (tree.outputs !== (task === 'regression' ? 1 : classCount)) corrupt(KIND, 'tree outputs do not fit the classes');
  return Object.freeze({
    kind: KIND,
    formatVersion: TREE_FORMAT_VERSION,
    task,
    features,
    classes: o.classes == null ? null : decodeStrings(o.classes, KIND, 'classes'),
    classCount,
    objective,
    criterion,
    tree,
    knownCategories: decodeKnownCategories(o.knownCategories, KIND, features.length),
    targetName: typeof o.targetName === 'string' ? o.targetName : null,
  });
}
