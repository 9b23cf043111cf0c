/**
 * @module cli/commands/train
 * `leitwerk train FILE… --target COL [options]`: check and clean the data, search learners and settings within
 * the budget, register the winner in the project (`--project`, default the current folder), and print a
 * summary (or `--json`), with an HTML report on request.
 *
 * @example
 * ```sh
 * leitwerk train examples/data/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv --target Churn --budget 2m --html churn.html
 * ```
 */
import type { Command } from 'commander';
import { MITIGATIONS, type Mitigation } from '../../automl/fairness-step.js';
import type { TrainOptions } from '../../automl/train.js';
import type { Task } from '../../learners/learner.js';
import { runTrainJob } from '../../jobs/train-job.js';
import { renderTrainReport } from '../../report/train-report.js';
import { formatTrainSummary } from '../../report/train-summary.js';
import { writeFileAtomic } from '../../util/atomic-file.js';
import { ValidationError } from '../../util/errors.js';
import { createProgress } from '../progress.js';
import { version } from '../version.js';
import type { GlobalFlags } from './inspect.js';
import {
  type InputOptions,
  addInputOptions,
  collectValues,
  intOption,
  listOption,
  readInput,
} from './input-options.js';

interface TrainFlags extends InputOptions {
  readonly target: string;
  readonly positive?: string;
  readonly task?: string;
  readonly exclude?: string;
  readonly sensitive?: string;
  readonly keep?: string;
  readonly id?: string;
  readonly folds?: string;
  readonly group?: string;
  readonly time?: string;
  readonly holdout?: string;
  readonly budget?: string;
  readonly trials?: string;
  readonly learners?: string;
  readonly metric?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly json?: boolean;
  readonly html?: string;
  readonly valuePerConversion?: string;
  readonly costPerContact?: string;
  readonly contacts?: string;
  readonly project: string;
  readonly name?: string;
  readonly ensemble: boolean;
  readonly calibrate: boolean;
  readonly context: boolean;
  readonly mitigate?: string;
  readonly bands?: string[];
}

/**
 * Parse `--bands age:25,35,45` flags (repeatable) into band edges per column.
 *
 * @example
 * ```ts
 * bandsOption(['age:25,35,45,55,65']); // { age: [25, 35, 45, 55, 65] }
 * ```
 */
export function bandsOption(values: readonly string[] | undefined): Record<string, number[]> | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Record<string, number[]> = {};
  for (const v of values) {
    const m = /^([^:]+):(.+)$/.exec(v);
    const edges = m ? m[2].split(',').map((e) => Number(e.trim())) : [];
    if (!m || edges.length === 0 || edges.some((e) => !Number.isFinite(e))) {
      throw new ValidationError('option.invalid', {
        name: '--bands',
        expected: 'COLUMN:EDGE,EDGE,… such as age:25,35,45,55,65',
        got: v,
      });
    }
    out[m[1].trim()] = edges;
  }
  return out;
}

function mitigationOption(value: string | undefined): Mitigation | undefined {
  if (value === undefined) return undefined;
  if ((MITIGATIONS as readonly string[]).includes(value)) return value as Mitigation;
  throw new ValidationError('option.invalid', { name: '--mitigate', expected: MITIGATIONS.join(', '), got: value });
}

/**
 * Parse a duration: `90s`, `5m`, `1h`, `1m30s`, or plain seconds.
 *
 * @example
 * ```ts
 * parseDuration('--budget', '5m'); // 300
 * ```
 */
export function parseDuration(name: string, text: string): number {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const re = /(\d+(?:\.\d+)?)\s*(h|m|s)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    total += Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
    matched = re.lastIndex;
  }
  if (matched !== t.length || total <= 0) {
    throw new ValidationError('option.invalid', { name, expected: 'a duration such as 90s, 5m or 1h', got: text });
  }
  return total;
}

function numberOption(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    throw new ValidationError('option.invalid', { name, expected: `a number ≥ ${min}`, got: value });
  }
  return n;
}

function taskOption(value: string | undefined): Task | undefined {
  if (value === undefined) return undefined;
  if (value === 'binary' || value === 'multiclass' || value === 'regression') return value;
  throw new ValidationError('option.invalid', {
    name: '--task',
    expected: 'binary, multiclass or regression',
    got: value,
  });
}

/**
 * The library options of `trainTable` from the command's flags.
 *
 * @example
 * ```ts
 * trainOptionsOf({ target: 'y', budget: '2m', project: '.', ensemble: true, calibrate: true }, 'en');
 * ```
 */
export function trainOptionsOf(flags: TrainFlags, global: GlobalFlags): TrainOptions {
  const holdout = numberOption('--holdout', flags.holdout);
  if (holdout !== undefined && holdout >= 1) {
    throw new ValidationError('option.invalid', {
      name: '--holdout',
      expected: 'a share in [0, 1)',
      got: flags.holdout ?? '',
    });
  }
  const trials = intOption('--trials', flags.trials);
  return {
    target: flags.target,
    positive: flags.positive,
    task: taskOption(flags.task),
    exclude: listOption(flags.exclude),
    sensitive: listOption(flags.sensitive),
    keep: listOption(flags.keep),
    id: listOption(flags.id),
    folds: intOption('--folds', flags.folds),
    group: flags.group,
    time: flags.time,
    holdout,
    budgetSeconds: trials === undefined ? parseDuration('--budget', flags.budget ?? '5m') : undefined,
    trials,
    learners: listOption(flags.learners),
    metric: flags.metric,
    seed: intOption('--seed', flags.seed),
    workers: intOption('--workers', flags.workers),
    valuePerConversion: numberOption('--value-per-conversion', flags.valuePerConversion),
    costPerContact: numberOption('--cost-per-contact', flags.costPerContact),
    contacts: numberOption('--contacts', flags.contacts),
    ensemble: flags.ensemble,
    calibrate: flags.calibrate,
    context: flags.context,
    mitigation: mitigationOption(flags.mitigate),
    bands: bandsOption(flags.bands),
    lang: global.lang,
    codeVersion: version(),
    signal: global.signal,
  };
}

