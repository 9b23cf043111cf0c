// The pipeline on real marketing data: bank marketing (bank-additional-full), Telco churn, and a slice of
// Online Retail for date parts. Paths under examples/data (copied there by the lead).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DateColumn } from '../../src/data/column.js';
import { readTable } from '../../src/data/read-table.js';
import { type Table, columnNames, dropColumns, filterRows, getColumn, takeRows } from '../../src/data/table.js';
import { applyPipeline, applyPipelineWithIssues } from '../../src/features/apply-pipeline.js';
import { fitPipeline } from '../../src/features/fit-pipeline.js';
import type { NumericMatrix } from '../../src/features/numeric-matrix.js';
import { pipelineFromJSON } from '../../src/features/pipeline-json.js';
import type { TargetEncodingStep } from '../../src/features/pipeline-step.js';
import { createRng, permutation } from '../../src/util/rng.js';
import { tableTarget } from '../../src/learners/table-matrix.js';

const BANK = 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv';
const TELCO = 'examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv';
const RETAIL = 'examples/data/online-retail/online_retail.parquet';

function column(m: NumericMatrix, name: string): Float64Array {
  const j = m.names.indexOf(name);
  expect(j, `column ${name}`).toBeGreaterThanOrEqual(0);
  return m.columns[j];
}

function meanSd(x: Float64Array): [number, number] {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  return [mean, Math.sqrt(ss / x.length)];
}

function expectSameMatrix(a: NumericMatrix, b: NumericMatrix): void {
  expect(b.names).toEqual(a.names);
  expect(b.categorical).toEqual(a.categorical);
  expect(b.categories).toEqual(a.categories);
  a.columns.forEach((col, j) => {
    const other = b.columns[j];
    expect(other.length).toBe(col.length);
    let firstDifference = -1;
    for (let i = 0; i < col.length && firstDifference < 0; i++) if (!Object.is(col[i], other[i])) firstDifference = i;
    expect(firstDifference, a.names[j]).toBe(-1);
  });
}

describe('bank marketing (bank-additional-full)', () => {
  let bank: Table;
  let train: Table;
  let valid: Table;
  let yTrain: Float64Array;
  let features: string[];
  beforeAll(async () => {
    bank = await readTable(BANK);
    const order = permutation(bank.rowCount, createRng(11));
    train = takeRows(bank, order.subarray(0, 30_000));
    valid = takeRows(bank, order.subarray(30_000));
    yTrain = Float64Array.from(tableTarget(train, 'y', { positive: 'yes' }).values);
    features = columnNames(bank).filter((c) => c !== 'y' && c !== 'duration');
  });

  it('encoded: one-hot for few levels, target encoding for many, numbers standardised on the training rows', () => {
    const spec = { features, family: 'encoded', task: 'binary', maxOneHot: 8 } as const;
    const { pipeline, matrix } = fitPipeline(train, spec, { target: yTrain, seed: 3 });
    expect(matrix.rowCount).toBe(30_000);
    // contact has 2 levels → 2 one-hot columns that sum to 1 on every row
    const cell = column(matrix, 'contact=cellular');
    const tel = column(matrix, 'contact=telephone');
    let notOne = 0;
    for (let i = 0; i < matrix.rowCount; i++) if (cell[i] + tel[i] !== 1) notOne++;
    expect(notOne).toBe(0);
    // job (12 levels) and month (10) exceed maxOneHot = 8 → one target-encoded column each
    const encoded = pipeline.steps.filter((s): s is TargetEncodingStep => s.kind === 'targetEncoding');
    expect(encoded.map((s) => s.column)).toEqual(['job', 'month']);
    expect(encoded[0].labels).toHaveLength(12);
    expect(matrix.names).toContain('job');
    expect(matrix.names.some((n) => n.startsWith('job='))).toBe(false);
    for (const name of ['age', 'campaign', 'pdays', 'euribor3m', 'nr.employed', 'job', 'month']) {
      const [mean, sd] = meanSd(column(matrix, name));
      expect(Math.abs(mean), name).toBeLessThan(1e-9);
      expect(sd, name).toBeCloseTo(1, 9);
    }
    // on validation rows the columns are the same, and scaling stays the training one (means near, not at, 0)
    const x = applyPipeline(pipeline, valid);
    expect(x.names).toEqual(matrix.names);
    const [validMean] = meanSd(column(x, 'age'));
    expect(Math.abs(validMean)).toBeLessThan(0.1);
    expect(Math.abs(validMean)).toBeGreaterThan(0);
  });

  it("target encoding of training rows is out of fold: a row's encoding does not depend on its own target", () => {
    const spec = { features: ['job', 'age'], family: 'encoded', task: 'binary', maxOneHot: 8 } as const;
    const base = fitPipeline(train, spec, { target: yTrain, seed: 9 });
    const step = base.pipeline.steps[0] as TargetEncodingStep;
    const raw = (m: NumericMatrix, s: TargetEncodingStep, i: number): number => m.columns[0][i] * s.scale + s.center;
    for (const row of [0, 123, 29_999]) {
      const flipped = Float64Array.from(yTrain);
      flipped[row] = 1 - flipped[row];
      const again = fitPipeline(train, spec, { target: flipped, seed: 9 });
      const s2 = again.pipeline.steps[0] as TargetEncodingStep;
      expect(raw(again.matrix, s2, row)).toBeCloseTo(raw(base.matrix, step, row), 12);
      // the full-data encoding stored for new rows does move with the flip (so the check above can fail)
      expect(s2.values).not.toEqual(step.values);
    }
    // and the out-of-fold training values differ from the full-data values applyPipeline would give
    const full = applyPipeline(base.pipeline, train);
    expect(Array.from(full.columns[0])).not.toEqual(Array.from(base.matrix.columns[0]));
  });

  it('native: categories as labelled codes, applyPipeline on the training rows equals the fitted matrix', () => {
    const spec = { features, family: 'native', task: 'binary' } as const;
    const { pipeline, matrix } = fitPipeline(train, spec, { target: yTrain });
    expect(matrix.names).toEqual(features);
    const j = matrix.names.indexOf('job');
    expect(matrix.categorical[j]).toBe(true);
    expect(matrix.categories[j]).toHaveLength(12);
    expectSameMatrix(matrix, applyPipeline(pipeline, train));
  });

  it('round-trips both families through JSON with identical validation matrices', () => {
    for (const family of ['native', 'encoded'] as const) {
      const { pipeline } = fitPipeline(train, { features, family, task: 'binary', maxOneHot: 8 }, { target: yTrain });
      const copy = pipelineFromJSON(JSON.parse(JSON.stringify(pipeline)));
      expectSameMatrix(applyPipeline(pipeline, valid), applyPipeline(copy, valid));
    }
  });
});

