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
    .description('inspect the bundled bank-marketing data and write the HTML report (what npm start runs)')
    .option('--out <dir>', 'folder for the report and the recipe', 'out')
    .action(async (flags: { out: string }, cmd: Command) => {
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
    });
}
