/**
 * @module test/report/sample-profile
 * A small hand-built table profile (4 columns, 5 findings) for the report tests: an integer column with a
 * histogram, a categorical column with missing values, a text column whose name is markup, and a datetime column.
 */
import type { ColumnProfile, TableProfile } from '../../src/quality/column-profile.js';

export const ageColumn: ColumnProfile = {
  name: 'age',
  type: 'integer',
  evidence: ['all 1,000 values are whole numbers', '78 distinct values'],
  rows: 1000,
  missing: 0,
  unique: 78,
  top: [
    { value: '31', count: 48 },
    { value: '32', count: 45 },
    { value: '999', count: 12 },
  ],
  numeric: {
    min: 17,
    max: 999,
    mean: 41.7,
    sd: 38.2,
    quantiles: { p01: 20, p05: 24, p25: 32, p50: 38, p75: 47, p95: 58, p99: 71 },
    skewness: 18.4,
    zeros: 0,
    negatives: 0,
    histogram: {
      edges: [17, 27, 37, 47, 57, 67, 77, 87, 97, 999],
      counts: [62, 398, 281, 160, 71, 12, 3, 1, 12],
    },
  },
};

export const jobColumn: ColumnProfile = {
  name: 'job',
  type: 'categorical',
  evidence: ['12 distinct text values in 1,000 rows'],
  rows: 1000,
  missing: 81,
  unique: 11,
  top: [
    { value: 'admin.', count: 253 },
    { value: 'blue-collar', count: 225 },
    { value: 'technician', count: 164 },
    { value: 'services', count: 96 },
    { value: 'management', count: 71 },
    { value: '', count: 9 },
  ],
  length: { min: 0, mean: 9.3, max: 13 },
};

export const scriptColumn: ColumnProfile = {
  name: '<script>alert("x")</script>',
  type: 'text',
  evidence: ['long free text'],
  rows: 1000,
  missing: 640,
  unique: 355,
  top: [{ value: '<b>bold</b> & more', count: 6 }],
  length: { min: 3, mean: 41.5, max: 220 },
};

export const dateColumn: ColumnProfile = {
  name: 'contact_date',
  type: 'datetime',
  evidence: ['ISO dates (YYYY-MM-DD)'],
  rows: 1000,
  missing: 5,
  unique: 240,
  top: [{ value: '2024-03-01', count: 14 }],
  numeric: {
    min: Date.UTC(2024, 0, 1),
    max: Date.UTC(2024, 11, 31),
    mean: Date.UTC(2024, 5, 20),
    sd: 90 * 86_400_000,
    quantiles: {
      p01: Date.UTC(2024, 0, 5),
      p05: Date.UTC(2024, 0, 20),
      p25: Date.UTC(2024, 3, 1),
      p50: Date.UTC(2024, 5, 18),
      p75: Date.UTC(2024, 8, 9),
      p95: Date.UTC(2024, 11, 1),
      p99: Date.UTC(2024, 11, 28),
    },
    skewness: 0.05,
    zeros: 0,
    negatives: 0,
    histogram: {
      edges: [0, 2, 4, 6, 8, 10].map((m) => Date.UTC(2024, m, 1)).concat([Date.UTC(2025, 0, 1)]),
      counts: [150, 170, 160, 180, 170, 165],
    },
  },
};

/** The sample profile. */
export const sampleProfile: TableProfile = {
  source: 'examples/data/sample & co.csv',
  rows: 1000,
  columns: [ageColumn, jobColumn, scriptColumn, dateColumn],
  target: 'job',
  notes: ['delimiter ";" detected', 'encoding utf-8'],
  timings: { read: 0.25, profile: 0.5, checks: 0.75 },
  findings: [
    {
      check: 'missing',
      severity: 'warning',
      column: 'job',
      columns: ['job'],
      count: 81,
      share: 0.081,
      examples: [3, 17, 44, 90, 101],
      message: 'job is missing in 81 rows (8.1 %)',
      suggestion: 'Impute job or add a missing indicator',
    },
    {
      check: 'duplicate-rows',
      severity: 'error',
      column: null,
      columns: [],
      count: 12,
      share: 0.012,
      examples: [5, 9, 12],
      message: '12 rows are exact copies of an earlier row',
      suggestion: 'Drop the duplicate rows',
    },
    {
      check: 'sentinel-value',
      severity: 'warning',
      column: 'age',
      columns: ['age'],
      count: 12,
      share: 0.012,
      examples: [40, 77, 310],
      message: 'age uses 999 as a code for "unknown" in 12 rows',
      suggestion: 'Treat 999 in age as missing',
      details: { value: 999, nextLargest: 88 },
    },
    {
      check: 'bias-label-gap',
      severity: 'warning',
      column: '<script>alert("x")</script>',
      columns: ['<script>alert("x")</script>', 'job'],
      count: 2,
      examples: [],
      message: 'The positive rate differs by 14 points between groups',
      suggestion: 'Check how the data was collected',
      details: {
        groups: [
          { group: 'A', rows: 600, positiveRate: 0.31 },
          { group: 'B <i>', rows: 400, positiveRate: 0.17 },
        ],
        gap: 0.14,
      },
    },
    {
      check: 'high-cardinality',
      severity: 'info',
      column: '<script>alert("x")</script>',
      columns: ['<script>alert("x")</script>'],
      count: 355,
      examples: [1, 2],
      message: 'The text column has 355 distinct values',
      suggestion: 'Use a text vectoriser',
    },
  ],
};
