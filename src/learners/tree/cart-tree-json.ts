/**
 * @module learners/tree/cart-tree-json
 * JSON form of a `CartTree` and of the parts every tree model shares (feature infos, class labels, known
 * categories). Typed arrays become number lists and come back as the same typed arrays (bit-identical
 * predictions); decoding checks that the arrays fit together and that children, features and category sets
 * point where they may, so a corrupt file fails with `learner.modelCorrupt` instead of predicting nonsense.
 *
 * @example
 * ```ts
 * import { decodeCartTree, encodeCartTree } from './cart-tree-json.js';
 * const again = decodeCartTree(JSON.parse(JSON.stringify(encodeCartTree(tree))), 'decision_tree', 'tree', 4);
 * ```
 */
import type { FeatureInfo } from '../feature-matrix.js';
import {
  corrupt,
  decodeCount,
  decodeFloat64,
  decodeInt32,
  decodeUint32,
  decodeUint8,
  encodeArray,
} from '../model-json.js';
import type { CartTree } from './cart-tree.js';

const NODE_FIELDS = [
  'left',
  'right',
  'feature',
  'threshold',
  'missingLeft',
  'categorical',
  'nSamples',
  'weightedNSamples',
  'impurity',
] as const;

/**
 * A tree as JSON-safe plain data.
 *
 * @example
 * ```ts
 * JSON.stringify(encodeCartTree(model.tree));
 * ```
 */
export function encodeCartTree(tree: CartTree): Record<string, unknown> {
  const out: Record<string, unknown> = { nodeCount: tree.nodeCount, outputs: tree.outputs };
  for (const field of NODE_FIELDS) out[field] = encodeArray(tree[field]);
  out.value = encodeArray(tree.value);
  out.catBoundaries = encodeArray(tree.catBoundaries);
  out.catBits = encodeArray(tree.catBits);
  return out;
}

/**
 * Restore and check a tree.
 *
 * @example
 * ```ts
 * decodeCartTree(json.tree, 'decision_tree', 'tree', model.features.length);
 * ```
 */
export function decodeCartTree(json: unknown, kind: string, name: string, featureCount: number): CartTree {
  if (typeof json !== 'object' || json === null) corrupt(kind, `${name} is not an object`);
  const t = json as Record<string, unknown>;
  const f = (field: string): string => `${name}.${field}`;
  const nodeCount = decodeCount(t.nodeCount, kind, f('nodeCount'));
  const outputs = decodeCount(t.outputs, kind, f('outputs'));
  const tree: CartTree = Object.freeze({
    nodeCount,
    outputs,
    left: decodeInt32(t.left, kind, f('left')),
    right: decodeInt32(t.right, kind, f('right')),
    feature: decodeInt32(t.feature, kind, f('feature')),
    threshold: decodeFloat64(t.threshold, kind, f('threshold')),
    missingLeft: decodeUint8(t.missingLeft, kind, f('missingLeft')),
    categorical: decodeUint8(t.categorical, kind, f('categorical')),
    value: decodeFloat64(t.value, kind, f('value')),
    nSamples: decodeInt32(t.nSamples, kind, f('nSamples')),
    weightedNSamples: decodeFloat64(t.weightedNSamples, kind, f('weightedNSamples')),
    impurity: decodeFloat64(t.impurity, kind, f('impurity')),
    catBoundaries: decodeInt32(t.catBoundaries, kind, f('catBoundaries')),
    catBits: decodeUint32(t.catBits, kind, f('catBits')),
  });
  if (nodeCount < 1 || outputs < 1) corrupt(kind, `${name} is empty`);
  for (const field of NODE_FIELDS) {
    if (tree[field].length !== nodeCount)
      corrupt(kind, `${f(field)} has ${tree[field].length} entries, expected ${nodeCount}`);
  }
  if (tree.value.length !== nodeCount * outputs) corrupt(kind, `${f('value')} does not fit nodeCount × outputs`);
  const sets = tree.catBoundaries.length - 1;
  if (sets < 0 || tree.catBoundaries[sets] !== tree.catBits.length) corrupt(kind, `${f('catBoundaries')} is malformed`);
  for (let i = 0; i < nodeCount; i++) {
    const l = tree.left[i];
    const r = tree.right[i];
    if (l < 0 && r < 0) continue;
    if (l <= i || r <= i || l >= nodeCount || r >= nodeCount) corrupt(kind, `${name} node ${i} has a bad child`);
    if (tree.feature[i] < 0 || tree.feature[i] >= featureCount) corrupt(kind, `${name} node ${i} has a bad feature`);
    if (tree.categorical[i] === 1) {
      const k = tree.threshold[i];
      if (!Number.isInteger(k) || k < 0 || k >= sets) corrupt(kind, `${name} node ${i} has a bad category set`);
    }
  }
  return tree;
}

/**
 * Feature infos as JSON.
 *
 * @example
 * ```ts
 * encodeFeatures(model.features);
 * ```
 */
export function encodeFeatures(features: readonly FeatureInfo[]): Record<string, unknown>[] {
  return features.map((f) => ({ name: f.name, categorical: f.categorical, categories: f.categories }));
}

/**
 * Known categories (one sorted code list per categorical feature, null otherwise) as JSON.
 *
 * @example
 * ```ts
 * encodeKnownCategories(model.knownCategories);
 * ```
 */
export function encodeKnownCategories(known: readonly (Int32Array | null)[]): unknown[] {
  return known.map((k) => (k ? encodeArray(k) : null));
}

/**
 * Restore known categories (one entry per feature).
 *
 * @example
 * ```ts
 * decodeKnownCategories(o.knownCategories, 'decision_tree', features.length);
 * ```
 */
export function decodeKnownCategories(
  json: unknown,
  kind: string,
  featureCount: number,
): readonly (Int32Array | null)[] {
  if (!Array.isArray(json) || json.length !== featureCount) corrupt(kind, 'knownCategories does not match features');
  return Object.freeze(
    (json as unknown[]).map((k, j) => (k === null ? null : decodeInt32(k, kind, `knownCategories[${j}]`))),
  );
}
