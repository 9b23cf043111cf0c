import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const BANK = 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leitwerk-cli-'));
});

interface JsonFinding {
  check: string;
  severity: string;
  column: string | null;
  count: number;
}

describe('leitwerk inspect --json', () => {
  it('prints the documented shape for the bank data, with the findings the issue names', async () => {
    const html = join(dir, 'bank.html');
    const { code, stdout } = await runCli('inspect', BANK, '--target', 'y', '--json', '--html', html);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.rows).toBe(41188);
    expect(profile.columns).toHaveLength(21);
    for (const c of profile.columns) {
      expect(typeof c.name).toBe('string');
      expect(typeof c.type).toBe('string');
    }
    for (const f of profile.findings as JsonFinding[]) {
      expect(['info', 'warning', 'error']).toContain(f.severity);
      expect(typeof f.check).toBe('string');
      expect(typeof f.count).toBe('number');
    }
    const find = (check: string, column: string | null) =>
      (profile.findings as JsonFinding[]).find((f) => f.check === check && f.column === column);
    // Independent count of `unknown` jobs from the raw text (column 2).
    const lines = readFileSync(BANK, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    const unknownJobs = lines.filter((l) => l.split(';')[1] === '"unknown"').length;
    expect(unknownJobs).toBe(330);
    expect(find('disguised-missing', 'job')?.count).toBe(unknownJobs);
    expect(find('sentinel-value', 'pdays')).toBeDefined();
    expect(find('leakage-suspect', 'duration')?.severity).toBe('error');
    expect(find('class-imbalance', 'y')?.count).toBe(lines.filter((l) => l.endsWith('"yes"')).length);
    expect(profile.recipe.kind).toBe('leitwerk.recipe');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<svg/);
    expect(page).not.toMatch(/<script|src="http/);
  });

  it('reads adult.data and adult.test together, named with --names, and reports the two spellings of the label', async () => {
    const names =
      'age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income';
    const { code, stdout } = await runCli(
      'inspect',
      'examples/data/adult/adult.data',
      'examples/data/adult/adult.test',
      '--names',
      names,
      '--target',
      'income',
      '--json',
    );
    expect(code).toBe(0);
    const profile = JSON.parse(stdout);
    expect(profile.rows).toBe(32561 + 16281);
    expect(profile.columns.map((c: { name: string }) => c.name)).toEqual(names.split(','));
    const missingWorkclass = profile.columns.find((c: { name: string }) => c.name === 'workclass').missing;
    expect(missingWorkclass).toBe(1836 + 963); // UCI: 1,836 in adult.data, 963 in adult.test
    const labels = (profile.findings as (JsonFinding & { details?: unknown })[]).find(
      (f) => f.check === 'inconsistent-labels' && f.column === 'income',
    );
    expect(labels).toBeDefined();
    expect(JSON.stringify(labels?.details)).toContain('>50K.');
    const wrong = await runCli('inspect', 'examples/data/adult/adult.data', '--names', 'a,b,c');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--names must be 15 names, one per column/);
  });
});

