/**
 * @module explain/tree-shap-kernel
 * The exact path-dependent TreeSHAP of Lundberg, Erion & Lee (2018, Algorithm 2), as in the shap and XGBoost
 * C++ code (`ExtendPath`, `UnwindPath`, `UnwoundPathSum`): one recursive walk per tree and row keeps, for the
 * unique features on the path to each node, the share of feature subsets that reach it (`zero` fraction: the
 * feature is unknown and the cover splits the walk; `one` fraction: the row's own branch) and the
 * permutation weights; at a leaf every path feature gets its exact Shapley share of the leaf value. Cost
 * O(leaves × depth²) per tree and row. The path lives in four preallocated typed arrays (one region per
 * recursion level), so explaining allocates nothing per node or row.
 *
 * @example
 * ```ts
 * import { createTreeShapKernel } from './tree-shap-kernel.js';
 * const kernel = createTreeShapKernel(forest);
 * kernel.explainRow(x, phi); // x: the row's features; phi: outputs × (features) contributions, added to
 * ```
 */
import { CATEGORICAL, DEFAULT_LEFT, LESS_EQUAL, type ShapForest } from './shap-forest.js';

/** Explains rows of one forest; holds its own path buffers (not shared between threads of work). */
export interface TreeShapKernel {
  /**
   * Add the SHAP values of the row `x` (one value per feature, NaN missing) into
   * `phi[o * featureCount + f]`. The expected value is not added.
   */
  explainRow(x: Float64Array, phi: Float64Array): void;
  /** As `explainRow`, for tree t only. */
  explainTree(x: Float64Array, phi: Float64Array, t: number): void;
}

/**
 * A kernel over a flattened forest.
 *
 * @example
 * ```ts
 * const phi = new Float64Array(forest.outputs * forest.featureCount);
 * createTreeShapKernel(forest).explainRow(Float64Array.of(1, 2), phi);
 * ```
 */
