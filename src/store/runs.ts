/**
 * @module store/runs
 * Runs with lineage: one row per train / predict / inspect run, recording the dataset it read, the
 * parameters, seed, cleaning recipe and code version; `finishRun` adds the outcome, metrics and timings.
 * A run goes `running` → `succeeded` | `failed` | `cancelled`, once; each transition is audited in the same
 * transaction.
 *
 * @example
 * ```ts
 * import { startRun, finishRun } from './runs.js';
 * const run = await startRun(project, { kind: 'train', datasetId: ds.id, params, seed: 42, codeVersion: '0.1.0' });
 * await finishRun(project, run.id, { status: 'succeeded', metrics: { auc: 0.94 }, timings: { totalMs: 81234 } });
 * ```
 */
import type { Selectable } from 'kysely';
import { NotFoundError, ValidationError } from '../util/errors.js';
import { insertAudit } from './audit.js';
import type { RunsTable } from './database.js';
import { newId } from './ids.js';
import { fromJsonText, nowIso, toJsonText, toNullableJsonText, toNumber } from './json-column.js';
import type { Project } from './project.js';
import { requireInteger, requireName, requireOneOf } from './validate.js';

/** What a run does. */
export type RunKind = 'train' | 'predict' | 'inspect';
/** Where a run stands. */
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
/** The states a run can finish in. */
export type RunOutcomeStatus = Exclude<RunStatus, 'running'>;

const RUN_KINDS: readonly RunKind[] = ['train', 'predict', 'inspect'];
const OUTCOMES: readonly RunOutcomeStatus[] = ['succeeded', 'failed', 'cancelled'];

/** A run as stored. */
export interface RunRecord {
  readonly id: string;
  readonly kind: RunKind;
  readonly status: RunStatus;
  readonly datasetId?: string;
  readonly params: unknown;
  readonly seed?: number;
  readonly codeVersion: string;
  readonly recipe?: unknown;
  readonly metrics?: unknown;
  readonly timings?: unknown;
  readonly error?: string;
  readonly actor: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
}

/** What `startRun` needs. */
export interface StartRunInput {
  readonly kind: RunKind;
  readonly datasetId?: string;
  readonly params: unknown;
  readonly seed?: number;
  readonly codeVersion: string;
  readonly recipe?: unknown;
}

/** How a run ended. */
export interface RunOutcome {
  readonly status: RunOutcomeStatus;
  readonly metrics?: unknown;
  readonly timings?: unknown;
  readonly error?: string;
  /** The cleaning recipe the run applied, when it was only known at the end (train derives it from the data). */
  readonly recipe?: unknown;
}

/** Which runs to list. */
export interface RunFilter {
  readonly kind?: RunKind;
  readonly status?: RunStatus;
  readonly datasetId?: string;
  /** At most this many (newest first). */
  readonly limit?: number;
}

/**
 * A database row as a record (absent values are left out, not `null`).
 *
 * @example
 * ```ts
 * toRunRecord(await db.selectFrom('runs').selectAll().executeTakeFirstOrThrow());
 * ```
 */
export function toRunRecord(row: Selectable<RunsTable>): RunRecord {
  const optional: Record<string, unknown> = {};
  if (row.dataset_id !== null) optional.datasetId = row.dataset_id;
  if (row.seed !== null) optional.seed = toNumber(row.seed);
  if (row.recipe_json !== null) optional.recipe = fromJsonText(row.recipe_json);
  if (row.metrics_json !== null) optional.metrics = fromJsonText(row.metrics_json);
  if (row.timings_json !== null) optional.timings = fromJsonText(row.timings_json);
  if (row.error !== null) optional.error = row.error;
  if (row.finished_at !== null) optional.finishedAt = row.finished_at;
  return {
    id: row.id,
    kind: row.kind as RunKind,
    status: row.status as RunStatus,
    params: fromJsonText(row.params_json),
    codeVersion: row.code_version,
    actor: row.actor,
    startedAt: row.started_at,
    ...optional,
  };
}

/**
 * Record the start of a run (status `running`).
 *
 * @example
 * ```ts
 * const run = await startRun(project, { kind: 'inspect', params: { target: 'y' }, codeVersion: '0.1.0' });
 * ```
 */
