/**
 * Greedy ensemble selection: the pool adds the best of families outside the top eight, and a blend of two
 * models with independent errors beats either and is scored on folds it was not chosen on.
 */
import { describe, expect, it } from 'vitest';
import { ensembleCandidate, ensemblePool } from '../../src/automl/ensemble-selection.js';
import type { FoldData } from '../../src/automl/fold-data.js';
import type { Candidate } from '../../src/automl/search.js';
import { createRng } from '../../src/util/rng.js';

const FOLDS = 4;
const ROWS = 400;

function setup() {
  const rng = createRng(9);
  const ys = Array.from({ length: FOLDS }, () => Float64Array.from({ length: ROWS }, () => (rng.next() < 0.3 ? 1 : 0)));
  const data = {
    task: 'binary',
    classCount: 2,
    native: ys.map((validY) => ({ validY })),
    encoded: [],
  } as unknown as FoldData;
  const candidate = (id: string, learner: string, noise: number, score: number): Candidate => ({
    id,
    learner,
    params: {},
    folds: ys.map((y, fold) => ({
      id: 0,
      fold,
      valid: Float64Array.from(y, (v) => 1 / (1 + Math.exp(-(2 * v - 1 + noise * rng.normal())))),
      train: 0.9,
      fitMs: 1,
      modelBytes: 10,
      rounds: 0,
    })),
    cv: { auc: score },
    cvSd: { auc: 0 },
    score,
    train: 0.9,
    fitSeconds: 0.001,
    modelBytes: 10,
    rounds: 0,
  });
  return { data, candidate };
}

describe('ensemble selection', () => {
  it('pools the best eight and the best of every other family', () => {
    const { candidate } = setup();
    const ranked = [
      ...Array.from({ length: 9 }, (_, i) => candidate(`gbdt#${i + 1}`, 'gbdt', 1, 0.9 - i * 0.001)),
      candidate('mlp#1', 'mlp', 1, 0.8),
      candidate('mlp#2', 'mlp', 1, 0.79),
      candidate('linear#1', 'linear', 1, 0.7),
    ];
    expect(ensemblePool(ranked).map((c) => c.id)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `gbdt#${i + 1}`),
      'mlp#1',
      'linear#1',
    ]);
  });

  it('blends models with independent errors and scores the blend on held-out folds', () => {
    const { data, candidate } = setup();
    const a = candidate('gbdt#1', 'gbdt', 1.5, 0.8);
    const b = candidate('mlp#1', 'mlp', 1.5, 0.79);
    const e = ensembleCandidate(data, [a, b], 'auc');
    expect(e).not.toBeNull();
    expect(e?.members.map((m) => m.id).sort()).toEqual(['gbdt#1', 'mlp#1']);
    expect(e?.members.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
    expect(e?.cv.auc).toBeGreaterThan(0.8);
    expect(e?.folds).toHaveLength(FOLDS);
  });
});
