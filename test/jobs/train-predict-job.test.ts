import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/read-table.js';
import { dropColumns, getColumn } from '../../src/data/table.js';
import { runPredictJob } from '../../src/jobs/predict-job.js';
import { runTrainJob } from '../../src/jobs/train-job.js';
import { lineage, listAudit, listModels, listRuns, openProject } from '../../src/store/index.js';
import { CancelledError } from '../../src/util/errors.js';
import { type PostgresServer, startPostgres } from '../support/postgres.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';

describe('train job → registry → predict job (SQLite project)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leitwerk-train-job-'));

  it('registers the model with lineage and scores new rows with it', async () => {
    const table = await readTable(TELCO);
    const { result, model, dataset } = await runTrainJob({
      projectDir: dir,
      files: [TELCO],
      table,
      options: {
        target: 'Churn',
        trials: 3,
        folds: 3,
        learners: ['gbdt', 'linear'],
        workers: 2,
        seed: 2,
        codeVersion: 'test',
      },
    });
    expect(result.modelId).toBe(model.id);
    expect(model.version).toBe(1);
    expect(model.name).toBe('WA_Fn-UseC_-Telco-Customer-Churn-Churn');
    expect(dataset.rows).toBe(7043);
    const project = await openProject(dir);
    try {
      const l = await lineage(project, model.id);
      expect(l.run.status).toBe('succeeded');
      expect(l.run.seed).toBe(2);
      expect(l.run.codeVersion).toBe('test');
      expect((l.run.recipe as { kind: string }).kind).toBe('leitwerk.recipe');
      expect(l.dataset?.sha256).toMatch(/^[0-9a-f]{64}$/);
      const audit = await listAudit(project);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['run.start', 'model.register']));
    } finally {
      await project.close();
    }

    const scored = await runPredictJob({ projectDir: dir, model: `${model.name}@latest`, table, files: [TELCO] });
    expect(scored.table.rowCount).toBe(7043);
    const score = getColumn(scored.table, 'score');
    expect(score.storage).toBe('number');
    const values = score.storage === 'number' ? score.values : new Float64Array();
    expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
    const decile = getColumn(scored.table, 'decile');
    const deciles = decile.storage === 'number' ? [...new Set(decile.values)].sort((a, b) => a - b) : [];
    expect(deciles).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // scoring is deterministic: the artefact gives the same scores again
    const again = await runPredictJob({ projectDir: dir, model: model.id, table });
    const v2 = getColumn(again.table, 'score');
    expect(v2.storage === 'number' && Buffer.from(v2.values.buffer).equals(Buffer.from(values.buffer))).toBe(true);
  }, 240_000);

  it('reports every missing input column and records the failed run', async () => {
    const table = dropColumns(await readTable(TELCO), ['tenure', 'Contract']);
    const error = await runPredictJob({
      projectDir: dir,
      model: 'WA_Fn-UseC_-Telco-Customer-Churn-Churn',
      table,
    }).catch((e) => e);
    expect(error.messageId).toBe('features.missingColumns');
    expect(error.message).toMatch(/tenure/);
    expect(error.message).toMatch(/Contract/);
    const project = await openProject(dir);
    try {
      const runs = await listRuns(project, { kind: 'predict' });
      expect(runs.some((r) => r.status === 'failed')).toBe(true);
    } finally {
      await project.close();
    }
  });

  it('marks a cancelled run and registers nothing', async () => {
    const table = await readTable(TELCO);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 800);
    const cancelledDir = mkdtempSync(join(tmpdir(), 'leitwerk-cancel-'));
    await expect(
      runTrainJob({
        projectDir: cancelledDir,
        files: [TELCO],
        table,
        options: { target: 'Churn', budgetSeconds: 60, workers: 2, signal: controller.signal },
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    const project = await openProject(cancelledDir);
    try {
      expect(await listModels(project)).toEqual([]);
      const runs = await listRuns(project);
      expect(runs.map((r) => r.status)).toEqual(['cancelled']);
    } finally {
      await project.close();
    }
  }, 60_000);
});

describe('train job on PostgreSQL (the same code, another dialect)', () => {
  let pg: PostgresServer;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await pg?.stop();
  });

  it('registers in PostgreSQL and predicts from there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leitwerk-pg-job-'));
    const csv = join(dir, 'small.csv');
    writeFileSync(csv, readFileSync(TELCO, 'utf8').split('\n').slice(0, 1501).join('\n'));
    const table = await readTable(csv);
    const { model } = await runTrainJob({
      projectDir: dir,
      files: [csv],
      table,
      databaseUrl: pg.url,
      options: { target: 'Churn', trials: 1, folds: 3, learners: ['linear'], workers: 1 },
    });
    const scored = await runPredictJob({ projectDir: dir, model: model.id, table, databaseUrl: pg.url });
    expect(scored.table.rowCount).toBe(1500);
    const project = await openProject(dir, { databaseUrl: pg.url });
    try {
      expect(project.dialect).toBe('postgres');
      expect((await listModels(project)).map((m) => m.id)).toEqual([model.id]);
    } finally {
      await project.close();
    }
  }, 120_000);
});
