import { describe, expect, it } from 'vitest';
import { diagnoseFit } from '../../../src/evaluation/diagnostics/diagnose-fit.js';
import { learningCurveShares } from '../../../src/evaluation/diagnostics/learning-curve-shares.js';
import { formatMessage, messageCatalogue } from '../../../src/util/messages.js';

const ids = (d: ReturnType<typeof diagnoseFit>) => d.map((x) => `${x.id}:${x.severity}`);

describe('diagnoseFit', () => {
  it('calls a large train/validation gap overfitting, with the figures in the sentence', () => {
    const d = diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.93, valid: 0.81, baseline: 0.5 });
    expect(ids(d)).toEqual(['overfitting:warning']);
    expect(d[0].params).toEqual({ metric: 'AUC', valid: 0.81, train: 0.93, gap: 0.12 });
    expect(formatMessage(d[0].messageId, d[0].params)).toMatch(
      /^Validation AUC 0\.81 is 0\.12 worse than training AUC 0\.93: the model memorises training rows \(overfitting\)/,
    );
    expect(formatMessage(d[0].messageId, d[0].params, 'de')).toContain('Überanpassung');
  });

  it('grades the gap: mild overfitting, good fit; relative for lower-is-better metrics', () => {
    expect(ids(diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.87, valid: 0.81 }))).toEqual([
      'overfitting:info',
    ]);
    expect(ids(diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.82, valid: 0.81 }))).toEqual([
      'good-fit:info',
    ]);
    // RMSE 10 vs 14: 29 % of the validation value → overfitting; 10 vs 10.5 → good
    expect(ids(diagnoseFit({ metric: 'rmse', higherIsBetter: false, train: 10, valid: 14, baseline: 30 }))).toEqual([
      'overfitting:warning',
    ]);
    expect(ids(diagnoseFit({ metric: 'rmse', higherIsBetter: false, train: 10, valid: 10.5, baseline: 30 }))).toEqual([
      'good-fit:info',
    ]);
  });

  it('finds underfitting and no signal against the baseline', () => {
    expect(ids(diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.55, valid: 0.54, baseline: 0.5 }))).toEqual([
      'underfitting:warning',
    ]);
    expect(ids(diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.5, valid: 0.5, baseline: 0.5 }))).toEqual([
      'no-signal:error',
    ]);
    // log loss 0.352 vs a prior's 0.36: 2.2 % better — underfitting, not no-signal
    const d = diagnoseFit({ metric: 'logloss', higherIsBetter: false, train: 0.35, valid: 0.352, baseline: 0.36 });
    expect(ids(d)).toEqual(['underfitting:warning']);
    expect(formatMessage(d[0].messageId, d[0].params)).toContain(
      'log loss 0.352 is barely better than the baseline 0.36',
    );
    // a small validation gain but a big training gain is overfitting, not underfitting
    expect(ids(diagnoseFit({ metric: 'auc', higherIsBetter: true, train: 0.99, valid: 0.53, baseline: 0.5 }))).toEqual([
      'overfitting:warning',
    ]);
  });

  it('reads the learning curve, fold spread, imbalance and calibration', () => {
    const base = { metric: 'auc', higherIsBetter: true, train: 0.84, valid: 0.82 } as const;
    const learning = diagnoseFit({
      ...base,
      validSd: 0.03,
      learningCurve: [
        { share: 1, train: 0.84, valid: 0.82 },
        { share: 0.5, train: 0.86, valid: 0.79 },
      ],
      positiveRate: 0.117,
      ece: 0.08,
    });
    expect(ids(learning)).toEqual([
      'good-fit:info',
      'unstable:info',
      'still-learning:info',
      'imbalance:info',
      'poor-calibration:warning',
    ]);
    const still = learning[2];
    expect(formatMessage(still.messageId, still.params)).toBe(
      'Validation AUC still improves from 0.79 to 0.82 when the training data grows from 50 % to 100 %: more data would likely help.',
    );
    expect(learning[3].params.percent).toBe('11.7 %');
    const flat = diagnoseFit({
      ...base,
      learningCurve: [
        { share: 0.5, train: 0.85, valid: 0.818 },
        { share: 1, train: 0.84, valid: 0.82 },
      ],
      positiveRate: 0.01,
      ece: 0.01,
    });
    expect(ids(flat)).toEqual(['good-fit:info', 'plateau:info', 'imbalance:warning', 'good-calibration:info']);
    // an improvement smaller than half the fold spread is noise
    const noisy = diagnoseFit({
      ...base,
      validSd: 0.1,
      learningCurve: [
        { share: 0.5, train: 0.85, valid: 0.79 },
        { share: 1, train: 0.84, valid: 0.82 },
      ],
    });
    expect(ids(noisy)).toContain('plateau:info');
  });

  it('uses only catalogue ids with the same placeholders in English and German', () => {
    const catalogue = messageCatalogue();
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const ours = Object.keys(catalogue).filter((id) => id.startsWith('diagnosis.') || id.startsWith('evaluation.'));
    expect(ours.length).toBeGreaterThan(20);
    for (const id of ours) {
      const m = catalogue[id as keyof typeof catalogue];
      expect(names(m.de), id).toEqual(names(m.en));
    }
  });

  it('default learning-curve shares', () => {
    expect(learningCurveShares).toEqual([0.1, 0.25, 0.5, 1]);
  });
});
