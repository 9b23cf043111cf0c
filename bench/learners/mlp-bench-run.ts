/**
 * @module bench/learners/mlp-bench-run
 * One measured leitwerk run of the MLP comparison with sklearn: telco churn prepared exactly as
 * scripts/reference/mlp_sklearn.py prepares it (via the test loader), the fixture's settings, seeds 0..4;
 * prints one JSON line with holdout AUCs, fit seconds (wall and CPU) and prediction rows/s.
 *
 * @example
 * ```sh
 * node /tmp/leitwerk-mlp-bench/mlp-bench-run.mjs
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mlpLearner } from '../../src/learners/mlp/mlp-learner.js';
import { auc } from '../../test/learners/support/metrics.js';
import { type ReferenceFixture, loadReference } from '../../test/learners/support/reference-data.js';

const root = process.argv[2] ?? process.cwd();
const fixture: ReferenceFixture = JSON.parse(
  readFileSync(join(root, 'test', 'fixtures', 'learners', 'mlp-sklearn-telco.json'), 'utf8'),
);
const data = loadReference(fixture);
const aucs: number[] = [];
const wall: number[] = [];
const cpu: number[] = [];
let predictRowsPerSecond = 0;
for (let seed = 0; seed < 5; seed++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const model = mlpLearner.create(fixture.leitwerkParams).fit(data.oneHot.train, data.yTrain, { seed });
  cpu.push(process.cpuUsage(c).user / 1e6);
  wall.push((performance.now() - t) / 1000);
  const p0 = performance.now();
  const proba = mlpLearner.predictProba(model, data.oneHot.test);
  predictRowsPerSecond = Math.max(predictRowsPerSecond, data.oneHot.test.rowCount / ((performance.now() - p0) / 1000));
  aucs.push(
    auc(
      data.yTest,
      proba.filter((_, i) => i % 2 === 1),
    ),
  );
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
console.log(
  JSON.stringify({
    auc: mean(aucs),
    aucBySeed: aucs,
    fitSeconds: median(wall),
    fitCpuSeconds: median(cpu),
    fitSecondsBySeed: wall,
    predictRowsPerSecond,
  }),
);
