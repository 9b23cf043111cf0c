/**
 * @module learners/linear/fit-linear
 * Fitting a linear model: the checks every learner makes (rows, features, category codes, target, weights),
 * class weights, the encoding learned from the training rows (imputation, one-hot, standardisation), then
 * the solver — L-BFGS for smooth logistic problems, proximal Newton with coordinate descent for l1 /
 * elasticnet logistic regression and for every linear regression — and the frozen model. The intercepts of
 * a multinomial model are shifted to sum 0 (the softmax does not change; sklearn's solvers, started at 0, keep
 * this sum too).
 *
 * @example
 * ```ts
 * import { fitLinear } from './fit-linear.js';
 * const model = fitLinear(resolveParams('linear', linearSchema, { penalty: 'l1', alpha: 0.01 }), x, y, { seed: 1 });
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { createRng } from '../../util/rng.js';
import { throwIfAborted } from '../abort.js';
import { type FeatureMatrix, checkCategoryCodes, featureInfos } from '../feature-matrix.js';
import type { FitOptions, Task } from '../learner.js';
import { type TargetInput, checkTarget, checkWeights, classTarget } from '../target.js';
import { encodeColumns, learnEncoding } from './linear-encoding.js';
import { LINEAR_FORMAT_VERSION, type LinearModel, toOriginalScale } from './linear-model.js';
import { type LinearParams, penaltyWeights } from './linear-params.js';
import { solveProxNewton, solveSmooth } from './linear-solvers.js';
import type { LinearProblem } from './linear-loss.js';

/**
 * Fit the linear learner.
 *
 * @example
 * ```ts
 * fitLinear(params, x, { values: y, classes: ['no', 'yes'] }).coefficients[0]; // Float64Array
 * ```
 */
export function fitLinear(
  params: LinearParams,
  data: FeatureMatrix,
  target: TargetInput,
  options: FitOptions = {},
): LinearModel {
  const n = data.rowCount;
  if (data.names.length === 0) throw new ValidationError('learner.noFeatures', { learner: 'linear' });
  if (n === 0) throw new ValidationError('learner.emptyData', { learner: 'linear' });
  checkCategoryCodes(data);
  const objective = params.objective;
  const task: Task = objective === 'squared_error' ? 'regression' : objective;
  let y: Float64Array;
  let classes: readonly string[] | null = null;
  let classCount = 0;
  if (task === 'regression') {
    y = checkTarget(target, n).values;
  } else {
    const t = classTarget(target, 'linear', objective, {
      rowCount: n,
      exactClasses: task === 'binary' ? 2 : undefined,
    });
    if (task === 'binary' && t.classCount !== 2) {
      throw new ValidationError('learner.badLabel', {
        learner: 'linear',
        objective,
        expected: 'two classes',
        got: `${t.classCount} classes`,
        row: 1,
      });
    }
    y = t.values;
    classes = t.classes;
    classCount = t.classCount;
  }
  const sampleWeights = checkWeights(options.weights, n);
  throwIfAborted(options.signal, 'linear');

  const encoding = learnEncoding(data, sampleWeights, {
    standardize: params.standardize,
    missingIndicator: params.missing_indicator,
  });
  const z = encodeColumns(encoding, data.columns, n);
  const w = rowWeights(sampleWeights, y, task, classCount, params.class_weight === 'balanced', n);
  const outputs = task === 'multiclass' ? classCount : 1;
  const problem: LinearProblem = Object.freeze({ z, n, p: z.length, outputs, kind: objective, y, w });
  const { l1, l2 } = penaltyWeights(params);
  const metric = task === 'regression' ? 'squared_error' : 'logloss';
  const settings = {
    l1,
    l2,
    intercept: params.fit_intercept,
    tol: params.tol,
    maxIter: params.max_iter,
    rng: params.selection === 'random' ? createRng(options.seed ?? 0) : null,
    check: () => throwIfAborted(options.signal, 'linear'),
    onStep: (step: number, objectiveValue: number) => {
      options.onProgress?.({
        step,
        total: params.max_iter,
        metric,
        ...(Number.isFinite(objectiveValue) ? { train: objectiveValue } : {}),
      });
    },
  };
  const smooth = l1 === 0 && task !== 'regression';
  const result = smooth ? solveSmooth(problem, settings) : solveProxNewton(problem, settings);
  const p = z.length;
  const coefficients = Array.from({ length: outputs }, (_, k) => result.beta.slice(k * p, (k + 1) * p));
  const intercepts = result.beta.slice(outputs * p, outputs * p + outputs);
  if (task === 'multiclass') {
    // the softmax is unchanged by a shift of all intercepts; report the one whose intercepts sum to 0
    let mean = 0;
    for (const b of intercepts) mean += b / outputs;
    for (let k = 0; k < outputs; k++) intercepts[k] -= mean;
  }
  const original = toOriginalScale(encoding, coefficients, intercepts);
  return Object.freeze({
    kind: 'linear',
    formatVersion: LINEAR_FORMAT_VERSION,
    task,
    features: featureInfos(data),
    classes: classes ? Object.freeze([...classes]) : null,
    classCount,
    objective,
    params,
    encoding,
    outputs,
    coefficients: Object.freeze(coefficients),
    intercepts,
    originalCoefficients: Object.freeze(original.coefficients),
    originalIntercepts: original.intercepts,
    iterations: result.iterations,
    converged: result.converged,
    violation: result.violation,
    solver: smooth ? 'lbfgs' : task === 'regression' ? 'coordinate-descent' : 'prox-newton-cd',
  });
}

/**
 * Row weights of the objective, normalised to sum 1: sample weights (or 1) times, with `balanced`,
 * n / (K · rows of the class) as sklearn's class_weight='balanced' (counted over rows, ignoring sample weights).
 */
function rowWeights(
  sample: Float64Array | null,
  y: Float64Array,
  task: Task,
  classCount: number,
  balanced: boolean,
  n: number,
): Float64Array {
  const w = sample ? Float64Array.from(sample) : new Float64Array(n).fill(1);
  if (balanced && task !== 'regression') {
    const counts = new Float64Array(classCount);
    for (let i = 0; i < n; i++) counts[y[i]]++;
    let present = 0;
    for (const c of counts) if (c > 0) present++;
    for (let i = 0; i < n; i++) w[i] *= n / (present * counts[y[i]]);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += w[i];
  for (let i = 0; i < n; i++) w[i] /= sum;
  return w;
}
