/**
 * @module store/datasets
 * The dataset registry: one row per distinct fingerprint (file sha256 + schema). The id is derived from the
 * fingerprint, so registering the same data twice — from any process, on either dialect — returns the same
 * row, and only the first registration is audited.
 *
 * @example
 * ```ts
 * import { fingerprintFile } from './fingerprint.js';
 * import { registerDataset } from './datasets.js';
 * const { sha256, bytes } = await fingerprintFile('crm.csv');
 * const ds = await registerDataset(project, { path: 'crm.csv', sha256, bytes, rows: 1000, schema });
 * ```
 */
import type { Selectable } from 'kysely';
import { NotFoundError, ValidationError } from '../util/errors.js';
import { insertAudit } from './audit.js';
import type { DatasetsTable } from './database.js';
import { datasetFingerprint, type SchemaColumn } from './fingerprint.js';
import { nowIso, toJsonText, toNumber } from './json-column.js';
import type { Project } from './project.js';
import { requireCount, requireName, requireSha256 } from './validate.js';

/** A registered dataset. */
export interface DatasetRecord {
  /** `d_` + the first 12 hex characters of the fingerprint. */
  readonly id: string;
  readonly fingerprint: string;
  /** The path it was first registered from. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly rows: number;
  readonly schema: readonly SchemaColumn[];
  readonly createdAt: string;
}

/** What `registerDataset` needs. */
export interface DatasetInput {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly rows: number;
  readonly schema: readonly SchemaColumn[];
}

/**
 * A database row as a record.
 *
 * @example
 * ```ts
 * toDatasetRecord(await db.selectFrom('datasets').selectAll().executeTakeFirstOrThrow());
 * ```
 */
export function toDatasetRecord(row: Selectable<DatasetsTable>): DatasetRecord {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    path: row.path,
    sha256: row.sha256,
    bytes: toNumber(row.bytes),
    rows: toNumber(row.rows),
    schema: JSON.parse(row.schema_json) as SchemaColumn[],
    createdAt: row.created_at,
  };
}

function checkSchema(schema: unknown): SchemaColumn[] {
  if (!Array.isArray(schema)) {
    throw new ValidationError('store.invalidInput', {
      field: 'schema',
      expected: 'a list of { name, type }',
      got: typeof schema,
    });
  }
  return schema.map((c, i) => ({
    name: requireName(`schema[${i}].name`, (c as SchemaColumn | undefined)?.name),
    type: requireName(`schema[${i}].type`, (c as SchemaColumn | undefined)?.type),
  }));
}

/**
 * Register a dataset (or return the existing row with the same fingerprint).
 *
 * @example
 * ```ts
 * const a = await registerDataset(project, input);
 * const b = await registerDataset(project, input);
 * a.id === b.id; // true
 * ```
 */
export async function registerDataset(project: Project, input: DatasetInput): Promise<DatasetRecord> {
  const path = requireName('path', input.path);
  const sha256 = requireSha256('sha256', input.sha256);
  const bytes = requireCount('bytes', input.bytes);
  const rows = requireCount('rows', input.rows);
  const schema = checkSchema(input.schema);
  const fingerprint = datasetFingerprint(sha256, schema);
  const id = `d_${fingerprint.slice(0, 12)}`;
  return project.db.transaction().execute(async (trx) => {
    const result = await trx
      .insertInto('datasets')
      .values({
        id,
        fingerprint,
        path,
        sha256,
        bytes,
        rows,
        schema_json: toJsonText('schema', schema),
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) {
      await insertAudit(trx, project.actor, {
        action: 'dataset.register',
        subject: id,
        details: { path, sha256, bytes, rows, columns: schema.length },
      });
    }
    const row = await trx.selectFrom('datasets').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
    if (!row) throw new NotFoundError('store.datasetNotFound', { ref: id });
    return toDatasetRecord(row);
  });
}

/**
 * A dataset by id; NotFoundError `store.datasetNotFound` when absent.
 *
 * @example
 * ```ts
 * const ds = await getDataset(project, run.datasetId!);
 * ```
 */
export async function getDataset(project: Project, id: string): Promise<DatasetRecord> {
  const row = await project.db.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('store.datasetNotFound', { ref: id });
  return toDatasetRecord(row);
}

/**
 * All registered datasets, newest first.
 *
 * @example
 * ```ts
 * for (const ds of await listDatasets(project)) console.log(ds.id, ds.path);
 * ```
 */
export async function listDatasets(project: Project): Promise<DatasetRecord[]> {
  const rows = await project.db
    .selectFrom('datasets')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toDatasetRecord);
}
