/**
 * @module learners/tree/feature-order
 * The order in which CART tries features at a node, exactly as scikit-learn's `BestSplitter.node_split`:
 * features are drawn without replacement by a Fisher–Yates step driven by sklearn's `rand_r` (a 32-bit
 * xorshift, `state ^= state << 13; state ^= state >> 17; state ^= state << 5`, value `state mod 2^31`); features
 * found constant in a node are moved to the front and stay known as constant for its children; the search
 * stops after `maxFeatures` non-constant features (or earlier when none is left). When equally good splits
 * exist (two features inducing the same partition, or equal class counts), the first one visited wins — so
 * with the same state the ties fall as in sklearn. sklearn's state is
 * `RandomState(random_state).randint(0, 2**31 - 1)`; leitwerk uses the fit seed as the state.
 *
 * @example
 * ```ts
 * import { createFeatureOrder } from './feature-order.js';
 * const order = createFeatureOrder(4, 4, 209652396);
 * const constants = order.visit(0, (f) => search.feature(best, f, samples, start, end));
 * ```
 */

/** The feature order of one tree (state carries from node to node, as sklearn's splitter). */
export interface FeatureOrder {
  /**
   * Visit features for a node whose parent knew `knownConstants` constant features; `tryFeature(f)` returns
   * false when f is constant in the node. Returns the constant count to hand to the node's children.
   */
  visit(knownConstants: number, tryFeature: (f: number) => boolean): number;
}

/**
 * A feature order over `featureCount` features trying up to `maxFeatures` per node, from a seed state.
 *
 * @example
 * ```ts
 * createFeatureOrder(10, 3, 42).visit(0, (f) => f !== 7);
 * ```
 */
export function createFeatureOrder(featureCount: number, maxFeatures: number, seed: number): FeatureOrder {
  // self-contained (no module-level names), so its source text can run in a worker thread
  /** sklearn's RAND_R_MAX. */
  const RAND_R_MAX = 0x7fffffff;
  let state = seed >>> 0;
  const features = Int32Array.from({ length: featureCount }, (_, j) => j);
  const constantFeatures = new Int32Array(featureCount);
  const randInt = (low: number, high: number): number => {
    if (state === 0) state = 1;
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return low + ((state % (RAND_R_MAX + 1)) % (high - low));
  };
  return {
    visit(knownConstants, tryFeature) {
      let fi = featureCount;
      let visited = 0;
      let foundConstants = 0;
      let drawnConstants = 0;
      let totalConstants = knownConstants;
      while (fi > totalConstants && (visited < maxFeatures || visited <= foundConstants + drawnConstants)) {
        visited++;
        let fj = randInt(drawnConstants, fi - foundConstants);
        if (fj < knownConstants) {
          const t = features[drawnConstants];
          features[drawnConstants] = features[fj];
          features[fj] = t;
          drawnConstants++;
          continue;
        }
        fj += foundConstants;
        const f = features[fj];
        if (!tryFeature(f)) {
          features[fj] = features[totalConstants];
          features[totalConstants] = f;
          foundConstants++;
          totalConstants++;
          continue;
        }
        fi--;
        features[fj] = features[fi];
        features[fi] = f;
      }
      features.set(constantFeatures.subarray(0, knownConstants), 0);
      constantFeatures.set(features.subarray(knownConstants, knownConstants + foundConstants), knownConstants);
      return totalConstants;
    },
  };
}
