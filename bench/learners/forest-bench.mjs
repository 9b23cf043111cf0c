#!/usr/bin/env node
// Random forest benchmark of issue 3 (never in CI). Uses the mixed 200,000 × 35 set of gbdt-bench-data.ts
// (generated on first use, shared with the GBDT bench), with the category codes as plain numbers and missing
// values as -1e9 on both sides (sklearn 1.2's forests take neither categories nor NaN),
// and measures — each run in its own process — leitwerk's random_forest and scikit-learn's
// RandomForestClassifier (Debian python3-sklearn via /usr/bin/python3) with n_estimators=100,
// max_features='sqrt', bootstrap, min_samples_leaf 1 (and 5 with --leaf 5): fit seconds, predict rows/s,
// holdout AUC, peak RSS. leitwerk grows its trees on one thread (worker threads are a later step), so it is
// compared with sklearn at n_jobs=1, and its 1-thread time is also set against sklearn at n_jobs=2.
// The last line printed is one JSON object with every figure and the ratios.
// Usage: node bench/learners/forest-bench.mjs [--data DIR] [--leaf 1] [--threads 1,2] [--skip-python]
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
const leaf = option('--leaf', '1');
const threads = option('--threads', '1,2').split(',');
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

const dir = join(dataDir, 'mixed');
if (!existsSync(join(dir, 'meta.json'))) {
  console.log('generating mixed …');
  runJson(process.execPath, [gbdtRunner, 'generate', dir, 'mixed']);
}
const runs = {};
console.log('leitwerk …');
runs.leitwerk1 = runJson(process.execPath, [runner, 'fit', dir, leaf]);
if (!skipPython) {
  for (const t of threads) {
    console.log(`sklearn at ${t} thread(s) …`);
    runs[`sklearn${t}`] = runJson('/usr/bin/python3', [join(here, 'forest_bench_reference.py'), dir, t, leaf]);
  }
}
const ratios = {};
for (const t of threads) {
  const sk = runs[`sklearn${t}`];
  if (!sk) continue;
  ratios[`fitVsSklearn${t}`] = runs.leitwerk1.fitSeconds / sk.fitSeconds;
  ratios[`predictVsSklearn${t}`] = runs.leitwerk1.predictRowsPerSecond / sk.predictRowsPerSecond;
  ratios[`peakRssVsSklearn${t}`] = runs.leitwerk1.peakRssMB / sk.peakRssMB;
}
if (runs.sklearn1) ratios.aucDiffVsSklearn = runs.leitwerk1.auc - runs.sklearn1.auc;

const rows = [['library', 'threads', 'fit s', 'predict rows/s', 'AUC', 'nodes', 'peak RSS MB']];
for (const run of Object.values(runs)) {
  rows.push([
    run.library,
    String(run.threads),
    run.fitSeconds.toFixed(2),
    Math.round(run.predictRowsPerSecond).toString(),
    run.auc.toFixed(5),
    String(run.nodes),
    run.peakRssMB.toFixed(0),
  ]);
}
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
for (const row of rows) console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  '));
console.log(
  JSON.stringify({
    benchmark: 'random_forest',
    settings: `mixed 200000 × 35 (codes as numbers), n_estimators 100, max_features sqrt, bootstrap, min_samples_leaf ${leaf}`,
    runs,
    ratios,
  }),
);
