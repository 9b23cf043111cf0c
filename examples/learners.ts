// Worked example for docs/learners.md: train four learners on bank-full (the `duration` column excluded,
// as it is known only after the call), score a 20 % holdout, and show what each model explains.
// Run: npx tsx examples/learners.ts
import { readTable, takeRows } from '../src/data/index.js';
import {
  type AnyLearner,
  type GbdtModel,
  type LinearModel,
  type TreeModel,
  decisionTreeLearner,
  gbdtImportance,
  gbdtLearner,
  linearCoefficients,
  linearLearner,
  randomForestLearner,
  tableTarget,
  tableToMatrix,
  treeRules,
} from '../src/learners/index.js';
import { rocAuc } from '../src/quality/auc.js';
import { createRng, permutation } from '../src/util/rng.js';

const table = await readTable('examples/data/bank-marketing/bank/bank-full.csv');
const order = permutation(table.rowCount, createRng(42));
const cut = Math.floor(table.rowCount * 0.8);
const train = takeRows(table, order.subarray(0, cut));
const test = takeRows(table, order.subarray(cut));
const exclude = ['y', 'duration'];
const xTrain = tableToMatrix(train, { exclude });
const xTest = tableToMatrix(test, { exclude });
const yTrain = tableTarget(train, 'y', { positive: 'yes' });
const yTest = tableTarget(test, 'y', { positive: 'yes' });
const truth = Float64Array.from(yTest.values);

const candidates: readonly { learner: AnyLearner; settings: Record<string, unknown> }[] = [
  { learner: gbdtLearner, settings: { objective: 'binary', n_rounds: 200, learning_rate: 0.1, max_leaves: 31 } },
  { learner: randomForestLearner, settings: { objective: 'binary', n_estimators: 100, min_samples_leaf: 5 } },
  { learner: linearLearner, settings: { objective: 'binary', penalty: 'l2', alpha: 1e-4 } },
  { learner: decisionTreeLearner, settings: { objective: 'binary', max_depth: 4, min_samples_leaf: 200 } },
];

const models = new Map<string, unknown>(); // kind → fitted model
for (const { learner, settings } of candidates) {
  const t0 = performance.now();
  const estimator = learner.create(settings);
  const model = estimator.fit(xTrain, yTrain, { seed: 7 });
  const seconds = (performance.now() - t0) / 1000;
  const p = learner.predictProba(model, xTest);
  const positive = Float64Array.from({ length: test.rowCount }, (_, i) => p[2 * i + 1]);
  console.log(
    `${learner.kind.padEnd(14)} holdout AUC ${rocAuc(positive, truth).toFixed(4)}  fit ${seconds.toFixed(1)} s`,
  );
  models.set(learner.kind, model);
}

console.log('\ngbdt: top 5 features by gain');
const importance = [...gbdtImportance(models.get('gbdt') as GbdtModel)].sort((a, b) => b.gain - a.gain);
const totalGain = importance.reduce((s, f) => s + f.gain, 0);
for (const f of importance.slice(0, 5))
  console.log(`  ${f.feature.padEnd(10)} ${(f.gain / totalGain).toFixed(3)} of the gain, ${f.splits} splits`);

console.log('\nlinear: the 5 largest standardised coefficients');
const coefficients = linearCoefficients(models.get('linear') as LinearModel).filter((c) => c.feature !== '(intercept)');
coefficients.sort((a, b) => Math.abs(b.standardized) - Math.abs(a.standardized));
for (const c of coefficients.slice(0, 5)) console.log(`  ${c.feature.padEnd(20)} ${c.standardized.toFixed(3)}`);

console.log('\ndecision_tree: the 3 rules with the highest subscription rate');
for (const rule of treeRules(models.get('decision_tree') as TreeModel, { maxRules: 3 })) console.log(`  ${rule}`);
