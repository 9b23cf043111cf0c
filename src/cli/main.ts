/**
 * @module cli/main
 * The `leitwerk` command line: parses arguments (commander), runs a command, and turns every error into a
 * clear message and an exit code (see `cli/exit-codes.ts`) — never a stack trace for bad input.
 *
 * @example
 * ```ts
 * import { run } from './main.js';
 * process.exitCode = await run(['inspect', 'customers.csv', '--target', 'churn']);
 * ```
 */
import { Command, CommanderError, Option } from 'commander';
import { isLeitwerkError } from '../util/errors.js';
import { type Language, formatMessage } from '../util/messages.js';
import { registerClean } from './commands/clean.js';
import { registerDemo } from './commands/demo.js';
import { registerEnrich } from './commands/enrich.js';
import { registerExplain } from './commands/explain.js';
import { registerInspect } from './commands/inspect.js';
import { registerPredict } from './commands/predict.js';
import { registerTrain } from './commands/train.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { version } from './version.js';

/**
 * Build the command tree (exported for tests and for generated docs).
 *
 * @example
 * ```ts
 * buildProgram().commands.map((c) => c.name()); // ['inspect', 'clean', 'enrich', 'demo']
 * ```
 */
export function buildProgram(): Command {
  const program = new Command('leitwerk')
    .description('Train, check and steer your own marketing models — data checks, cleaning and enrichment.')
    .version(version(), '-V, --version')
    .addOption(new Option('--lang <lang>', 'language of messages and reports').choices(['en', 'de']).default('en'))
    .option('-q, --quiet', 'no progress bars')
    .showHelpAfterError('(run leitwerk --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerInspect(program);
  registerClean(program);
  registerEnrich(program);
  registerTrain(program);
  registerPredict(program);
  registerExplain(program);
  registerDemo(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

let pipeGuarded = false;

/**
 * `leitwerk inspect … | head` closes stdout early; that is the reader's choice, not an error. Without a
 * handler Node throws EPIPE from the next write; with it, further output is dropped and the run ends normally.
 */
function ignoreClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/**
 * Run the CLI with arguments (without `node` and the script) and return the exit code.
 *
 * @example
 * ```ts
 * await run(['--version']); // 0
 * ```
 */
export async function run(argv: readonly string[]): Promise<number> {
  ignoreClosedPipe();
  const program = buildProgram();
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  program.setOptionValue('signal', abort.signal);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end "with an error" in commander; they are successes.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      return EXIT.badInput;
    }
    const lang = (program.opts().lang ?? 'en') as Language;
    if (isLeitwerkError(error)) {
      process.stderr.write(`leitwerk: ${error.localized(lang)}\n`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`leitwerk: ${formatMessage('internal.unexpected', { reason }, lang)}\n`);
      if (process.env.LEITWERK_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
    return abort.signal.aborted ? EXIT.interrupted : exitCodeFor(error);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
