/**
 * Training results for the report tests, shaped like runs on bank-full (binary, with marketing value,
 * calibration and curves), on Hillstrom `spend` (regression, none of those) and a fallback run. The curves are
 * computed from a smooth ROC curve `tpr = 1 − (1 − fpr)^15.4` (AUC ≈ 0.939) with bank-full's positive rate, so ROC,
 * PR, gains, lift and profit agree with each other. Column names carry `<&>` to check escaping.
 */
import type { LeaderboardEntry, ProfitPoint, Statement, TrainResult } from '../../src/automl/train-result.js';

const ROWS = 45211;
const POSITIVES = 5289;
const RATE = POSITIVES / ROWS; // 0.117

function rocPoints(n: number): { fpr: number[]; tpr: number[] } {
  const fpr: number[] = [];
  const tpr: number[] = [];
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    fpr.push(f);
    tpr.push(1 - (1 - f) ** 15.4);
  }
  return { fpr, tpr };
}

const roc = rocPoints(1000);
const precision = roc.tpr.map((t, i) => (i === 0 ? 1 : (RATE * t) / (RATE * t + (1 - RATE) * roc.fpr[i])));
const shares = roc.tpr.map((t, i) => RATE * t + (1 - RATE) * roc.fpr[i]);

function capturedAt(share: number): number {
  let i = 0;
  while (i < shares.length - 1 && shares[i + 1] <= share) i++;
  return roc.tpr[i];
}

const profitCurve: ProfitPoint[] = [];
for (let k = 1; k <= 50; k++) {
  const share = k / 50;
  const contacts = Math.round(share * ROWS);
  const conversions = Math.round(capturedAt(share) * POSITIVES * 10) / 10;
  profitCurve.push({
    share,
    threshold: Math.round((1 - share) ** 3 * 1000) / 1000,
    contacts,
    conversions,
    profit: Math.round(conversions * 120 - contacts * 8),
  });
}
const bestProfit = profitCurve.reduce((a, b) => (b.profit > a.profit ? b : a));

function statement(
  id: string,
  severity: Statement['severity'],
  text: string,
  params: Statement['params'] = {},
): Statement {
  return { id, severity, messageId: `train.${id}`, params, text };
}

const binaryBoard: LeaderboardEntry[] = [
  {
    rank: 1,
    id: 'ensemble',
    learner: 'ensemble',
    params: { members: { 'gbdt#17': 0.6, 'gbdt#9': 0.3, 'linear#2': 0.1 } },
    cv: { auc: 0.9391, logloss: 0.1873, brier: 0.0561 },
    cvSd: { auc: 0.0031, logloss: 0.0042, brier: 0.0012 },
    train: 0.9684,
    fitSeconds: 0.02,
    modelBytes: 1_412_233,
  },
  {
    rank: 2,
    id: 'gbdt#17',
    learner: 'gbdt',
    params: {
      learning_rate: 0.05,
      max_depth: 6,
      min_child_weight: 3,
      subsample: 0.8,
      colsample: 0.7,
      lambda: 1.5,
      seed: 42,
    },
    cv: { auc: 0.9384, logloss: 0.1891, brier: 0.0566 },
    cvSd: { auc: 0.0029, logloss: 0.0045, brier: 0.0013 },
    train: 0.9712,
    fitSeconds: 4.123,
    modelBytes: 812_400,
    rounds: 412.5,
  },
  {
    rank: 3,
    id: 'gbdt#9',
    learner: 'gbdt',
    params: { learning_rate: 0.1, max_depth: 4 },
    cv: { auc: 0.9362, logloss: 0.1932, brier: 0.0574 },
    cvSd: { auc: 0.0034, logloss: 0.0051, brier: 0.0013 },
    train: 0.9541,
    fitSeconds: 2.87,
    modelBytes: 402_118,
    rounds: 260,
  },
  {
    rank: 4,
    id: 'random_forest#4',
    learner: 'random_forest',
    params: { trees: 300, max_features: 0.4 },
    cv: { auc: 0.9288, logloss: 0.2104, brier: 0.0612 },
    cvSd: { auc: 0.0038, logloss: 0.0061, brier: 0.0015 },
    train: 0.9998,
    fitSeconds: 11.4,
    modelBytes: 21_800_000,
  },
  {
    rank: 5,
    id: 'mlp#3',
    learner: 'mlp',
    params: { hidden: [64, 32], epochs: 40 },
    cv: { auc: 0.9195, logloss: 0.2231, brier: 0.0648 },
    cvSd: { auc: 0.0047, logloss: 0.0072, brier: 0.0017 },
    train: 0.9302,
    fitSeconds: 23.6,
    modelBytes: 98_512,
  },
  {
    rank: 6,
    id: 'linear#2',
    learner: 'linear',
    params: { l2: 0.01 },
    cv: { auc: 0.9071, logloss: 0.2412, brier: 0.0702 },
    cvSd: { auc: 0.0041, logloss: 0.0068, brier: 0.0016 },
    train: 0.9089,
    fitSeconds: 0.812,
    modelBytes: 4_210,
  },
  {
    rank: 7,
    id: 'tree#1',
    learner: 'tree',
    params: { max_depth: 5 },
    cv: { auc: 0.8712, logloss: 0.2701, brier: 0.0781 },
    cvSd: { auc: 0.0062, logloss: 0.0081, brier: 0.0019 },
    train: 0.8841,
    fitSeconds: 0.4,
    modelBytes: 12_004,
  },
];