describe('telco churn', () => {
  let telco: Table;
  let features: string[];
  beforeAll(async () => {
    telco = await readTable(TELCO);
    features = columnNames(telco).filter((c) => c !== 'Churn' && c !== 'customerID');
  });

  it('adds a missing indicator for TotalCharges (blank in 11 rows) and imputes the median', () => {
    const y = tableTarget(telco, 'Churn', { positive: 'Yes' }).values;
    const { matrix, pipeline } = fitPipeline(telco, { features, family: 'encoded', task: 'binary' }, { target: y });
    const indicator = column(matrix, 'TotalCharges=(missing)');
    expect(indicator.reduce((a, b) => a + b, 0)).toBe(11);
    const step = pipeline.steps.find((s) => s.kind === 'numeric' && s.column === 'TotalCharges');
    const charges = (getColumn(telco, 'TotalCharges') as { values: Float64Array }).values
      .filter(Number.isFinite)
      .sort();
    expect(charges.length).toBe(7032); // even: the median is the mean of the two middle values
    expect(step?.kind === 'numeric' && step.impute).toBe((charges[3515] + charges[3516]) / 2);
    const [mean, sd] = meanSd(column(matrix, 'TotalCharges'));
    expect(Math.abs(mean)).toBeLessThan(1e-9);
    expect(sd).toBeCloseTo(1, 9);
    // tenure had no missing values → no indicator
    expect(matrix.names).not.toContain('tenure=(missing)');
  });

  it('maps a level unseen in training to all zeros (encoded) or missing (native), counted per column', () => {
    const contract = getColumn(telco, 'Contract');
    const twoYear = contract.storage === 'category' ? contract.dictionary.indexOf('Two year') : -1;
    expect(twoYear).toBeGreaterThanOrEqual(0);
    const codes = contract.storage === 'category' ? contract.codes : new Int32Array(0);
    const train = filterRows(telco, (row) => codes[row] !== twoYear);
    const unseen = telco.rowCount - train.rowCount;
    expect(unseen).toBeGreaterThan(1000);
    const enc = fitPipeline(train, { features, family: 'encoded', task: 'binary' }).pipeline;
    const { matrix, issues } = applyPipelineWithIssues(enc, telco);
    expect(matrix.names.filter((n) => n.startsWith('Contract='))).toEqual([
      'Contract=Month-to-month',
      'Contract=One year',
    ]);
    expect(issues).toEqual([{ column: 'Contract', count: unseen, kind: 'unseen-category' }]);
    const m2m = column(matrix, 'Contract=Month-to-month');
    const one = column(matrix, 'Contract=One year');
    let wrong = 0;
    for (let i = 0; i < telco.rowCount; i++) if (m2m[i] + one[i] !== (codes[i] === twoYear ? 0 : 1)) wrong++;
    expect(wrong).toBe(0);
    const nat = fitPipeline(train, { features, family: 'native', task: 'binary' }).pipeline;
    const x = applyPipelineWithIssues(nat, telco);
    const c = column(x.matrix, 'Contract');
    expect(Array.from(c).filter(Number.isNaN)).toHaveLength(unseen);
    expect(x.issues).toEqual(issues);
  });

  it('names every missing column in one error', () => {
    const { pipeline } = fitPipeline(telco, { features, family: 'native', task: 'binary' });
    const cut = dropColumns(takeRows(telco, [0, 1, 2]), ['tenure', 'Contract']);
    expect(() => applyPipeline(pipeline, cut)).toThrow(/2 column\(s\).*tenure, Contract/);
  });

  it('target-encodes an id-like text column in the encoded family and keeps it categorical in native', () => {
    const y = tableTarget(telco, 'Churn', { positive: 'Yes' }).values;
    const spec = { features: ['customerID', 'tenure'], task: 'binary' } as const;
    const enc = fitPipeline(telco, { ...spec, family: 'encoded' }, { target: y });
    expect(enc.pipeline.steps[0].kind).toBe('targetEncoding');
    const nat = fitPipeline(telco, { ...spec, family: 'native' }, { target: y });
    expect(nat.matrix.categorical[0]).toBe(true);
    expect(nat.matrix.categories[0]).toHaveLength(7043);
  });
});

