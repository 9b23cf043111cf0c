/**
 * @module learners/forest/forest-pool
 * Growing a forest's trees on `threads` threads: the calling thread and `threads − 1` workers (started from
 * generated source, forest-worker-source.ts) share the binned data (`SharedArrayBuffer`s, handed over once)
 * and take tree indexes from one shared counter; each tree is grown from its own seed, so the trees — and
 * the model — are the same for any thread count. Workers post finished trees on a message port which the
 * calling thread reads synchronously (`receiveMessageOnPort`) between its own trees and, at the end, while
 * it sleeps on the shared delivery count (`Atomics.wait`); the fit stays synchronous. A tree a worker could
 * not grow (an error, or no answer for `STALL_SECONDS`) is grown on the calling thread. `onTree` runs on the
 * calling thread after every tree (progress; it may abort the signal), the signal is checked between trees,
 * and `close()` stops and terminates the workers — call it in a `finally`.
 *
 * @example
 * ```ts
 * import { createForestPool } from './forest-pool.js';
 * const pool = createForestPool(data, seeds, plan, 2);
 * try { trees = pool.grow(signal, onTree); } finally { pool.close(); }
 * ```
 */
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { throwIfAborted } from '../abort.js';
import type { CartTree } from '../tree/cart-tree.js';
import { FOREST_CONTROL, FOREST_CONTROL_WORDS, forestWorkerSource } from './forest-worker-source.js';
import { FOREST_TREE_TOOLS, type TreePlan, createTreeScratch, growForestTree } from './forest-tree-task.js';
import type { ForestData } from './grow-hist-tree.js';

/** Seconds without any delivery after which the calling thread grows the missing trees itself. */
const STALL_SECONDS = 300;

/** Trees grown on several threads. */
export interface ForestPool {
  /** Grow every tree (index order in the result); `onTree(done)` after each tree received. */
  grow(signal: AbortSignal | undefined, onTree?: (done: number) => void): CartTree[];
  /** Stop and terminate the workers (idempotent). */
  close(): void;
  /** The worker threads (a terminated worker's `threadId` is -1). */
  readonly workers: readonly Worker[];
  /** How many trees the workers delivered so far. */
  treesFromWorkers(): number;
}

interface TreeMessage {
  readonly index: number;
  readonly tree?: CartTree;
  readonly error?: string;
}

/**
 * A pool for one fit: `threads − 1` workers (none when `threads` ≤ 1 or there is only one tree). `data` must
 * live in `SharedArrayBuffer`s (columns, y, weights) for the workers to share it without copies.
 *
 * @example
 * ```ts
 * const pool = createForestPool(data, [11, 12, 13], plan, 2);
 * ```
 */
export function createForestPool(
  data: ForestData,
  seeds: readonly number[],
  plan: TreePlan,
  threads: number,
): ForestPool {
  const total = seeds.length;
  const control = new SharedArrayBuffer(4 * FOREST_CONTROL_WORDS);
  const ctl = new Int32Array(control);
  const workerCount = Math.max(0, Math.min(threads, total) - 1);
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  let closed = false;
  let fromWorkers = 0;
  const close = (): void => {
    if (closed) return;
    closed = true;
    Atomics.store(ctl, FOREST_CONTROL.stop, 1);
    for (const port of ports) port.close();
    for (const worker of workers) void worker.terminate();
  };
  if (workerCount > 0) {
    const source = forestWorkerSource();
    try {
      for (let k = 0; k < workerCount; k++) {
        const channel = new MessageChannel();
        const worker = new Worker(source, {
          eval: true,
          workerData: { data, seeds, plan, control, port: channel.port2 },
          transferList: [channel.port2],
        });
        worker.unref();
        // a worker that fails to start takes no tree; the calling thread grows them
        worker.on('error', () => undefined);
        workers.push(worker);
        ports.push(channel.port1);
      }
    } catch (error) {
      close();
      throw error;
    }
  }

  const grow = (signal: AbortSignal | undefined, onTree?: (done: number) => void): CartTree[] => {
    const trees: (CartTree | undefined)[] = new Array(total);
    const retry: number[] = [];
    let received = 0;
    let scratch: ReturnType<typeof createTreeScratch> | null = null;
    const growHere = (index: number): void => {
      scratch ??= createTreeScratch(data.y.length);
      accept(index, growForestTree(data, seeds[index], plan, scratch, FOREST_TREE_TOOLS));
    };
    const accept = (index: number, tree: CartTree): void => {
      if (trees[index] !== undefined) return;
      trees[index] = Object.freeze(tree);
      received++;
      onTree?.(received);
    };
    const drain = (): void => {
      for (const port of ports) {
        for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
          const message = m.message as TreeMessage;
          if (message.tree) {
            fromWorkers++;
            accept(message.index, message.tree);
          } else retry.push(message.index);
        }
      }
    };
    for (;;) {
      throwIfAborted(signal, 'random_forest');
      if (closed) throw new Error('forest pool: closed');
      drain();
      const index = Atomics.add(ctl, FOREST_CONTROL.next, 1);
      if (index >= total) break;
      growHere(index);
    }
    let waited = 0;
    while (received < total) {
      throwIfAborted(signal, 'random_forest');
      const seen = Atomics.load(ctl, FOREST_CONTROL.delivered);
      drain();
      const again = retry.shift();
      if (again !== undefined) {
        growHere(again);
        continue;
      }
      if (received >= total) break;
      if (Atomics.wait(ctl, FOREST_CONTROL.delivered, seen, 1000) !== 'timed-out') waited = 0;
      else if (++waited >= STALL_SECONDS) {
        // no worker delivered for a long time (one died): grow what is missing here
        Atomics.store(ctl, FOREST_CONTROL.stop, 1);
        for (let i = 0; i < total; i++) if (trees[i] === undefined) retry.push(i);
      }
    }
    throwIfAborted(signal, 'random_forest');
    return trees as CartTree[];
  };
  return { grow, close, workers, treesFromWorkers: () => fromWorkers };
}
