/**
 * @module explain/xgboost-model
 * Read an XGBoost JSON model (`booster.save_model('m.json')`, gbtree, numeric splits) as a leitwerk
 * `GbdtModel`, so models trained elsewhere can be explained — and so TreeSHAP can be checked against
 * XGBoost's own `pred_contribs` on the very same trees. Inner nodes are renumbered 0.. in XGBoost's order and
 * leaves become `~k`; `split_conditions` are the thresholds (`x < t` goes left, as in leitwerk's GBDT),
 * `default_left` sends missing values, `sum_hessian` gives the covers, and the leaves' `split_conditions` their
 * values. The base score becomes a margin: the logit for `binary:logistic` / `binary:logitraw`-style logistic
 * objectives, the log for `count:poisson` / `reg:tweedie` / `reg:gamma`, else the value itself.
 *
 * @example
 * ```ts
 * import { gbdtFromXgboostJson } from './xgboost-model.js';
 * const model = gbdtFromXgboostJson(JSON.parse(text), ['age', 'balance', 'duration']);
 * const shap = treeShap(model, x);
 * ```
 */
import type { GbdtModel } from '../learners/gbdt/gbdt-model.js';
import type { Tree } from '../learners/gbdt/tree.js';
import { ValidationError } from '../util/errors.js';

/** One tree of an XGBoost JSON model. */
interface XgbTree {
  readonly left_children: readonly number[];
  readonly right_children: readonly number[];
  readonly split_indices: readonly number[];
  readonly split_conditions: readonly number[];
  readonly default_left: readonly (number | boolean)[];
  readonly sum_hessian: readonly number[];
  readonly split_type?: readonly number[];
}

function bad(expected: string, got: string): ValidationError {
  return new ValidationError('option.invalid', { name: 'XGBoost model', expected, got });
}

function convertTree(t: XgbTree): Tree {
  const n = t.left_children.length;
  const innerIndex = new Int32Array(n).fill(-1);
  const leafIndex = new Int32Array(n).fill(-1);
  let inner = 0;
  let leaves = 0;
  for (let i = 0; i < n; i++) {
    if (t.left_children[i] === -1) leafIndex[i] = leaves++;
    else {
      if ((t.split_type?.[i] ?? 0) !== 0) throw bad('numeric splits only', 'a categorical split');
      innerIndex[i] = inner++;
    }
  }
  if (n > 1 && innerIndex[0] !== 0) throw bad('node 0 as the root', 'a leaf at node 0');
  const ref = (c: number): number => (t.left_children[c] === -1 ? ~leafIndex[c] : innerIndex[c]);
  const left = new Int32Array(inner);
  const right = new Int32Array(inner);
  const feature = new Int32Array(inner);
  const threshold = new Float64Array(inner);
  const defaultLeft = new Uint8Array(inner);
  const nodeHess = new Float64Array(inner);
  const leafValue = new Float64Array(leaves);
  const leafHess = new Float64Array(leaves);
  for (let i = 0; i < n; i++) {
    if (t.left_children[i] === -1) {
      leafValue[leafIndex[i]] = t.split_conditions[i];
      leafHess[leafIndex[i]] = t.sum_hessian[i];
      continue;
    }
    const k = innerIndex[i];
    left[k] = ref(t.left_children[i]);
    right[k] = ref(t.right_children[i]);
    feature[k] = t.split_indices[i];
    threshold[k] = t.split_conditions[i];
    defaultLeft[k] = t.default_left[i] ? 1 : 0;
    nodeHess[k] = t.sum_hessian[i];
  }
  return Object.freeze({
    numLeaves: leaves,
    left,
    right,
    feature,
    threshold,
    defaultLeft,
    categorical: new Uint8Array(inner),
    gain: new Float64Array(inner),
    nodeHess,
    nodeCount: new Int32Array(inner),
    leafValue,
    leafHess,
    leafCount: new Int32Array(leaves),
    catBoundaries: Int32Array.of(0),
    catBits: new Uint32Array(0),
  });
}

function baseMargin(objective: string, base: number): number {
  if (objective.startsWith('binary:logistic') || objective === 'reg:logistic') return Math.log(base / (1 - base));
  if (objective === 'count:poisson' || objective === 'reg:tweedie' || objective === 'reg:gamma') return Math.log(base);
  return base;
}

/**
 * A `GbdtModel` from an XGBoost JSON document; `features` names the model's columns in order (XGBoost's own
 * `feature_names` when empty).
 *
 * @throws ValidationError `option.invalid` for a document that is not a gbtree model with numeric splits.
 * @example
 * ```ts
 * gbdtFromXgboostJson(json, ['x0', 'x1']).trees.length; // rounds × classes
 * ```
 */
export function gbdtFromXgboostJson(json: unknown, features: readonly string[] = []): GbdtModel {
  // biome-ignore lint/suspicious/noExplicitAny: a foreign JSON document, checked field by field below
  const learner = (json as any)?.learner;
  const booster = learner?.gradient_booster?.model;
  if (!booster || !Array.isArray(booster.trees)) throw bad('an XGBoost gbtree JSON model', typeof json);
  const names: string[] = features.length > 0 ? [...features] : (learner.feature_names ?? []);
  const featureCount = Number(learner.learner_model_param?.num_feature ?? names.length);
  if (names.length !== featureCount) throw bad(`${featureCount} feature names`, String(names.length));
  const classes = Number(learner.learner_model_param?.num_class ?? 0);
  const outputs = Math.max(1, classes);
  const objective = String(learner.objective?.name ?? 'reg:squarederror');
  const trees = (booster.trees as XgbTree[]).map(convertTree);
  const info: number[] = booster.tree_info ?? trees.map((_, i) => i % outputs);
  info.forEach((o, i) => {
    if (o !== i % outputs) throw bad(`tree ${i} to add to output ${i % outputs}`, String(o));
  });
  const task = classes > 1 ? 'multiclass' : objective.startsWith('binary:') ? 'binary' : 'regression';
  const margin = baseMargin(objective, Number(learner.learner_model_param?.base_score ?? 0.5));
  return Object.freeze({
    kind: 'gbdt' as const,
    formatVersion: 1 as const,
    task,
    features: names.map((name) => Object.freeze({ name, categorical: false, categories: null })),
    classes: null,
    classCount: task === 'multiclass' ? outputs : task === 'binary' ? 2 : 0,
    objective: task === 'multiclass' ? 'multiclass' : task === 'binary' ? 'binary' : 'squared_error',
    params: {} as GbdtModel['params'],
    outputs,
    baseScores: new Array<number>(outputs).fill(margin),
    trees,
    rounds: trees.length / outputs,
    knownCategories: names.map(() => null),
    metric: 'xgboost',
    validLoss: null,
  });
}
