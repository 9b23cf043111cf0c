import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import {
  ArtifactChangedError,
  type Project,
  type RegisterModelInput,
  finishRun,
  getModel,
  lineage,
  listAudit,
  listModels,
  loadModelArtifact,
  registerDataset,
  registerModel,
  startRun,
} from '../../src/store/index.js';
import { DIALECTS, useStoreHarness } from './support/dialects.js';

const run = promisify(execFile);
const childScript = fileURLToPath(new URL('./support/register-models-child.ts', import.meta.url));

const fitted = {
  kind: 'gbdt',
  formatVersion: 1,
  trees: { left: [1, -1, -1], threshold: [0.5, 0, 0] },
  classes: ['no', 'yes'],
};

async function trainRun(project: Project, withDataset = true) {
  const ds = withDataset
    ? await registerDataset(project, {
        path: 'bank.csv',
        sha256: 'e'.repeat(64),
        bytes: 100,
        rows: 3,
        schema: [{ name: 'y', type: 'boolean' }],
      })
    : undefined;
  const r = await startRun(project, {
    kind: 'train',
    datasetId: ds?.id,
    params: { target: 'y' },
    seed: 7,
    codeVersion: '0.1.0',
  });
  return { ds, run: r };
}

function input(runId: string, extra: Partial<RegisterModelInput> = {}): RegisterModelInput {
  return { name: 'y', runId, learner: 'gbdt', task: 'binary', metrics: { auc: 0.9 }, artifact: fitted, ...extra };
}

async function failOnLearner(project: Project, learner: string): Promise<void> {
  // A trigger that makes the INSERT fail after the artefact was written.
  if (project.dialect === 'postgres') {
    await sql`create function fail_insert() returns trigger language plpgsql as $$
      begin if new.learner = ${sql.lit(learner)} then raise exception 'insert refused'; end if; return new; end $$`.execute(
      project.db,
    );
    await sql`create trigger fail_insert before insert on models for each row execute function fail_insert()`.execute(
      project.db,
    );
  } else {
    await sql`create trigger fail_insert before insert on models when new.learner = ${sql.lit(learner)}
      begin select raise(abort, 'insert refused'); end`.execute(project.db);
  }
}