export function createTreeShapKernel(forest: ShapForest): TreeShapKernel {
  const { left, right, feature, threshold, flags, fraction, leafValue, catStart, catBits, width } = forest;
  const F = forest.featureCount;
  const maxd = forest.maxDepth + 2;
  const size = ((maxd + 1) * (maxd + 2)) / 2 + maxd + 2;
  const pf = new Int32Array(size);
  const pz = new Float64Array(size);
  const po = new Float64Array(size);
  const pw = new Float64Array(size);
  // inv[k] = 1 / k: the weights' divisions become multiplications
  const inv = Float64Array.from({ length: maxd + 3 }, (_, k) => (k === 0 ? 0 : 1 / k));
  const contribution = new Float64Array(maxd + 2);
  let row: Float64Array = new Float64Array(0);
  let phi: Float64Array = new Float64Array(0);
  let outBase = 0;

  const goesLeft = (node: number, x: number): boolean => {
    const fl = flags[node];
    if (x !== x) return (fl & DEFAULT_LEFT) !== 0;
    if ((fl & CATEGORICAL) !== 0) {
      const s = threshold[node];
      const from = catStart[s];
      const word = x >>> 5;
      return x >= 0 && word < catStart[s + 1] - from && ((catBits[from + word] >>> (x & 31)) & 1) === 1;
    }
    return (fl & LESS_EQUAL) !== 0 ? x <= threshold[node] : x < threshold[node];
  };

  /** EXTEND: add feature `fi` with fractions (z, o) to the path at `at` of length `d` (elements 0..d). */
  const extend = (at: number, d: number, z: number, o: number, fi: number): void => {
    pf[at + d] = fi;
    pz[at + d] = z;
    po[at + d] = o;
    pw[at + d] = d === 0 ? 1 : 0;
    const id = inv[d + 1];
    for (let i = d - 1; i >= 0; i--) {
      const w = pw[at + i];
      pw[at + i + 1] += o * w * (i + 1) * id;
      pw[at + i] = z * w * (d - i) * id;
    }
  };

  /** UNWIND: remove element `k` of the path of depth `d` (one fractions are 0 or 1 on this walk). */
  const unwind = (at: number, d: number, k: number): void => {
    const o = po[at + k];
    const z = pz[at + k];
    let next = pw[at + d];
    if (o !== 0) {
      for (let i = d - 1; i >= 0; i--) {
        const tmp = pw[at + i];
        const w = (next * (d + 1) * inv[i + 1]) / o;
        pw[at + i] = w;
        next = tmp - w * z * (d - i) * inv[d + 1];
      }
    } else {
      for (let i = d - 1; i >= 0; i--) pw[at + i] = (pw[at + i] * (d + 1) * inv[d - i]) / z;
    }
    for (let i = k; i < d; i++) {
      pf[at + i] = pf[at + i + 1];
      pz[at + i] = pz[at + i + 1];
      po[at + i] = po[at + i + 1];
    }
  };

  /**
   * The leaf's contribution per path element: Σ of the weights with the element unwound × (o − z). For an
   * element off the row's branch (o = 0) that sum is S₀ / z with S₀ = Σ pw[i] (d+1)/(d−i) the same for all
   * such elements, so each of them contributes −S₀ (Fast TreeSHAP's shortcut); on-branch elements take the
   * O(d) recurrence of `UnwoundPathSum`.
   */
  const leafContributions = (at: number, d: number): void => {
    let s0 = 0;
    for (let i = d - 1; i >= 0; i--) s0 += pw[at + i] * (d + 1) * inv[d - i];
    const last = pw[at + d];
    const id = inv[d + 1];
    for (let k = 1; k <= d; k++) {
      const o = po[at + k];
      const z = pz[at + k];
      if (o === 0) {
        contribution[k] = z !== 0 ? -s0 : 0;
        continue;
      }
      let next = last;
      let total = 0;
      for (let i = d - 1; i >= 0; i--) {
        const tmp = (next * (d + 1) * inv[i + 1]) / o;
        total += tmp;
        next = pw[at + i] - tmp * z * (d - i) * id;
      }
      contribution[k] = total * (o - z);
    }
  };

  const recurse = (node: number, d: number, parentAt: number, z: number, o: number, fi: number): void => {
    // this level's path: a copy of the parent's after it
    const at = parentAt + d + 1;
    for (let i = 0; i < d; i++) {
      pf[at + i] = pf[parentAt + i];
      pz[at + i] = pz[parentAt + i];
      po[at + i] = po[parentAt + i];
      pw[at + i] = pw[parentAt + i];
    }
    extend(at, d, z, o, fi);
    const l = left[node];
    if (l < 0) {
      leafContributions(at, d);
      const v = node * width;
      if (width === 1) {
        const value = leafValue[v];
        for (let i = 1; i <= d; i++) phi[outBase + pf[at + i]] += contribution[i] * value;
      } else {
        for (let i = 1; i <= d; i++) {
          const f = pf[at + i];
          for (let k = 0; k < width; k++) phi[outBase + k * F + f] += contribution[i] * leafValue[v + k];
        }
      }
      return;
    }
    const split = feature[node];
    const r = right[node];
    const hot = goesLeft(node, row[split]) ? l : r;
    const cold = hot === l ? r : l;
    let inZ = 1;
    let inO = 1;
    let k = 0;
    for (; k <= d; k++) if (pf[at + k] === split) break;
    if (k !== d + 1) {
      inZ = pz[at + k];
      inO = po[at + k];
      unwind(at, d, k);
      d -= 1;
    }
    recurse(hot, d + 1, at, fraction[hot] * inZ, inO, split);
    recurse(cold, d + 1, at, fraction[cold] * inZ, 0, split);
  };

  return {
    explainRow(x: Float64Array, out: Float64Array): void {
      row = x;
      phi = out;
      const { roots, treeOutput } = forest;
      for (let t = 0; t < roots.length; t++) {
        outBase = treeOutput[t] * F;
        recurse(roots[t], 0, 0, 1, 1, -1);
      }
    },
    explainTree(x: Float64Array, out: Float64Array, t: number): void {
      row = x;
      phi = out;
      outBase = forest.treeOutput[t] * F;
      recurse(forest.roots[t], 0, 0, 1, 1, -1);
    },
  };
}
