/**
 * @module store/models
 * The model registry. Models are versioned per name (1, 2, 3 …): the version comes from a counter row in
 * `model_names` that is incremented with `UPDATE … RETURNING` inside the registration transaction — a row
 * lock on PostgreSQL, the write lock on SQLite — so concurrent registrations never share a version, and the
 * unique `(name, version)` constraint backs that up. The artefact is written atomically *before* the row is
 * inserted and removed again when the insert fails, so a row never points at a missing or partial file.
 *
 * A model is referred to by id (`m_…`), by name (the latest version), `name@3` or `name@latest`.
 *
 * @example
 * ```ts
 * import { registerModel, getModel, loadModelArtifact } from './models.js';
 * const model = await registerModel(project, { name: 'churn', runId: run.id, learner: 'gbdt', task: 'binary', metrics: { auc: 0.85 }, artifact: fitted });
 * const fittedAgain = await loadModelArtifact(project, await getModel(project, 'churn@latest'));
 * ```
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import { NotFoundError, ValidationError } from '../util/errors.js';
import { readModelArtifact, writeModelArtifact } from './artifact-file.js';
import { insertAudit } from './audit.js';
import type { Database, ModelsTable } from './database.js';
import { looksLikeId, newId } from './ids.js';
import { fromJsonText, nowIso, toJsonText, toNumber } from './json-column.js';
import type { Project } from './project.js';
import { requireName } from './validate.js';

/** A registered model version. */
export interface ModelRecord {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly runId: string;
  /** The dataset of the run that produced the model, when the run recorded one. */
  readonly datasetId?: string;
  readonly learner: string;
  readonly task: string;
  readonly metrics: unknown;
  /** Absolute path of the artefact file. */
  readonly artifactPath: string;
  readonly sha256: string;
  readonly bytes: number;
  /** A fallback registered because the budget was too small for a real search. */
  readonly baseline: boolean;
  readonly description?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly actor: string;
  readonly createdAt: string;
}

/** What `registerModel` needs. */
export interface RegisterModelInput {
  /** Usually the target or dataset name; must not contain `@`. */
  readonly name: string;
  readonly runId: string;
  readonly learner: string;
  readonly task: string;
  readonly metrics: unknown;
  /** A JSON-serialisable object (the fitted pipeline and model). */
  readonly artifact: unknown;
  readonly baseline?: boolean;
  readonly description?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/** Which models to list. */
export interface ModelFilter {
  readonly name?: string;
  readonly runId?: string;
  readonly datasetId?: string;
  readonly baseline?: boolean;
  readonly limit?: number;
}

type ModelRow = Selectable<ModelsTable> & { dataset_id: string | null };

function toModelRecord(project: Project, row: ModelRow): ModelRecord {
  const optional: Record<string, unknown> = {};
  if (row.dataset_id !== null) optional.datasetId = row.dataset_id;
  if (row.description !== null) optional.description = row.description;
  return {
    id: row.id,
    name: row.name,
    version: toNumber(row.version),
    runId: row.run_id,
    learner: row.learner,
    task: row.task,
    metrics: fromJsonText(row.metrics_json),
    artifactPath: join(project.dir, row.artifact_path),
    sha256: row.sha256,
    bytes: toNumber(row.bytes),
    baseline: toNumber(row.baseline) !== 0,
    tags: fromJsonText(row.tags_json) as Record<string, string>,
    actor: row.actor,
    createdAt: row.created_at,
    ...optional,
  };
}

function modelQuery(db: Kysely<Database>) {
  return db
    .selectFrom('models')
    .innerJoin('runs', 'runs.id', 'models.run_id')
    .selectAll('models')
    .select('runs.dataset_id');
}

function checkTags(tags: unknown): Record<string, string> {
  if (tags === undefined) return {};
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
    throw new ValidationError('store.invalidInput', {
      field: 'tags',
      expected: 'an object of texts',
      got: typeof tags,
    });
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags)) {
    if (typeof v !== 'string') {
      throw new ValidationError('store.invalidInput', { field: `tags.${k}`, expected: 'a text', got: typeof v });
    }
    out[k] = v;
  }
  return out;
}

function checkModelName(value: unknown): string {
  const name = requireName('name', value);
  if (name.includes('@') || looksLikeId('m', name)) {
    throw new ValidationError('store.invalidInput', {
      field: 'name',
      expected: 'a name without "@" that is not a model id',
      got: JSON.stringify(name),
    });
  }
  return name;
}

/**
 * Register a model: write its artefact, assign the next version of its name, record it and audit it.
 *
 * @example
 * ```ts
 * const m = await registerModel(project, { name: 'y', runId: run.id, learner: 'logistic', task: 'binary', metrics: {}, artifact: fitted, baseline: true });
 * m.version; // 1, then 2, 3 … for the same name
 * ```
 */
