import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';
let dir: string;
let project: string;
let modelId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leitwerk-cli-explain-'));
  project = join(dir, 'project');
  const out = await runCli(
    'train',
    TELCO,
    '--target',
    'Churn',
    '--sensitive',
    'gender,SeniorCitizen',
    '--mitigate',
    'demographic-parity',
    '--learners',
    'gbdt',
    '--trials',
    '1',
    '--folds',
    '3',
    '--project',
    project,
    '--json',
  );
  expect(out.code).toBe(0);
  const result = JSON.parse(out.stdout);
  modelId = result.modelId;
  expect(result.fairness.mitigation).toBe('demographic-parity');
  expect(result.fairness.assessment.attributes[0].fairness.gaps.demographicParityDifference.ci).toHaveLength(2);
}, 120_000);

describe('leitwerk explain / predict --explain / fairness', () => {
  it('explains the model with exact TreeSHAP on input columns', async () => {
    const out = await runCli('explain', modelId, TELCO, '--rows', '300', '--project', project, '--json');
    expect(out.code).toBe(0);
    const e = JSON.parse(out.stdout);
    expect(e).toMatchObject({ method: 'tree', exact: true, rows: 300 });
    expect(e.importance.map((i: { feature: string }) => i.feature)).not.toContain('gender');
    expect(e.importance[0].meanAbs).toBeGreaterThan(e.importance[e.importance.length - 1].meanAbs);
    expect(e.examples[0].up.length + e.examples[0].down.length).toBeGreaterThan(0);
    // partial dependence of the three strongest columns; longer tenure means less churn
    expect(e.partialDependence.map((p: { feature: string }) => p.feature)).toEqual(
      e.importance.slice(0, 3).map((i: { feature: string }) => i.feature),
    );
    const tenure = e.partialDependence.find((p: { feature: string }) => p.feature === 'tenure');
    expect(tenure).toBeDefined();
    expect(tenure.average[0]).toBeGreaterThan(tenure.average[tenure.average.length - 1] + 0.1);
    for (const p of e.partialDependence) expect(p.average).toHaveLength(p.grid.length);
  });

  it('adds reason codes to every scored row', async () => {
    const scored = join(dir, 'scored.json');
    const out = await runCli('predict', modelId, TELCO, '--explain', '2', '--project', project, '--out', scored);
    expect(out.code).toBe(0);
    const rows = JSON.parse(readFileSync(scored, 'utf8'));
    expect(rows).toHaveLength(7043);
    expect(rows[0].reasons).toMatch(/(raises|lowers) the chance/);
    expect(['contact', 'skip']).toContain(rows[0].decision);
  });

  it('reports fairness per group with confidence intervals, and names a bad sensitive column', async () => {
    const out = await runCli(
      'fairness',
      modelId,
      TELCO,
      '--sensitive',
      'gender,SeniorCitizen',
      '--project',
      project,
      '--json',
    );
    expect(out.code).toBe(0);
    const f = JSON.parse(out.stdout);
    expect(f.attributes.map((a: { name: string }) => a.name)).toEqual([
      'gender',
      'SeniorCitizen',
      'gender × SeniorCitizen',
    ]);
    const gender = f.attributes[0].fairness;
    // the stored per-gender thresholds equalise selection rates
    expect(gender.gaps.demographicParityDifference.value).toBeLessThan(0.03);
    const bad = await runCli('fairness', modelId, TELCO, '--sensitive', 'nope', '--project', project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/nope/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
