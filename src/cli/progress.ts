/**
 * @module cli/progress
 * A progress bar on the terminal (stderr), drawn only when stderr is a TTY and `--quiet`/`--json` are off,
 * redrawn at most ten times a second. Off a TTY it prints nothing, so piped output stays clean.
 *
 * @example
 * ```ts
 * import { createProgress } from './progress.js';
 * const bar = createProgress('reading bank.csv', { total: 5_834_924, unit: 'bytes' });
 * bar.update(1_000_000);
 * bar.done('41,188 rows');
 * ```
 */

/** A progress display for one phase. */
export interface Progress {
  /** Set the amount done (same unit as `total`). */
  update(done: number, note?: string): void;
  /** Finish the phase, with an optional result note. */
  done(note?: string): void;
}

/** Options of a progress display. */
export interface ProgressOptions {
  readonly total?: number;
  readonly unit?: 'bytes' | 'items' | 'steps';
  readonly enabled?: boolean;
  readonly stream?: NodeJS.WriteStream;
}

const WIDTH = 28;

function formatAmount(n: number, unit: ProgressOptions['unit']): string {
  if (unit !== 'bytes') return n.toLocaleString('en-US');
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(2)} GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(0)} KiB`;
  return `${n} B`;
}

/**
 * Create a progress bar for a phase.
 *
 * @example
 * ```ts
 * const p = createProgress('profiling', { total: 21, unit: 'steps' });
 * ```
 */
export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = (options.enabled ?? true) && stream.isTTY === true;
  const started = Date.now();
  let lastDraw = 0;
  const draw = (done: number, note = '', final = false) => {
    if (!enabled) return;
    const now = Date.now();
    if (!final && now - lastDraw < 100) return;
    lastDraw = now;
    const seconds = ((now - started) / 1000).toFixed(1);
    let bar = '';
    if (options.total && options.total > 0) {
      const share = Math.min(1, done / options.total);
      const filled = Math.round(share * WIDTH);
      bar = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)} % `;
    }
    const amount = options.total
      ? `${formatAmount(done, options.unit)} / ${formatAmount(options.total, options.unit)}`
      : '';
    const line = `${label} ${bar}${amount} ${seconds}s ${note}`.trimEnd();
    const columns = stream.columns ?? 100;
    stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}${final ? '\n' : ''}`);
  };
  return {
    update: (done, note) => draw(done, note),
    done: (note) => draw(options.total ?? 0, note ? `— ${note}` : '', true),
  };
}
