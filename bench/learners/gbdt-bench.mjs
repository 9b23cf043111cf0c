#!/usr/bin/env node
// GBDT benchmark of issue 3 (`npm run bench:learners`; never in CI). Generates the two sets of
// gbdt-bench-data.ts (mixed 200,000 × 35 with 5 categorical; numeric 1,000,000 × 30; 80/20 split) into a
// temporary folder, then measures — each run in its own process, so peak RSS is its own — leitwerk, XGBoost
// `hist` and scikit-learn's HistGradientBoostingClassifier (Debian python3-xgboost / python3-sklearn via
// /usr/bin/python3) at 1 and 2 threads with the reference settings (lossguide, 31 leaves, 256 bins, eta 0.1,
// lambda 1, 200 rounds): fit seconds, predict rows/s, holdout AUC, peak RSS. leitwerk trains on one thread
// (worker threads are a later step), so its 2-thread figures are its 1-thread run.
// The last line printed is one JSON object with every figure and the ratios the goals are stated in.
// Usage: node bench/learners/gbdt-bench.mjs [--sets mixed,numeric] [--data DIR] [--skip-python]
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
const sets = option('--sets', 'mixed,numeric').split(',');
const dataDir = option('--data', join(tmpdir(), 'leitwerk-gbdt-bench'));
const skipPython = args.includes('--skip-python');

// The runner is TypeScript; bundle it once with esbuild (installed with tsx/vite) so it runs as plain JS,
// as the compiled package would, instead of through a transpiling loader.
mkdirSync(dataDir, { recursive: true });
const runner = join(dataDir, 'gbdt-bench-run.mjs');
const { build } = await import('esbuild');
await build({
  entryPoints: [join(here, 'gbdt-bench-run.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: runner,
  logLevel: 'warning',
});

function runJson(command, commandArgs) {
  const out = execFileSync(command, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

const results = {};
for (const set of sets) {
  const dir = join(dataDir, set);
  if (!existsSync(join(dir, 'meta.json'))) {
    console.log(`generating ${set} …`);
    runJson(process.execPath, [runner, 'generate', dir, set]);
  }
  const runs = {};
  console.log(`${set}: leitwerk …`);
  runs.leitwerk1 = runJson(process.execPath, [runner, 'fit', dir]);
  if (!skipPython) {
    for (const lib of ['xgboost', 'sklearn']) {
      for (const threads of [1, 2]) {
        console.log(`${set}: ${lib} at ${threads} thread(s) …`);
        runs[`${lib}${threads}`] = runJson('/usr/bin/python3', [
          join(here, 'gbdt_bench_reference.py'),
          dir,
          lib,
          String(threads),
        ]);
      }
    }
  }
  results[set] = runs;
}

const ratios = {};
for (const [set, r] of Object.entries(results)) {
  const lw = r.leitwerk1;
  if (!r.xgboost1) continue;
  ratios[set] = {
    fitVsXgboost1: lw.fitSeconds / r.xgboost1.fitSeconds,
    fitVsXgboost2: lw.fitSeconds / r.xgboost2.fitSeconds,
    fitVsSklearn1: lw.fitSeconds / r.sklearn1.fitSeconds,
    fitVsSklearn2: lw.fitSeconds / r.sklearn2.fitSeconds,
    predictVsXgboost1: lw.predictRowsPerSecond / r.xgboost1.predictRowsPerSecond,
    aucDiffVsXgboost: lw.auc - r.xgboost1.auc,
    aucDiffVsSklearn: lw.auc - r.sklearn1.auc,
    peakRssVsXgboost1: lw.peakRssMB / r.xgboost1.peakRssMB,
  };
}

const rows = [['set', 'library', 'threads', 'fit s', 'predict rows/s', 'AUC', 'peak RSS MB']];
for (const [set, r] of Object.entries(results)) {
  for (const run of Object.values(r)) {
    rows.push([
      set,
      run.library,
      String(run.threads),
      run.fitSeconds.toFixed(2),
      Math.round(run.predictRowsPerSecond).toString(),
      run.auc.toFixed(5),
      run.peakRssMB.toFixed(0),
    ]);
  }
}
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
for (const row of rows) console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  '));
for (const [set, q] of Object.entries(ratios)) {
  console.log(
    `${set}: leitwerk fit ÷ XGBoost ${q.fitVsXgboost1.toFixed(2)} (1 thread), ${q.fitVsXgboost2.toFixed(2)} (vs 2 threads); ` +
      `÷ sklearn ${q.fitVsSklearn1.toFixed(2)} / ${q.fitVsSklearn2.toFixed(2)}; predict ×${q.predictVsXgboost1.toFixed(2)}; ` +
      `AUC ${q.aucDiffVsXgboost >= 0 ? '+' : ''}${q.aucDiffVsXgboost.toFixed(4)}; peak RSS ×${q.peakRssVsXgboost1.toFixed(2)}`,
  );
}
console.log(
  JSON.stringify({
    benchmark: 'gbdt',
    settings: 'lossguide 31 leaves, 256 bins, eta 0.1, lambda 1, 200 rounds',
    results,
    ratios,
  }),
);
