import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listModels, listRuns, openProject } from '../../src/store/index.js';
import { runCli } from './run-cli.js';

const BANK_FULL = 'examples/data/bank-marketing/bank/bank-full.csv';

// The CI version of the quality run: a 10 % subset of bank-full, a short trial budget; asserts a sane floor,
// the JSON shape, the report and the registry's lineage rows.
let dir: string;
let subset: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leitwerk-cli-train-'));
  const lines = readFileSync(BANK_FULL, 'utf8').trimEnd().split('\n');
  subset = join(dir, 'bank-10pct.csv');
  writeFileSync(subset, `${[lines[0], ...lines.slice(1).filter((_, i) => i % 10 === 0)].join('\n')}\n`);
});

describe('leitwerk train / predict', () => {
  it('trains with --json and --html, registers with lineage, and predicts', async () => {
    const project = join(dir, 'project');
    const html = join(dir, 'report.html');
    const out = await runCli(
      'train',
      subset,
      '--target',
      'y',
      '--keep',
      'duration',
      '--trials',
      '8',
      '--folds',
      '3',
      '--holdout',
      '0.2',
      '--value-per-conversion',
      '50',
      '--cost-per-contact',
      '3',
      '--contacts',
      '0.1',
      '--project',
      project,
      '--json',
      '--html',
      html,
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ task: 'binary', metric: 'auc', positive: 'yes' });
    expect(result.modelId).toMatch(/^m_/);
    const best = result.leaderboard[0];
    expect(Object.keys(best)).toEqual(expect.arrayContaining(['learner', 'params', 'cv', 'cvSd']));
    expect(best.cv.auc).toBeGreaterThan(0.88);
    expect(result.holdout.auc).toBeGreaterThan(0.86);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.marketing.profit.best.profit).toBeGreaterThan(0);
    expect(result.marketing.budget.expectedConversions).toBeGreaterThan(result.marketing.budget.randomConversions);
    expect(result.decision.reason).toBe('budget');
    const report = readFileSync(html, 'utf8');
    expect(report).toMatch(/<svg/);
    expect(report).toContain(best.learner);

    const p = await openProject(project);
    try {
      const models = await listModels(p);
      expect(models.map((m) => m.id)).toEqual([result.modelId]);
      const runs = await listRuns(p, { kind: 'train' });
      expect(runs).toHaveLength(1);
      expect(runs[0].datasetId).toBe(models[0].datasetId);
      expect(runs[0].status).toBe('succeeded');
    } finally {
      await p.close();
    }

    const scoredPath = join(dir, 'scored.csv');
    const scored = await runCli('predict', result.modelId, subset, '--out', scoredPath, '--project', project);
    expect(scored.code).toBe(0);
    const lines = readFileSync(scoredPath, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(readFileSync(subset, 'utf8').trimEnd().split('\n').length);
    expect(lines[0]).toMatch(/,score,decile,predicted,decision$/);
  }, 300_000);

  it.each([
    ['a missing target column', ['--target', 'nope'], /target column 'nope' is not in the data/],
    ['a constant target', ['--target', 'constant'], /has one value only/],
    ['a target that is all missing', ['--target', 'empty'], /has no values/],
  ])('exits 2 on %s and registers nothing', async (_name, flags, message) => {
    const rows = Array.from({ length: 80 }, (_, i) => `${i % 5},${i % 3},1,`);
    const file = join(dir, `bad-${flags[1]}.csv`);
    writeFileSync(file, `a,b,constant,empty\n${rows.join('\n')}\n`);
    const project = join(dir, `bad-project-${flags[1]}`);
    const out = await runCli('train', file, ...flags, '--trials', '1', '--project', project);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    const p = await openProject(project);
    try {
      expect(await listModels(p)).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('exits 2 on fewer than 50 usable rows, writing no report', async () => {
    const file = join(dir, 'few.csv');
    writeFileSync(file, `x,y\n${Array.from({ length: 30 }, (_, i) => `${i},${i % 2}`).join('\n')}\n`);
    const html = join(dir, 'few.html');
    const out = await runCli(
      'train',
      file,
      '--target',
      'y',
      '--trials',
      '1',
      '--project',
      join(dir, 'few'),
      '--html',
      html,
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Only 30 rows have a target value; training needs at least 50/);
    expect(existsSync(html)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
