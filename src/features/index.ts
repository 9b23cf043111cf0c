/**
 * @module features
 * Preprocessing pipelines (layer L2): fit on training rows, apply to new rows, store as plain JSON.
 * `native` pipelines feed trees (categories as labelled codes), `encoded` pipelines feed linear models and
 * MLPs (imputation, one-hot, out-of-fold target encoding, standardisation); both turn datetimes into parts.
 *
 * @example
 * ```ts
 * import { fitPipeline, applyPipeline, pipelineFromJSON } from './features/index.js';
 * const { pipeline, matrix } = fitPipeline(train, { features, family: 'encoded', task: 'binary' }, { target: y, seed: 1 });
 * const xValid = applyPipeline(pipelineFromJSON(JSON.parse(JSON.stringify(pipeline))), valid);
 * ```
 */
export { type PipelineIssue, applyPipeline, applyPipelineWithIssues } from './apply-pipeline.js';
export { DATE_PARTS, type DatePart, datePart } from './date-parts.js';
export { DEFAULT_ENCODING_FOLDS, type FitPipelineOptions, fitPipeline } from './fit-pipeline.js';
export { type FittedPipeline, PIPELINE_FORMAT_VERSION, PIPELINE_KIND } from './fitted-pipeline.js';
export { createNumericMatrix, type NumericMatrix } from './numeric-matrix.js';
export { stepInputs, stepOutputs } from './pipeline-step.js';
export { type RunRatio, contextKeys, findContextColumns } from './context-count.js';
export { pipelineFromJSON } from './pipeline-json.js';
export {
  DEFAULT_MAX_ONE_HOT,
  DEFAULT_MIN_SHARE,
  DEFAULT_MAX_LEVELS,
  DEFAULT_SMOOTHING,
  type PipelineFamily,
  type PipelineSpec,
  type PipelineTask,
  type ResolvedPipelineSpec,
  resolveSpec,
} from './pipeline-spec.js';
export { distinctLevels, nearestLevels } from './level-encoding.js';
export type {
  CategoryCodesStep,
  ContextCountStep,
  LevelEncodingStep,
  NumericStep,
  OneHotStep,
  PipelineStep,
  StepOutput,
  TargetEncodingStep,
} from './pipeline-step.js';
export { foldOf } from './target-encoding.js';
