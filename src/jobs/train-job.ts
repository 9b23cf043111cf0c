/**
 * @module jobs/train-job
 * `train` with the registry: open (or create) the project, fingerprint and register the dataset, open a run,
 * train, register the model artefact and close the run with its metrics and timings — or mark it failed or
 * cancelled, registering nothing. This is the workflow behind `leitwerk train` and the library's `train`.
 *
 * @example
 * ```ts
 * import { runTrainJob } from './train-job.js';
 * const { result, model } = await runTrainJob({ projectDir: '.', files: ['bank.csv'], table, options: { target: 'y' } });
 * model?.version; // 1
 * ```
 */
import { basename } from 'node:path';
import { type TrainOptions, type TrainOutput, trainTable } from '../automl/train.js';
import type { TrainResult } from '../automl/train-result.js';
import { readTable } from '../data/read-table.js';
import type { Table } from '../data/table.js';
import { loadOrCreateProjectKey } from '../quality/clean/project-key.js';
import {
  type DatasetRecord,
  type ModelRecord,
  type Project,
  finishRun,
  fingerprintFile,
  openProject,
  registerDataset,
  registerModel,
  sha256Hex,
  startRun,
} from '../store/index.js';
import { CancelledError } from '../util/errors.js';

/** Inputs of a training job. */
export interface TrainJobInput {
  readonly projectDir: string;
  /** The files the table was read from (fingerprinted for lineage). */
  readonly files: readonly string[];
  readonly table: Table;
  readonly options: TrainOptions;
  /** Model name in the registry (default: `<file>-<target>`). */
  readonly name?: string;
  readonly databaseUrl?: string;
  /** Seconds spent reading the data (reported in the timings). */
  readonly readSeconds?: number;
}

/** Outputs of a training job. */
export interface TrainJobOutput extends TrainOutput {
  readonly model: ModelRecord;
  readonly dataset: DatasetRecord;
}

async function datasetOf(project: Project, files: readonly string[], table: Table): Promise<DatasetRecord> {
  const prints = await Promise.all(files.map((f) => fingerprintFile(f)));
  if (prints.length === 0) {
    // a table from memory: fingerprint its schema and size (no file to hash)
    const schema = table.columns.map((c) => ({ name: c.name, type: c.type }));
    prints.push({
      sha256: sha256Hex(JSON.stringify({ source: table.source.name, rows: table.rowCount, schema })),
      bytes: 0,
    });
  }
  const sha256 = prints.length === 1 ? prints[0].sha256 : sha256Hex(prints.map((p) => p.sha256).join('\n'));
  return registerDataset(project, {
    path: files.length > 0 ? files.join(',') : `memory:${table.source.name}`,
    sha256,
    bytes: prints.reduce((a, p) => a + p.bytes, 0),
    rows: table.rowCount,
    schema: table.columns.map((c) => ({ name: c.name, type: c.type })),
  });
}

function runParams(options: TrainOptions): Record<string, unknown> {
  const { signal: _signal, onProgress: _onProgress, key: _key, ...rest } = options;
  return rest;
}

/**
 * Train and register.
 *
 * @throws whatever `trainTable` throws, after marking the run failed or cancelled.
 * @example
 * ```ts
 * await runTrainJob({ projectDir: 'proj', files: ['telco.csv'], table, options: { target: 'Churn', budgetSeconds: 60 } });
 * ```
 */
export async function runTrainJob(input: TrainJobInput): Promise<TrainJobOutput> {
  const project = await openProject(input.projectDir, { create: true, databaseUrl: input.databaseUrl });
  try {
    const key = await loadOrCreateProjectKey(input.projectDir);
    const dataset = await datasetOf(project, input.files, input.table);
    const run = await startRun(project, {
      kind: 'train',
      datasetId: dataset.id,
      params: runParams(input.options),
      seed: input.options.seed ?? 0,
      codeVersion: input.options.codeVersion ?? 'unknown',
    });
    let output: TrainOutput;
    try {
      output = await trainTable(input.table, { ...input.options, key });
    } catch (error) {
      const cancelled = error instanceof CancelledError || input.options.signal?.aborted === true;
      await finishRun(project, run.id, {
        status: cancelled ? 'cancelled' : 'failed',
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    const { result, bundle } = output;
    const winner = result.leaderboard[0];
    const model = await registerModel(project, {
      name: input.name ?? `${basename(input.files[0] ?? 'table').replace(/\.[^.]*(\.gz)?$/, '')}-${result.target}`,
      runId: run.id,
      learner: winner.learner,
      task: result.task,
      metrics: { metric: result.metric, cv: winner.cv, cvSd: winner.cvSd, holdout: result.holdout },
      artifact: bundle,
      baseline: result.fallback,
      description: `${result.task} model of ${result.target}; ${winner.learner}; CV ${result.metric} ${winner.cv[result.metric].toFixed(4)}`,
    });
    const timings = { ...result.timings, readSeconds: input.readSeconds ?? 0 };
    await finishRun(project, run.id, {
      status: 'succeeded',
      metrics: {
        metric: result.metric,
        cv: winner.cv,
        holdout: result.holdout,
        leaderboard: result.leaderboard.length,
      },
      timings,
      recipe: output.prepared.recipe,
    });
    const registered: TrainResult = {
      ...result,
      modelId: model.id,
      modelName: model.name,
      modelVersion: model.version,
      runId: run.id,
      timings,
    };
    return { ...output, result: registered, model, dataset };
  } finally {
    await project.close();
  }
}

/** Options of the library's `train`. */
export interface TrainCallOptions extends TrainOptions {
  /** Project folder (default: the current folder). */
  readonly project?: string;
  readonly name?: string;
  readonly databaseUrl?: string;
}

/**
 * Train, validate and register a model from a file (or a table already read): the library form of
 * `leitwerk train`.
 *
 * @example
 * ```ts
 * import { train } from 'leitwerk';
 * const { result } = await train('examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv', {
 *   target: 'Churn',
 *   budgetSeconds: 60,
 *   project: 'my-project',
 * });
 * console.log(result.modelId, result.leaderboard[0].cv.auc);
 * ```
 */
export async function train(data: string | Table, options: TrainCallOptions): Promise<TrainJobOutput> {
  const readStart = performance.now();
  const table = typeof data === 'string' ? await readTable(data, { signal: options.signal }) : data;
  return runTrainJob({
    projectDir: options.project ?? '.',
    files: typeof data === 'string' ? [data] : [],
    table,
    options: { ...options, source: typeof data === 'string' ? data : table.source.name },
    name: options.name,
    databaseUrl: options.databaseUrl,
    readSeconds: (performance.now() - readStart) / 1000,
  });
}
