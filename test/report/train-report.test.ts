import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainResult } from '../../src/automl/train-result.js';
import { renderTrainReport } from '../../src/report/train-report.js';
import { binaryResult, fallbackResult, regressionResult } from './sample-train-result.js';

const generatedAt = new Date(Date.UTC(2026, 10, 29, 8, 0));

function sectionIds(page: string): string[] {
  return [...page.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
}

function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<section id="${id}">`);
  expect(start).toBeGreaterThan(0);
  return page.slice(start, page.indexOf('</section>', start));
}

describe('renderTrainReport', () => {
  let binary: string;
  let binaryDe: string;
  let regression: string;
  beforeAll(async () => {
    binary = await renderTrainReport(binaryResult, { lang: 'en', generatedAt });
    binaryDe = await renderTrainReport(binaryResult, { lang: 'de', generatedAt });
    regression = await renderTrainReport(regressionResult, { lang: 'en', generatedAt });
  });

  it('is one self-contained file with inline SVG charts and no scripts', () => {
    expect(binary.startsWith('<!doctype html>')).toBe(true);
    expect(binary).not.toMatch(/<script/i);
    expect(binary).not.toContain('<link');
    expect(binary).not.toMatch(/url\((?!#)/);
    expect(binary).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    // ROC, PR, gains, profit, calibration, learning curve
    expect(binary.match(/<svg /g)).toHaveLength(6);
    expect(binary).toContain('Generated 2026-11-29 08:00 UTC by leitwerk');
  });

  it('has every section of a binary run with marketing value, in order', () => {
    expect(sectionIds(binary)).toEqual([
      'leaderboard',
      'diagnostics',
      'curves',
      'lift',
      'profit',
      'budget',
      'calibration',
      'learning-curve',
      'data',
      'choices',
      'search',
      'timings',
    ]);
  });

  it('leaves out the sections a regression run has no data for', () => {
    expect(sectionIds(regression)).toEqual([
      'leaderboard',
      'diagnostics',
      'learning-curve',
      'data',
      'choices',
      'search',
      'timings',
    ]);
    expect(regression.match(/<svg /g)).toHaveLength(1);
    expect(regression).not.toContain('KS statistic');
    expect(regression).toContain('<span class="score">RMSE in cross-validation: 15.83 ± 0.41</span>');
    expect(regression).not.toContain('on the holdout');
    expect(regression).toContain('<dt>Rows used</dt><dd>63,998</dd><dt>Dropped: target missing</dt><dd>2</dd>');
    expect(regression).not.toContain('id="leakage-kept"');
    expect(regression).toContain('<dt>Budget</dt><dd>40 trials</dd>');
    expect(regression).toContain('<dt>Stopped by</dt><dd>trial budget reached</dd>');
  });

  it('states the winner with CV mean ± sd, the holdout and the baseline in the headline', () => {
    const header = binary.slice(binary.indexOf('<header>'), binary.indexOf('</header>'));
    expect(header).toContain('<h1>Model training: y</h1>');
    expect(header).toContain('<span>positive class: yes</span><span>model mdl_7f3a9c (version 3)</span>');
    expect(header).toContain(
      'Best model: ensemble (ensemble) · <span class="score">AUC in cross-validation: 0.9391 ± 0.0031</span>',
    );
    expect(header).toContain('<span>AUC on the holdout: 0.9402</span><span>constant baseline: 0.5000</span>');
    expect(header).not.toContain('id="fallback"');
  });

  it('lists every leaderboard entry best first with settings, all metrics ± sd, train, fit and size', () => {
    const board = sectionOf(binary, 'leaderboard');
    expect(board.match(/<tr[ >]/g)).toHaveLength(1 + binaryResult.leaderboard.length);
    const ids = [...board.matchAll(/<td><code>([^<]+)<\/code><\/td>/g)].map((m) => m[1]);
    expect(ids).toEqual(binaryResult.leaderboard.map((e) => e.id));
    expect(board).toContain(
      '<th class="num">AUC</th><th class="num">Log loss</th><th class="num">Brier score</th>\n<th class="num">Train AUC</th>',
    );
    const winner = board.slice(board.indexOf('<tr class="winner">'), board.indexOf('</tr>', board.indexOf('winner')));
    expect(winner).toContain('<td>gbdt#17 0.6, gbdt#9 0.3, linear#2 0.1</td>');
    expect(winner).toContain(
      '<td class="num">0.9391 ± 0.0031</td><td class="num">0.1873 ± 0.0042</td><td class="num">0.0561 ± 0.0012</td>',
    );
    expect(winner).toContain('<td class="num">0.9684</td>\n<td class="num">0.02</td>\n<td class="num">1.4 MB</td>');
    expect(board).toContain(
      '<td>learning_rate=0.05, max_depth=6, min_child_weight=3, subsample=0.8, colsample=0.7, lambda=1.5, +1, rounds=412.5</td>',
    );
    expect(board).toContain('<td class="num">21.8 MB</td>');
    expect(board).toContain('<td class="num">4.12</td>');
  });

  it('colours diagnostics by severity and shows the figures behind them', () => {
    const diag = sectionOf(binary, 'diagnostics');
    expect(diag).toContain('<li class="warning" id="diag-overfit-gap"><span class="badge warning">warning</span>');
    expect(diag).toContain('<span class="figures">train: 0.9998 · valid: 0.9288 · gap: 0.0710</span>');
    expect(diag).toContain('<li class="error" id="diag-leakage-kept">');
    expect(diag).toContain('<span class="figures">column: duration</span>');
  });

  it('shows the lift table, KS, the profit optimum and the budget plan', () => {
    const lift = sectionOf(binary, 'lift');
    expect(lift).toContain('Figures from out-of-fold predictions of the cross-validation.');
    expect(lift).toContain('KS statistic: 0.7733');
    expect(lift).toContain(
      '<tr><td class="num">10.0 %</td><td class="num">5.08</td><td class="num">59.4 %</td><td class="num">50.8 %</td></tr>',
    );
    const profit = sectionOf(binary, 'profit');
    const best = binaryResult.marketing?.profit?.best;
    expect(best?.share).toBe(0.3);
    expect(profit).toContain(
      'Highest profit 509,352 when contacting the top 30.0 % (13,563 contacts, score ≥ 0.343, 5,148.8 expected conversions).',
    );
    expect(profit).toContain('Value per conversion 120.00, cost per contact 8.00.');
    // the best point is marked in the chart with its profit as label
    expect(profit).toMatch(/<text[^>]*>509,352<\/text>/);
    const budget = sectionOf(binary, 'budget');
    expect(budget).toContain(
      '<tr><th>Expected conversions</th><td class="num">2,617.4</td><td class="num">584.9</td></tr>',
    );
    expect(budget).toContain(
      '<tr><th>Expected profit</th><td class="num">274,088</td><td class="num">30,188</td></tr>',
    );
    expect(budget).toContain('<tr><th>Lift</th><td class="num">4.47</td><td class="num">1</td></tr>');
  });

  it('shows calibration method and ECE before/after, and the learning curve', () => {
    expect(sectionOf(binary, 'calibration')).toContain(
      'Method: isotonic regression. Expected calibration error (ECE) 0.0214 before, 0.0042 after.',
    );
    expect(sectionOf(binary, 'learning-curve')).toMatch(/<text[^>]*>validation<\/text>/);
  });

  it('says loudly which leakage suspects were kept and which excluded, and why columns were excluded', () => {
    const data = sectionOf(binary, 'data');
    expect(data).toContain(
      '<div class="alert error" id="leakage-kept">⚠ 1 column(s) suspected of leaking the target were kept on request: duration.',
    );
    expect(data).toContain(
      'id="leakage-excluded">1 column(s) suspected of leaking the target were excluded: outcome&lt;&amp;&gt;.',
    );
    expect(data).toContain(
      '<tr class="kept"><td>duration</td><td class="num">0.807</td><td>KEPT (--keep): validated scores may be too optimistic</td></tr>',
    );
    expect(data).toContain('<dt>Positive rate</dt><dd>11.7 %</dd>');
    expect(data).toContain('<dd>0 errors, 4 warnings, 7 notes</dd>');
    expect(data).toContain('<li>map &#39;unknown&#39; to missing in job, education</li>');
  });

  it('escapes column names and texts with <&> everywhere', () => {
    expect(binary).not.toContain('<b>&</b>');
    expect(binary).not.toContain('<script>');
    expect(binary).toContain(
      '<tr><td>notes &lt;b&gt;&amp;&lt;/b&gt; remarks</td><td>free text &lt;script&gt;</td></tr>',
    );
    const nasty: TrainResult = { ...binaryResult, target: 'y<&>', data: { ...binaryResult.data, source: 'a&b.csv' } };
    return renderTrainReport(nasty, { lang: 'en', generatedAt }).then((page) => {
      expect(page).toContain('<title>Model training: y&lt;&amp;&gt;</title>');
      expect(page).toContain('<span>Data: a&amp;b.csv</span>');
      expect(page).not.toContain('y<&>');
    });
  });

  it('shows the choices, the search facts with the decision rule, and the timings', () => {
    expect(sectionOf(binary, 'choices')).toContain(
      'Isotonic calibration lowered the calibration error from 0.0214 to 0.0042.',
    );
    const search = sectionOf(binary, 'search');
    expect(search).toContain('<dt>Validation</dt><dd>10-fold stratified cross-validation</dd>');
    expect(search).toContain('<dt>Holdout</dt><dd>20.0 %</dd><dt>Trials</dt><dd>184</dd>');
    expect(search).toContain('<dt>Budget</dt><dd>300 s</dd><dt>Search time</dt><dd>298 s</dd>');
    expect(search).toContain('<dt>Workers</dt><dd>2</dd><dt>Seed</dt><dd>42</dd>');
    expect(search).toContain('<dt>Stopped by</dt><dd>time budget used up</dd>');
    expect(search).toContain('<dt>Decision rule</dt><dd>contact when score ≥ 0.343 (maximises profit)</dd>');
    const timings = sectionOf(binary, 'timings');
    expect(timings).toContain('<tr><th>Data check</th><td class="num">1.87 s</td></tr>');
    expect(timings).toContain('<tr><th>Total</th><td class="num">307 s</td></tr>');
  });

  it('is written in German with German number formats', () => {
    expect(binaryDe).toContain('<html lang="de">');
    expect(binaryDe).toContain('<h1>Modelltraining: y</h1>');
    expect(binaryDe).toContain('<span class="score">AUC in der Kreuzvalidierung: 0,9391 ± 0,0031</span>');
    expect(binaryDe).toContain('<h2>Rangliste</h2>');
    expect(binaryDe).toContain('<h2>Lift und kumulierte Trefferquote</h2>');
    expect(binaryDe).toContain('KS-Statistik: 0,7733');
    expect(binaryDe).toContain('<dt>Verwendete Zeilen</dt><dd>45.211</dd>');
    expect(binaryDe).toContain('<td class="num">1,4 MB</td>');
    expect(binaryDe).toContain('Methode: isotone Regression.');
    expect(binaryDe).toContain('Erstellt am 2026-11-29 08:00 UTC von leitwerk');
    // axis labels of the charts are German too
    expect(binaryDe).toContain('>Anteil kontaktiert</text>');
    expect(binaryDe).toMatch(/<text[^>]*>509\.352<\/text>/);
    expect(binaryDe).not.toContain('Leaderboard');
  });

  it('names the classes of a multiclass run and its primary metric', async () => {
    const multiclass: TrainResult = {
      ...regressionResult,
      task: 'multiclass',
      target: 'channel',
      classes: ['Phone', 'Web', 'Multichannel'],
      metric: 'logloss',
      leaderboard: [
        {
          ...regressionResult.leaderboard[0],
          cv: { logloss: 0.8123, accuracy: 0.4712 },
          cvSd: { logloss: 0.0061, accuracy: 0.0044 },
        },
      ],
      learningCurve: [],
    };
    const page = await renderTrainReport(multiclass, { lang: 'de', generatedAt });
    expect(page).toContain('<span>Mehrklassen-Klassifikation</span><span>Klassen: Phone, Web, Multichannel</span>');
    expect(page).toContain('<span class="score">Log-Loss in der Kreuzvalidierung: 0,8123 ± 0,0061</span>');
    expect(page).toContain('<th class="num">Log-Loss</th><th class="num">Genauigkeit</th>');
    expect(page).not.toContain('<svg');
  });

  it('warns loudly about a fallback model', async () => {
    const page = await renderTrainReport(fallbackResult, { lang: 'en', generatedAt });
    expect(page).toContain('<div class="alert error" id="fallback">The time budget was too small');
    expect(sectionIds(page)).toEqual(['leaderboard', 'diagnostics', 'data', 'choices', 'search', 'timings']);
    expect(sectionOf(page, 'diagnostics')).toContain('<p>Nothing to remark.</p>');
    expect(page).not.toContain('<svg');
  });

  it('gives the same bytes when rendered twice, also after rendering something else', async () => {
    const again = await renderTrainReport(binaryResult, { lang: 'en', generatedAt });
    expect(again).toBe(binary);
    const ids = [...binary.matchAll(/\sid="(lw[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('embeds the data profile from a whole report, collapsed, without a second document shell', async () => {
    const profile =
      '<!doctype html><html><body><main><section id="findings"><h2>Findings</h2></section></main></body></html>';
    const page = await renderTrainReport(regressionResult, { lang: 'en', generatedAt, dataProfileHtml: profile });
    const section = sectionOf(page, 'data-profile');
    expect(section).toContain('<details class="column"><summary>Data profile</summary><div class="profile">');
    expect(page).toContain('<section id="findings"><h2>Findings</h2>');
    expect(page.match(/<!doctype/gi)).toHaveLength(1);
    expect(page.match(/<main>/g)).toHaveLength(1);
  });

  it('stays small with a 1001-point ROC curve (curves are thinned)', () => {
    expect(binaryResult.curves?.roc.fpr.length).toBe(1001);
    expect(binary.length).toBeLessThan(200_000);
  });
});
