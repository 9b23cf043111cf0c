/**
 * @module cli/commands/explain
 * `leitwerk explain MODEL FILE… [--rows N] [--top K] [--json]`: which input columns drive a registered model's
 * scores (mean |SHAP| over the rows) and the reasons behind the first rows' scores. `leitwerk fairness MODEL
 * FILE… --sensitive COLS [--json]`: the model's decisions per sensitive group on labelled rows.
 *
 * @example
 * ```sh
 * leitwerk explain telco-Churn new-customers.csv --rows 2000
 * leitwerk fairness adult-income adult.test --sensitive sex,race
 * ```
 */
import type { Command } from 'commander';
import { explainModelOnTable, fairnessOnTable } from '../../jobs/model-checks.js';
import type { GlobalFlags } from './inspect.js';
import {
  type InputOptions,
  addInputOptions,
  collectValues,
  intOption,
  listOption,
  readInput,
} from './input-options.js';
import { bandsOption } from './train.js';

interface ExplainFlags extends InputOptions {
  readonly project: string;
  readonly rows?: string;
  readonly top?: string;
  readonly json?: boolean;
}

interface FairnessFlags extends InputOptions {
  readonly project: string;
  readonly sensitive: string;
  readonly bands?: string[];
  readonly seed?: string;
  readonly json?: boolean;
}

/**
 * Register `explain` and `fairness` on the program.
 *
 * @example
 * ```ts
 * registerExplain(program);
 * ```
 */
export function registerExplain(program: Command): void {
  const explain = program
    .command('explain')
    .description('explain a registered model: feature importance (mean |SHAP|) and reasons per row')
    .argument('<model>', 'model id, name (latest version) or name@version')
    .argument('[files...]', 'rows to explain')
    .option('--project <dir>', 'project folder', '.')
    .option('--rows <n>', 'explain at most n rows', '1000')
    .option('--top <k>', 'reasons per row', '3')
    .option('--json', 'print one JSON object');
  addInputOptions(explain).action(async (model: string, files: string[], flags: ExplainFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const table = await readInput(files, flags, { quiet: true, signal: global.signal });
    const out = await explainModelOnTable({
      projectDir: flags.project,
      model,
      table,
      rows: intOption('--rows', flags.rows),
      k: intOption('--top', flags.top),
      lang: global.lang,
    });
    const e = out.explanation;
    const examples = e.reasons.slice(0, 5).map((r, row) => ({ row: row + 1, up: r.up, down: r.down }));
    if (flags.json) {
      process.stdout.write(
        `${JSON.stringify({ model: out.model.id, method: e.method, exact: e.exact, expected: e.expected, rows: e.rowCount, importance: out.importance, examples, partialDependence: out.partialDependence }, null, 2)}\n`,
      );
      return;
    }
    process.stdout.write(
      `${out.model.name} v${out.model.version}: ${e.method} SHAP on ${e.rowCount} rows${e.exact ? '' : ' (ensemble: weighted member values, approximate)'}\n\n`,
    );
    const width = Math.max(...out.importance.map((i) => i.feature.length));
    const top = out.importance[0]?.meanAbs || 1;
    for (const i of out.importance.slice(0, 15)) {
      process.stdout.write(
        `${i.feature.padEnd(width)}  ${i.meanAbs.toFixed(4)}  ${'█'.repeat(Math.round((i.meanAbs / top) * 30))}\n`,
      );
    }
    for (const pd of out.partialDependence) {
      const points = pd.grid.map(
        (g, i) => `${typeof g === 'number' ? Number(g.toPrecision(4)) : g} → ${pd.average[i].toFixed(3)}`,
      );
      process.stdout.write(`\npartial dependence on ${pd.feature}: ${points.join(', ')}\n`);
    }
    for (const ex of examples.slice(0, 3)) {
      process.stdout.write(`\nrow ${ex.row}:\n`);
      for (const r of [...ex.up, ...ex.down]) process.stdout.write(`  ${r.contribution >= 0 ? '+' : '−'} ${r.text}\n`);
    }
  });

  const fairness = program
    .command('fairness')
    .description("check a registered binary model's decisions across sensitive groups on labelled rows")
    .argument('<model>', 'model id, name (latest version) or name@version')
    .argument('[files...]', 'labelled rows (the target column must be present)')
    .requiredOption('--sensitive <columns>', 'comma-separated sensitive columns (numbers are banded, e.g. age)')
    .option(
      '--bands <column:edges>',
      'band edges of a numeric sensitive column, e.g. age:25,35,45,55,65',
      collectValues,
    )
    .option('--project <dir>', 'project folder', '.')
    .option('--seed <n>', 'seed of the bootstrap', '1')
    .option('--json', 'print one JSON object');
  addInputOptions(fairness).action(async (model: string, files: string[], flags: FairnessFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const table = await readInput(files, flags, { quiet: true, signal: global.signal });
    const out = await fairnessOnTable({
      projectDir: flags.project,
      model,
      table,
      sensitive: listOption(flags.sensitive) ?? [],
      bands: bandsOption(flags.bands),
      seed: intOption('--seed', flags.seed),
      lang: global.lang,
    });
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ model: out.model.id, ...out.assessment }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${out.model.name} v${out.model.version}, threshold ${out.assessment.threshold.toFixed(3)}\n`);
    for (const a of out.assessment.attributes) {
      process.stdout.write(`\n${a.name}\n`);
      for (const g of a.fairness.groups) {
        process.stdout.write(
          `  ${g.group.padEnd(28)} n=${String(g.count).padStart(6)}  selected ${(g.selectionRate * 100).toFixed(1).padStart(5)} %  TPR ${(g.tpr * 100).toFixed(1).padStart(5)} %${g.tooSmall ? '  (too small to judge)' : ''}\n`,
        );
      }
      const dp = a.fairness.gaps.demographicParityDifference;
      const eo = a.fairness.gaps.equalizedOddsDifference;
      const ci = (g: typeof dp) => (g.ci ? ` (95 % CI ${g.ci[0].toFixed(3)}–${g.ci[1].toFixed(3)})` : '');
      process.stdout.write(
        `  DP difference ${dp.value.toFixed(3)}${ci(dp)} · EO difference ${eo.value.toFixed(3)}${ci(eo)}\n`,
      );
      for (const s of a.summary) process.stdout.write(`  ${s.text}\n`);
    }
  });
}