describe('leitwerk clean', () => {
  it('applies the proposed recipe, logs the changes, and replays it without dropping rows', async () => {
    const out = join(dir, 'bank-clean.csv');
    const log = join(dir, 'bank-clean.log.json');
    const first = await runCli('clean', BANK, '--out', out, '--log', log, '--target', 'y', '--project', dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/41,188 → 41,176 rows/);
    const recipeFile = `${out}.recipe.json`;
    const recipe = JSON.parse(readFileSync(recipeFile, 'utf8'));
    expect(recipe.steps.map((s: { kind: string }) => s.kind)).toContain('drop-duplicate-rows');
    const entries = JSON.parse(readFileSync(log, 'utf8')).steps;
    const job = entries.find(
      (e: { kind: string; columns: string[] }) => e.kind === 'to-missing' && e.columns[0] === 'job',
    );
    expect(job.cellsMadeMissing).toBe(330);

    const replayed = join(dir, 'bank-replay.csv');
    const second = await runCli('clean', BANK, '--recipe', recipeFile, '--replay', '--out', replayed, '--json');
    expect(second.code).toBe(0);
    const replayLog = JSON.parse(second.stdout);
    expect(replayLog.rowsAfter).toBe(41188);
    expect(replayLog.steps.find((s: { kind: string }) => s.kind === 'drop-duplicate-rows').skipped).toBe(true);
  });

  it('rejects a broken recipe with the path of the bad field and writes nothing', async () => {
    const recipe = join(dir, 'broken.recipe.json');
    writeFileSync(
      recipe,
      JSON.stringify({ kind: 'leitwerk.recipe', formatVersion: 1, steps: [{ kind: 'to-missing', colum: 'job' }] }),
    );
    const out = join(dir, 'never.csv');
    const result = await runCli('clean', BANK, '--recipe', recipe, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.recipe\.json/);
    expect(result.stderr).toMatch(/steps\[0\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('finds e-mails, phones and IBANs and pseudonymises them stably per project key', async () => {
    const rows = ['customer_id,email,phone,iban,notes'];
    const ibans = ['DE89370400440532013000', 'GB82WEST12345698765432', 'DE89370400440532013000'];
    for (let i = 0; i < 60; i++) {
      rows.push(
        `${1000 + i},person${i}@example.com,+49 171 555${String(i).padStart(4, '0')},${ibans[i % 3]},called on day ${i}`,
      );
    }
    const data = join(dir, 'pii.csv');
    writeFileSync(data, `${rows.join('\n')}\n`);
    const inspected = JSON.parse((await runCli('inspect', data, '--json')).stdout);
    const pii = (inspected.findings as JsonFinding[]).filter((f) => f.check === 'pii').map((f) => f.column);
    expect(pii).toEqual(expect.arrayContaining(['email', 'phone', 'iban']));
    expect(JSON.stringify(inspected.findings)).not.toContain('person7@example.com');

    const projectA = mkdtempSync(join(tmpdir(), 'leitwerk-a-'));
    const projectB = mkdtempSync(join(tmpdir(), 'leitwerk-b-'));
    const outA1 = join(dir, 'a1.csv');
    const outA2 = join(dir, 'a2.csv');
    const outB = join(dir, 'b.csv');
    expect((await runCli('clean', data, '--out', outA1, '--project', projectA)).code).toBe(0);
    expect((await runCli('clean', data, '--out', outA2, '--project', projectA)).code).toBe(0);
    expect((await runCli('clean', data, '--out', outB, '--project', projectB)).code).toBe(0);
    const a1 = readFileSync(outA1, 'utf8');
    const a2 = readFileSync(outA2, 'utf8');
    const b = readFileSync(outB, 'utf8');
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b);
    for (const secret of ['person7@example.com', 'DE89370400440532013000', '5550007']) {
      expect(a1).not.toContain(secret);
      expect(b).not.toContain(secret);
    }
    expect(a1).toContain('pii_');
  });
});

describe('leitwerk clean, edge cases', () => {
  it('refuses to replay pseudonymisation without the project key instead of making a new one', async () => {
    const data = join(dir, 'contacts.csv');
    writeFileSync(data, `id,email\n${Array.from({ length: 30 }, (_, i) => `${i},p${i}@example.org`).join('\n')}\n`);
    const made = join(dir, 'contacts-clean.csv');
    const project = mkdtempSync(join(tmpdir(), 'leitwerk-key-'));
    expect((await runCli('clean', data, '--out', made, '--project', project)).code).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'leitwerk-nokey-'));
    const out = join(dir, 'contacts-replayed.csv');
    const result = await runCli(
      'clean',
      data,
      '--recipe',
      `${made}.recipe.json`,
      '--replay',
      '--project',
      elsewhere,
      '--out',
      out,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No project key found/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(elsewhere, '.leitwerk'))).toBe(false);
  });

  it('fails fast on an output format it cannot write', async () => {
    const result = await runCli('clean', BANK, '--out', join(dir, 'bank.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot tell which format to write .*bank\.xlsx in/);
  });

  it('cleans the result of a SQL query', async () => {
    const { default: Database } = await import('better-sqlite3');
    const dbFile = join(dir, 'crm.db');
    const db = new Database(dbFile);
    db.exec(
      "create table customers (id integer, status text); insert into customers values (1, 'active'), (2, 'unknown'), (3, 'active'), (3, 'active');",
    );
    db.close();
    const out = join(dir, 'crm-clean.csv');
    const result = await runCli('clean', '--sql', 'select * from customers', '--db', dbFile, '--out', out, '--json');
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    expect(log.rowsBefore).toBe(4);
    expect(log.rowsAfter).toBe(3);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual(['id,status', '1,active', '2,', '3,active']);
  });
});

describe('leitwerk enrich', () => {
  it('builds one row per customer from transactions and says how cancellations were handled', async () => {
    const tx = join(dir, 'tx.csv');
    writeFileSync(
      tx,
      [
        'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice',
        '1001,A,2024-01-02 10:00:00,2,5.00',
        '1002,A,2024-01-10 12:00:00,1,20.00',
        'C1003,A,2024-01-11 09:00:00,-1,20.00',
        '1004,B,2024-01-05 08:00:00,3,2.50',
        '1005,,2024-01-06 08:00:00,1,1.00',
      ].join('\n'),
    );
    const out = join(dir, 'rfm.csv');
    const result = await runCli(
      'enrich',
      tx,
      '--customer',
      'CustomerID',
      '--date',
      'InvoiceDate',
      '--amount',
      'Quantity*UnitPrice',
      '--invoice',
      'InvoiceNo',
      '--as-of',
      '2024-01-31',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.customers.customers).toBe(2);
    expect(report.customers.rowsWithoutCustomer).toBe(1);
    expect(report.customers.cancellationRows).toBe(1);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    const a = Object.fromEntries(lines[1].split(',').map((v, i) => [header[i], v]));
    expect(Number(a.monetary)).toBeCloseTo(30, 10);
    expect(Number(a.frequency)).toBe(2);
  });

  it('left-joins another table and reports the match rate', async () => {
    const left = join(dir, 'left.csv');
    const right = join(dir, 'right.csv');
    writeFileSync(left, 'id,x\n1,a\n2,b\n3,c\n4,d\n');
    writeFileSync(right, 'id,segment\n1,gold\n3,silver\n');
    const out = join(dir, 'joined.csv');
    const result = await runCli('enrich', left, '--join', right, '--on', 'id', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 of 4 rows \(50(\.0)? ?%\)/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([
      'id,x,segment',
      '1,a,gold',
      '2,b,',
      '3,c,silver',
      '4,d,',
    ]);
  });
});

describe('leitwerk demo', () => {
  it('writes the bank report and recipe, trains and registers a model', async () => {
    const out = join(dir, 'demo');
    const result = await runCli('demo', '--out', out, '--budget', '8');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/41,188 rows/);
    expect(readFileSync(join(out, 'bank-additional-full.html'), 'utf8')).toMatch(/<svg/);
    expect(JSON.parse(readFileSync(join(out, 'bank-additional-full.recipe.json'), 'utf8')).kind).toBe(
      'leitwerk.recipe',
    );
    expect(result.stdout).toMatch(/model: m_\w+ \(bank-additional-full-y v1\)/);
    const trainReport = readFileSync(join(out, 'bank-additional-full-train.html'), 'utf8');
    expect(trainReport).toMatch(/<svg/);
    // the sensitive columns age (in bands) and marital are assessed in the report
    expect(trainReport).toMatch(/<section id="fairness">/);
    expect(trainReport).toMatch(/age/);
    expect(trainReport).toMatch(/marital/);
  }, 120_000);
});
