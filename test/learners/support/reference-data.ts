/**
 * @module test/learners/support/reference-data
 * TEST-ONLY: the reference datasets prepared exactly as scripts/reference/gbdt_xgboost.py prepares them for
 * XGBoost — same rows, same split, same columns — as leitwerk feature matrices: one-hot encoded
 * (`<column>=<value>`, sorted values, missing → all 0) and with native categorical columns (codes of the
 * sorted values). Reads examples/data with the test-only CSV reader.
 *
 * @example
 * ```ts
 * const fixture = readFixture('bank-full');
 * const data = loadReference(fixture);
 * data.oneHot.train.names.length; // fixture.featureCount
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeatureMatrix, createFeatureMatrix } from '../../../src/learners/feature-matrix.js';
import { readCsv } from './csv.js';
import { syntheticSet } from './synthetic.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, 'examples', 'data');

/** A reference fixture as written by the Python script. */
export interface ReferenceFixture {
  readonly dataset: string;
  readonly task: 'binary' | 'regression' | 'poisson';
  readonly numeric: string[];
  readonly categorical: string[];
  readonly featureCount?: number;
  readonly split: { readonly testIndex?: number[] };
  readonly trainRows: number;
  readonly testRows: number;
  readonly generator?: { readonly kind: 'regression' | 'poisson'; readonly rows: number; readonly seed: number };
  readonly checksums?: { sumX: number; missingX1: number; sumY: number; sumSquaresY: number };
  readonly leitwerkParams: Record<string, unknown>;
  readonly metrics: Record<string, number>;
  readonly fitSeconds: number;
}

/**
 * Read test/fixtures/learners/gbdt-xgboost-<name>.json.
 *
 * @example
 * ```ts
 * readFixture('telco').metrics.auc;
 * ```
 */
export function readFixture(name: string): ReferenceFixture {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'learners', `gbdt-xgboost-${name}.json`), 'utf8'));
}

/** Train and test matrices with targets. */
export interface ReferenceData {
  readonly oneHot: { readonly train: FeatureMatrix; readonly test: FeatureMatrix };
  readonly native: { readonly train: FeatureMatrix; readonly test: FeatureMatrix };
  readonly yTrain: Float64Array;
  readonly yTest: Float64Array;
}

interface RawTable {
  readonly header: string[];
  readonly rows: string[][];
  readonly target: Float64Array;
}

function bankFull(): RawTable {
  const { header, rows } = readCsv(join(DATA, 'bank-marketing/bank/bank-full.csv'), { separator: ';' });
  return takeTarget(header, rows, 'y', (v) => v === 'yes');
}

function telco(): RawTable {
  const { header, rows } = readCsv(join(DATA, 'telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv'), {
    separator: ',',
  });
  const id = header.indexOf('customerID');
  const t = takeTarget(
    header.filter((_, j) => j !== id),
    rows.map((r) => r.filter((_, j) => j !== id)),
    'Churn',
    (v) => v === 'Yes',
  );
  return t;
}

const ADULT = [
  'age',
  'workclass',
  'fnlwgt',
  'education',
  'education-num',
  'marital-status',
  'occupation',
  'relationship',
  'race',
  'sex',
  'capital-gain',
  'capital-loss',
  'hours-per-week',
  'native-country',
  'income',
];

function adult(): RawTable & { trainCount: number } {
  const opts = { separator: ',', header: false, trimCells: true } as const;
  const train = readCsv(join(DATA, 'adult/adult.data'), opts).rows;
  const test = readCsv(join(DATA, 'adult/adult.test'), { ...opts, skipLines: 1 }).rows;
  const rows = [...train, ...test].map((r) => r.map((c) => (c === '?' ? '' : c)));
  const t = takeTarget(ADULT, rows, 'income', (v) => v.replace(/\.$/, '') === '>50K');
  return { ...t, trainCount: train.length };
}

function takeTarget(header: string[], rows: string[][], target: string, positive: (v: string) => boolean): RawTable {
  const j = header.indexOf(target);
  const y = Float64Array.from(rows, (r) => (positive(r[j]) ? 1 : 0));
  return { header: header.filter((_, k) => k !== j), rows: rows.map((r) => r.filter((_, k) => k !== j)), target: y };
}

function isMissing(cell: string): boolean {
  return cell.trim() === '';
}