/** A binary run on bank-full with `--keep duration`, profit inputs and a contact budget. */
export const binaryResult: TrainResult = {
  kind: 'leitwerk.train-result',
  modelId: 'mdl_7f3a9c',
  modelName: 'bank-full-y',
  modelVersion: 3,
  runId: 'run_0142',
  task: 'binary',
  target: 'y',
  positive: 'yes',
  classes: ['no', 'yes'],
  metric: 'auc',
  higherIsBetter: true,
  data: {
    source: 'examples/data/bank-marketing/bank-full.csv',
    rows: 45211,
    usedRows: 45211,
    droppedMissingTarget: 0,
    droppedByRecipe: 0,
    features: ['age', 'job', 'marital', 'education', 'balance', 'housing', 'loan', 'contact', 'duration', 'campaign'],
    context: [],
    excluded: [
      { column: 'customer_id', reason: 'identifier: one value per row' },
      { column: 'notes <b>&</b> remarks', reason: 'free text <script>' },
    ],
    leakage: [
      { column: 'duration', kept: true, score: 0.8071 },
      { column: 'outcome<&>', kept: false, score: 0.99 },
    ],
    findings: { errors: 0, warnings: 4, info: 7 },
    positiveRate: RATE,
    recipeSteps: ['trim whitespace in 3 columns', "map 'unknown' to missing in job, education"],
  },
  validation: { scheme: 'stratified', folds: 10, holdout: 0.2, group: null, time: null },
  search: {
    budgetSeconds: 300,
    trialBudget: null,
    elapsedSeconds: 297.84,
    trials: 184,
    workers: 2,
    stoppedBy: 'budget',
    seed: 42,
    learners: ['gbdt', 'random_forest', 'linear', 'mlp', 'tree'],
  },
  leaderboard: binaryBoard,
  baseline: 0.5,
  fallback: false,
  holdout: { auc: 0.9402, logloss: 0.1859, brier: 0.0557 },
  diagnostics: [
    statement(
      'overfit-gap',
      'warning',
      'random_forest#4 fits the training folds far better (0.9998) than unseen folds (0.9288): it memorises.',
      {
        train: 0.9998,
        valid: 0.9288,
        gap: 0.071,
      },
    ),
    statement('imbalance', 'info', 'Only 11.7 % of the rows are positive; AUC and lift are not affected by this.', {
      positiveRate: 0.117,
    }),
    statement('leakage-kept', 'error', 'duration was kept although it is known only after the call.', {
      column: 'duration',
    }),
  ],
  learningCurve: [
    { share: 0.1, train: 0.9921, valid: 0.9105 },
    { share: 0.25, train: 0.9842, valid: 0.9247 },
    { share: 0.5, train: 0.9771, valid: 0.9331 },
    { share: 0.75, train: 0.9731, valid: 0.9368 },
    { share: 1, train: 0.9712, valid: 0.9384 },
  ],
  calibration: {
    method: 'isotonic',
    eceBefore: 0.0214,
    eceAfter: 0.0042,
    reliability: [
      { predicted: 0.02, observed: 0.018, count: 30112 },
      { predicted: 0.15, observed: 0.16, count: 6021 },
      { predicted: 0.35, observed: 0.33, count: 3511 },
      { predicted: 0.55, observed: 0.57, count: 2410 },
      { predicted: 0.75, observed: 0.74, count: 1870 },
      { predicted: 0.93, observed: 0.95, count: 1287 },
      { predicted: 0.99, observed: 0.5, count: 0 },
    ],
  },
  marketing: {
    source: 'cross-validation',
    lift: [0.05, 0.1, 0.2, 0.3, 0.5].map((share) => ({
      share,
      lift: capturedAt(share) / share,
      responseRate: (capturedAt(share) * RATE) / share,
      capturedShare: capturedAt(share),
    })),
    gains: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((share) => ({ share, captured: capturedAt(share) })),
    ks: Math.max(...roc.tpr.map((t, i) => t - roc.fpr[i])),
    profit: { valuePerConversion: 120, costPerContact: 8, curve: profitCurve, best: bestProfit },
    budget: {
      contacts: 5000,
      threshold: 0.3121,
      expectedConversions: 2617.4,
      randomConversions: 584.9,
      lift: 4.475,
      expectedProfit: 274088,
      randomProfit: 30188,
    },
  },
  curves: { roc, pr: { recall: roc.tpr, precision } },
  choices: [
    statement('validation', 'info', 'Stratified 10-fold cross-validation, because the classes are imbalanced.', {
      folds: 10,
    }),
    statement('calibration', 'info', 'Isotonic calibration lowered the calibration error from 0.0214 to 0.0042.', {
      before: 0.0214,
      after: 0.0042,
    }),
  ],
  fairness: null,
  explanation: null,
  decision: { threshold: bestProfit.threshold, reason: 'profit' },
  timings: { readSeconds: 0.412, inspectSeconds: 1.87, searchSeconds: 297.84, refitSeconds: 6.2, totalSeconds: 306.5 },
};

