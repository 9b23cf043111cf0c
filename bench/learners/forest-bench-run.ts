/**
 * @module bench/learners/forest-bench-run
 * One measured leitwerk run of the random forest benchmark, in its own process (so peak RSS is its own):
 * `node forest-bench-run.mjs fit <dir> <min_samples_leaf> <threads> <rf|et> <trees>` loads a set written by
 * gbdt-bench-data.ts, fits `random_forest` (max_features sqrt; `rf`: bootstrap, as RandomForestClassifier;
 * `et`: extra trees without bootstrap, as ExtraTreesClassifier) with the category codes as numbers and
 * missing values as -1e9 (as scikit-learn's forests see them), predicts the test rows and prints one JSON line.
 *
 * @example
 * ```sh
 * node /tmp/forest-bench-run.mjs fit /tmp/leitwerk-gbdt-bench/mixed 1 2 rf 100
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';
import { randomForestLearner } from '../../src/learners/forest/forest-learner.js';
import type { BenchMeta } from './gbdt-bench-data.js';

/** Column-major Float64 columns; missing values become -1e9, as forest_bench_reference.py feeds sklearn. */
function readColumns(file: string, rows: number, features: number): Float64Array[] {
  const buf = readFileSync(file);
  const all = new Float64Array(buf.buffer, buf.byteOffset, rows * features).slice();
  for (let i = 0; i < all.length; i++) if (all[i] !== all[i]) all[i] = -1e9;
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

function measure(dir: string, minSamplesLeaf: number, threads: number, model: string, trees: number): void {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as BenchMeta;
  const f = meta.names.length;
  const testRows = meta.rows - meta.trainRows;
  const train = createFeatureMatrix(meta.names, readColumns(join(dir, 'x-train.f64'), meta.trainRows, f));
  const test = createFeatureMatrix(meta.names, readColumns(join(dir, 'x-test.f64'), testRows, f));
  const yTrain = readColumns(join(dir, 'y-train.f64'), meta.trainRows, 1)[0];
  const yTest = readColumns(join(dir, 'y-test.f64'), testRows, 1)[0];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const extra = model === 'et';
  const forest = randomForestLearner
    .create({
      objective: 'binary',
      n_estimators: trees,
      max_features: 'sqrt',
      min_samples_leaf: minSamplesLeaf,
      extra_trees: extra,
      bootstrap: !extra,
      threads,
    })
    .fit(train, yTrain, { seed: 1 });
  const fitSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const proba = randomForestLearner.predictProba(forest, test);
  const predictCpu = process.cpuUsage(c1);
  const predictSeconds = (performance.now() - t1) / 1000;
  const p = proba.filter((_, i) => i % 2 === 1);
  console.log(
    JSON.stringify({
      library: 'leitwerk',
      model,
      threads,
      minSamplesLeaf,
      fitSeconds,
      fitCpuSeconds: (cpu.user + cpu.system) / 1e6,
      trees,
      predictRowsPerSecond: testRows / predictSeconds,
      predictRowsPerCpuSecond: testRows / ((predictCpu.user + predictCpu.system) / 1e6),
      auc: auc(yTest, p),
      nodes: forest.trees.reduce((a, t) => a + t.nodeCount, 0),
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

const [command, dir, leaf, threads, model, trees] = process.argv.slice(2);
if (command === 'fit') measure(dir, Number(leaf ?? 1), Number(threads ?? 1), model ?? 'rf', Number(trees ?? 100));
else throw new Error('usage: forest-bench-run fit <dir> <min_samples_leaf> <threads> <rf|et> <trees>');
