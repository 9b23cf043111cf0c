#!/usr/bin/env node
// Random forest / extra trees benchmark of issue 3 (never in CI). Sets from gbdt-bench-data.ts (generated on
// first use, shared with the GBDT bench): `mixed` 200,000 × 35 (category codes as plain numbers) and
// `numeric` 1,000,000 × 30, 80/20 split; missing values as -1e9 on both sides (sklearn 1.2's forests take
// neither categories nor NaN). For each set and model — `rf`: leitwerk random_forest vs scikit-learn
// RandomForestClassifier (bootstrap); `et`: leitwerk extra_trees (no bootstrap) vs ExtraTreesClassifier —
// and each thread count (leitwerk `threads`, sklearn `n_jobs`), both run with n_estimators 100,
// max_features sqrt, min_samples_leaf 1, no depth limit, each in its own process (Debian python3-sklearn via
// /usr/bin/python3), one right after the other so the ratios compare runs under the same machine load:
// fit seconds, predict rows/s (wall and CPU), holdout AUC, peak RSS.
// The last line printed is one JSON object with every figure and the ratios
// (leitwerk ÷ sklearn at the same thread count: fit time, predict rows/s, peak RSS; AUC difference).
// Usage: node bench/learners/forest-bench.mjs [--sets mixed,numeric] [--models rf,et] [--threads 1,2]
//          [--trees 100] [--numeric-trees N] [--leaf 1] [--data DIR] [--skip-python]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dataDir = option('--data', join(tmpdir(), 'leitwerk-gbdt-bench'));
const sets = option('--sets', 'mixed,numeric').split(',');
const models = option('--models', 'rf,et').split(',');
const threads = option('--threads', '1,2').split(',');
const trees = option('--trees', '100');
const numericTrees = option('--numeric-trees', trees);
const leaf = option('--leaf', '1');
const skipPython = args.includes('--skip-python');

mkdirSync(dataDir, { recursive: true });
const { build } = await import('esbuild');
const gbdtRunner = join(dataDir, 'gbdt-bench-run.mjs');
const runner = join(dataDir, 'forest-bench-run.mjs');
for (const [entry, out] of [
  ['gbdt-bench-run.ts', gbdtRunner],
  ['forest-bench-run.ts', runner],
]) {
  await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
  });
}

function runJson(command, commandArgs) {
  const out = execFileSync(command, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

const runs = [];
const ratios = {};
for (const set of sets) {
  const dir = join(dataDir, set);
  if (!existsSync(join(dir, 'meta.json'))) {
    console.log(`generating ${set} …`);
    runJson(process.execPath, [gbdtRunner, 'generate', dir, set]);
  }
  const count = set === 'numeric' ? numericTrees : trees;
  for (const model of models) {
    for (const t of threads) {
      console.log(`${set} ${model} ${count} trees, ${t} thread(s): leitwerk …`);
      const lw = { set, ...runJson(process.execPath, [runner, 'fit', dir, leaf, t, model, count]) };
      runs.push(lw);
      if (skipPython) continue;
      console.log(`${set} ${model} ${count} trees, ${t} thread(s): sklearn …`);
      const sk = {
        set,
        ...runJson('/usr/bin/python3', [join(here, 'forest_bench_reference.py'), dir, t, leaf, model, count]),
      };
      runs.push(sk);
      const key = `${set}_${model}_${t}`;
      ratios[`fitVsSklearn_${key}`] = lw.fitSeconds / sk.fitSeconds;
      ratios[`predictVsSklearn_${key}`] = lw.predictRowsPerSecond / sk.predictRowsPerSecond;
      ratios[`predictCpuVsSklearn_${key}`] = lw.predictRowsPerCpuSecond / sk.predictRowsPerCpuSecond;
      ratios[`aucDiffVsSklearn_${key}`] = lw.auc - sk.auc;
      ratios[`peakRssVsSklearn_${key}`] = lw.peakRssMB / sk.peakRssMB;
    }
  }
}

const rows = [
  ['set', 'model', 'library', 'threads', 'trees', 'fit s', 'predict rows/s', 'rows/cpu-s', 'AUC', 'nodes', 'RSS MB'],
];
for (const run of runs) {
  rows.push([
    run.set,
    run.model,
    run.library,
    String(run.threads),
    String(run.trees),
    run.fitSeconds.toFixed(2),
    Math.round(run.predictRowsPerSecond).toString(),
    Math.round(run.predictRowsPerCpuSecond).toString(),
    run.auc.toFixed(5),
    String(run.nodes),
    run.peakRssMB.toFixed(0),
  ]);
}
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
for (const row of rows) console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  '));
const fitRatios = Object.entries(ratios).filter(([k]) => k.startsWith('fitVs'));
console.log(
  JSON.stringify({
    benchmark: 'random_forest',
    settings: `n_estimators ${trees} (numeric set ${numericTrees}), max_features sqrt, min_samples_leaf ${leaf}, rf bootstrap, et without; codes as numbers, missing as -1e9`,
    goalFitAtMostSklearn: fitRatios.length > 0 && fitRatios.every(([, r]) => r <= 1),
    runs,
    ratios,
  }),
);
