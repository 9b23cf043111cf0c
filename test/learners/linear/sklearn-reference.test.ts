/**
 * The linear learner against scikit-learn (fixtures from scripts/reference/linear_sklearn.py): the same rows,
 * the same design (mean imputation, all-level one-hot, standardisation) and the mapped penalty give
 * coefficients and intercepts within 1e-4 of sklearn's, and for the smooth cases (l2 / none) probabilities or
 * predictions within 1e-6.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FeatureMatrix, createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { linearCoefficients } from '../../../src/learners/linear/linear-coefficients.js';
import { linearLearner } from '../../../src/learners/linear/linear-learner.js';
import { readCsv } from '../support/csv.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

interface Case {
  name: string;
  objective: 'binary' | 'multiclass' | 'squared_error';
  settings: Record<string, unknown>;
  sklearn: string;
  sklearnSelfCheck: number;
  coefficients: Record<string, number[]>;
  intercepts: number[];
  probabilities?: number[][];
  predictions?: number[];
  features?: 'numeric' | 'all';
}

interface Fixture {
  dataset: string;
  source?: string;
  separator?: string;
  rowStep?: number;
  rowCount: number;
  numeric: string[];
  categorical: string[];
  target?: { column: string; positive?: string };
  data?: Record<string, (number | string | null)[]>;
  targets?: Record<string, number[]>;
  featureNames: string[];
  cases: Case[];
}

function readFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'learners', `linear-${name}.json`), 'utf8'));
}

/** Numeric columns as numbers (blank → NaN), categorical columns as codes of their sorted labels. */
function matrixOf(cells: Record<string, (string | number | null)[]>, numeric: string[], categorical: string[]) {
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const categories: (string[] | null)[] = [];
  for (const c of numeric) {
    names.push(c);
    columns.push(
      Float64Array.from(cells[c], (v) =>
        v === null || (typeof v === 'string' && v.trim() === '') ? Number.NaN : Number(v),
      ),
    );
    categories.push(null);
  }
  for (const c of categorical) {
    const values = cells[c].map(String);
    const labels = [...new Set(values)].sort();
    names.push(c);
    columns.push(Float64Array.from(values, (v) => labels.indexOf(v)));
    categories.push(labels);
  }
  return createFeatureMatrix(names, columns, {
    categorical: names.map((_, j) => j >= numeric.length),
    categories,
  });
}

function loadCsvFixture(f: Fixture): { x: FeatureMatrix; xNumeric: FeatureMatrix; y: Float64Array } {
  const { header, rows } = readCsv(join(ROOT, 'examples', 'data', f.source as string), {
    separator: f.separator as string,
  });
  const picked = rows.filter((_, i) => i % (f.rowStep as number) === 0);
  const cells: Record<string, string[]> = {};
  for (const c of [...f.numeric, ...f.categorical, (f.target as { column: string }).column]) {
    const j = header.indexOf(c);
    cells[c] = picked.map((r) => r[j]);
  }
  const t = f.target as { column: string; positive?: string };
  const y = Float64Array.from(cells[t.column], (v) => (t.positive ? (v === t.positive ? 1 : 0) : Number(v)));
  return { x: matrixOf(cells, f.numeric, f.categorical), xNumeric: matrixOf(cells, f.numeric, []), y };
}

const table: string[] = [];

function check(fixture: Fixture, c: Case, x: FeatureMatrix, y: Float64Array): void {
  const model = linearLearner
    .create({ objective: c.objective, ...c.settings, tol: 1e-11, max_iter: 100_000 } as never)
    .fit(x, { values: y });
  expect(model.converged).toBe(true);
  const rows = linearCoefficients(model);
  const names = Object.keys(c.coefficients);
  expect(model.encoding.names).toEqual(names);
  let worst = 0;
  for (let k = 0; k < c.intercepts.length; k++) {
    const mine = rows.filter(
      (r) => r.class === (model.task === 'regression' ? null : String(c.intercepts.length === 1 ? 1 : k)),
    );
    for (const name of names) {
      const ours = mine.find((r) => r.feature === name)?.standardized as number;
      worst = Math.max(worst, Math.abs(ours - c.coefficients[name][k]));
    }
    const b = mine.find((r) => r.feature === '(intercept)')?.standardized as number;
    worst = Math.max(worst, Math.abs(b - c.intercepts[k]));
  }
  let worstPrediction = 0;
  const smooth = c.settings.penalty === 'l2' || c.settings.penalty === 'none';
  if (c.probabilities) {
    const p = linearLearner.predictProba(model, x);
    const k = model.classCount;
    c.probabilities.forEach((row, i) => {
      row.forEach((v, j) => {
        worstPrediction = Math.max(worstPrediction, Math.abs(p[i * k + j] - v));
      });
    });
  }
  if (c.predictions) {
    const p = linearLearner.predict(model, x);
    c.predictions.forEach((v, i) => {
      worstPrediction = Math.max(worstPrediction, Math.abs(p[i] - v));
    });
  }
  table.push(
    `${fixture.dataset} ${c.name}: max|Δcoef| ${worst.toExponential(2)}, max|Δpred| ${worstPrediction.toExponential(2)} (${model.solver}, ${model.iterations} it)`,
  );
  expect(worst).toBeLessThan(1e-4);
  if (smooth) expect(worstPrediction).toBeLessThan(1e-6);
  else expect(worstPrediction).toBeLessThan(1e-4);
}

describe('linear learner vs scikit-learn', () => {
  for (const name of ['bank', 'telco']) {
    const fixture = readFixture(name);
    describe(fixture.dataset, () => {
      const data = loadCsvFixture(fixture);
      it('reads the same rows as the script', () => {
        expect(data.y.length).toBe(fixture.rowCount);
      });
      for (const c of fixture.cases) {
        it(c.name, () => check(fixture, c, c.features === 'numeric' ? data.xNumeric : data.x, data.y));
      }
    });
  }

  const synthetic = readFixture('synthetic');
  describe('synthetic', () => {
    const cells = synthetic.data as Record<string, (number | string | null)[]>;
    const x = matrixOf(cells, synthetic.numeric, synthetic.categorical);
    const xNumeric = matrixOf(cells, synthetic.numeric, []);
    const targets = synthetic.targets as Record<string, number[]>;
    for (const c of synthetic.cases) {
      it(c.name, () => {
        const key = c.objective === 'squared_error' ? 'regression' : c.objective;
        check(synthetic, c, c.features === 'numeric' ? xNumeric : x, Float64Array.from(targets[key]));
      });
    }
  });

  it('prints the comparison table', () => {
    console.log(table.join('\n'));
    expect(table.length).toBe(3 + 3 + synthetic.cases.length);
  });
});
