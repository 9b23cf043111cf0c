import { describe, expect, it } from 'vitest';
import type { TrainResult } from '../../src/automl/train-result.js';
import { formatTrainSummary } from '../../src/report/train-summary.js';
import { binaryResult, fallbackResult, regressionResult } from './sample-train-result.js';

const ESC = '\u001b[';

function widest(text: string): number {
  return Math.max(...text.split('\n').map((l) => [...l].length));
}

describe('formatTrainSummary', () => {
  it('renders the binary run without colour (file snapshot)', async () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 100 });
    expect(text).not.toContain(ESC);
    expect(text.endsWith('\n')).toBe(true);
    expect(widest(text)).toBeLessThanOrEqual(100);
    await expect(text).toMatchFileSnapshot('./__snapshots__/train-summary-binary.txt');
  });

  it('states the run, the winner with CV mean ± sd, holdout and baseline', () => {
    const lines = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 140 }).split('\n');
    expect(lines[0]).toBe(
      'Binary classification of y on examples/data/bank-marketing/bank-full.csv: 45,211 rows used, 184 trials in 298 s',
    );
    expect(lines[1]).toBe('Best model: ensemble (ensemble) · AUC in cross-validation: 0.9391 ± 0.0031');
    expect(lines[2]).toBe('AUC on the holdout: 0.9402 · constant baseline: 0.5000');
    expect(lines[3]).toMatch(/^✖ 1 column\(s\) suspected of leaking the target were kept on request: duration\./);
  });

  it('shows the top 5 of the leaderboard as an aligned table with the other metrics when they fit', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 100 });
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('#  Candidate'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head]).toMatch(/^# {2}Candidate +AUC {2}Log loss {2}Brier score {2}Train AUC {2}Fit s {2}Model size$/);
    const rows = lines.slice(head + 1, head + 6);
    expect(rows[0]).toMatch(/^1 {2}ensemble +0\.9391 ± 0\.0031 +0\.1873 +0\.0561 +0\.9684 +0\.02 +1\.4 MB$/);
    expect(rows[4]).toMatch(/^5 {2}mlp#3 +0\.9195 ± 0\.0047 /);
    // right-aligned numbers: every row ends at the same column
    expect(new Set([lines[head], ...rows].map((l) => [...l].length)).size).toBe(1);
    expect(lines[head + 6]).toBe('… 2 more candidates');
    expect(text).not.toContain('tree#1');
  });

  it('drops the extra metric columns and shortens candidate names on a narrow terminal', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 60 });
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).not.toContain('Log loss');
    expect(text).toMatch(/^1 {2}ensemble +0\.9391 ± 0\.0031 +0\.9684 +0\.02 +1\.4 MB$/m);
  });

  it('lists the diagnostics with severity marks, wrapped under the mark', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 80 });
    expect(text).toContain(
      '\nDiagnostics\n▲ random_forest#4 fits the training folds far better (0.9998) than unseen folds\n  (0.9288): it memorises.\n',
    );
    expect(text).toContain('• Only 11.7 % of the rows are positive; AUC and lift are not affected by this.');
    expect(text).toContain('✖ duration was kept although it is known only after the call.');
  });

  it('prints lift at 10 %, KS, the best profit and the budget plan', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 120 });
    expect(text).toContain('Lift in the top 10.0 %: 5.08 (50.8 % of conversions), KS 0.7733\n');
    expect(text).toContain('Profit: best 509,352 at the top 30.0 % (score ≥ 0.343, 13,563 contacts)\n');
    expect(text).toContain(
      'Budget: 5,000 contacts (score ≥ 0.312) → 2,617.4 expected conversions vs 584.9 at random (lift 4.47)\n',
    );
    expect(text).toContain('→ expected profit 274,088 vs 30,188 at random\n');
  });

  it('has no marketing lines for a regression and formats RMSE with two decimals', () => {
    const text = formatTrainSummary(regressionResult, { lang: 'en', color: false, width: 100 });
    expect(text).toContain(
      'Best model: gbdt#4 (gbdt) · RMSE in cross-validation: 15.83 ± 0.41\nconstant baseline: 15.93\n',
    );
    expect(text).toMatch(/^1 {2}gbdt#4 +15\.83 ± 0\.41 +2\.1047 +0\.0121 +15\.21 +3\.20 +120\.4 kB$/m);
    expect(text).not.toContain('Lift');
    expect(text).not.toContain('Profit');
    expect(text).not.toContain('✖');
  });

  it('warns about a fallback model', () => {
    const text = formatTrainSummary(fallbackResult, { lang: 'en', color: false, width: 100 });
    expect(text).toContain('✖ Fallback: budget too small, the fastest baseline was registered\n');
    expect(text).not.toContain('Diagnostics');
  });

  it('is written in German with German number formats', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'de', color: false, width: 120 });
    expect(text).toContain('Binäre Klassifikation von y auf examples/data/bank-marketing/bank-full.csv: 45.211 Zeilen');
    expect(text).toContain('AUC in der Kreuzvalidierung: 0,9391 ± 0,0031');
    expect(text).toContain('Lift in den obersten 10,0 %: 5,08 (50,8 % der Abschlüsse), KS 0,7733');
    expect(text).toContain('\nDiagnose\n');
    expect(text).toContain('… 2 weitere Kandidaten');
  });

  it('uses ANSI colours only when asked', () => {
    const text = formatTrainSummary(binaryResult, { lang: 'en', color: true, width: 100 });
    expect(text).toContain(`${ESC}33m▲${ESC}39m random_forest#4`);
    expect(text).toContain(`${ESC}1mBest model: ensemble`);
    const plain = text
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join('');
    expect(plain).toBe(formatTrainSummary(binaryResult, { lang: 'en', color: false, width: 100 }));
  });

  it('shows the winner even when the leaderboard has one entry and no optional parts', () => {
    const bare: TrainResult = { ...fallbackResult, fallback: false, data: { ...fallbackResult.data, leakage: [] } };
    const text = formatTrainSummary(bare, { lang: 'en', color: false, width: 100 });
    expect(text.split('\n').filter((l) => l.startsWith('✖'))).toEqual([]);
    expect(text).toMatch(/^1 {2}linear#0 +0\.9012 ± 0\.0052 +0\.9031 +0\.61 +4\.0 kB$/m);
  });
});
