/**
 * @module cli/commands/clean
 * `leitwerk clean FILE --out CLEAN [--recipe recipe.json] [--replay]`: apply a cleaning recipe and write the
 * cleaned table plus a log of what changed (counts per fix). Without `--recipe`, the data check runs first and
 * its proposed recipe is applied and saved next to the output (`CLEAN.recipe.json`), so the same cleaning can
 * be replayed on new rows later (`--recipe … --replay`: row-dropping steps are skipped, nothing else changes).
 * Pseudonymisation uses the project key in `<project>/.leitwerk/secret.key` (created on first use), never a
 * key in the recipe.
 *
 * @example
 * ```sh
 * leitwerk clean crm.csv --out crm-clean.csv
 * leitwerk clean new.csv --recipe crm-clean.recipe.json --replay --out new-clean.csv
 * ```
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { outputFormatOf, writeTable } from '../../data/read-table.js';
import { statInputFile } from '../../data/input-file.js';
import { applyRecipe } from '../../quality/clean/apply-recipe.js';
import { parseRecipe, serializeRecipe } from '../../quality/clean/parse-recipe.js';
import { loadOrCreateProjectKey, loadProjectKey } from '../../quality/clean/project-key.js';
import type { Recipe } from '../../quality/clean/recipe.js';
import { writeFileAtomic } from '../../util/atomic-file.js';
import { createProgress } from '../progress.js';
import { type InputOptions, addInputOptions, readInput } from './input-options.js';
import { type GlobalFlags, runInspect } from './inspect.js';

interface CleanFlags extends InputOptions {
  readonly out: string;
  readonly recipe?: string;
  readonly recipeOut?: string;
  readonly replay?: boolean;
  readonly log?: string;
  readonly json?: boolean;
  readonly project: string;
  readonly target?: string;
  readonly id?: string;
}

/**
 * Register `clean` on the program.
 *
 * @example
 * ```ts
 * registerClean(program);
 * ```
 */
export function registerClean(program: Command): void {
  const command = program
    .command('clean')
    .description('apply a cleaning recipe (or the one inspect proposes) and log what changed')
    .argument('[file]', 'the data file (or --sql with --db)')
    .requiredOption('--out <file>', 'where to write the cleaned table (.csv, .csv.gz, .parquet, .json, .ndjson)')
    .option('--recipe <file>', 'the recipe to apply (default: propose one from the data check)')
    .option('--recipe-out <file>', 'where to save the recipe that was applied (default: OUT.recipe.json when proposed)')
    .option('--replay', 'prediction-time replay on new rows: steps that remove rows are skipped')
    .option('--log <file>', 'write the change log as JSON')
    .option('--json', 'print the change log as JSON instead of text')
    .option('--project <dir>', 'project folder holding the pseudonymisation key', '.')
    .option('--target <column>', 'the target column (never dropped or pseudonymised)')
    .option('--id <columns>', 'key columns (never dropped)');
  addInputOptions(command).action(async (file: string | undefined, flags: CleanFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const quiet = global.quiet === true || flags.json === true;
    outputFormatOf(flags.out);
    const files = file === undefined ? [] : [file];
    const input = file ?? `sql: ${flags.sql ?? ''}`;
    let recipe: Recipe;
    let table: Awaited<ReturnType<typeof readInput>>;
    let recipeOut = flags.recipeOut;
    if (flags.recipe) {
      await statInputFile(flags.recipe);
      recipe = parseRecipe(await readFile(flags.recipe, 'utf8'), flags.recipe);
      table = await readInput(files, flags, { quiet, signal: global.signal });
    } else {
      const run = await runInspect(files, { ...flags, json: quiet }, global);
      recipe = run.recipe;
      table = run.table;
      recipeOut ??= `${flags.out}.recipe.json`;
    }
    const needsKey = recipe.steps.some((s) => s.kind === 'pseudonymise');
    // Replaying at prediction time must use the key the recipe was made with: never create a new one then.
    const key = needsKey
      ? await (flags.replay ? loadProjectKey(flags.project) : loadOrCreateProjectKey(flags.project))
      : undefined;
    const result = applyRecipe(table, recipe, { key, mode: flags.replay ? 'replay' : 'fit' });
    const bar = createProgress(`writing ${flags.out}`, { unit: 'steps', enabled: !quiet });
    await writeTable(result.table, flags.out);
    bar.done(`${result.rowsAfter.toLocaleString('en-US')} rows`);
    if (recipeOut) await writeFileAtomic(recipeOut, `${serializeRecipe(recipe)}\n`);
    const log = {
      input,
      output: flags.out,
      recipe: flags.recipe ?? recipeOut,
      mode: result.mode,
      rowsBefore: result.rowsBefore,
      rowsAfter: result.rowsAfter,
      steps: result.log,
    };
    if (flags.log) await writeFileAtomic(flags.log, `${JSON.stringify(log, null, 2)}\n`);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
      return;
    }
    const lines = [
      `cleaned ${input} → ${flags.out} (${result.mode}): ${result.rowsBefore.toLocaleString('en-US')} → ${result.rowsAfter.toLocaleString('en-US')} rows`,
      ...result.log.map((e) => `  ${String(e.step).padStart(2)}. ${e.skipped ? '(skipped) ' : ''}${e.message}`),
    ];
    if (recipeOut) lines.push(`recipe: ${recipeOut}`);
    if (flags.log) lines.push(`log: ${flags.log}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