describe('online retail — date parts', () => {
  let slice: Table;
  beforeAll(async () => {
    const retail = await readTable(RETAIL);
    slice = takeRows(
      retail,
      Uint32Array.from({ length: 3000 }, (_, i) => i * 150),
    );
  });

  it('turns InvoiceDate into year, month, day of week, day of month, hour and days since the epoch', () => {
    const { pipeline, matrix } = fitPipeline(slice, {
      features: ['InvoiceDate', 'Quantity'],
      family: 'native',
      task: 'regression',
    });
    expect(matrix.names).toEqual([
      'InvoiceDate.year',
      'InvoiceDate.month',
      'InvoiceDate.dayOfWeek',
      'InvoiceDate.dayOfMonth',
      'InvoiceDate.hour',
      'InvoiceDate.days',
      'Quantity',
    ]);
    const dates = getColumn(slice, 'InvoiceDate') as DateColumn;
    const index = slice.index as Uint32Array;
    for (const i of [0, 1000, 2999]) {
      const d = new Date(dates.values[index[i]]);
      expect(matrix.columns[0][i]).toBe(d.getUTCFullYear());
      expect(matrix.columns[1][i]).toBe(d.getUTCMonth() + 1);
      expect(matrix.columns[2][i]).toBe(((d.getUTCDay() + 6) % 7) + 1);
      expect(matrix.columns[3][i]).toBe(d.getUTCDate());
      expect(matrix.columns[4][i]).toBe(d.getUTCHours());
      expect(matrix.columns[5][i]).toBe(d.getTime() / 86_400_000);
    }
    const years = new Set(matrix.columns[0]);
    expect([...years].sort()).toEqual([2010, 2011]);
    expectSameMatrix(matrix, applyPipeline(pipelineFromJSON(JSON.parse(JSON.stringify(pipeline))), slice));
  });

  it('standardises date parts in the encoded family and target-encodes Country for a regression target', () => {
    const quantity = (getColumn(slice, 'Quantity') as { values: Float64Array }).values;
    const y = Float64Array.from(slice.index as Uint32Array, (row) => quantity[row]);
    const { pipeline, matrix } = fitPipeline(
      slice,
      { features: ['InvoiceDate', 'Country'], family: 'encoded', task: 'regression' },
      { target: y, seed: 1 },
    );
    for (const name of ['InvoiceDate.year', 'InvoiceDate.hour', 'InvoiceDate.days']) {
      const [mean, sd] = meanSd(column(matrix, name));
      expect(Math.abs(mean), name).toBeLessThan(1e-9);
      expect(sd, name).toBeCloseTo(1, 9);
    }
    const country = pipeline.steps.find((s) => s.column === 'Country');
    expect(country?.kind === 'targetEncoding' && country.statistic).toBe('mean');
  });
});
