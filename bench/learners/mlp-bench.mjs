#!/usr/bin/env node
// MLP comparison of issue 3 (never in CI): leitwerk's own MLP against scikit-learn's MLPClassifier(solver='adam')
// on telco churn with the same rows, split, preprocessing and settings ((64, 32) relu, alpha 1e-4, batch 200,
// lr 1e-3, 50 epochs), five seeds each, measured in the same session. sklearn runs through
// scripts/reference/mlp_sklearn.py --print (Debian python3-sklearn via /usr/bin/python3, one BLAS thread,
// OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE unset for that command so the current kernel runs).
// The last line printed is one JSON object with the figures and the ratios.
// Usage: node bench/learners/mlp-bench.mjs [--skip-python]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const skipPython = process.argv.includes('--skip-python');
const dir = join(tmpdir(), 'leitwerk-mlp-bench');
mkdirSync(dir, { recursive: true });
const runner = join(dir, 'mlp-bench-run.mjs');
const { build } = await import('esbuild');
await build({
  entryPoints: [join(here, 'mlp-bench-run.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: runner,
  logLevel: 'warning',
  // the test loader finds examples/data relative to its own folder
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'test', 'learners', 'support')) },
});

const lastJson = (text) => JSON.parse(text.trim().split('\n').pop());
console.log('leitwerk …');
const leitwerk = lastJson(execFileSync(process.execPath, [runner, root], { cwd: root, encoding: 'utf8' }));
let sklearn = null;
if (!skipPython) {
  console.log('sklearn …');
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  sklearn = lastJson(
    execFileSync('/usr/bin/python3', ['scripts/reference/mlp_sklearn.py', '--print'], {
      cwd: root,
      encoding: 'utf8',
      env,
    }),
  );
}
const f = (v, d = 3) => (typeof v === 'number' ? v.toFixed(d) : '–');
console.log('| | holdout AUC (mean of 5 seeds) | fit s (median) |');
console.log('| --- | --- | --- |');
console.log(`| leitwerk mlp | ${f(leitwerk.auc, 4)} | ${f(leitwerk.fitSeconds)} (cpu ${f(leitwerk.fitCpuSeconds)}) |`);
if (sklearn) {
  console.log(
    `| sklearn MLPClassifier | ${f(sklearn.metrics.auc, 4)} | ${f(sklearn.fitSeconds)} (cpu ${f(sklearn.fitCpuSeconds)}) |`,
  );
}
console.log(
  JSON.stringify({
    leitwerk,
    sklearn,
    aucDifference: sklearn ? leitwerk.auc - sklearn.metrics.auc : null,
    fitTimeRatio: sklearn ? leitwerk.fitSeconds / sklearn.fitSeconds : null,
    fitCpuTimeRatio: sklearn ? leitwerk.fitCpuSeconds / sklearn.fitCpuSeconds : null,
  }),
);
