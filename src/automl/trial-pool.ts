/**
 * @module automl/trial-pool
 * Runs fit tasks on worker threads (one per core by default) over the shared fold data, or in the main thread
 * when one worker is asked for. Results come back in task order whatever thread finished first, so a search
 * driven batch by batch is deterministic. Aborting terminates the workers at once; `close` always does.
 *
 * Under the test runner the sources are TypeScript: the worker is then started with the `tsx` loader.
 *
 * @example
 * ```ts
 * import { createTrialPool } from './trial-pool.js';
 * const pool = createTrialPool(data, 2);
 * try {
 *   const results = await pool.run(tasks, signal);
 * } finally {
 *   await pool.close();
 * }
 * ```
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CancelledError } from '../util/errors.js';
import { type FitResult, type FitTask, runFitTask } from './fit-task.js';
import type { FoldData } from './fold-data.js';

/** A failed fit: the candidate is dropped with this message. */
export interface FitFailure {
  readonly id: number;
  readonly fold: number;
  readonly error: string;
}

/** A pool of fit workers. */
export interface TrialPool {
  readonly workers: number;
  /** Run the tasks; results in task order. Rejects with `CancelledError` when `signal` aborts. */
  run(tasks: readonly FitTask[], signal?: AbortSignal): Promise<(FitResult | FitFailure)[]>;
  close(): Promise<void>;
}

function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./trial-worker.js', here));
  // TypeScript sources (the test runner): register tsx's loader in the worker, then load the worker module
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const worker = new URL('./trial-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function inline(data: FoldData): TrialPool {
  return {
    workers: 1,
    async run(tasks, signal) {
      const out: (FitResult | FitFailure)[] = [];
      for (const task of tasks) {
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new CancelledError('train.cancelled', {});
        try {
          out.push(runFitTask(data, task, signal));
        } catch (error) {
          if (error instanceof CancelledError) throw error;
          out.push({ id: task.id, fold: task.fold, error: error instanceof Error ? error.message : String(error) });
        }
      }
      return out;
    },
    async close() {},
  };
}

/**
 * A pool of `workers` threads (1 = run in the calling thread).
 *
 * @example
 * ```ts
 * const pool = createTrialPool(data, Math.max(1, os.availableParallelism()));
 * ```
 */
export function createTrialPool(data: FoldData, workers: number): TrialPool {
  if (workers <= 1) return inline(data);
  let threads: Worker[] = [];
  const ensure = () => {
    if (threads.length > 0) return;
    threads = Array.from({ length: workers }, () => {
      const w = startWorker();
      w.postMessage({ type: 'init', data });
      return w;
    });
  };
  const terminate = async () => {
    const all = threads;
    threads = [];
    await Promise.all(all.map((w) => w.terminate()));
  };
  return {
    workers,
    run(tasks, signal) {
      if (signal?.aborted) return Promise.reject(new CancelledError('train.cancelled', {}));
      ensure();
      return new Promise((resolve, reject) => {
        const results: (FitResult | FitFailure)[] = new Array(tasks.length);
        let next = 0;
        let done = 0;
        let finished = false;
        const cleanup = () => {
          finished = true;
          signal?.removeEventListener('abort', onAbort);
          for (const w of threads) w.removeAllListeners('message').removeAllListeners('error');
        };
        const onAbort = () => {
          if (finished) return;
          cleanup();
          terminate().then(() => reject(new CancelledError('train.cancelled', {})), reject);
        };
        signal?.addEventListener('abort', onAbort);
        const give = (w: Worker, slot: { at: number }) => {
          if (next >= tasks.length) return;
          slot.at = next++;
          w.postMessage({ type: 'task', task: tasks[slot.at] });
        };
        if (tasks.length === 0) {
          cleanup();
          resolve(results);
          return;
        }
        for (const w of threads) {
          const slot = { at: -1 };
          w.on('message', (m: { type: 'result'; result: FitResult } | ({ type: 'error' } & FitFailure)) => {
            if (finished) return;
            results[slot.at] = m.type === 'result' ? m.result : { id: m.id, fold: m.fold, error: m.error };
            done++;
            if (done === tasks.length) {
              cleanup();
              resolve(results);
            } else give(w, slot);
          });
          w.on('error', (error) => {
            if (finished) return;
            cleanup();
            terminate().then(() => reject(error), reject);
          });
          give(w, slot);
        }
      });
    },
    close: terminate,
  };
}
