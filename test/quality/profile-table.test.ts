import { describe, expect, it } from 'vitest';
import { categoryColumn, numberColumn } from '../../src/data/column.js';
import { createTable } from '../../src/data/table.js';
import type { Check } from '../../src/quality/check.js';
import { DEFAULT_CHECKS } from '../../src/quality/checks/index.js';
import { compareFindings } from '../../src/quality/finding.js';
import { profileTable } from '../../src/quality/profile-table.js';
import { NotFoundError } from '../../src/util/errors.js';

function sample() {
  return createTable(
    [
      numberColumn('age', Float64Array.of(30, Number.NaN, 40, 30, 52, 30)),
      categoryColumn('job', Int32Array.of(0, 1, 1, 0, 2, 0), ['admin.', 'unknown', 'Admin.']),
      categoryColumn('y', Int32Array.of(0, 1, 0, 0, 1, 0), ['no', 'yes']),
    ],
    { name: 'sample.csv', format: 'csv', notes: ["delimiter ';' (sniffed)"], skipped: [{ line: 3, reason: 'ragged' }] },
  );
}

describe('profileTable', () => {
  it('profiles every column and carries source, rows, target and notes', () => {
    const p = profileTable(sample(), { target: 'y' });
    expect(p.source).toBe('sample.csv');
    expect(p.rows).toBe(6);
    expect(p.target).toBe('y');
    expect(p.notes).toEqual(["delimiter ';' (sniffed)"]);
    expect(p.columns.map((c) => [c.name, c.missing, c.unique])).toEqual([
      ['age', 1, 3],
      ['job', 0, 3],
      ['y', 0, 2],
    ]);
  });

  it('runs the checks, sorts the findings, and always reports skipped rows', () => {
    const p = profileTable(sample(), { target: 'y' });
    expect([...p.findings].sort(compareFindings)).toEqual(p.findings);
    const checks = new Set(p.findings.map((f) => f.check));
    for (const id of ['missing', 'disguised-missing', 'inconsistent-categories', 'skipped-rows'] as const) {
      expect(checks.has(id), id).toBe(true);
    }
    const only = profileTable(sample(), { checks: [] });
    expect(only.findings.map((f) => f.check)).toEqual(['skipped-rows']);
  });

  it('shares one context between checks and records timings per phase', () => {
    const seen: unknown[] = [];
    const spy: Check = (ctx) => {
      seen.push(ctx.categoryCounts('job'), ctx.profile?.('age'));
      return [];
    };
    const progress: string[] = [];
    const p = profileTable(sample(), {
      checks: [spy, spy],
      onProgress: (e) => progress.push(`${e.phase}:${e.done}/${e.total}`),
    });
    expect(seen[0]).toBe(seen[2]); // the same cached counts
    expect(seen[1]).toBe(p.columns[0]); // the profile computed once
    expect(Object.keys(p.timings)).toEqual(expect.arrayContaining(['profile', 'checks', 'total', 'check.spy']));
    expect(progress).toEqual(['profile:1/3', 'profile:2/3', 'profile:3/3', 'checks:1/3', 'checks:2/3', 'checks:3/3']);
  });

  it('fails clearly on an unknown target or id column', () => {
    expect(() => profileTable(sample(), { target: 'income' })).toThrow(NotFoundError);
    expect(() => profileTable(sample(), { id: ['nope'] })).toThrow(NotFoundError);
  });

  it('copes with a table without rows and one without columns', () => {
    const empty = createTable([numberColumn('a', new Float64Array(0)), categoryColumn('b', new Int32Array(0), [])]);
    const p = profileTable(empty);
    expect(p.rows).toBe(0);
    expect(p.columns.map((c) => c.unique)).toEqual([0, 0]);
    expect(profileTable(createTable([])).columns).toEqual([]);
  });

  it('registers every check once', () => {
    expect(new Set(DEFAULT_CHECKS).size).toBe(DEFAULT_CHECKS.length);
    expect(DEFAULT_CHECKS.length).toBeGreaterThanOrEqual(18);
  });
});
