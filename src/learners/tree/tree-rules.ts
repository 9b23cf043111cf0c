/**
 * @module learners/tree/tree-rules
 * A fitted tree as readable rules, one per leaf: "IF age > 60 AND contact = cellular THEN 34 % yes (n = 812)".
 * Conditions on the same feature along a path are merged: numeric ones into one range ("30 < age <= 60"),
 * categorical ones into the set of training categories still allowed, named by label in the shorter form
 * ("contact = cellular", "job != student", "job IN {admin., services}", "job NOT IN {student, retired}"). Classifiers report the share of one class (by default the last class — the
 * positive one of a binary target); regression trees report the mean. Rules are sorted by that figure, highest
 * first (ties: more rows first). Rows with a missing value follow each node's learned missing direction; the
 * rules describe the non-missing values.
 *
 * @example
 * ```ts
 * import { treeRules } from './tree-rules.js';
 * treeRules(model, { maxRules: 5, classLabel: 'yes' });
 * // ['IF duration > 521.5 AND contact = cellular THEN 61 % yes (n = 812)', …]
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { inCategorySet } from './cart-tree.js';
import type { TreeModel } from './tree-model.js';

/** Options of `treeRules`. */
export interface TreeRuleOptions {
  /** Most rules returned (the highest first). Default: all leaves. */
  readonly maxRules?: number;
  /** The class whose share is reported: its label or code. Default: the last class. */
  readonly classLabel?: string | number;
}

/** One rule as data. */
export interface TreeRule {
  readonly conditions: readonly string[];
  /** Share of the reported class (0..1), or the mean for regression. */
  readonly value: number;
  /** Training rows in the leaf. */
  readonly n: number;
  readonly text: string;
}

interface Range {
  lo: number;
  hi: number;
}

function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function classIndex(model: TreeModel, label: string | number | undefined): number {
  const k = model.classCount;
  if (label === undefined) return k - 1;
  const byLabel = model.classes ? model.classes.indexOf(String(label)) : -1;
  const at = byLabel >= 0 ? byLabel : typeof label === 'number' ? label : Number(label);
  if (!(Number.isInteger(at) && at >= 0 && at < k)) {
    throw new ValidationError('option.invalid', {
      name: 'classLabel',
      expected: model.classes ? model.classes.join(', ') : `0 … ${k - 1}`,
      got: String(label),
    });
  }
  return at;
}

/**
 * The rules of a tree as data (conditions, figure, rows, text).
 *
 * @example
 * ```ts
 * treeRuleList(model)[0].n; // rows in the leaf of the first rule
 * ```
 */
export function treeRuleList(model: TreeModel, options: TreeRuleOptions = {}): TreeRule[] {
  const tree = model.tree;
  const regression = model.task === 'regression';
  const cls = regression ? 0 : classIndex(model, options.classLabel);
  const outcome = regression ? (model.targetName ?? 'mean') : (model.classes?.[cls] ?? `class ${cls}`);
  const rules: TreeRule[] = [];

  const visit = (node: number, ranges: Map<number, Range>, cats: Map<number, Set<number>>): void => {
    if (tree.left[node] < 0) {
      const k = tree.outputs;
      let value: number;
      if (regression) value = tree.value[node];
      else {
        let sum = 0;
        for (let c = 0; c < k; c++) sum += tree.value[node * k + c];
        value = tree.value[node * k + cls] / sum;
      }
      const conditions = conditionsOf(model, ranges, cats);
      const n = tree.nSamples[node];
      const then = regression ? `${outcome} = ${formatNumber(value)}` : `${Math.round(value * 100)} % ${outcome}`;
      const text = `IF ${conditions.length > 0 ? conditions.join(' AND ') : 'all rows'} THEN ${then} (n = ${n})`;
      rules.push({ conditions, value, n, text });
      return;
    }
    const f = tree.feature[node];
    if (tree.categorical[node] === 1) {
      const k = tree.threshold[node];
      const allowed = cats.get(f) ?? new Set(model.knownCategories[f] ?? []);
      const goesLeft = new Set<number>();
      const words = tree.catBoundaries[k + 1] - tree.catBoundaries[k];
      for (let code = 0; code < words * 32; code++) if (inCategorySet(tree, k, code)) goesLeft.add(code);
      const leftSet = new Set([...allowed].filter((c) => goesLeft.has(c)));
      const rightSet = new Set([...allowed].filter((c) => !goesLeft.has(c)));
      visit(tree.left[node], ranges, new Map(cats).set(f, leftSet));
      visit(tree.right[node], ranges, new Map(cats).set(f, rightSet));
      return;
    }
    const t = tree.threshold[node];
    const current = ranges.get(f) ?? { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY };
    const leftRanges = new Map(ranges).set(f, { lo: current.lo, hi: Math.min(current.hi, t) });
    const rightRanges = new Map(ranges).set(f, { lo: Math.max(current.lo, t), hi: current.hi });
    visit(tree.left[node], leftRanges, cats);
    visit(tree.right[node], rightRanges, cats);
  };
  visit(0, new Map(), new Map());
  rules.sort((a, b) => b.value - a.value || b.n - a.n);
  return options.maxRules === undefined ? rules : rules.slice(0, Math.max(0, options.maxRules));
}

function conditionsOf(model: TreeModel, ranges: Map<number, Range>, cats: Map<number, Set<number>>): string[] {
  const out: string[] = [];
  const features = [...new Set([...ranges.keys(), ...cats.keys()])].sort((a, b) => a - b);
  for (const f of features) {
    const name = model.features[f].name;
    const r = ranges.get(f);
    if (r) {
      const lo = Number.isFinite(r.lo) ? formatNumber(r.lo) : null;
      const hi = Number.isFinite(r.hi) ? formatNumber(r.hi) : null;
      if (lo !== null && hi !== null) out.push(`${lo} < ${name} <= ${hi}`);
      else if (lo !== null) out.push(`${name} > ${lo}`);
      else if (hi !== null) out.push(`${name} <= ${hi}`);
      continue;
    }
    const allowed = [...(cats.get(f) as Set<number>)].sort((a, b) => a - b);
    const known = model.knownCategories[f] ?? Int32Array.from(allowed);
    const excluded = [...known].filter((c) => !allowed.includes(c));
    const label = (code: number): string => model.features[f].categories?.[code] ?? String(code);
    if (allowed.length === 1) out.push(`${name} = ${label(allowed[0])}`);
    else if (excluded.length === 1) out.push(`${name} != ${label(excluded[0])}`);
    else if (allowed.length <= excluded.length) out.push(`${name} IN {${allowed.map(label).join(', ')}}`);
    else out.push(`${name} NOT IN {${excluded.map(label).join(', ')}}`);
  }
  return out;
}

/**
 * The rules of a tree as text, highest figure first.
 *
 * @example
 * ```ts
 * treeRules(model, { maxRules: 3 });
 * // ['IF age > 60 AND contact = cellular THEN 34 % yes (n = 812)', …]
 * ```
 */
export function treeRules(model: TreeModel, options: TreeRuleOptions = {}): string[] {
  return treeRuleList(model, options).map((r) => r.text);
}