/** A regression run on Hillstrom `spend`: no curves, no lift, no calibration, a trial budget. */
export const regressionResult: TrainResult = {
  ...binaryResult,
  modelId: 'mdl_0b12ee',
  modelName: 'hillstrom-spend',
  modelVersion: 1,
  task: 'regression',
  target: 'spend',
  positive: null,
  classes: null,
  metric: 'rmse',
  higherIsBetter: false,
  data: {
    ...binaryResult.data,
    source: 'examples/data/hillstrom/hillstrom.csv',
    rows: 64000,
    usedRows: 63998,
    droppedMissingTarget: 2,
    excluded: [],
    leakage: [],
    positiveRate: null,
    recipeSteps: [],
  },
  validation: { scheme: 'kfold', folds: 5, holdout: 0, group: null, time: null },
  search: { ...binaryResult.search, budgetSeconds: null, trialBudget: 40, trials: 40, stoppedBy: 'trials' },
  leaderboard: [
    {
      rank: 1,
      id: 'gbdt#4',
      learner: 'gbdt',
      params: { learning_rate: 0.03, max_depth: 3 },
      cv: { rmse: 15.8312, mae: 2.1047, r2: 0.0121 },
      cvSd: { rmse: 0.4123, mae: 0.0521, r2: 0.0033 },
      train: 15.2104,
      fitSeconds: 3.2,
      modelBytes: 120_400,
      rounds: 180,
    },
    {
      rank: 2,
      id: 'linear#1',
      learner: 'linear',
      params: {},
      cv: { rmse: 15.9021, mae: 2.1532, r2: 0.0031 },
      cvSd: { rmse: 0.4201, mae: 0.0498, r2: 0.0021 },
      train: 15.8843,
      fitSeconds: 0.3,
      modelBytes: 1_204,
    },
  ],
  baseline: 15.9282,
  holdout: null,
  diagnostics: [
    statement(
      'underfit',
      'warning',
      'The best model is barely better than predicting the mean spend (15.83 vs 15.93).',
      {
        best: 15.8312,
        baseline: 15.9282,
      },
    ),
  ],
  calibration: null,
  marketing: null,
  curves: null,
  choices: [],
  fairness: null,
  explanation: null,
  decision: null,
};

/** A run whose budget allowed no full candidate: the fastest baseline was registered. */
export const fallbackResult: TrainResult = {
  ...binaryResult,
  fallback: true,
  leaderboard: [
    {
      rank: 1,
      id: 'linear#0',
      learner: 'linear',
      params: { l2: 1 },
      cv: { auc: 0.9012 },
      cvSd: { auc: 0.0052 },
      train: 0.9031,
      fitSeconds: 0.61,
      modelBytes: 3_988,
    },
  ],
  search: { ...binaryResult.search, budgetSeconds: 1, elapsedSeconds: 1.02, trials: 1 },
  holdout: null,
  diagnostics: [],
  learningCurve: [],
  calibration: null,
  marketing: null,
  curves: null,
  fairness: null,
  explanation: null,
  decision: null,
};
