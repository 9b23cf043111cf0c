/**
 * @module test/learners/support/synthetic
 * TEST-ONLY: the synthetic regression and Poisson sets of scripts/reference/gbdt_xgboost.py, made row for row
 * the same way (integer hash → uniforms), so the reference tests need no Python. Columns x0..x7 uniform in
 * [0, 1), x1 missing in ~10 % of rows, c0 an integer code 0..5 used as a number.
 *
 * @example
 * ```ts
 * const { columns, names, y } = syntheticSet('regression', 20000, 7);
 * ```
 */

/**
 * u in [0, 1): fmix32(row·0x9E3779B1 + col·0x85EBCA77 + seed·0xC2B2AE3D) / 2³², all mod 2³².
 *
 * @example
 * ```ts
 * hashUniform(7, 0, 0); // same value as the Python script's _uniform(7, 0, 0)
 * ```
 */
export function hashUniform(seed: number, row: number, col: number): number {
  let h = (Math.imul(row, 0x9e3779b1) + Math.imul(col, 0x85ebca77) + Math.imul(seed, 0xc2b2ae3d)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** A generated set. */
export interface SyntheticSet {
  readonly names: string[];
  readonly columns: Float64Array[];
  readonly y: Float64Array;
}

/**
 * Generate `n` rows of the regression or Poisson set.
 *
 * @example
 * ```ts
 * syntheticSet('poisson', 100, 11).y[0]; // a count
 * ```
 */
export function syntheticSet(kind: 'regression' | 'poisson', n: number, seed: number): SyntheticSet {
  const names = ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'c0'];
  const columns = names.map(() => new Float64Array(n));
  const y = new Float64Array(n);
  const catEffect = [0.0, 1.5, -1.0, 2.5, 0.5, -2.0];
  for (let i = 0; i < n; i++) {
    const x: number[] = [];
    for (let j = 0; j < 8; j++) x.push(hashUniform(seed, i, j));
    const c = Math.floor(hashUniform(seed, i, 8) * 6);
    const missing = hashUniform(seed, i, 30) < 0.1;
    const x1 = missing ? 0.5 : x[1];
    if (kind === 'regression') {
      let noise = 0;
      for (let m = 0; m < 12; m++) noise += hashUniform(seed, i, 20 + m);
      noise -= 6.0;
      y[i] = 10 * Math.sin(Math.PI * x[0] * x1) + 20 * (x[2] - 0.5) ** 2 + 10 * x[3] + 5 * x[4] + catEffect[c] + noise;
    } else {
      const lam = Math.exp(
        -1.0 + 0.8 * x[0] + 0.6 * Math.sin(2 * Math.PI * x1) - 0.5 * x[2] + 0.3 * (c === 1 || c === 3 ? 1 : 0),
      );
      const u = hashUniform(seed, i, 40);
      let k = 0;
      let p = Math.exp(-lam);
      let cdf = p;
      while (u > cdf && k < 1000) {
        k++;
        p *= lam / k;
        cdf += p;
      }
      y[i] = k;
    }
    for (let j = 0; j < 8; j++) columns[j][i] = x[j];
    if (missing) columns[1][i] = Number.NaN;
    columns[8][i] = c;
  }
  return { names, columns, y };
}
