#!/usr/bin/env node
// Benchmark (not run in CI): load + full profile of a generated 1,000,000 × 30 CSV, leitwerk vs pandas.
//
//   npm run bench:data [-- --rows 1000000 --repeat 1]     (builds dist/ first)
//
// The anchor is measured in the same run: /usr/bin/python3 with Debian's python3-pandas doing
// read_csv + describe(include='all') + duplicated().sum(). Each side runs in its own process; wall seconds
// and peak RSS (getrusage maxrss of that process) are printed with the ratios leitwerk ÷ pandas.
// The last line is one JSON object with the figures.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const rows = Number(arg('rows', '1000000'));
const repeat = Number(arg('repeat', '1'));
const dataDir = join(root, 'bench', '.data');
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, `mixed-${rows}x30.csv`);

// Deterministic generator (xorshift32), 20 numeric + 10 categorical columns, ~2 % missing, some duplicates.
async function generate() {
  let s = 2463534242;
  const rnd = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const cats = Array.from({ length: 10 }, (_, j) => Array.from({ length: 3 + j * 7 }, (_, k) => `c${j}_v${k}`));
  const header = [
    ...Array.from({ length: 20 }, (_, j) => `num_${j}`),
    ...Array.from({ length: 10 }, (_, j) => `cat_${j}`),
  ];
  const out = createWriteStream(file);
  out.write(`${header.join(',')}\n`);
  let buf = '';
  let prev = '';
  for (let i = 0; i < rows; i++) {
    let line;
    if (i > 0 && rnd() < 0.001) line = prev;
    else {
      const f = [];
      for (let j = 0; j < 20; j++) {
        if (rnd() < 0.02) f.push('');
        else if (j % 4 === 0) f.push(String(Math.floor(rnd() * 1000)));
        else f.push((rnd() * 100 - 20 + j).toFixed(j % 3 === 0 ? 2 : 4));
      }
      for (let j = 0; j < 10; j++) {
        if (rnd() < 0.02) f.push('');
        else f.push(cats[j][Math.floor(rnd() ** 2 * cats[j].length)]);
      }
      line = f.join(',');
    }
    prev = line;
    buf += `${line}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((r) => out.end(r));
}

if (!existsSync(file)) {
  process.stderr.write(`generating ${file} …\n`);
  await generate();
}
const size = statSync(file).size;

const leitwerkScript = `
import { readTable, profileTable } from ${JSON.stringify(join(root, 'dist', 'index.js'))};
const t0 = performance.now();
const table = await readTable(${JSON.stringify(file)});
const t1 = performance.now();
const profile = profileTable(table, {});
const t2 = performance.now();
const dup = profile.findings.find((f) => f.check === 'duplicate-rows');
console.log(JSON.stringify({ load: (t1 - t0) / 1000, profile: (t2 - t1) / 1000, seconds: (t2 - t0) / 1000,
  maxRssMiB: process.resourceUsage().maxRSS / 1024, rows: table.rowCount, duplicates: dup ? dup.count : 0 }));
`;
const pandasScript = `
import json, resource, time
import pandas as pd
t0 = time.perf_counter()
df = pd.read_csv(${JSON.stringify(file)})
t1 = time.perf_counter()
d = df.describe(include='all')
dup = int(df.duplicated().sum())
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "profile": t2 - t1, "seconds": t2 - t0,
  "maxRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rows": len(df), "duplicates": dup,
  "pandas": pd.__version__}))
`;

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
function best(results) {
  return results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

const lw = [];
const pd = [];
for (let i = 0; i < repeat; i++) {
  pd.push(run('/usr/bin/python3', ['-c', pandasScript]));
  lw.push(run(process.execPath, ['--input-type=module', '-e', leitwerkScript]));
}
const a = best(lw);
const b = best(pd);
const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`data: ${rows.toLocaleString('en-US')} rows × 30 columns, ${(size / 2 ** 20).toFixed(0)} MiB CSV`);
console.log('                 load s  profile s   total s   peak RSS MiB   duplicates');
console.log(
  `leitwerk      ${fmt(a.load)}  ${fmt(a.profile)}  ${fmt(a.seconds)}  ${fmt(a.maxRssMiB)}        ${a.duplicates}`,
);
console.log(
  `pandas ${b.pandas.padEnd(6)} ${fmt(b.load)}  ${fmt(b.profile)}  ${fmt(b.seconds)}  ${fmt(b.maxRssMiB)}        ${b.duplicates}`,
);
const timeRatio = a.seconds / b.seconds;
const rssRatio = a.maxRssMiB / b.maxRssMiB;
console.log(
  `ratio leitwerk ÷ pandas: time ${timeRatio.toFixed(2)}× (goal ≤ 1.0), peak RSS ${rssRatio.toFixed(2)}× (goal ≤ 1.0)`,
);
console.log(
  JSON.stringify({
    rows,
    bytes: size,
    leitwerk: a,
    pandas: b,
    timeRatio,
    rssRatio,
    goalsMet: timeRatio <= 1 && rssRatio <= 1,
  }),
);
