/**
 * @module store/lineage
 * Where a model came from: the model row, the run that produced it (parameters, seed, recipe, code version,
 * metrics, timings) and the dataset that run read (file hash and schema).
 *
 * @example
 * ```ts
 * import { lineage } from './lineage.js';
 * const { model, run, dataset } = await lineage(project, 'churn@latest');
 * console.log(dataset?.sha256, run.seed, run.codeVersion);
 * ```
 */
import { type DatasetRecord, getDataset } from './datasets.js';
import { getModel, type ModelRecord } from './models.js';
import type { Project } from './project.js';
import { getRun, type RunRecord } from './runs.js';

/** A model with the run and dataset behind it. */
export interface Lineage {
  readonly model: ModelRecord;
  readonly run: RunRecord;
  /** Absent when the run recorded no dataset. */
  readonly dataset?: DatasetRecord;
}

/**
 * The lineage of a model (by id or any model reference `getModel` accepts).
 *
 * @example
 * ```ts
 * (await lineage(project, model.id)).run.id === model.runId; // true
 * ```
 */
export async function lineage(project: Project, modelId: string): Promise<Lineage> {
  const model = await getModel(project, modelId);
  const run = await getRun(project, model.runId);
  if (run.datasetId === undefined) return { model, run };
  return { model, run, dataset: await getDataset(project, run.datasetId) };
}
