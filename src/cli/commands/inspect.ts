/**
 * @module cli/commands/inspect
 * `leitwerk inspect FILE… [--target COL] [--id COLS] [--sensitive COLS] [--json] [--html FILE] [--recipe-out FILE]`:
 * profile every column, run the data checks, print a summary (or JSON), and write the HTML report and the
 * proposed cleaning recipe.
 *
 * @example
 * ```sh
 * leitwerk inspect examples/data/bank-marketing/bank-additional/bank-additional-full.csv --target y --html bank.html
 * ```
 */
import type { Command } from 'commander';
import type { Table } from '../../data/table.js';
import { proposeRecipe } from '../../quality/clean/propose-recipe.js';
import { serializeRecipe } from '../../quality/clean/parse-recipe.js';
import type { Recipe } from '../../quality/clean/recipe.js';
import type { TableProfile } from '../../quality/column-profile.js';
import { profileTable } from '../../quality/profile-table.js';
import { renderInspectReport } from '../../report/inspect-report.js';
import { formatInspectSummary } from '../../report/terminal-summary.js';
import { writeFileAtomic } from '../../util/atomic-file.js';
import type { Language } from '../../util/messages.js';
import { createProgress } from '../progress.js';
import { type InputOptions, addInputOptions, dateOption, intOption, listOption, readInput } from './input-options.js';

interface InspectFlags extends InputOptions {
  readonly target?: string;
  readonly id?: string;
  readonly sensitive?: string;
  readonly positive?: string;
  readonly afterOutcome?: string;
  readonly json?: boolean;
  readonly html?: string;
  readonly recipeOut?: string;
  readonly now?: string;
  readonly seed?: string;
}

/** Global flags every command reads. */
export interface GlobalFlags {
  readonly lang: Language;
  readonly quiet?: boolean;
  readonly signal?: AbortSignal;
}

/** What `inspect` computed, for the demo and tests. */
export interface InspectRun {
  readonly table: Table;
  readonly profile: TableProfile;
  readonly recipe: Recipe;
}

/**
 * Read, profile and propose a recipe — the work of `inspect`, shared with `demo` and `clean`.
 *
 * @example
 * ```ts
 * const { profile } = await runInspect(['bank.csv'], { target: 'y' }, { lang: 'en', quiet: true });
 * ```
 */
export async function runInspect(
  files: readonly string[],
  flags: InspectFlags,
  global: GlobalFlags,
): Promise<InspectRun> {
  const quiet = global.quiet === true || flags.json === true;
  const table = await readInput(files, flags, { quiet, signal: global.signal });
  const id = listOption(flags.id);
  const bar = createProgress('checking', { unit: 'steps', enabled: !quiet });
  const profile = profileTable(table, {
    target: flags.target,
    id,
    sensitive: listOption(flags.sensitive),
    positive: flags.positive,
    afterOutcome: listOption(flags.afterOutcome),
    now: dateOption('--now', flags.now),
    seed: intOption('--seed', flags.seed),
    onProgress: (p) => bar.update(p.done, `${p.phase} ${p.name} (${p.done}/${p.total})`),
  });
  bar.done(`${profile.findings.length} findings`);
  const recipe = proposeRecipe(profile, table, { id, target: flags.target });
  return { table, profile, recipe };
}

/**
 * Write the outputs of an inspect run: summary or JSON on stdout, HTML report and recipe files.
 *
 * @example
 * ```ts
 * await writeInspectOutputs(run, { html: 'report.html' }, { lang: 'en' });
 * ```
 */
export async function writeInspectOutputs(
  run: InspectRun,
  flags: Pick<InspectFlags, 'json' | 'html' | 'recipeOut'>,
  global: GlobalFlags,
): Promise<void> {
  const { profile, recipe } = run;
  // Render everything first, then write: a failure leaves no partial set of files behind.
  const html = flags.html ? await renderInspectReport(profile, { lang: global.lang, recipe }) : undefined;
  if (flags.recipeOut) await writeFileAtomic(flags.recipeOut, `${serializeRecipe(recipe)}\n`);
  if (flags.html && html !== undefined) await writeFileAtomic(flags.html, html);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...profile, recipe }, null, 2)}\n`);
    return;
  }
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  process.stdout.write(
    formatInspectSummary(profile, { color, lang: global.lang, width: process.stdout.columns ?? 100 }),
  );
  process.stdout.write('\n');
  if (flags.html) process.stdout.write(`report: ${flags.html}\n`);
  if (flags.recipeOut) process.stdout.write(`recipe: ${flags.recipeOut}\n`);
}

/**
 * Register `inspect` on the program.
 *
 * @example
 * ```ts
 * registerInspect(program);
 * ```
 */
export function registerInspect(program: Command): void {
  const command = program
    .command('inspect')
    .description('profile the data and report quality findings (missing, duplicates, leakage, PII, bias …)')
    .argument(
      '[files...]',
      'data files (CSV/TSV, JSON/NDJSON, Parquet; .gz allowed); several files are read as one table',
    )
    .option('--target <column>', 'the column to predict: enables target, leakage and bias checks')
    .option('--id <columns>', 'comma-separated key columns (duplicate keys, never dropped)')
    .option('--sensitive <columns>', 'comma-separated sensitive attributes for the data-bias check (e.g. sex,age)')
    .option('--positive <value>', 'the positive class of a binary target (default: yes/1/true/…)')
    .option('--after-outcome <columns>', 'columns known only after the outcome (always flagged as leakage)')
    .option('--json', 'print the profile as one JSON object (schema: docs/inspect.md)')
    .option('--html <file>', 'write the self-contained HTML report')
    .option('--recipe-out <file>', 'write the proposed cleaning recipe (JSON)')
    .option('--now <date>', 'reference date for future-date checks (ISO), default today')
    .option('--seed <n>', 'seed for sampled and cross-validated checks', '0');
  addInputOptions(command).action(async (files: string[], flags: InspectFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const run = await runInspect(files, flags, global);
    await writeInspectOutputs(run, flags, global);
  });
}
