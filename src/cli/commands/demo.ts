/**
 * @module cli/commands/demo
 * `leitwerk demo` (what `npm start` runs): inspect the bundled bank-marketing data (41,188 calls, target `y`,
 * sensitive `age` and `marital`) and write the HTML report and the proposed recipe to `out/`.
 *
 * @example
 * ```sh
 * npm start   # = leitwerk demo
 * ```
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runTrainJob } from '../../jobs/train-job.js';
import { renderTrainReport } from '../../report/train-report.js';
import { formatTrainSummary } from '../../report/train-summary.js';
import { writeFileAtomic } from '../../util/atomic-file.js';
import { createProgress } from '../progress.js';
import { version } from '../version.js';
import { type GlobalFlags, runInspect, writeInspectOutputs } from './inspect.js';

/** The bundled demo data, relative to the package root. */
export const DEMO_FILE = 'examples/data/bank-marketing/bank-additional/bank-additional-full.csv';

/**
 * Register `demo` on the program.
 *
 * @example
 * ```ts
 * registerDemo(program);
 * ```
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'inspect the bundled bank-marketing data, train a model on it and write both HTML reports (what npm start runs)',
    )
    .option('--out <dir>', 'folder for the reports, the recipe and the project', 'out')
    .option('--budget <seconds>', 'training budget in seconds (0 = inspect only)', '60')
    .action(async (flags: { out: string; budget: string }, cmd: Command) => {
      const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
      const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
      const absolute = join(root, DEMO_FILE);
      const shown = relative(process.cwd(), absolute);
      const file = shown.startsWith('..') ? absolute : shown;
      const run = await runInspect([file], { target: 'y', sensitive: 'age,marital', seed: '0' }, global);
      await writeInspectOutputs(
        run,
        {
          html: join(flags.out, 'bank-additional-full.html'),
          recipeOut: join(flags.out, 'bank-additional-full.recipe.json'),
        },
        global,
      );
      const budgetSeconds = Number(flags.budget);
      if (!(budgetSeconds > 0)) return;
      const bar = createProgress('training', { total: budgetSeconds, unit: 'steps', enabled: global.quiet !== true });
      const { result } = await runTrainJob({
        projectDir: join(flags.out, 'project'),
        files: [file],
        table: run.table,
        options: {
          target: 'y',
          sensitive: ['age', 'marital'],
          budgetSeconds,
          seed: 0,
          lang: global.lang,
          codeVersion: version(),
          source: file,
          signal: global.signal,
          onProgress: (p) => bar.update(Math.min(budgetSeconds, p.elapsedMs / 1000), `${p.phase} · trial ${p.trials}`),
        },
      });
      bar.done(`${result.leaderboard.length} candidates`);
      const html = join(flags.out, 'bank-additional-full-train.html');
      await writeFileAtomic(html, await renderTrainReport(result, { lang: global.lang }));
      const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
      process.stdout.write(
        formatTrainSummary(result, { lang: global.lang, color, width: process.stdout.columns ?? 100 }),
      );
      process.stdout.write(
        `\nmodel: ${result.modelId} (${result.modelName} v${result.modelVersion})\nreport: ${html}\n`,
      );
    });
}
