import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../src/data/csv/read-csv.js';
import { createTable, getColumn } from '../../../src/data/table.js';
import { applyRecipe } from '../../../src/quality/clean/apply-recipe.js';
import { parseRecipe, serializeRecipe } from '../../../src/quality/clean/parse-recipe.js';
import { categoryMapping, proposeRecipe } from '../../../src/quality/clean/propose-recipe.js';
import type { TableProfile } from '../../../src/quality/column-profile.js';
import type { CheckId, Finding } from '../../../src/quality/finding.js';
import { profileTable } from '../../../src/quality/profile-table.js';
import { createRng } from '../../../src/util/rng.js';
import { cat, columnText, num } from './build-table.js';
import { piiRows } from './pii-data.js';

function finding(check: CheckId, column: string | null, details?: Record<string, unknown>, count = 3): Finding {
  return {
    check,
    severity: 'warning',
    column,
    columns: column === null ? [] : [column],
    count,
    examples: [],
    message: `${check} in ${column}`,
    suggestion: '',
    ...(details ? { details } : {}),
  };
}

function profileOf(findings: Finding[], target?: string): TableProfile {
  return { source: 'hand.csv', rows: 4, columns: [], findings, notes: [], timings: {}, ...(target ? { target } : {}) };
}

const table = createTable([
  num('id', [1, 2, 3, 4]),
  cat('job', ['admin.', 'unknown', 'n/a', 'admin.']),
  num('pdays', [999, 1, 2, 999]),
  cat('sex', ['Male', 'male', 'Male', 'female']),
  cat('price', ['3,5', '4,25', '1.234,5', 'x']),
  num('charges', [1, null, 2, 3]),
  cat('country', ['DE', 'DE', 'DE', 'DE']),
  cat('email', ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org']),
  cat('y', ['yes', 'no', null, 'no']),
]);

describe('proposeRecipe from findings', () => {
  it('turns each finding kind into its step, in the documented order', () => {
    const findings = [
      finding('pii', 'email', { kinds: ['email'] }),
      finding('constant-column', 'country', { value: 'DE' }),
      finding('constant-column', 'y', { value: 'no' }), // the target: never dropped
      finding('id-column', 'id', { unique: 4, reason: 'unique-integers' }),
      finding('numbers-as-text', 'price', { nonNumeric: [['x', 1]] }),
      finding('numbers-as-text', 'charges', { blankCells: 1 }), // already numbers: nothing to parse
      finding('inconsistent-categories', 'sex', {
        groups: [
          [
            ['Male', 2],
            ['male', 1],
          ],
        ],
        kinds: ['case'],
      }),
      finding('sentinel-value', 'pdays', { value: 999 }),
      finding('disguised-missing', 'job', { token: 'unknown' }),
      finding('disguised-missing', 'job', { token: 'n/a' }),
      finding('missing-target', 'y', undefined, 1),
      finding('duplicate-rows', null, { groups: 1 }, 2),
    ];
    const recipe = proposeRecipe(profileOf(findings, 'y'), table);
    expect(recipe.steps.map(({ reason, ...s }) => s)).toEqual([
      { kind: 'drop-duplicate-rows' },
      { kind: 'to-missing', column: 'pdays', values: [999] },
      { kind: 'to-missing', column: 'job', values: ['unknown', 'n/a'] },
      { kind: 'normalise-categories', column: 'sex', mapping: { male: 'Male' } },
      { kind: 'parse-numbers', column: 'price', decimalComma: true },
      { kind: 'drop-rows-missing', column: 'y' },
      { kind: 'drop-columns', columns: ['country'] },
      { kind: 'drop-columns', columns: ['id'] },
      { kind: 'pseudonymise', columns: ['email'] },
    ]);
    expect(recipe.steps[2].reason).toBe(
      'disguised-missing: disguised-missing in job disguised-missing: disguised-missing in job',
    );
    expect(recipe.source).toEqual({
      name: 'hand.csv',
      rows: 4,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
    });
    // the proposal is a valid recipe and applies
    expect(parseRecipe(serializeRecipe(recipe))).toEqual(parseRecipe(JSON.parse(serializeRecipe(recipe))));
    const { table: clean } = applyRecipe(table, recipe, { key: 'a key of sixteen bytes+', mode: 'fit' });
    expect(columnText(clean, 'price')).toEqual(['3.5', '4.25', '']);
    expect(clean.columns.map((c) => c.name)).toEqual(['job', 'pdays', 'sex', 'price', 'charges', 'email', 'y']);
  });

  it('never drops declared ID columns and skips findings it cannot read', () => {
    const findings = [
      finding('id-column', 'id'),
      finding('disguised-missing', 'job', { tokens: 'unknown' }), // not an array: ignored
      finding('disguised-missing', 'job'), // no details
      finding('sentinel-value', 'pdays', { value: 'nine' }), // strings are allowed as values
      finding('inconsistent-categories', 'sex', { groups: 'Male/male' }),
      finding('disguised-missing', 'gone', { token: 'x' }), // column not in the table
      finding('pii', 'y'), // the target is never pseudonymised
    ];
    const recipe = proposeRecipe(profileOf(findings), table, { id: ['id'], target: 'y' });
    expect(recipe.steps.map(({ reason, ...s }) => s)).toEqual([
      { kind: 'to-missing', column: 'pdays', values: ['nine'] },
    ]);
  });

  it('pseudonymises a key that holds personal data instead of dropping it, and never drops every column', () => {
    const findings = [
      finding('pii', 'email', { kinds: ['email'] }),
      finding('id-column', 'email'),
      finding('id-column', 'id'),
    ];
    const recipe = proposeRecipe(profileOf(findings), table);
    expect(recipe.steps.map(({ reason, ...s }) => s)).toEqual([
      { kind: 'drop-columns', columns: ['id'] },
      { kind: 'pseudonymise', columns: ['email'] },
    ]);
    const keys = createTable([num('id', [1, 2, 3, 4]), num('nr', [5, 6, 7, 8])]);
    const onlyKeys = proposeRecipe(profileOf([finding('id-column', 'id'), finding('id-column', 'nr')]), keys);
    expect(onlyKeys.steps).toEqual([]);
  });

  it('picks the most frequent variant as canonical, ties by code points', () => {
    expect(
      categoryMapping([
        [
          ['yes', 90],
          ['Yes', 8],
          [' yes', 2],
        ],
      ]),
    ).toEqual({ Yes: 'yes', ' yes': 'yes' });
    expect(
      categoryMapping([
        [
          ['b', 5],
          ['a', 5],
        ],
      ]),
    ).toEqual({ b: 'a' });
    expect(
      categoryMapping([
        [
          { value: 'Paris ', count: 1 },
          { value: 'Paris', count: 9 },
        ],
      ]),
    ).toEqual({ 'Paris ': 'Paris' });
    expect(categoryMapping([[['alone', 3]], 'junk', null])).toEqual({});
  });
});

describe('inspect → propose → clean on a generated file', () => {
  function csv(): string {
    const rng = createRng(11);
    const people = piiRows(240, 3);
    const lines = ['customer_no,email,phone,iban,job,pdays,city,spend,channel'];
    people.forEach((p, i) => {
      const job = ['admin.', 'technician', 'services', 'unknown'][rng.int(4)];
      const pdays = rng.next() < 0.3 ? 999 : rng.int(30);
      const city = ['Berlin', 'Hamburg', 'München', 'Köln'][rng.int(4)];
      const cityVariant = i % 40 === 7 ? city.toLowerCase() : city;
      const spend = i === 5 ? 'n.v.' : (rng.int(100000) / 100).toFixed(2);
      lines.push(
        [10000 + i, p.email.trim(), `"${p.phone}"`, `"${p.iban}"`, job, pdays, cityVariant, spend, 'web'].join(','),
      );
    });
    return `${lines.join('\n')}\n`;
  }

  it('finds every e-mail, phone and IBAN column, and the cleaned table holds none of them', async () => {
    const table = await readCsvText(csv(), { name: 'customers.csv' });
    const profile = profileTable(table, { id: ['customer_no'], seed: 1 });
    const pii = profile.findings.filter((f) => f.check === 'pii');
    expect(pii.map((f) => f.column).sort()).toEqual(['email', 'iban', 'phone']);
    expect(pii.find((f) => f.column === 'email')?.details?.kinds).toEqual(['email']);
    expect(pii.find((f) => f.column === 'phone')?.details?.kinds).toEqual(['phone']);
    expect(pii.find((f) => f.column === 'iban')?.details?.kinds).toEqual(['iban']);

    const recipe = proposeRecipe(profile, table, { id: ['customer_no'] });
    const kinds = recipe.steps.map((s) => s.kind);
    expect(kinds).toContain('pseudonymise');
    const pseudo = recipe.steps.find((s) => s.kind === 'pseudonymise');
    expect(pseudo?.kind === 'pseudonymise' && [...pseudo.columns].sort()).toEqual(['email', 'iban', 'phone']);
    const toMissing = recipe.steps
      .filter((s) => s.kind === 'to-missing')
      .map((s) => s.kind === 'to-missing' && [s.column, s.values]);
    expect(toMissing).toContainEqual(['job', ['unknown']]);
    expect(toMissing).toContainEqual(['pdays', [999]]);
    // the declared ID column is kept; the constant channel column goes
    const dropped = recipe.steps.flatMap((s) => (s.kind === 'drop-columns' ? s.columns : []));
    expect(dropped).toContain('channel');
    expect(dropped).not.toContain('customer_no');

    const key = 'project key for the generated file';
    const { table: clean, log } = applyRecipe(table, recipe, { key, mode: 'fit' });
    const again = applyRecipe(table, parseRecipe(serializeRecipe(recipe)), { key, mode: 'fit' });
    expect(again.table.columns).toEqual(clean.columns);
    const other = applyRecipe(table, recipe, { key: `${key}, rotated`, mode: 'fit' });
    for (const column of ['email', 'phone', 'iban']) {
      const a = columnText(clean, column);
      const b = columnText(other.table, column);
      expect(a.every((v) => /^pii_[a-z2-7]{16}$/.test(v))).toBe(true);
      expect(a.every((v, i) => v !== b[i])).toBe(true);
    }
    const originals = new Set([
      ...columnText(table, 'email'),
      ...columnText(table, 'phone'),
      ...columnText(table, 'iban'),
    ]);
    for (const c of clean.columns) for (const v of columnText(clean, c.name)) expect(originals.has(v)).toBe(false);
    expect(getColumn(clean, 'job').storage).toBe('category');
    expect(columnText(clean, 'job')).not.toContain('unknown');
    expect(log.find((e) => e.kind === 'pseudonymise')?.cellsChanged).toBe(720);
  });
});