export async function startRun(project: Project, input: StartRunInput): Promise<RunRecord> {
  const kind = requireOneOf('kind', input.kind, RUN_KINDS);
  const codeVersion = requireName('codeVersion', input.codeVersion);
  const seed = input.seed === undefined ? null : requireInteger('seed', input.seed);
  const datasetId = input.datasetId === undefined ? null : requireName('datasetId', input.datasetId);
  const values = {
    id: newId('r'),
    kind,
    status: 'running',
    dataset_id: datasetId,
    params_json: toJsonText('params', input.params),
    seed,
    code_version: codeVersion,
    recipe_json: toNullableJsonText('recipe', input.recipe),
    metrics_json: null,
    timings_json: null,
    error: null,
    actor: project.actor,
    started_at: nowIso(),
    finished_at: null,
  };
  return project.db.transaction().execute(async (trx) => {
    if (datasetId !== null) {
      const ds = await trx.selectFrom('datasets').select('id').where('id', '=', datasetId).executeTakeFirst();
      if (!ds) throw new NotFoundError('store.datasetNotFound', { ref: datasetId });
    }
    await trx.insertInto('runs').values(values).execute();
    await insertAudit(trx, project.actor, {
      action: 'run.start',
      subject: values.id,
      details: { kind, datasetId: datasetId ?? undefined, seed: seed ?? undefined, codeVersion },
    });
    const row = await trx.selectFrom('runs').selectAll().where('id', '=', values.id).executeTakeFirstOrThrow();
    return toRunRecord(row);
  });
}

/**
 * Record how a running run ended. A run finishes once: finishing it again is a ValidationError
 * (`store.runNotRunning`), an unknown id a NotFoundError.
 *
 * @example
 * ```ts
 * await finishRun(project, run.id, { status: 'cancelled', error: 'interrupted (SIGINT)' });
 * ```
 */
export async function finishRun(project: Project, runId: string, outcome: RunOutcome): Promise<RunRecord> {
  const status = requireOneOf('status', outcome.status, OUTCOMES);
  const error = outcome.error === undefined ? null : String(outcome.error);
  const metrics = toNullableJsonText('metrics', outcome.metrics);
  const timings = toNullableJsonText('timings', outcome.timings);
  const recipe = outcome.recipe === undefined ? undefined : toNullableJsonText('recipe', outcome.recipe);
  return project.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('runs')
      .set({
        status,
        metrics_json: metrics,
        timings_json: timings,
        error,
        finished_at: nowIso(),
        ...(recipe === undefined ? {} : { recipe_json: recipe }),
      })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const existing = await trx.selectFrom('runs').select('status').where('id', '=', runId).executeTakeFirst();
      if (!existing) throw new NotFoundError('store.runNotFound', { ref: runId });
      throw new ValidationError('store.runNotRunning', { run: runId, status: existing.status });
    }
    await insertAudit(trx, project.actor, {
      action: 'run.finish',
      subject: runId,
      details: { status, error: error ?? undefined },
    });
    const row = await trx.selectFrom('runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    return toRunRecord(row);
  });
}

/**
 * A run by id; NotFoundError `store.runNotFound` when absent.
 *
 * @example
 * ```ts
 * (await getRun(project, 'r_7k2q9x4hzc1d')).status; // 'succeeded'
 * ```
 */
export async function getRun(project: Project, runId: string): Promise<RunRecord> {
  const row = await project.db.selectFrom('runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!row) throw new NotFoundError('store.runNotFound', { ref: runId });
  return toRunRecord(row);
}

/**
 * Runs, newest first, optionally filtered.
 *
 * @example
 * ```ts
 * const failed = await listRuns(project, { kind: 'train', status: 'failed' });
 * ```
 */
export async function listRuns(project: Project, filter: RunFilter = {}): Promise<RunRecord[]> {
  let query = project.db.selectFrom('runs').selectAll().orderBy('started_at', 'desc').orderBy('id');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.datasetId !== undefined) query = query.where('dataset_id', '=', filter.datasetId);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return (await query.execute()).map(toRunRecord);
}
