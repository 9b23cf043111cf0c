/**
 * Test helper: a small seeded data set with numeric features (some missing) and one categorical feature,
 * with binary, multiclass and regression targets that depend on several features and an interaction.
 */
import { type FeatureMatrix, createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { createRng } from '../../../src/util/rng.js';

export interface Synthetic {
  readonly x: FeatureMatrix;
  readonly binary: Float64Array;
  readonly multiclass: Float64Array;
  readonly regression: Float64Array;
}

export function synthetic(n: number, seed: number, features = 5): Synthetic {
  const rng = createRng(seed);
  const cols: Float64Array[] = [];
  for (let j = 0; j < features - 1; j++) {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = rng.next() < 0.08 ? Number.NaN : Math.round(rng.normal() * 16) / 16;
    cols.push(c);
  }
  const cat = new Float64Array(n);
  for (let i = 0; i < n; i++) cat[i] = rng.next() < 0.05 ? Number.NaN : rng.int(4);
  cols.push(cat);
  const names = Array.from({ length: features }, (_, j) => (j === features - 1 ? 'channel' : `x${j}`));
  const x = createFeatureMatrix(names, cols, {
    categorical: names.map((_, j) => j === features - 1),
    categories: names.map((_, j) => (j === features - 1 ? ['mail', 'phone', 'web', 'shop'] : null)),
  });
  const binary = new Float64Array(n);
  const multiclass = new Float64Array(n);
  const regression = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Number.isNaN(cols[0][i]) ? 0.3 : cols[0][i];
    const b = Number.isNaN(cols[1][i]) ? -0.2 : cols[1][i];
    const c = cat[i] === 1 ? 1 : cat[i] === 3 ? -0.8 : 0;
    const z = 1.2 * a - b + 0.8 * a * b + c + 0.5 * rng.normal();
    binary[i] = z > 0 ? 1 : 0;
    multiclass[i] = z < -0.7 ? 0 : z < 0.7 ? 1 : 2;
    regression[i] = 3 * a + b * b + 2 * c + 0.3 * rng.normal();
  }
  return { x, binary, multiclass, regression };
}