/** Columns as the script makes them: numeric when every non-missing cell is a number. */
function encode(table: RawTable): {
  oneHot: FeatureMatrix;
  native: FeatureMatrix;
  numeric: string[];
  categorical: string[];
} {
  const n = table.rows.length;
  const ohNames: string[] = [];
  const ohCols: Float64Array[] = [];
  const natNames: string[] = [];
  const natCols: Float64Array[] = [];
  const natCat: boolean[] = [];
  const natLabels: (string[] | null)[] = [];
  const numeric: string[] = [];
  const categorical: string[] = [];
  table.header.forEach((name, j) => {
    const cells = table.rows.map((r) => r[j]);
    const isNumeric = cells.every((c) => isMissing(c) || Number.isFinite(Number(c)));
    if (isNumeric) {
      numeric.push(name);
      const col = Float64Array.from(cells, (c) => (isMissing(c) ? Number.NaN : Number(c)));
      ohNames.push(name);
      ohCols.push(col);
      natNames.push(name);
      natCols.push(col);
      natCat.push(false);
      natLabels.push(null);
      return;
    }
    categorical.push(name);
    const values = [...new Set(cells.filter((c) => !isMissing(c)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const code = new Map(values.map((v, k) => [v, k]));
    for (const v of values) {
      ohNames.push(`${name}=${v}`);
      ohCols.push(Float64Array.from(cells, (c) => (c === v ? 1 : 0)));
    }
    natNames.push(name);
    natCols.push(Float64Array.from(cells, (c) => (isMissing(c) ? Number.NaN : (code.get(c) as number))));
    natCat.push(true);
    natLabels.push(values);
  });
  return {
    oneHot: createFeatureMatrix(ohNames, ohCols, { rowCount: n }),
    native: createFeatureMatrix(natNames, natCols, { categorical: natCat, categories: natLabels, rowCount: n }),
    numeric,
    categorical,
  };
}

/**
 * The rows `index` of a matrix.
 *
 * @example
 * ```ts
 * takeMatrixRows(x, Uint32Array.of(0, 5)).rowCount; // 2
 * ```
 */
export function takeMatrixRows(x: FeatureMatrix, index: ArrayLike<number>): FeatureMatrix {
  const cols = x.columns.map((c) => Float64Array.from({ length: index.length }, (_, i) => c[index[i]]));
  return createFeatureMatrix(x.names, cols, {
    categorical: x.categorical,
    categories: x.categories,
    rowCount: index.length,
  });
}

function take(values: Float64Array, index: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: index.length }, (_, i) => values[index[i]]);
}

/**
 * Load the dataset of a fixture, encoded and split as the fixture says.
 *
 * @example
 * ```ts
 * loadReference(readFixture('adult')).oneHot.test.rowCount; // 16281
 * ```
 */
export function loadReference(fixture: ReferenceFixture): ReferenceData & { numeric: string[]; categorical: string[] } {
  if (fixture.generator) {
    const g = fixture.generator;
    const set = syntheticSet(g.kind, g.rows, g.seed);
    const x = createFeatureMatrix(set.names, set.columns);
    const train = Array.from({ length: fixture.trainRows }, (_, i) => i);
    const test = Array.from({ length: fixture.testRows }, (_, i) => fixture.trainRows + i);
    const split = { train: takeMatrixRows(x, train), test: takeMatrixRows(x, test) };
    return {
      oneHot: split,
      native: split,
      yTrain: take(set.y, train),
      yTest: take(set.y, test),
      numeric: set.names,
      categorical: [],
    };
  }
  let raw: RawTable;
  let trainIndex: number[];
  let testIndex: number[];
  if (fixture.dataset === 'adult') {
    const a = adult();
    raw = a;
    trainIndex = Array.from({ length: a.trainCount }, (_, i) => i);
    testIndex = Array.from({ length: a.rows.length - a.trainCount }, (_, i) => a.trainCount + i);
  } else {
    raw = fixture.dataset === 'bank-full' ? bankFull() : telco();
    testIndex = fixture.split.testIndex ?? [];
    const isTest = new Uint8Array(raw.rows.length);
    for (const i of testIndex) isTest[i] = 1;
    trainIndex = [];
    for (let i = 0; i < raw.rows.length; i++) if (!isTest[i]) trainIndex.push(i);
  }
  const enc = encode(raw);
  return {
    oneHot: { train: takeMatrixRows(enc.oneHot, trainIndex), test: takeMatrixRows(enc.oneHot, testIndex) },
    native: { train: takeMatrixRows(enc.native, trainIndex), test: takeMatrixRows(enc.native, testIndex) },
    yTrain: take(raw.target, trainIndex),
    yTest: take(raw.target, testIndex),
    numeric: enc.numeric,
    categorical: enc.categorical,
  };
}
