/**
 * @module automl/trial-worker
 * The worker-thread side of the trial pool: receives the shared fold data once, then fit tasks, and answers
 * each with its result (or the error message of a failed fit, which fails that candidate, not the run).
 *
 * @example
 * ```ts
 * // started by trial-pool.ts: new Worker(new URL('./trial-worker.js', import.meta.url))
 * ```
 */
import { parentPort } from 'node:worker_threads';
import { type FitTask, runFitTask } from './fit-task.js';
import type { FoldData } from './fold-data.js';

let data: FoldData | null = null;

parentPort?.on('message', (message: { type: 'init'; data: FoldData } | { type: 'task'; task: FitTask }) => {
  if (message.type === 'init') {
    data = message.data;
    return;
  }
  const task = message.task;
  try {
    if (!data) throw new Error('trial worker used before init');
    const result = runFitTask(data, task);
    parentPort?.postMessage({ type: 'result', result }, [result.valid.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({
      type: 'error',
      id: task.id,
      fold: task.fold,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
