/**
 * @module learners/mlp/fit-mlp
 * Training of the MLP: checks (as every learner), the input encoding fitted on the training rows, sklearn's
 * initialisation, then epochs of shuffled mini-batches (shuffling with the seeded `createRng`), each batch a
 * forward pass (with dropout when set), backpropagation and one Adam step. Stopping follows sklearn: after
 * each epoch the monitored loss (training loss, or the validation loss with early stopping) must improve by
 * `tol`, else a counter grows; past `patience` epochs training stops. With early stopping the weights of the
 * best validation epoch are kept. Unlike sklearn, early stopping watches the validation *loss* (not accuracy
 * or R²), rows can carry weights (normalised to mean 1), and a regression target is standardised inside.
 * Cancellation is checked before every mini-batch.
 *
 * @example
 * ```ts
 * import { fitMlp } from './fit-mlp.js';
 * const model = fitMlp(resolveParams('mlp', mlpSchema, {}), x, y, { seed: 1 });
 * ```
 */
import { ValidationError } from '../../util/errors.js';
import { type Rng, createRng, permutation } from '../../util/rng.js';
import { throwIfAborted } from '../abort.js';
import { type FeatureMatrix, alignFeatures, checkCategoryCodes, featureInfos } from '../feature-matrix.js';
import type { FitOptions, Task } from '../learner.js';
import { type TargetInput, checkTarget, checkWeights, classTarget } from '../target.js';
import { adamStep, createAdam } from './mlp-adam.js';
import { type MlpInputEncoding, encodeInputs, fitInputEncoding } from './mlp-inputs.js';
import { outputDeltas, outputUnits } from './mlp-loss.js';
import { MLP_FORMAT_VERSION, type MlpModel } from './mlp-model.js';
import {
  type Network,
  type Workspace,
  backward,
  createWorkspace,
  forward,
  initNetwork,
  squaredWeights,
} from './mlp-network.js';
import { type MlpObjectiveName, type MlpParams, hiddenLayers } from './mlp-params.js';

interface Prepared {
  readonly y: Float64Array;
  readonly classes: readonly string[] | null;
  readonly classCount: number;
}

function prepareTarget(
  objective: MlpObjectiveName,
  target: TargetInput,
  rowCount: number,
  training: boolean,
): Prepared {
  if (objective === 'squared_error') {
    const t = checkTarget(target, rowCount);
    return { y: t.values, classes: null, classCount: 0 };
  }
  const t = classTarget(target, 'mlp', objective, {
    rowCount,
    exactClasses: objective === 'binary' ? 2 : undefined,
    requireTwoClasses: training,
  });
  if (objective === 'binary' && t.classCount !== 2) {
    throw new ValidationError('learner.badLabel', {
      learner: 'mlp',
      objective,
      expected: 'two classes',
      got: `${t.classCount} classes`,
      row: 1,
    });
  }
  return { y: t.values, classes: t.classes, classCount: t.classCount };
}

/** Encoded rows with their targets and weights. */
interface RowSet {
  readonly n: number;
  readonly x: Float32Array;
  readonly y: Float64Array;
  readonly w: Float64Array | null;
}

/** Hold out `fraction` of the rows (per class for classifiers), drawn with the seed. */
function holdOut(
  y: Float64Array,
  classifier: boolean,
  fraction: number,
  rng: Rng,
): { train: Uint32Array; valid: Uint32Array } {
  const n = y.length;
  const perm = permutation(n, rng);
  const isValid = new Uint8Array(n);
  if (classifier) {
    const byClass = new Map<number, number[]>();
    for (const i of perm) {
      const list = byClass.get(y[i]) ?? [];
      list.push(i);
      byClass.set(y[i], list);
    }
    for (const list of byClass.values()) {
      const take = Math.min(list.length - 1, Math.round(list.length * fraction));
      for (let j = 0; j < take; j++) isValid[list[j]] = 1;
    }
  } else {
    const take = Math.min(n - 1, Math.max(1, Math.round(n * fraction)));
    for (let j = 0; j < take; j++) isValid[perm[j]] = 1;
  }
  const valid: number[] = [];
  const train: number[] = [];
  for (let i = 0; i < n; i++) (isValid[i] ? valid : train).push(i);
  return { train: Uint32Array.from(train), valid: Uint32Array.from(valid) };
}

