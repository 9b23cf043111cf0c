/**
 * Test helper: Shapley values by definition, enumerating every feature subset, with the path-dependent
 * conditional expectation E[f(x) | x_S] computed directly on each tree (follow the row's branch at a split on
 * a feature in S, otherwise average both children weighted by their cover fractions).
 */
import { CATEGORICAL, DEFAULT_LEFT, LESS_EQUAL, type ShapForest } from '../../../src/explain/shap-forest.js';

function goesLeft(forest: ShapForest, node: number, x: number): boolean {
  const fl = forest.flags[node];
  if (Number.isNaN(x)) return (fl & DEFAULT_LEFT) !== 0;
  if ((fl & CATEGORICAL) !== 0) {
    const s = forest.threshold[node];
    const from = forest.catStart[s];
    const word = Math.floor(x / 32);
    if (word >= forest.catStart[s + 1] - from) return false;
    return Math.floor(forest.catBits[from + word] / 2 ** (x % 32)) % 2 === 1;
  }
  return (fl & LESS_EQUAL) !== 0 ? x <= forest.threshold[node] : x < forest.threshold[node];
}

/** E[tree output k | x_S] for one tree. */
function conditional(forest: ShapForest, node: number, x: ArrayLike<number>, inS: boolean[], k: number): number {
  if (forest.left[node] < 0) return forest.leafValue[node * forest.width + k];
  const l = forest.left[node];
  const r = forest.right[node];
  if (inS[forest.feature[node]]) {
    return conditional(forest, goesLeft(forest, node, x[forest.feature[node]]) ? l : r, x, inS, k);
  }
  return (
    forest.fraction[l] * conditional(forest, l, x, inS, k) + forest.fraction[r] * conditional(forest, r, x, inS, k)
  );
}

/** v(S) per output: base + Σ trees. */
function value(forest: ShapForest, x: ArrayLike<number>, inS: boolean[]): Float64Array {
  const out = Float64Array.from(forest.base);
  for (let t = 0; t < forest.treeCount; t++) {
    for (let k = 0; k < forest.width; k++) {
      out[forest.treeOutput[t] + k] += conditional(forest, forest.roots[t], x, inS, k);
    }
  }
  return out;
}

/** Exact Shapley values (outputs × features) of row x by subset enumeration (features ≤ ~12). */
export function bruteForceShap(forest: ShapForest, x: ArrayLike<number>): Float64Array {
  const m = forest.featureCount;
  const K = forest.outputs;
  const fact = [1];
  for (let i = 1; i <= m; i++) fact.push(fact[i - 1] * i);
  const v = new Map<number, Float64Array>();
  for (let mask = 0; mask < 1 << m; mask++) {
    v.set(
      mask,
      value(
        forest,
        x,
        Array.from({ length: m }, (_, j) => (mask & (1 << j)) !== 0),
      ),
    );
  }
  const phi = new Float64Array(K * m);
  for (let i = 0; i < m; i++) {
    for (let mask = 0; mask < 1 << m; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let j = 0; j < m; j++) if (mask & (1 << j)) size++;
      const w = (fact[size] * fact[m - size - 1]) / fact[m];
      const a = v.get(mask | (1 << i)) as Float64Array;
      const b = v.get(mask) as Float64Array;
      for (let k = 0; k < K; k++) phi[k * m + i] += w * (a[k] - b[k]);
    }
  }
  return phi;
}
