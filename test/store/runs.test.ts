import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/util/errors.js';
import { finishRun, getRun, listAudit, listRuns, registerDataset, startRun } from '../../src/store/index.js';
import { DIALECTS, useStoreHarness } from './support/dialects.js';

const dataset = {
  path: 'bank.csv',
  sha256: 'b'.repeat(64),
  bytes: 4_610_348,
  rows: 45_211,
  schema: [
    { name: 'age', type: 'number' },
    { name: 'y', type: 'boolean' },
  ],
};

for (const dialect of DIALECTS) {
  describe(`runs (${dialect})`, () => {
    const h = useStoreHarness(dialect);

    it('records a run with its lineage and finishes it once', async () => {
      const project = await h.newProject({ actor: 'ana' });
      const ds = await registerDataset(project, dataset);
      const params = { target: 'y', folds: 10, learners: ['gbdt', 'logistic'], budget: { seconds: 300 } };
      const recipe = { version: 1, steps: [{ op: 'drop', columns: ['duration'] }] };
      const run = await startRun(project, {
        kind: 'train',
        datasetId: ds.id,
        params,
        seed: 2 ** 40 + 1,
        codeVersion: '0.1.0+abc123',
        recipe,
      });
      expect(run.id).toMatch(/^r_[0-9a-z]{12}$/);
      expect(run).toMatchObject({
        kind: 'train',
        status: 'running',
        datasetId: ds.id,
        params,
        seed: 2 ** 40 + 1,
        codeVersion: '0.1.0+abc123',
        recipe,
        actor: 'ana',
      });
      expect(run.finishedAt).toBeUndefined();
      expect(run.metrics).toBeUndefined();
      const done = await finishRun(project, run.id, {
        status: 'succeeded',
        metrics: { auc: 0.9412, logloss: 0.19 },
        timings: { totalMs: 81234, search: 70000 },
      });
      expect(done).toMatchObject({ status: 'succeeded', metrics: { auc: 0.9412, logloss: 0.19 } });
      expect(done.timings).toEqual({ totalMs: 81234, search: 70000 });
      expect(done.finishedAt! >= done.startedAt).toBe(true);
      expect(await getRun(project, run.id)).toEqual(done);

      const again = await finishRun(project, run.id, { status: 'failed' }).catch((e) => e);
      expect(again).toBeInstanceOf(ValidationError);
      expect(again.message).toContain('succeeded');
      expect((await getRun(project, run.id)).status).toBe('succeeded');

      const audit = await listAudit(project, { subject: run.id });
      expect(audit.map((a) => a.action)).toEqual(['run.start', 'run.finish']);
      expect(audit[0].details).toEqual({
        kind: 'train',
        datasetId: ds.id,
        seed: 2 ** 40 + 1,
        codeVersion: '0.1.0+abc123',
      });
      expect(audit[1].details).toEqual({ status: 'succeeded' });
    });

    it('records cancellation and failure with the error text', async () => {
      const project = await h.newProject();
      const a = await startRun(project, { kind: 'train', params: {}, codeVersion: '0.1.0' });
      const b = await startRun(project, { kind: 'predict', params: { model: 'churn' }, codeVersion: '0.1.0' });
      expect(a.datasetId).toBeUndefined();
      expect(a.seed).toBeUndefined();
      const cancelled = await finishRun(project, a.id, { status: 'cancelled', error: 'interrupted (SIGINT)' });
      expect(cancelled).toMatchObject({ status: 'cancelled', error: 'interrupted (SIGINT)' });
      const failed = await finishRun(project, b.id, { status: 'failed', error: 'column age missing' });
      expect(failed.error).toBe('column age missing');
      expect((await listAudit(project, { action: 'run.finish', subject: a.id }))[0].details).toEqual({
        status: 'cancelled',
        error: 'interrupted (SIGINT)',
      });
    });

    it('lists and filters runs', async () => {
      const project = await h.newProject();
      const ds = await registerDataset(project, dataset);
      const train = await startRun(project, { kind: 'train', datasetId: ds.id, params: {}, codeVersion: 'v' });
      const inspect = await startRun(project, { kind: 'inspect', datasetId: ds.id, params: {}, codeVersion: 'v' });
      const predict = await startRun(project, { kind: 'predict', params: {}, codeVersion: 'v' });
      await finishRun(project, inspect.id, { status: 'succeeded' });
      expect((await listRuns(project)).map((r) => r.id).sort()).toEqual([train.id, inspect.id, predict.id].sort());
      expect((await listRuns(project, { kind: 'train' })).map((r) => r.id)).toEqual([train.id]);
      expect((await listRuns(project, { status: 'running' })).map((r) => r.id).sort()).toEqual(
        [train.id, predict.id].sort(),
      );
      expect((await listRuns(project, { datasetId: ds.id })).map((r) => r.id).sort()).toEqual(
        [train.id, inspect.id].sort(),
      );
      expect(await listRuns(project, { limit: 2 })).toHaveLength(2);
    });

    it('refuses unknown ids and bad input without writing', async () => {
      const project = await h.newProject();
      await expect(
        startRun(project, { kind: 'train', datasetId: 'd_000000000000', params: {}, codeVersion: 'v' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(startRun(project, { kind: 'fit' as 'train', params: {}, codeVersion: 'v' })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(startRun(project, { kind: 'train', params: {}, codeVersion: '' })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(startRun(project, { kind: 'train', params: {}, seed: 1.5, codeVersion: 'v' })).rejects.toThrow(
        /seed/,
      );
      await expect(finishRun(project, 'r_000000000000', { status: 'succeeded' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRun(project, 'r_000000000000')).rejects.toBeInstanceOf(NotFoundError);
      expect(await listRuns(project)).toEqual([]);
      expect(await listAudit(project)).toEqual([]);
    });
  });
}
