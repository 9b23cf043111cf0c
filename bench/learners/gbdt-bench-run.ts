/**
 * @module bench/learners/gbdt-bench-run
 * One measured leitwerk run of the GBDT benchmark, in its own process (so peak RSS is its own):
 * `node gbdt-bench-run.mjs generate <dir> <set>` writes a set; `node gbdt-bench-run.mjs fit <dir> [threads]` loads
 * it, fits with the reference settings (and `threads`, default 1), predicts the test rows and prints one JSON line.
 *
 * @example
 * ```sh
 * node /tmp/gbdt-bench-run.mjs fit /tmp/leitwerk-bench/mixed 2
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { gbdtLearner } from '../../src/learners/gbdt/gbdt-learner.js';
import { type BenchMeta, writeBenchSet } from './gbdt-bench-data.js';

/** The settings of the reference comparison (XGBoost hist lossguide, 31 leaves, 256 bins, eta 0.1, lambda 1). */
export const BENCH_SETTINGS = {
  objective: 'binary',
  n_rounds: 200,
  learning_rate: 0.1,
  max_leaves: 31,
  max_bins: 256,
  lambda_l2: 1,
  min_child_weight: 1,
  min_data_in_leaf: 0,
} as const;

function readColumns(file: string, rows: number, features: number): Float64Array[] {
  const buf = readFileSync(file);
  const all = new Float64Array(buf.buffer, buf.byteOffset, rows * features);
  return Array.from({ length: features }, (_, j) => all.subarray(j * rows, (j + 1) * rows));
}

function auc(y: Float64Array, p: Float64Array): number {
  const order = Array.from(y.keys()).sort((a, b) => p[a] - p[b]);
  let rank = 0;
  let pos = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]] === p[order[i]]) j++;
    for (let k = i; k <= j; k++) {
      if (y[order[k]] === 1) {
        rank += (i + j) / 2 + 1;
        pos++;
      }
    }
    i = j + 1;
  }
  return (rank - (pos * (pos + 1)) / 2) / (pos * (order.length - pos));
}

function measure(dir: string, threads: number): void {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as BenchMeta;
  const f = meta.names.length;
  const testRows = meta.rows - meta.trainRows;
  const options = { categorical: meta.categorical };
  const train = createFeatureMatrix(meta.names, readColumns(join(dir, 'x-train.f64'), meta.trainRows, f), options);
  const test = createFeatureMatrix(meta.names, readColumns(join(dir, 'x-test.f64'), testRows, f), options);
  const yTrain = readColumns(join(dir, 'y-train.f64'), meta.trainRows, 1)[0];
  const yTest = readColumns(join(dir, 'y-test.f64'), testRows, 1)[0];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const model = gbdtLearner.create({ ...BENCH_SETTINGS, threads }).fit(train, yTrain);
  const fitSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const proba = gbdtLearner.predictProba(model, test);
  const predictSeconds = (performance.now() - t1) / 1000;
  const predictCpu = process.cpuUsage(c1);
  const p = proba.filter((_, i) => i % 2 === 1);
  console.log(
    JSON.stringify({
      library: 'leitwerk',
      threads,
      fitSeconds,
      fitCpuSeconds: (cpu.user + cpu.system) / 1e6,
      predictRowsPerSecond: testRows / predictSeconds,
      predictCpuSeconds: (predictCpu.user + predictCpu.system) / 1e6,
      auc: auc(yTest, p),
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

const [command, dir, arg] = process.argv.slice(2);
if (command === 'generate') console.log(JSON.stringify(writeBenchSet(dir, arg as 'mixed' | 'numeric')));
else if (command === 'fit') measure(dir, Number(arg ?? 1));
else throw new Error('usage: gbdt-bench-run (generate <dir> <mixed|numeric> | fit <dir> [threads])');
