/**
 * @module cli/commands/enrich
 * `leitwerk enrich`: add columns to a table, or build a customer table from transactions.
 * - `leitwerk enrich FILE --join OTHER --on KEY[:OTHER_KEY] --out OUT` — left join, reporting the match rate;
 * - `leitwerk enrich FILE --date-parts COL[,COL] [--parts weekday,month,hour,…] [--now DATE] --out OUT`;
 * - `leitwerk enrich TRANSACTIONS --customer COL --date COL --amount EXPR [--invoice COL] [--as-of DATE] --out OUT`
 *   — one row per customer: recency, frequency, monetary value, tenure, average basket (RFM), with
 *   cancellations handled and said.
 * Join and date parts can be combined in one call; the customer mode stands alone.
 *
 * @example
 * ```sh
 * leitwerk enrich online_retail.parquet --customer CustomerID --date InvoiceDate --amount "Quantity*UnitPrice" --invoice InvoiceNo --out rfm.csv
 * ```
 */
import type { Command } from 'commander';
import { outputFormatOf, writeTable } from '../../data/read-table.js';
import type { Table } from '../../data/table.js';
import { DATE_PARTS, type DatePart, addDateParts } from '../../quality/enrich/date-parts.js';
import { leftJoin } from '../../quality/enrich/left-join.js';
import { customerFeatures } from '../../quality/enrich/rfm.js';
import { ValidationError } from '../../util/errors.js';
import { type InputOptions, addInputOptions, dateOption, listOption, readInput } from './input-options.js';
import type { GlobalFlags } from './inspect.js';

interface EnrichFlags extends InputOptions {
  readonly out: string;
  readonly join?: string;
  readonly on?: string;
  readonly dateParts?: string;
  readonly parts?: string;
  readonly now?: string;
  readonly customer?: string;
  readonly date?: string;
  readonly amount?: string;
  readonly invoice?: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

function partsOption(value: string | undefined): DatePart[] | undefined {
  const list = listOption(value);
  if (!list) return undefined;
  for (const p of list) {
    if (!(DATE_PARTS as readonly string[]).includes(p)) {
      throw new ValidationError('option.invalid', {
        name: '--parts',
        expected: `some of ${DATE_PARTS.join(', ')}`,
        got: p,
      });
    }
  }
  return list as DatePart[];
}

/**
 * Register `enrich` on the program.
 *
 * @example
 * ```ts
 * registerEnrich(program);
 * ```
 */
export function registerEnrich(program: Command): void {
  const command = program
    .command('enrich')
    .description('join another table, add date parts, or build RFM customer features from transactions')
    .argument('[file]', 'the table to enrich, or the transaction table with --customer (or --sql with --db)')
    .requiredOption('--out <file>', 'where to write the result (.csv, .csv.gz, .parquet, .json, .ndjson)')
    .option('--join <file>', 'left-join this table (every row of FILE is kept once)')
    .option('--on <key>', 'join key: a column in both tables, or LEFT:RIGHT')
    .option('--date-parts <columns>', 'add date parts of these datetime columns')
    .option('--parts <list>', `which date parts (${DATE_PARTS.join(', ')})`)
    .option('--now <date>', 'reference date for days_since (ISO)')
    .option('--customer <column>', 'RFM mode: the customer key of the transaction table')
    .option('--date <column>', 'RFM mode: the transaction time')
    .option('--amount <expression>', 'RFM mode: the amount, a column or an expression such as "Quantity*UnitPrice"')
    .option('--invoice <column>', 'RFM mode: the invoice column (frequency = distinct invoices; C… = cancellation)')
    .option('--as-of <date>', 'RFM mode: reference date (default: the day after the last transaction)')
    .option('--json', 'print the report as JSON');
  addInputOptions(command).action(async (file: string | undefined, flags: EnrichFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const quiet = global.quiet === true || flags.json === true;
    const context = { quiet, signal: global.signal };
    outputFormatOf(flags.out);
    const input = await readInput(file === undefined ? [] : [file], flags, context);
    const report: Record<string, unknown> = { input: file ?? `sql: ${flags.sql ?? ''}`, output: flags.out };
    const lines: string[] = [];
    let result: Table;
    if (flags.customer !== undefined || flags.amount !== undefined) {
      if (!flags.customer || !flags.date || !flags.amount) {
        throw new ValidationError('option.invalid', {
          name: '--customer/--date/--amount',
          expected: 'all three for customer features',
          got: ['customer', 'date', 'amount'].filter((k) => flags[k as keyof EnrichFlags] !== undefined).join(', '),
        });
      }
      const rfm = customerFeatures(input, {
        customer: flags.customer,
        date: flags.date,
        amount: flags.amount,
        invoice: flags.invoice,
        asOf: dateOption('--as-of', flags.asOf),
      });
      result = rfm.table;
      report.customers = rfm.report;
      lines.push(
        `customer features: ${rfm.report.customers.toLocaleString('en-US')} customers from ${rfm.report.rows.toLocaleString('en-US')} rows`,
        ...rfm.report.notes.map((n) => `  ${n.message}`),
      );
    } else {
      if (flags.join === undefined && flags.dateParts === undefined) {
        throw new ValidationError('option.invalid', {
          name: '--join/--date-parts/--customer',
          expected: 'one of: --join with --on, --date-parts, or --customer with --date and --amount',
          got: 'none of them',
        });
      }
      result = input;
      if (flags.join !== undefined) {
        if (!flags.on)
          throw new ValidationError('option.invalid', { name: '--on', expected: 'a join key', got: 'nothing' });
        const right = await readInput([flags.join], { ...flags, sql: undefined, db: undefined }, context);
        const [leftKey, rightKey] = flags.on.includes(':') ? flags.on.split(':', 2) : [flags.on, flags.on];
        const joined = leftJoin(result, right, { on: [leftKey, rightKey] });
        result = joined.table;
        report.join = {
          rows: joined.rows,
          matched: joined.matched,
          matchRate: joined.matchRate,
          leftMissingKeys: joined.leftMissingKeys,
          added: joined.added,
        };
        lines.push(joined.message);
      }
      for (const column of listOption(flags.dateParts) ?? []) {
        const before = result.columns.length;
        result = addDateParts(result, column, { parts: partsOption(flags.parts), now: dateOption('--now', flags.now) });
        const added = result.columns.slice(before).map((c) => c.name);
        lines.push(`date parts of ${column}: ${added.join(', ')}`);
        report[`dateParts:${column}`] = added;
      }
    }
    await writeTable(result, flags.out);
    report.rows = result.rowCount;
    report.columns = result.columns.map((c) => ({ name: c.name, type: c.type }));
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    lines.push(
      `wrote ${flags.out}: ${result.rowCount.toLocaleString('en-US')} rows × ${result.columns.length} columns`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
