/**
 * @module explain/tree-shap-tables
 * A faster exact path-dependent TreeSHAP for shallow trees, after Fast TreeSHAP v2 (Yang 2021): the same
 * values as Algorithm 2 (tree-shap-kernel.ts), with the O(depth²) work per leaf moved into a table computed
 * once per tree. Seen from one leaf with value v, the tree is the game v·Π_j g_j over the m unique features j
 * on its path, g_j = o_j (the row follows the path at every split on j) when j is known and z_j (the product
 * of the cover fractions of those splits) when not. For the set A = {j : o_j = 1} of a row, with
 * G(A) = Σ_{S⊆A} |S|!(m−|S|−1)!/m! · Π_{j∉S} z_j, feature i gets v(1 − z_i)·G(A∖i)/z_i when i ∈ A and
 * −v·G(A) when i ∉ A. G is tabulated per leaf for all 2^m subsets (a zeta transform); a row then costs one
 * comparison per node and O(depth) per leaf. Trees with a zero cover fraction on a path or with more than
 * `MAX_UNIQUE` unique features on a path are left to the path algorithm.
 *
 * @example
 * ```ts
 * import { buildShapTables, addTableShap } from './tree-shap-tables.js';
 * const tables = buildShapTables(forest, t); // null → use the path algorithm for tree t
 * if (tables) addTableShap(forest, tables, x, 0, phi, 0, scratch);
 * ```
 */
import { CATEGORICAL, DEFAULT_LEFT, LESS_EQUAL, type ShapForest } from './shap-forest.js';

/** Largest number of unique features on a path that is tabulated (2^12 entries per leaf). */
export const MAX_UNIQUE = 12;

/** The tables of one tree. */
export interface ShapTables {
  /** Inner nodes of the tree (global node ids), in order; the per-row directions are indexed like this. */
  readonly nodes: Int32Array;
  /** Per leaf: global node id. */
  readonly leaves: Int32Array;
  /** Per leaf: first position in `feature` / `coef`; m = `posStart[l + 1] − posStart[l]`. */
  readonly posStart: Int32Array;
  readonly feature: Int32Array;
  /** (1 − z) / z per position. */
  readonly coef: Float64Array;
  /** Per leaf: first entry of its path steps. */
  readonly stepStart: Int32Array;
  /** Step: index into `nodes` of a split on the path. */
  readonly stepNode: Int32Array;
  /** Step: 1 when the path goes left there. */
  readonly stepLeft: Uint8Array;
  /** Step: the position (0..m−1) of the split's feature in the leaf's list. */
  readonly stepPos: Int32Array;
  /** Per leaf: first entry of its G table (2^m entries). */
  readonly gStart: Int32Array;
  readonly g: Float64Array;
}

/**
 * Tabulate tree t of the forest, or null when it must use the path algorithm.
 *
 * @example
 * ```ts
 * const tables = buildShapTables(forest, 0);
 * ```
 */
export function buildShapTables(forest: ShapForest, t: number): ShapTables | null {
  const { left, right, feature, fraction } = forest;
  const root = forest.roots[t];
  const nodes: number[] = [];
  const nodeIndex = new Map<number, number>();
  const leaves: number[] = [];
  const posStart: number[] = [0];
  const feats: number[] = [];
  const coef: number[] = [];
  const stepStart: number[] = [0];
  const stepNode: number[] = [];
  const stepLeft: number[] = [];
  const stepPos: number[] = [];
  const gStart: number[] = [0];
  const gParts: Float64Array[] = [];
  let gSize = 0;
  // depth-first with the path of (node, went left) pairs
  const pathNode: number[] = [];
  const pathLeft: number[] = [];
  let ok = true;
  const visit = (node: number): void => {
    if (!ok) return;
    if (left[node] >= 0) {
      nodeIndex.set(node, nodes.length);
      nodes.push(node);
      pathNode.push(node);
      pathLeft.push(1);
      visit(left[node]);
      pathLeft[pathLeft.length - 1] = 0;
      visit(right[node]);
      pathNode.pop();
      pathLeft.pop();
      return;
    }
    // unique features of the path and their zero fractions
    const uf: number[] = [];
    const uz: number[] = [];
    for (let s = 0; s < pathNode.length; s++) {
      const f = feature[pathNode[s]];
      const child = pathLeft[s] === 1 ? left[pathNode[s]] : right[pathNode[s]];
      let k = uf.indexOf(f);
      if (k < 0) {
        k = uf.length;
        uf.push(f);
        uz.push(1);
      }
      uz[k] *= fraction[child];
      stepNode.push(nodeIndex.get(pathNode[s]) as number);
      stepLeft.push(pathLeft[s]);
      stepPos.push(k);
    }
    const m = uf.length;
    if (m > MAX_UNIQUE || uz.some((z) => !(z > 0))) {
      ok = false;
      return;
    }
    leaves.push(node);
    for (let k = 0; k < m; k++) {
      feats.push(uf[k]);
      coef.push((1 - uz[k]) / uz[k]);
    }
    posStart.push(feats.length);
    stepStart.push(stepNode.length);
    gParts.push(gTable(uz));
    gSize += 1 << m;
    gStart.push(gSize);
  };
  visit(root);
  if (!ok) return null;
  const g = new Float64Array(gSize);
  gParts.forEach((part, l) => {
    g.set(part, gStart[l]);
  });
  return Object.freeze({
    nodes: Int32Array.from(nodes),
    leaves: Int32Array.from(leaves),
    posStart: Int32Array.from(posStart),
    feature: Int32Array.from(feats),
    coef: Float64Array.from(coef),
    stepStart: Int32Array.from(stepStart),
    stepNode: Int32Array.from(stepNode),
    stepLeft: Uint8Array.from(stepLeft),
    stepPos: Int32Array.from(stepPos),
    gStart: Int32Array.from(gStart),
    g,
  });
}

