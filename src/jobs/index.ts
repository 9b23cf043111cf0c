/**
 * @module jobs
 * Long workflows with the registry: train (data check → search → register) and predict (load → score → log).
 *
 * @example
 * ```ts
 * import { train, predict } from 'leitwerk/jobs';
 * const { result } = await train('bank.csv', { target: 'y', budgetSeconds: 120, project: 'proj' });
 * const { table } = await predict(result.modelId ?? '', 'new.csv', { project: 'proj' });
 * ```
 */
export {
  type TrainCallOptions,
  type TrainJobInput,
  type TrainJobOutput,
  runTrainJob,
  train,
} from './train-job.js';
export { type PredictJobInput, type PredictJobOutput, predict, resultColumns, runPredictJob } from './predict-job.js';
