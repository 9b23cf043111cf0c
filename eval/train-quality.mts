/**
 * The quality evaluation of `leitwerk train` (issue 4; not run in CI): runs `leitwerk train … --json` with the
 * default budget on each dataset, reads the cross-validated primary metric of the winner, and, for the
 * regression and multiclass cases, fits XGBoost (Debian's python3-xgboost, /usr/bin/python3) on the SAME folds
 * of the same cleaned rows and features for comparison. Ends with one JSON line.
 *
 * Usage (after `npm run build`):
 *   npx tsx eval/train-quality.mts [--budget 5m] [--only bank-full,telco] [--workers 2]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareTraining } from '../src/automl/prepare-training.ts';
import { columnValues } from '../src/learners/table-matrix.ts';
import { readTable } from '../src/data/read-table.ts';
import { getColumn, takeRows } from '../src/data/table.ts';

const ADULT_NAMES =
  'age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income';

interface Case {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
  readonly goal?: number;
  readonly xgboost?: 'regression' | 'multiclass';
  readonly readNames?: string;
}

const CASES: readonly Case[] = [
  {
    name: 'bank-full',
    file: 'examples/data/bank-marketing/bank/bank-full.csv',
    args: ['--target', 'y', '--keep', 'duration', '--folds', '10'],
    goal: 0.94,
  },
  {
    name: 'bank-additional (no duration)',
    file: 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv',
    args: ['--target', 'y'],
    goal: 0.806,
  },
  {
    name: 'bank-additional out-of-time',
    file: 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv',
    args: ['--target', 'y', '--time', '@row'],
  },
  { name: 'telco', file: 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv', args: ['--target', 'Churn'], goal: 0.846 },
  {
    name: 'adult',
    file: 'examples/data/adult/adult.data',
    args: ['--target', 'income', '--names', ADULT_NAMES],
    goal: 0.93,
    readNames: ADULT_NAMES,
  },
  {
    name: 'hillstrom spend (regression)',
    file: 'examples/data/hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv',
    args: ['--target', 'spend'],
    xgboost: 'regression',
  },
  {
    name: 'hillstrom channel (multiclass)',
    file: 'examples/data/hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv',
    args: ['--target', 'channel'],
    xgboost: 'multiclass',
  },
];

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const budget = opt('--budget') ?? '5m';
const only = opt('--only')?.split(',');
const workers = opt('--workers') ?? '2';

const XGB = String.raw`
import json, sys
import numpy as np, pandas as pd, xgboost as xgb
from sklearn.metrics import mean_squared_error, log_loss
spec = json.load(open(sys.argv[1]))
df = pd.read_csv(spec['csv'])
for c in spec['categorical']:
    df[c] = df[c].astype('category')
y = np.array(spec['y']); fold = np.array(spec['fold'])
scores = []
for f in range(spec['folds']):
    tr = np.where((fold >= 0) & (fold != f))[0]; va = np.where(fold == f)[0]
    rng = np.random.RandomState(f); inner = rng.rand(len(tr)) < 0.1
    common = dict(tree_method='hist', grow_policy='lossguide', max_leaves=31, max_depth=0, learning_rate=0.05,
                  n_estimators=3000, early_stopping_rounds=50, enable_categorical=True, n_jobs=2, max_cat_to_onehot=1)
    if spec['task'] == 'regression':
        m = xgb.XGBRegressor(**common)
    else:
        m = xgb.XGBClassifier(objective='multi:softprob', **common)
    m.fit(df.iloc[tr[~inner]], y[tr[~inner]], eval_set=[(df.iloc[tr[inner]], y[tr[inner]])], verbose=False)
    p = m.predict(df.iloc[va]) if spec['task'] == 'regression' else m.predict_proba(df.iloc[va])
    scores.append(mean_squared_error(y[va], p) ** 0.5 if spec['task'] == 'regression' else log_loss(y[va], p, labels=list(range(p.shape[1]))))
print(json.dumps({'mean': float(np.mean(scores)), 'sd': float(np.std(scores, ddof=1)), 'folds': scores}))
`;

async function xgboostSameFolds(c: Case): Promise<{ mean: number; sd: number } | null> {
  if (!c.xgboost) return null;
  const table = await readTable(c.file, c.readNames ? { names: c.readNames.split(',') } : {});
  const target = c.args[c.args.indexOf('--target') + 1];
  const prep = prepareTraining(table, { target, seed: 0, folds: 5 });
  const t = takeRows(prep.table, prep.trainRows);
  const fold = new Int32Array(t.rowCount).fill(-1);
  prep.folds.forEach((f, k) => {
    for (const r of f.valid) fold[r] = k;
  });
  const dir = mkdtempSync(join(tmpdir(), 'leitwerk-eval-'));
  const lines = [prep.features.join(',')];
  const cols = prep.features.map((name) => getColumn(t, name));
  const values = cols.map((col) => columnValues(t, col));
  for (let i = 0; i < t.rowCount; i++) {
    lines.push(
      cols
        .map((col, j) => {
          const v = values[j][i];
          if (Number.isNaN(v)) return '';
          return col.storage === 'category' ? JSON.stringify(col.dictionary[v]) : String(v);
        })
        .join(','),
    );
  }
  const csv = join(dir, 'x.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const spec = join(dir, 'spec.json');
  writeFileSync(
    spec,
    JSON.stringify({
      csv,
      categorical: cols.filter((col) => col.storage === 'category').map((col) => col.name),
      y: Array.from(prep.trainRows, (r) => prep.y[r]),
      fold: [...fold],
      folds: prep.folds.length,
      task: c.xgboost,
    }),
  );
  const script = join(dir, 'xgb.py');
  writeFileSync(script, XGB);
  const out = execFileSync('/usr/bin/python3', [script, spec], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

const rows: Record<string, unknown>[] = [];
for (const c of CASES) {
  if (only && !only.some((o) => c.name.startsWith(o))) continue;
  const project = mkdtempSync(join(tmpdir(), 'leitwerk-eval-project-'));
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['bin/leitwerk.js', '--quiet', 'train', c.file, ...c.args, '--budget', budget, '--workers', workers, '--seed', '0', '--json', '--project', project],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) {
    console.error(`${c.name}: exit ${run.status}\n${run.stderr}`);
    rows.push({ name: c.name, error: run.stderr.trim() });
    continue;
  }
  const result = JSON.parse(run.stdout);
  const best = result.leaderboard[0];
  const xgbFigure = await xgboostSameFolds(c);
  const row = {
    name: c.name,
    metric: result.metric,
    cv: Number(best.cv[result.metric].toFixed(4)),
    cvSd: Number(best.cvSd[result.metric].toFixed(4)),
    winner: best.id,
    runnersUp: result.leaderboard.slice(1, 4).map((e: { id: string; cv: Record<string, number> }) => `${e.id} ${e.cv[result.metric].toFixed(4)}`),
    trials: result.search.trials,
    folds: result.validation.folds,
    scheme: result.validation.scheme,
    features: result.data.features.length,
    excluded: result.data.excluded.map((e: { column: string }) => e.column),
    seconds: Math.round((Date.now() - started) / 1000),
    timings: Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(Number(v))])),
    stoppedBy: result.search.stoppedBy,
    goal: c.goal ?? null,
    met: c.goal === undefined ? null : best.cv[result.metric] >= c.goal,
    xgboostSameFolds: xgbFigure ? { mean: Number(xgbFigure.mean.toFixed(4)), sd: Number(xgbFigure.sd.toFixed(4)) } : null,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.log(JSON.stringify({ budget, workers: Number(workers), results: rows }));