export async function registerModel(project: Project, input: RegisterModelInput): Promise<ModelRecord> {
  const name = checkModelName(input.name);
  const runId = requireName('runId', input.runId);
  const learner = requireName('learner', input.learner);
  const task = requireName('task', input.task);
  const metricsJson = toJsonText('metrics', input.metrics);
  const tagsJson = toJsonText('tags', checkTags(input.tags));
  const description = input.description?.trim() || null;
  const run = await project.db.selectFrom('runs').select('id').where('id', '=', runId).executeTakeFirst();
  if (!run) throw new NotFoundError('store.runNotFound', { ref: runId });
  const id = newId('m');
  const written = await writeModelArtifact(project.dir, id, input.artifact);
  try {
    await project.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('model_names')
        .values({ name, last_version: 0 })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const counter = await trx
        .updateTable('model_names')
        .set((eb) => ({ last_version: eb('last_version', '+', 1) }))
        .where('name', '=', name)
        .returning('last_version')
        .executeTakeFirstOrThrow();
      const version = toNumber(counter.last_version);
      await trx
        .insertInto('models')
        .values({
          id,
          name,
          version,
          run_id: runId,
          learner,
          task,
          metrics_json: metricsJson,
          artifact_path: written.path,
          sha256: written.sha256,
          bytes: written.bytes,
          baseline: input.baseline ? 1 : 0,
          description,
          tags_json: tagsJson,
          actor: project.actor,
          created_at: nowIso(),
        })
        .execute();
      await insertAudit(trx, project.actor, {
        action: 'model.register',
        subject: id,
        details: { name, version, runId, learner, task, sha256: written.sha256, baseline: input.baseline === true },
      });
    });
  } catch (error) {
    await rm(join(project.dir, written.path), { force: true });
    throw error;
  }
  return getModel(project, id);
}

/**
 * A model by id, name (latest version), `name@version` or `name@latest`; NotFoundError `store.modelNotFound`.
 *
 * @example
 * ```ts
 * await getModel(project, 'churn@2');
 * await getModel(project, 'm_7k2q9x4hzc1d');
 * ```
 */
export async function getModel(project: Project, ref: string): Promise<ModelRecord> {
  const text = String(ref).trim();
  if (looksLikeId('m', text)) {
    const row = await modelQuery(project.db).where('models.id', '=', text).executeTakeFirst();
    if (row) return toModelRecord(project, row);
  }
  const at = text.lastIndexOf('@');
  const name = at > 0 ? text.slice(0, at) : text;
  const version = at > 0 ? text.slice(at + 1) : 'latest';
  let query = modelQuery(project.db).where('models.name', '=', name);
  if (version === 'latest') query = query.orderBy('models.version', 'desc').limit(1);
  else if (/^\d+$/.test(version)) query = query.where('models.version', '=', Number(version));
  else throw new NotFoundError('store.modelNotFound', { ref: text });
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFoundError('store.modelNotFound', { ref: text });
  return toModelRecord(project, row);
}

/**
 * Registered models, by name and newest version first, optionally filtered.
 *
 * @example
 * ```ts
 * const versions = await listModels(project, { name: 'churn' }); // [v3, v2, v1]
 * ```
 */
export async function listModels(project: Project, filter: ModelFilter = {}): Promise<ModelRecord[]> {
  let query = modelQuery(project.db).orderBy('models.name').orderBy('models.version', 'desc');
  if (filter.name !== undefined) query = query.where('models.name', '=', filter.name);
  if (filter.runId !== undefined) query = query.where('models.run_id', '=', filter.runId);
  if (filter.datasetId !== undefined) query = query.where('runs.dataset_id', '=', filter.datasetId);
  if (filter.baseline !== undefined) query = query.where('models.baseline', '=', filter.baseline ? 1 : 0);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return (await query.execute()).map((row) => toModelRecord(project, row));
}

/**
 * Read a model's artefact, refusing it (ArtifactChangedError, with `expected` and `got`) when its bytes no
 * longer match the recorded sha256.
 *
 * @example
 * ```ts
 * const fitted = await loadModelArtifact(project, await getModel(project, 'churn'));
 * ```
 */
export async function loadModelArtifact(project: Project, model: ModelRecord): Promise<unknown> {
  const row = await project.db
    .selectFrom('models')
    .select(['artifact_path', 'sha256'])
    .where('id', '=', model.id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('store.modelNotFound', { ref: model.id });
  return readModelArtifact(project.dir, row.artifact_path, row.sha256, model.id);
}
