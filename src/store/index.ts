/**
 * @module store
 * The project folder and registry: a Kysely schema with in-code migrations (SQLite by default, PostgreSQL
 * with `LEITWERK_DATABASE_URL`), dataset fingerprints, runs with lineage, versioned models with verified
 * artefact files, and an append-only audit log.
 *
 * @example
 * ```ts
 * import { openProject, fingerprintFile, registerDataset, startRun, finishRun, registerModel } from 'leitwerk/store';
 * const project = await openProject('crm-models');
 * try {
 *   const { sha256, bytes } = await fingerprintFile('crm.csv');
 *   const ds = await registerDataset(project, { path: 'crm.csv', sha256, bytes, rows: 1000, schema });
 *   const run = await startRun(project, { kind: 'train', datasetId: ds.id, params: {}, seed: 42, codeVersion: '0.1.0' });
 *   const model = await registerModel(project, { name: 'churn', runId: run.id, learner: 'gbdt', task: 'binary', metrics: {}, artifact: fitted });
 *   await finishRun(project, run.id, { status: 'succeeded', metrics: { auc: 0.85 } });
 * } finally {
 *   await project.close();
 * }
 * ```
 */
export {
  type OpenProjectOptions,
  type Project,
  ARTIFACTS_DIR,
  DATABASE_URL_ENV,
  SQLITE_FILE,
  openProject,
} from './project.js';
export type { Database, Dialect } from './database.js';
export { connectDatabase, dialectOf, redactUrl, type DatabaseTarget } from './connect.js';
export { migrateToLatest } from './migrate.js';
export { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrationProvider, projectMigrations } from './migrations.js';
export { type SchemaColumn, datasetFingerprint, fingerprintFile, sha256Hex } from './fingerprint.js';
export { type DatasetInput, type DatasetRecord, getDataset, listDatasets, registerDataset } from './datasets.js';
export {
  type RunFilter,
  type RunKind,
  type RunOutcome,
  type RunOutcomeStatus,
  type RunRecord,
  type RunStatus,
  type StartRunInput,
  finishRun,
  getRun,
  listRuns,
  startRun,
} from './runs.js';
export {
  type ModelFilter,
  type ModelRecord,
  type RegisterModelInput,
  getModel,
  listModels,
  loadModelArtifact,
  registerModel,
} from './models.js';
export {
  ArtifactChangedError,
  type WrittenArtifact,
  artifactRelativePath,
  readModelArtifact,
  writeModelArtifact,
} from './artifact-file.js';
export { type Lineage, lineage } from './lineage.js';
export { type AuditEntry, type AuditFilter, type AuditRecord, appendAudit, listAudit } from './audit.js';
export { newId } from './ids.js';