for (const dialect of DIALECTS) {
  describe(`models (${dialect})`, () => {
    const h = useStoreHarness(dialect);

    it('registers versions per name and finds them by id, name, name@version and name@latest', async () => {
      const project = await h.newProject({ actor: 'ana' });
      const { ds, run: r } = await trainRun(project);
      const v1 = await registerModel(project, input(r.id, { description: 'first try', tags: { team: 'crm' } }));
      const v2 = await registerModel(project, input(r.id, { metrics: { auc: 0.95 }, baseline: true }));
      const other = await registerModel(project, input(r.id, { name: 'churn' }));
      expect(v1.id).toMatch(/^m_[0-9a-z]{12}$/);
      expect([v1.version, v2.version, other.version]).toEqual([1, 2, 1]);
      expect(v1).toMatchObject({
        name: 'y',
        runId: r.id,
        datasetId: ds!.id,
        learner: 'gbdt',
        task: 'binary',
        metrics: { auc: 0.9 },
        baseline: false,
        description: 'first try',
        tags: { team: 'crm' },
        actor: 'ana',
      });
      expect(v2.baseline).toBe(true);
      expect(v2.description).toBeUndefined();
      expect(v1.artifactPath).toBe(join(project.dir, 'artifacts', `${v1.id}.json`));
      const bytes = await readFile(v1.artifactPath);
      expect(v1.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(v1.bytes).toBe(bytes.length);

      expect(await getModel(project, v1.id)).toEqual(v1);
      expect(await getModel(project, 'y')).toEqual(v2);
      expect(await getModel(project, 'y@latest')).toEqual(v2);
      expect(await getModel(project, 'y@1')).toEqual(v1);
      const missing = await getModel(project, 'y@3').catch((e) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
      expect(missing.messageId).toBe('store.modelNotFound');
      expect(missing.message).toContain('y@3');
      await expect(getModel(project, 'nothing')).rejects.toBeInstanceOf(NotFoundError);
      await expect(getModel(project, 'y@two')).rejects.toBeInstanceOf(NotFoundError);
      await expect(getModel(project, 'm_000000000000')).rejects.toBeInstanceOf(NotFoundError);

      expect((await listModels(project)).map((m) => `${m.name}@${m.version}`)).toEqual(['churn@1', 'y@2', 'y@1']);
      expect((await listModels(project, { name: 'y' })).map((m) => m.version)).toEqual([2, 1]);
      expect((await listModels(project, { baseline: true })).map((m) => m.id)).toEqual([v2.id]);
      expect(await listModels(project, { datasetId: ds!.id })).toHaveLength(3);
      expect(await listModels(project, { runId: 'r_000000000000' })).toEqual([]);

      const audit = await listAudit(project, { action: 'model.register' });
      expect(audit.map((a) => a.subject)).toEqual([v1.id, v2.id, other.id]);
      expect(audit[1].details).toEqual({
        name: 'y',
        version: 2,
        runId: r.id,
        learner: 'gbdt',
        task: 'binary',
        sha256: v2.sha256,
        baseline: true,
      });
    });

    it('gives concurrent registrations distinct versions', async () => {
      const project = await h.newProject();
      const { run: r } = await trainRun(project);
      const models = await Promise.all(
        Array.from({ length: 12 }, (_, i) => registerModel(project, input(r.id, { artifact: { i } }))),
      );
      expect(models.map((m) => m.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(new Set(models.map((m) => m.id)).size).toBe(12);
      expect((await readdir(project.artifactsDir)).sort()).toEqual(models.map((m) => `${m.id}.json`).sort());
    });

    it('gives registrations from two processes at once distinct versions', async () => {
      const location = await h.newLocation();
      const project = await h.open(location); // migrated before the children start
      const args = (n: string) => ['--import', 'tsx', childScript, location.dir, location.databaseUrl, 'shared', n];
      const outputs = await Promise.all(['5', '5'].map((n) => run(process.execPath, args(n))));
      const versions = outputs.flatMap((o) => JSON.parse(o.stdout) as number[]).sort((a, b) => a - b);
      expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await listModels(project, { name: 'shared' })).toHaveLength(10);
    });

    if (dialect === 'postgres') {
      it('gives registrations through two handles on one database distinct versions', async () => {
        const location = await h.newLocation();
        const a = await h.open(location);
        const b = await h.open(location);
        const { run: r } = await trainRun(a);
        const models = await Promise.all(
          Array.from({ length: 10 }, (_, i) => registerModel(i % 2 ? a : b, input(r.id, { artifact: { i } }))),
        );
        expect(models.map((m) => m.version).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      });
    }

    it('loads the artefact back and refuses a tampered or missing one', async () => {
      const project = await h.newProject();
      const { run: r } = await trainRun(project);
      const model = await registerModel(project, input(r.id));
      expect(await loadModelArtifact(project, model)).toEqual(fitted);
      const tampered = JSON.stringify({ ...fitted, classes: ['yes', 'no'] });
      await writeFile(model.artifactPath, tampered);
      const error = (await loadModelArtifact(project, model).catch((e: unknown) => e)) as ArtifactChangedError;
      expect(error).toBeInstanceOf(ArtifactChangedError);
      expect(error.expected).toBe(model.sha256);
      expect(error.got).toBe(createHash('sha256').update(tampered).digest('hex'));
      expect(error.messageId).toBe('store.artifactChanged');
      await rm(model.artifactPath);
      await expect(loadModelArtifact(project, model)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('leaves no artefact, temp file, row or audit entry when a registration fails', async () => {
      const project = await h.newProject();
      const { run: r } = await trainRun(project);
      await failOnLearner(project, 'boom');
      await expect(registerModel(project, input(r.id, { learner: 'boom' }))).rejects.toThrow(/insert refused/);
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      await expect(registerModel(project, input(r.id, { artifact: cyclic }))).rejects.toBeInstanceOf(ValidationError);
      await expect(registerModel(project, input('r_000000000000'))).rejects.toBeInstanceOf(NotFoundError);
      await expect(registerModel(project, input(r.id, { name: 'y@2' }))).rejects.toBeInstanceOf(ValidationError);
      await expect(registerModel(project, input(r.id, { name: '' }))).rejects.toBeInstanceOf(ValidationError);
      expect(await readdir(project.artifactsDir)).toEqual([]);
      expect(await listModels(project)).toEqual([]);
      expect(await listAudit(project, { action: 'model.register' })).toEqual([]);
      // The failed transaction did not use up a version.
      expect((await registerModel(project, input(r.id))).version).toBe(1);
      expect(await readdir(project.artifactsDir)).toHaveLength(1);
    });

    it('returns the lineage: model, run and dataset', async () => {
      const project = await h.newProject();
      const { ds, run: r } = await trainRun(project);
      const model = await registerModel(project, input(r.id));
      const finished = await finishRun(project, r.id, {
        status: 'succeeded',
        metrics: { auc: 0.9 },
        timings: { ms: 5 },
      });
      const l = await lineage(project, model.id);
      expect(l.model).toEqual(model);
      expect(l.run).toEqual(finished);
      expect(l.run.seed).toBe(7);
      expect(l.dataset).toEqual(ds);
      expect((await lineage(project, 'y@latest')).model.id).toBe(model.id);
      const { run: bare } = await trainRun(project, false);
      const m2 = await registerModel(project, input(bare.id, { name: 'bare' }));
      const l2 = await lineage(project, m2.id);
      expect(l2.run.id).toBe(bare.id);
      expect(l2.dataset).toBeUndefined();
      expect(l2.model.datasetId).toBeUndefined();
      await expect(lineage(project, 'm_000000000000')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
