/**
 * @module store/audit
 * The audit trail: who did what to which object, and when. Append-only — there is no update or delete
 * function, and database triggers refuse UPDATE and DELETE on `audit_log` on both dialects. Every
 * registration and run transition in the store appends a row inside the same transaction as the change.
 *
 * @example
 * ```ts
 * import { appendAudit, listAudit } from './audit.js';
 * await appendAudit(project, { action: 'model.approve', subject: 'm_7k2q9x4hzc1d', details: { by: 'cmo' } });
 * const trail = await listAudit(project, { subject: 'm_7k2q9x4hzc1d' });
 * ```
 */
import type { Kysely } from 'kysely';
import { ValidationError } from '../util/errors.js';
import type { Database } from './database.js';
import { fromJsonText, nowIso, toNullableJsonText, toNumber } from './json-column.js';
import type { Project } from './project.js';

/** One row of the audit trail. */
export interface AuditRecord {
  /** Position in the trail (strictly increasing). */
  readonly seq: number;
  /** ISO-8601 UTC time. */
  readonly at: string;
  readonly actor: string;
  /** E.g. `dataset.register`, `run.start`, `run.finish`, `model.register`. */
  readonly action: string;
  /** The id of the object acted on. */
  readonly subject: string;
  readonly details?: unknown;
}

/** An entry to append; `actor` defaults to the project's actor. */
export interface AuditEntry {
  readonly actor?: string;
  readonly action: string;
  readonly subject: string;
  readonly details?: unknown;
}

/** Which audit rows to list. */
export interface AuditFilter {
  readonly subject?: string;
  readonly action?: string;
  readonly actor?: string;
  /** Only rows at or after this ISO time. */
  readonly since?: string;
  /** At most this many rows (the oldest first). */
  readonly limit?: number;
}

function requireText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError('store.invalidInput', { field, expected: 'a non-empty text', got: String(value) });
  }
  return value;
}

/**
 * Append a row with an explicit database handle (a transaction inside the store).
 *
 * @example
 * ```ts
 * await project.db.transaction().execute((trx) => insertAudit(trx, 'ana', { action: 'x', subject: 'y' }));
 * ```
 */
export async function insertAudit(db: Kysely<Database>, actor: string, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      actor: requireText('actor', entry.actor ?? actor),
      action: requireText('action', entry.action),
      subject: requireText('subject', entry.subject),
      details_json: toNullableJsonText('details', entry.details),
    })
    .execute();
}

/**
 * Append one row to the project's audit trail.
 *
 * @example
 * ```ts
 * await appendAudit(project, { actor: 'ana', action: 'model.promote', subject: 'm_7k2q9x4hzc1d' });
 * ```
 */
export async function appendAudit(project: Project, entry: AuditEntry): Promise<void> {
  await insertAudit(project.db, project.actor, entry);
}

/**
 * The audit trail, oldest first, optionally filtered.
 *
 * @example
 * ```ts
 * const registrations = await listAudit(project, { action: 'model.register' });
 * ```
 */
export async function listAudit(project: Project, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  let query = project.db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc');
  if (filter.subject !== undefined) query = query.where('subject', '=', filter.subject);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  const rows = await query.execute();
  return rows.map((row) => {
    const details = fromJsonText(row.details_json);
    return {
      seq: toNumber(row.seq),
      at: row.at,
      actor: row.actor,
      action: row.action,
      subject: row.subject,
      ...(details === undefined ? {} : { details }),
    };
  });
}
