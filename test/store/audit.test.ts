import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/util/errors.js';
import { appendAudit, listAudit } from '../../src/store/index.js';
import { DIALECTS, useStoreHarness } from './support/dialects.js';

for (const dialect of DIALECTS) {
  describe(`audit log (${dialect})`, () => {
    const h = useStoreHarness(dialect);

    it('appends rows in order with actor, details and filters', async () => {
      const project = await h.newProject({ actor: 'ana' });
      const before = new Date().toISOString();
      await appendAudit(project, { action: 'model.approve', subject: 'm_1', details: { note: 'ok', kpi: [1, 2] } });
      await appendAudit(project, { actor: 'ben', action: 'model.reject', subject: 'm_2' });
      await appendAudit(project, { action: 'model.approve', subject: 'm_2' });
      const all = await listAudit(project);
      expect(all.map((a) => [a.actor, a.action, a.subject])).toEqual([
        ['ana', 'model.approve', 'm_1'],
        ['ben', 'model.reject', 'm_2'],
        ['ana', 'model.approve', 'm_2'],
      ]);
      expect(all[0].details).toEqual({ note: 'ok', kpi: [1, 2] });
      expect('details' in all[1]).toBe(false);
      expect(all[0].seq < all[1].seq && all[1].seq < all[2].seq).toBe(true);
      expect(all.every((a) => a.at >= before)).toBe(true);
      expect((await listAudit(project, { subject: 'm_2' })).map((a) => a.action)).toEqual([
        'model.reject',
        'model.approve',
      ]);
      expect(await listAudit(project, { actor: 'ben' })).toHaveLength(1);
      expect(await listAudit(project, { action: 'model.approve', limit: 1 })).toEqual([all[0]]);
      expect(await listAudit(project, { since: '2999-01-01T00:00:00.000Z' })).toEqual([]);
    });

    it('is append-only in the database itself', async () => {
      const project = await h.newProject();
      await appendAudit(project, { action: 'x', subject: 'y' });
      await expect(sql`update audit_log set actor = 'mallory'`.execute(project.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(project.db)).rejects.toThrow(/append-only/);
      expect((await listAudit(project)).map((a) => a.actor)).toEqual([project.actor]);
    });

    it('refuses empty fields and values that are not JSON', async () => {
      const project = await h.newProject();
      await expect(appendAudit(project, { action: '', subject: 'y' })).rejects.toBeInstanceOf(ValidationError);
      await expect(appendAudit(project, { action: 'x', subject: ' ' })).rejects.toBeInstanceOf(ValidationError);
      await expect(appendAudit(project, { action: 'x', subject: 'y', details: { n: 1n } })).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(await listAudit(project)).toEqual([]);
    });
  });
}