function pick(values: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

/** Mean weighted loss (without the L2 term) of the network on a row set, in evaluation mode. */
function evaluate(net: Network, params: MlpParams, ws: Workspace, set: RowSet, k: number): number {
  const width = net.sizes[0];
  let total = 0;
  let weight = 0;
  const last = net.sizes.length - 2;
  for (let start = 0; start < set.n; start += ws.capacity) {
    const m = Math.min(ws.capacity, set.n - start);
    ws.a[0].set(set.x.subarray(start * width, (start + m) * width));
    forward(net, params.activation, ws, m, null);
    const w = set.w ? set.w.subarray(start, start + m) : null;
    total += outputDeltas(params.objective, ws.z[last], m, k, set.y.subarray(start, start + m), w, null);
    if (w) for (let i = 0; i < m; i++) weight += w[i];
    else weight += m;
  }
  return weight > 0 ? total / weight : 0;
}

/**
 * Fit an MLP with resolved parameters.
 *
 * @example
 * ```ts
 * fitMlp(resolveParams('mlp', mlpSchema, { objective: 'squared_error' }), x, y, { seed: 3 }).epochs;
 * ```
 */
export function fitMlp(
  params: MlpParams,
  data: FeatureMatrix,
  target: TargetInput,
  options: FitOptions = {},
): MlpModel {
  const n = data.rowCount;
  if (data.names.length === 0) throw new ValidationError('learner.noFeatures', { learner: 'mlp' });
  if (n === 0) throw new ValidationError('learner.emptyData', { learner: 'mlp' });
  checkCategoryCodes(data);
  const { y, classes, classCount } = prepareTarget(params.objective, target, n, true);
  const weights = checkWeights(options.weights, n);
  throwIfAborted(options.signal, 'mlp');

  const task: Task =
    params.objective === 'binary' ? 'binary' : params.objective === 'multiclass' ? 'multiclass' : 'regression';
  const rng = createRng(options.seed ?? 0);
  const encoding: MlpInputEncoding = fitInputEncoding(data.columns, data.categorical, params.standardize);

  // regression targets are standardised inside (weights normalised to mean 1 in both cases)
  let targetMean = 0;
  let targetScale = 1;
  let wSum = 0;
  for (let i = 0; i < n; i++) wSum += weights ? weights[i] : 1;
  const w = weights ? Float64Array.from(weights, (v) => (v * n) / wSum) : null;
  if (task === 'regression') {
    let s = 0;
    for (let i = 0; i < n; i++) s += (w ? w[i] : 1) * y[i];
    targetMean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (w ? w[i] : 1) * (y[i] - targetMean) ** 2;
    const sd = Math.sqrt(ss / n);
    targetScale = sd > 0 ? sd : 1;
  }
  const scaleY = (v: Float64Array): Float64Array =>
    task === 'regression' ? Float64Array.from(v, (t) => (t - targetMean) / targetScale) : v;

  let trainRows: Uint32Array | null = null;
  let valid: RowSet | null = null;
  if (options.validation) {
    const v = options.validation;
    const vy = prepareTarget(params.objective, v.target, v.data.rowCount, false);
    if (classCount > 0 && vy.classCount > classCount) {
      throw new ValidationError('learner.badLabel', {
        learner: 'mlp',
        objective: params.objective,
        expected: `0 … ${classCount - 1}`,
        got: String(vy.classCount - 1),
        row: 1,
      });
    }
    const vw = checkWeights(v.weights, v.data.rowCount);
    const cols = alignFeatures(featureInfos(data), v.data);
    valid = { n: v.data.rowCount, x: encodeInputs(encoding, cols, v.data.rowCount), y: scaleY(vy.y), w: vw };
  } else if (params.early_stopping && n >= 2) {
    const split = holdOut(y, task !== 'regression', params.validation_fraction, rng);
    if (split.valid.length > 0) {
      trainRows = split.train;
      valid = {
        n: split.valid.length,
        x: encodeInputs(encoding, data.columns, n, split.valid),
        y: scaleY(pick(y, split.valid)),
        w: w ? pick(w, split.valid) : null,
      };
    }
  }
  const nTrain = trainRows ? trainRows.length : n;
  const xTrain = encodeInputs(encoding, data.columns, n, trainRows);
  const yTrain = scaleY(trainRows ? pick(y, trainRows) : y);
  const wTrain = w && trainRows ? pick(w, trainRows) : w;

  const k = outputUnits(params.objective, classCount);
  const sizes = [encoding.width, ...hiddenLayers(params), k];
  const net = initNetwork(sizes, rng, Float32Array);
  const batch = Math.max(1, Math.min(params.batch_size, nTrain));
  const ws = createWorkspace(net, batch);
  const evalWs = valid ? createWorkspace(net, 1024) : null;
  const adamParams = [...net.weights, ...net.biases];
  const adamGrads = [...ws.gradW, ...ws.gradB];
  const adam = createAdam(adamParams);
  const width = encoding.width;
  const last = sizes.length - 2;
  const yBatch = new Float64Array(batch);
  const wBatch = wTrain ? new Float64Array(batch) : null;
  const dropout = params.dropout > 0 ? { rate: params.dropout, rng } : null;

  const lossCurve: number[] = [];
  const validCurve: number[] = [];
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let noImprovement = 0;
  let bestWeights: Float32Array[] | null = null;
  let epoch = 0;
  while (epoch < params.max_epochs) {
    const order = permutation(nTrain, rng);
    let epochLoss = 0;
    for (let start = 0; start < nTrain; start += batch) {
      throwIfAborted(options.signal, 'mlp');
      const m = Math.min(batch, nTrain - start);
      const input = ws.a[0];
      for (let r = 0; r < m; r++) {
        const i = order[start + r];
        const from = i * width;
        const to = r * width;
        for (let u = 0; u < width; u++) input[to + u] = xTrain[from + u];
        yBatch[r] = yTrain[i];
        if (wBatch && wTrain) wBatch[r] = wTrain[i];
      }
      forward(net, params.activation, ws, m, dropout);
      const lossSum = outputDeltas(params.objective, ws.z[last], m, k, yBatch, wBatch, ws.delta[last]);
      const penalty = params.l2 > 0 ? 0.5 * params.l2 * squaredWeights(net) : 0;
      epochLoss += lossSum + penalty;
      backward(net, params.activation, ws, m, params.l2, dropout !== null);
      adamStep(adam, adamParams, adamGrads, params.learning_rate);
    }
    epoch++;
    const trainLoss = epochLoss / nTrain;
    lossCurve.push(trainLoss);
    let validLoss: number | undefined;
    if (valid && evalWs) {
      validLoss = evaluate(net, params, evalWs, valid, k);
      validCurve.push(validLoss);
    }
    const watched = params.early_stopping && validLoss !== undefined ? validLoss : trainLoss;
    noImprovement = watched > best - params.tol ? noImprovement + 1 : 0;
    if (watched < best) {
      best = watched;
      bestEpoch = epoch;
      if (params.early_stopping && valid) bestWeights = adamParams.map((p) => Float32Array.from(p));
    }
    options.onProgress?.({
      step: epoch,
      total: params.max_epochs,
      metric: params.objective === 'squared_error' ? 'squared_error' : 'logloss',
      train: trainLoss,
      valid: validLoss,
    });
    if (noImprovement > params.patience) break;
  }
  const layers = sizes.length - 1;
  const finalParams = (bestWeights ?? adamParams) as Float32Array[];
  return Object.freeze({
    kind: 'mlp' as const,
    formatVersion: MLP_FORMAT_VERSION,
    task,
    features: featureInfos(data),
    classes,
    classCount,
    objective: params.objective,
    activation: params.activation,
    encoding,
    sizes: Object.freeze(sizes),
    weights: Object.freeze(finalParams.slice(0, layers)),
    biases: Object.freeze(finalParams.slice(layers)),
    targetMean,
    targetScale,
    epochs: epoch,
    bestEpoch: params.early_stopping && valid ? bestEpoch : epoch,
    lossCurve: Float64Array.from(lossCurve),
    validLossCurve: valid ? Float64Array.from(validCurve) : null,
  });
}
