/**
 * @module cli/commands/predict
 * `leitwerk predict MODEL FILE… --out SCORED`: score new rows with a registered model (id, name, or
 * name@version) and write them with `score`, `decile`, `decision` / `predicted` columns added. Every row is
 * written; values the model could not read are counted on stderr.
 *
 * @example
 * ```sh
 * leitwerk predict bank-full-y new-customers.csv --out scored.csv
 * ```
 */
import type { Command } from 'commander';
import { outputFormatOf, writeTable } from '../../data/read-table.js';
import { runPredictJob } from '../../jobs/predict-job.js';
import { formatMessage } from '../../util/messages.js';
import { version } from '../version.js';
import type { GlobalFlags } from './inspect.js';
import { type InputOptions, addInputOptions, intOption, readInput } from './input-options.js';

interface PredictFlags extends InputOptions {
  readonly out: string;
  readonly project: string;
  readonly json?: boolean;
  readonly explain?: string;
}

/**
 * Register `predict` on the program.
 *
 * @example
 * ```ts
 * registerPredict(program);
 * ```
 */
export function registerPredict(program: Command): void {
  const command = program
    .command('predict')
    .description('score new rows with a registered model')
    .argument('<model>', 'model id, name (latest version) or name@version')
    .argument('[files...]', 'data files to score')
    .requiredOption('--out <file>', 'where to write the scored rows (.csv, .parquet, .json …)')
    .option('--project <dir>', 'project folder', '.')
    .option('--explain <k>', 'add a reasons column: the top k features raising and lowering each score')
    .option('--json', 'print a JSON summary (rows, model, issues)');
  addInputOptions(command).action(async (model: string, files: string[], flags: PredictFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const quiet = global.quiet === true || flags.json === true;
    outputFormatOf(flags.out);
    const table = await readInput(files, flags, { quiet, signal: global.signal });
    const out = await runPredictJob({
      projectDir: flags.project,
      model,
      table,
      files,
      codeVersion: version(),
      explain: intOption('--explain', flags.explain),
      lang: global.lang,
    });
    await writeTable(out.table, flags.out, { signal: global.signal });
    const issues = out.issues.map((i) => ({
      ...i,
      message: formatMessage(
        i.kind === 'unseen-category' ? 'predict.issue.unseen' : 'predict.issue.unparseable',
        { column: i.column, count: i.count },
        global.lang,
      ),
    }));
    if (flags.json) {
      process.stdout.write(
        `${JSON.stringify({ model: out.model.id, name: out.model.name, version: out.model.version, rows: out.scored.rows, out: flags.out, issues }, null, 2)}\n`,
      );
      return;
    }
    for (const i of issues) process.stderr.write(`note: ${i.message}\n`);
    process.stdout.write(
      `${out.scored.rows.toLocaleString('en-US')} rows scored with ${out.model.name} v${out.model.version} (${out.model.id}) → ${flags.out}\n`,
    );
  });
}
