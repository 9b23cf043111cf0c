/**
 * @module bench/learners/gbdt-bench-data
 * The generated benchmark sets of issue 3: `mixed` — 200,000 × 35 (30 numeric, 5 categorical, ~10 %
 * positives, nonlinear signal) — and `numeric` — 1,000,000 × 30 numeric; both split 80/20. Written as
 * column-major Float64 files so the Python side (XGBoost, scikit-learn) reads exactly the same numbers.
 *
 * @example
 * ```ts
 * import { writeBenchSet } from './gbdt-bench-data.js';
 * writeBenchSet('/tmp/bench', 'mixed');
 * ```
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/util/rng.js';

/** One generated set, as written to disk. */
export interface BenchMeta {
  readonly name: 'mixed' | 'numeric';
  readonly rows: number;
  readonly trainRows: number;
  readonly names: string[];
  readonly categorical: boolean[];
  readonly positiveRate: number;
}

const SIZES = {
  mixed: { rows: 200_000, numeric: 30, categorical: 5 },
  numeric: { rows: 1_000_000, numeric: 30, categorical: 0 },
};
const CARDINALITIES = [3, 8, 20, 50, 200];

/**
 * Generate a set and write `meta.json`, `x-train.f64`, `x-test.f64` (column-major), `y-train.f64`, `y-test.f64`.
 *
 * @example
 * ```ts
 * writeBenchSet(dir, 'numeric').rows; // 1000000
 * ```
 */
export function writeBenchSet(dir: string, name: 'mixed' | 'numeric'): BenchMeta {
  const { rows, numeric, categorical } = SIZES[name];
  const rng = createRng(name === 'mixed' ? 2024 : 2025);
  const cols: Float64Array[] = [];
  for (let j = 0; j < numeric; j++) {
    const c = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const kind = j % 3;
      let v = kind === 0 ? rng.normal() : kind === 1 ? rng.next() * 10 : Math.exp(rng.normal());
      if (j % 7 === 3) v = Math.round(v * 4) / 4; // some coarse, tied values
      c[i] = j % 10 === 9 && rng.next() < 0.05 ? Number.NaN : v;
    }
    cols.push(c);
  }
  for (let k = 0; k < categorical; k++) {
    const c = new Float64Array(rows);
    const card = CARDINALITIES[k];
    for (let i = 0; i < rows; i++) c[i] = Math.min(card - 1, Math.floor(card * rng.next() ** 1.5));
    cols.push(c);
  }
  const effects = CARDINALITIES.map((card) => Float64Array.from({ length: card }, () => rng.normal() * 0.7));
  const score = new Float64Array(rows);
  const v = (j: number, i: number): number => (cols[j][i] === cols[j][i] ? cols[j][i] : 0);
  for (let i = 0; i < rows; i++) {
    let s = Math.sin(v(0, i) * 2) + 0.3 * v(1, i) * v(3, i) * 0.1 + Math.log1p(v(2, i));
    s += v(4, i) > 5 ? 0.8 * v(6, i) : -0.4 * v(6, i);
    s += Math.abs(v(9, i)) * 0.5 - 0.2 * v(12, i) ** 2 + 0.15 * v(13, i) + (v(15, i) > 0.5 ? 0.7 : 0);
    s += 0.4 * Math.tanh(v(18, i) * v(21, i)) + 0.05 * v(22, i) * v(25, i) + 0.3 * Math.cos(v(27, i));
    for (let k = 0; k < categorical; k++) s += effects[k][cols[numeric + k][i]];
    score[i] = s + rng.normal() * 0.5;
  }
  // intercept for about 10 % positives
  let lo = -50;
  let hi = 50;
  for (let it = 0; it < 60; it++) {
    const c = (lo + hi) / 2;
    let p = 0;
    for (let i = 0; i < rows; i += 7) p += 1 / (1 + Math.exp(-(score[i] - c)));
    if (p / Math.ceil(rows / 7) > 0.1) lo = c;
    else hi = c;
  }
  const y = new Float64Array(rows);
  let positives = 0;
  for (let i = 0; i < rows; i++) {
    y[i] = rng.next() < 1 / (1 + Math.exp(-(score[i] - lo))) ? 1 : 0;
    positives += y[i];
  }
  const trainRows = Math.round(rows * 0.8);
  mkdirSync(dir, { recursive: true });
  const write = (file: string, arrays: Float64Array[], from: number, to: number): void => {
    const out = new Float64Array((to - from) * arrays.length);
    arrays.forEach((a, j) => {
      out.set(a.subarray(from, to), j * (to - from));
    });
    writeFileSync(join(dir, file), new Uint8Array(out.buffer));
  };
  write('x-train.f64', cols, 0, trainRows);
  write('x-test.f64', cols, trainRows, rows);
  write('y-train.f64', [y], 0, trainRows);
  write('y-test.f64', [y], trainRows, rows);
  const meta: BenchMeta = {
    name,
    rows,
    trainRows,
    names: cols.map((_, j) => (j < numeric ? `x${j}` : `c${j - numeric}`)),
    categorical: cols.map((_, j) => j >= numeric),
    positiveRate: positives / rows,
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  return meta;
}