/**
 * Register `train` on the program.
 *
 * @example
 * ```ts
 * registerTrain(program);
 * ```
 */
export function registerTrain(program: Command): void {
  const command = program
    .command('train')
    .description('train, validate and register the best model for a target (binary, multiclass or regression)')
    .argument('[files...]', 'data files (CSV/TSV, JSON/NDJSON, Parquet; .gz allowed)')
    .requiredOption('--target <column>', 'the column to predict')
    .option('--positive <value>', 'the positive class of a binary target (default: yes/1/true/…, else the rarer class)')
    .option('--task <task>', 'binary, multiclass or regression instead of detecting it')
    .option('--exclude <columns>', 'comma-separated columns not to use as features')
    .option('--sensitive <columns>', 'sensitive attributes: kept out of the features, used for fairness')
    .option('--keep <columns>', 'use these columns even if flagged (leakage suspect, id, sensitive)')
    .option('--id <columns>', 'key columns (never features)')
    .option('--folds <k>', 'cross-validation folds', '5')
    .option('--group <column>', 'grouped cross-validation: all rows of a group in one fold')
    .option('--time <column>', 'out-of-time validation on this column (or @row for the file order)')
    .option('--holdout <share>', 'hold out this share of rows for a final, untouched test (e.g. 0.2)')
    .option('--budget <duration>', 'time budget, e.g. 90s, 5m, 1h', '5m')
    .option('--trials <n>', 'try n settings instead of a time budget (reproducible)')
    .option(
      '--learners <list>',
      'learner families to search: gbdt,gbdt_encoded,random_forest,linear,mlp,decision_tree (default all)',
    )
    .option('--metric <name>', 'primary metric (auc, logloss, accuracy, rmse, mae, r2, …)')
    .option('--seed <n>', 'seed of every random choice', '0')
    .option('--workers <n>', 'worker threads for trials (default: all cores)')
    .option('--value-per-conversion <v>', 'value of one conversion, for the profit curve')
    .option('--cost-per-contact <c>', 'cost of one contact, for the profit curve')
    .option('--contacts <n>', 'contact budget: a count (e.g. 5000) or a share (e.g. 0.1)')
    .option('--project <dir>', 'project folder (created when missing)', '.')
    .option('--name <name>', 'model name in the registry (default <file>-<target>)')
    .option(
      '--mitigate <how>',
      'fairness mitigation for the first --sensitive column: none, reweighing, demographic-parity, equalized-odds',
    )
    .option(
      '--bands <column:edges>',
      'band edges of a numeric sensitive column, e.g. age:25,35,45,55,65 (repeatable)',
      collectValues,
    )
    .option('--no-ensemble', 'do not consider an ensemble of the best models')
    .option('--no-calibrate', 'do not calibrate probabilities')
    .option('--no-context', 'do not add the context size (rows sharing long-running column values, e.g. a call day)')
    .option('--json', 'print one JSON object (schema: docs/train.md)')
    .option('--html <file>', 'write the self-contained HTML report');
  addInputOptions(command).action(async (files: string[], flags: TrainFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals() as unknown as GlobalFlags;
    const quiet = global.quiet === true || flags.json === true;
    const options = trainOptionsOf(flags, global);
    const readStart = performance.now();
    const table = await readInput(files, flags, { quiet, signal: global.signal });
    const readSeconds = (performance.now() - readStart) / 1000;
    const total = options.trials ?? options.budgetSeconds ?? 300;
    const bar = createProgress('training', { total, unit: 'steps', enabled: !quiet });
    const label = options.metric ?? 'score';
    const { result } = await runTrainJob({
      projectDir: flags.project,
      files: files.length > 0 ? files : [flags.db ?? 'sql'],
      table,
      name: flags.name,
      readSeconds,
      options: {
        ...options,
        source: files.join(', '),
        onProgress: (p) => {
          const done = options.trials !== undefined ? p.trials : p.elapsedMs / 1000;
          const left =
            p.budgetMs === null ? '' : ` · ${Math.max(0, Math.round((p.budgetMs - p.elapsedMs) / 1000))} s left`;
          const best = p.best === null ? '' : ` · best ${label} ${p.best.toFixed(4)}`;
          bar.update(
            Math.min(total, done),
            `${p.phase} · trial ${p.trials}${options.trials ? ` of ${options.trials}` : ''}${best}${left}`,
          );
        },
      },
    });
    bar.done(`${result.leaderboard.length} candidates`);
    const html = flags.html ? await renderTrainReport(result, { lang: global.lang }) : undefined;
    if (flags.html && html !== undefined) await writeFileAtomic(flags.html, html);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    process.stdout.write(
      formatTrainSummary(result, { lang: global.lang, color, width: process.stdout.columns ?? 100 }),
    );
    process.stdout.write('\n');
    process.stdout.write(`model: ${result.modelId} (${result.modelName} v${result.modelVersion})\n`);
    if (flags.html) process.stdout.write(`report: ${flags.html}\n`);
  });
}
