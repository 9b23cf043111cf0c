#!/usr/bin/env node
// GBDT benchmark of issue 3 (`npm run bench:learners`; never in CI). Generates the two sets of
// gbdt-bench-data.ts (mixed 200,000 × 35 with 5 categorical; numeric 1,000,000 × 30; 80/20 split) into a
// temporary folder, then measures — each run in its own process, so peak RSS is its own — leitwerk (its
// `threads` setting), XGBoost `hist` and scikit-learn's HistGradientBoostingClassifier (Debian
// python3-xgboost / python3-sklearn via /usr/bin/python3) at 1 and 2 threads with the reference settings
// (lossguide, 31 leaves, 256 bins, eta 0.1, lambda 1, 200 rounds): fit seconds, predict rows/s, holdout AUC,
// peak RSS. With `--repeat N` every run is repeated N times, the libraries interleaved so that the ratios of
// one repetition come from the same minutes of a shared machine; figures and ratios are the medians. CPU
// seconds (all threads) are printed too: at 1 thread they hardly move with other load on the machine.
// The last line printed is one JSON object with every figure and the ratios the goals are stated in.
// Usage: node bench/learners/gbdt-bench.mjs [--sets mixed,numeric] [--threads 1,2] [--repeat N]
//        [--libs leitwerk,xgboost,sklearn] [--data DIR]   (--skip-python = --libs leitwerk)
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
const threadCounts = option('--threads', '1,2').split(',').map(Number);
const repeat = Math.max(1, Number(option('--repeat', '1')));
const libs = (args.includes('--skip-python') ? 'leitwerk' : option('--libs', 'leitwerk,xgboost,sklearn')).split(',');
const dataDir = option('--data', join(tmpdir(), 'leitwerk-gbdt-bench'));

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

function runOne(lib, dir, threads) {
  if (lib === 'leitwerk') return runJson(process.execPath, [runner, 'fit', dir, String(threads)]);
  return runJson('/usr/bin/python3', [join(here, 'gbdt_bench_reference.py'), dir, lib, String(threads)]);
}

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** Ratios of one repetition of one set (`r` maps `lib + threads` to a run). */
function ratiosOf(r) {
  const q = {};
  const div = (a, b) => (a && b ? a / b : null);
  for (const t of threadCounts) {
    const lw = r[`leitwerk${t}`];
    if (!lw) continue;
    q[`fitVsXgboost${t}`] = div(lw.fitSeconds, r[`xgboost${t}`]?.fitSeconds);
    q[`fitVsSklearn${t}`] = div(lw.fitSeconds, r[`sklearn${t}`]?.fitSeconds);
    // CPU seconds (all threads): at 1 thread a measure that other load on the machine hardly moves
    q[`fitCpuVsXgboost${t}`] = div(lw.fitCpuSeconds, r[`xgboost${t}`]?.fitCpuSeconds);
    q[`predictCpuVsXgboost${t}`] = div(lw.predictCpuSeconds, r[`xgboost${t}`]?.predictCpuSeconds);
    q[`predictVsXgboost${t}`] = div(lw.predictRowsPerSecond, r[`xgboost${t}`]?.predictRowsPerSecond);
    q[`peakRssVsXgboost${t}`] = div(lw.peakRssMB, r[`xgboost${t}`]?.peakRssMB);
    q[`aucDiffVsXgboost${t}`] = r[`xgboost${t}`] ? lw.auc - r[`xgboost${t}`].auc : null;
    q[`aucDiffVsSklearn${t}`] = r[`sklearn${t}`] ? lw.auc - r[`sklearn${t}`].auc : null;
    const one = r.leitwerk1;
    if (t > 1 && one) q[`leitwerkSpeedup${t}`] = one.fitSeconds / lw.fitSeconds;
  }
  return q;
}

const FIGURES = ['fitSeconds', 'fitCpuSeconds', 'predictRowsPerSecond', 'predictCpuSeconds', 'auc', 'peakRssMB'];
const results = {};
const ratios = {};
for (const set of sets) {
  const dir = join(dataDir, set);
  if (!existsSync(join(dir, 'meta.json'))) {
    console.log(`generating ${set} …`);
    runJson(process.execPath, [runner, 'generate', dir, set]);
  }
  const reps = [];
  for (let k = 0; k < repeat; k++) {
    const runs = {};
    for (const threads of threadCounts) {
      for (const lib of libs) {
        console.log(`${set} #${k + 1}: ${lib} at ${threads} thread(s) …`);
        const run = runOne(lib, dir, threads);
        runs[`${lib}${threads}`] = run;
        console.log(
          `  fit ${run.fitSeconds.toFixed(2)} s (CPU ${run.fitCpuSeconds.toFixed(2)} s), predict ${Math.round(run.predictRowsPerSecond)} rows/s, ` +
            `AUC ${run.auc.toFixed(5)}, peak RSS ${run.peakRssMB.toFixed(0)} MB`,
        );
      }
    }
    reps.push(runs);
  }
  const summary = {};
  for (const key of Object.keys(reps[0])) {
    const runs = reps.map((r) => r[key]);
    summary[key] = { ...runs[0], repeats: runs.length };
    for (const name of FIGURES) summary[key][name] = median(runs.map((run) => run[name]));
    summary[key].fitSecondsAll = runs.map((run) => run.fitSeconds);
  }
  results[set] = summary;
  const perRep = reps.map(ratiosOf);
  ratios[set] = {};
  for (const name of Object.keys(perRep[0])) ratios[set][name] = median(perRep.map((q) => q[name]));
}

const fmt = (v, digits) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const rows = [['set', 'library', 'threads', 'fit s', 'fit CPU s', 'predict rows/s', 'AUC', 'peak RSS MB']];
for (const [set, r] of Object.entries(results)) {
  for (const run of Object.values(r)) {
    rows.push([
      set,
      run.library,
      String(run.threads),
      fmt(run.fitSeconds, 2),
      fmt(run.fitCpuSeconds, 2),
      fmt(run.predictRowsPerSecond, 0),
      fmt(run.auc, 5),
      fmt(run.peakRssMB, 0),
    ]);
  }
}
const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
for (const row of rows) console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  '));
for (const [set, q] of Object.entries(ratios)) {
  for (const t of threadCounts) {
    const auc = q[`aucDiffVsXgboost${t}`];
    console.log(
      `${set}, ${t} thread(s): leitwerk fit ÷ XGBoost ${fmt(q[`fitVsXgboost${t}`], 2)}, ÷ sklearn ${fmt(q[`fitVsSklearn${t}`], 2)}; ` +
        `predict rows/s ×${fmt(q[`predictVsXgboost${t}`], 2)}; AUC ${auc !== null && auc >= 0 ? '+' : ''}${fmt(auc, 4)}; ` +
        `peak RSS ×${fmt(q[`peakRssVsXgboost${t}`], 2)}; CPU s ÷ XGBoost: fit ${fmt(q[`fitCpuVsXgboost${t}`], 2)}, ` +
        `predict ${fmt(q[`predictCpuVsXgboost${t}`], 2)}` +
        (q[`leitwerkSpeedup${t}`] ? `; leitwerk speed-up over 1 thread ×${fmt(q[`leitwerkSpeedup${t}`], 2)}` : ''),
    );
  }
}
console.log(
  JSON.stringify({
    benchmark: 'gbdt',
    settings: 'lossguide 31 leaves, 256 bins, eta 0.1, lambda 1, 200 rounds',
    repeat,
    results,
    ratios,
  }),
);