/** G(A) for every subset A of the m path features: Σ_{S⊆A} c(|S|) Π_{j∉S} z_j (zeta transform). */
function gTable(z: readonly number[]): Float64Array {
  const m = z.length;
  const size = 1 << m;
  // c(s) = s! (m − s − 1)! / m!
  const c = new Float64Array(Math.max(1, m));
  for (let s = 0; s < m; s++) {
    let v = 1 / m;
    // s!(m−s−1)!/m! = 1 / (m · C(m−1, s))
    let binom = 1;
    for (let i = 1; i <= s; i++) binom = (binom * (m - i)) / i;
    v /= binom;
    c[s] = v;
  }
  const g = new Float64Array(size);
  for (let mask = 0; mask < size; mask++) {
    let bits = 0;
    let prod = 1;
    for (let j = 0; j < m; j++) {
      if (mask & (1 << j)) bits++;
      else prod *= z[j];
    }
    // |S| = m would need c(m), which never occurs: S ⊆ A∖i has at most m − 1 features
    g[mask] = bits < m ? c[bits] * prod : 0;
  }
  for (let j = 0; j < m; j++) {
    const bit = 1 << j;
    for (let mask = 0; mask < size; mask++) if (mask & bit) g[mask] += g[mask ^ bit];
  }
  return g;
}

/**
 * Add the tree's SHAP values for the row at `x[xAt ..]` into `phi[outBase + k·F + f]` (k < forest.width).
 * `dir` is scratch of at least `tables.nodes.length` entries.
 *
 * @example
 * ```ts
 * addTableShap(forest, tables, x, 0, phi, 0, new Uint8Array(tables.nodes.length));
 * ```
 */
export function addTableShap(
  forest: ShapForest,
  tables: ShapTables,
  x: Float64Array,
  xAt: number,
  phi: Float64Array,
  outBase: number,
  dir: Uint8Array,
): void {
  const { threshold, flags, feature, catStart, catBits, leafValue, width } = forest;
  const F = forest.featureCount;
  const { nodes, leaves, posStart, coef, stepStart, stepNode, stepLeft, stepPos, gStart, g } = tables;
  const feat = tables.feature;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const v = x[xAt + feature[node]];
    const fl = flags[node];
    let goLeft: boolean;
    if (v !== v) goLeft = (fl & DEFAULT_LEFT) !== 0;
    else if ((fl & CATEGORICAL) !== 0) {
      const s = threshold[node];
      const from = catStart[s];
      const word = v >>> 5;
      goLeft = v >= 0 && word < catStart[s + 1] - from && ((catBits[from + word] >>> (v & 31)) & 1) === 1;
    } else goLeft = (fl & LESS_EQUAL) !== 0 ? v <= threshold[node] : v < threshold[node];
    dir[i] = goLeft ? 1 : 0;
  }
  for (let l = 0; l < leaves.length; l++) {
    const p0 = posStart[l];
    const m = posStart[l + 1] - p0;
    if (m === 0) continue;
    let a = (1 << m) - 1;
    for (let s = stepStart[l]; s < stepStart[l + 1]; s++) {
      if (dir[stepNode[s]] !== stepLeft[s]) a &= ~(1 << stepPos[s]);
    }
    const g0 = gStart[l];
    const ga = g[g0 + a];
    const leaf = leaves[l] * width;
    if (width === 1) {
      const value = leafValue[leaf];
      for (let k = 0; k < m; k++) {
        const bit = 1 << k;
        const w = (a & bit) !== 0 ? coef[p0 + k] * g[g0 + (a ^ bit)] : -ga;
        phi[outBase + feat[p0 + k]] += w * value;
      }
    } else {
      for (let k = 0; k < m; k++) {
        const bit = 1 << k;
        const w = (a & bit) !== 0 ? coef[p0 + k] * g[g0 + (a ^ bit)] : -ga;
        const f = feat[p0 + k];
        for (let o = 0; o < width; o++) phi[outBase + o * F + f] += w * leafValue[leaf + o];
      }
    }
  }
}
