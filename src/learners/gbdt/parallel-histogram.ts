/**
 * @module learners/gbdt/parallel-histogram
 * Multi-core histogram building for `threads > 1`. The row-major bytes, the row-index buffer and the
 * gradients live in `SharedArrayBuffer`s; the dense feature slots are split into one fixed block per thread.
 * The main thread adds its block (and the sparse entries) straight into the node's histogram while each
 * worker adds its block into a shared output histogram, which is then copied over. Every bin still sums its
 * rows in row order, exactly as the one-thread loop does, so the fitted model is bit-identical for any
 * thread count. (Row chunks reduced afterwards would be faster to balance but change the rounding of the
 * sums.) The fit stays synchronous: a hand-off is a sequence number in a shared control word; workers spin
 * briefly and then sleep on it (`Atomics.wait`), the main thread waits the same way for their count.
 * Only nodes with at least `PARALLEL_MIN_ROWS` rows are handed off. `close()` stops and terminates the
 * workers (call it in a `finally`).
 *
 * @example
 * ```ts
 * import { createParallelHistogram } from './parallel-histogram.js';
 * const par = createParallelHistogram(data, 2, 2, 1);
 * try { par?.build(hist, par.gradients[0], 0, n, false); } finally { par?.close(); }
 * ```
 */
import { Worker } from 'node:worker_threads';
import type { BinnedData } from './binned-data.js';
import type { KernelScratch } from './histogram-kernel.js';
import { CONTROL, CONTROL_WORDS, WORKER_SOURCE, blockKernelSource } from './histogram-worker-source.js';

/**
 * Nodes with fewer rows are built on the main thread alone (a hand-off costs a few microseconds).
 *
 * @example
 * ```ts
 * PARALLEL_MIN_ROWS; // 8192
 * ```
 */
export const PARALLEL_MIN_ROWS = 8192;

const WORKER_SPINS = 20_000;
const MAIN_SPINS = 200_000;
const WAIT_LIMIT_SECONDS = 120;

/** Shared buffers and workers of one fit. */
export interface ParallelHistogram {
  /** Row-index buffer (shared) the grower partitions in place. */
  readonly rows: Uint32Array;
  /** Gradient/hessian buffers (shared), one per output. */
  readonly gradients: readonly Float64Array[];
  /** Add rows `rows[begin..end)` with gradients `gh` (one of `gradients`) into `hist` (zeroed). */
  build(hist: Float64Array, gh: Float64Array, begin: number, end: number, gathered: boolean): void;
  /** Stop and terminate the workers. */
  close(): void;
  /** The worker threads (a terminated worker's `threadId` is -1). */
  readonly workers: readonly Worker[];
}

type Kernel = (
  hist: Float64Array,
  rm: Uint8Array,
  rm32: Uint32Array,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
  rowPtr: Uint32Array,
  entries: Uint32Array,
  scratch: KernelScratch,
) => void;

const PARAMS = ['hist', 'rm', 'rm32', 'gh', 'rows', 'begin', 'end', 'rowPtr', 'entries', 'scratch'];

/**
 * Start `threads - 1` workers for histogram building on `data` with `outputs` gradient buffers; null when
 * there is nothing to split (fewer than two dense slots) or code generation is disabled.
 *
 * @example
 * ```ts
 * const par = createParallelHistogram(data, 2, 2, 1);
 * ```
 */
export function createParallelHistogram(
  data: BinnedData,
  channels: 2 | 3,
  threads: number,
  outputs: number,
): ParallelHistogram | null {
  const dense = data.denseFeatures.length;
  const blocks = Math.min(threads, dense);
  if (blocks < 2) return null;
  const starts = Array.from(data.denseFeatures, (f) => data.offsets[f] * channels);
  const sparse = data.entries.length > 0;
  // blocks of whole 4-byte words where possible, so each worker gathers only its words
  const words = Math.ceil(dense / 4);
  const perBlock = words >= blocks ? Math.ceil(words / blocks) * 4 : Math.ceil(dense / blocks);
  const blockSlots: number[][] = [];
  for (let b = 0; b < blocks; b++) {
    const slots: number[] = [];
    for (let s = b * perBlock; s < Math.min(dense, (b + 1) * perBlock); s++) slots.push(s);
    if (slots.length > 0) blockSlots.push(slots);
  }
  if (blockSlots.length < 2) return null;
  let mainDirect: Kernel;
  let mainGathered: Kernel;
  const mainSlots = blockSlots[0];
  const mainStarts = mainSlots.map((s) => starts[s]);
  try {
    mainDirect = new Function(
      ...PARAMS,
      blockKernelSource(mainStarts, mainSlots, data.stride, channels, sparse, false),
    ) as Kernel;
    mainGathered = new Function(
      ...PARAMS,
      blockKernelSource(mainStarts, mainSlots, data.stride, channels, sparse, true),
    ) as Kernel;
  } catch {
    return null;
  }

  const n = data.rowCount;
  const rowMajorBuffer = new SharedArrayBuffer(data.rowMajor.byteLength);
  const rowMajor = new Uint8Array(rowMajorBuffer);
  rowMajor.set(data.rowMajor);
  const rowWords = new Uint32Array(rowMajorBuffer);
  const rowsBuffer = new SharedArrayBuffer(4 * n);
  const gradientBuffers = Array.from({ length: outputs }, () => new SharedArrayBuffer(16 * n));
  const gradients: Float64Array[] = gradientBuffers.map((b) => new Float64Array(b));
  const histLength = data.totalBins * channels;
  const out = new Float64Array(new SharedArrayBuffer(8 * histLength));
  const control = new SharedArrayBuffer(4 * CONTROL_WORDS);
  const ctl = new Int32Array(control);
  const scratchBuffer = new ArrayBuffer(256 * data.stride);
  const scratch: KernelScratch = {
    bytes: new Uint8Array(scratchBuffer),
    words: new Uint32Array(scratchBuffer),
    gradients: new Float64Array(512),
  };
  const nf = data.featureCount;
  const copyRanges: number[] = [];
  const workers: Worker[] = [];
  for (let b = 1; b < blockSlots.length; b++) {
    const slots = blockSlots[b];
    const blockStarts = slots.map((s) => starts[s]);
    const ranges: number[] = [];
    for (const s of slots) {
      const f = data.denseFeatures[s];
      ranges.push(data.offsets[f] * channels, (f + 1 < nf ? data.offsets[f + 1] : data.totalBins) * channels);
    }
    copyRanges.push(...ranges);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        control,
        rowMajor: rowMajorBuffer,
        rows: rowsBuffer,
        gradients: gradientBuffers,
        hist: out.buffer,
        stride: data.stride,
        directBody: blockKernelSource(blockStarts, slots, data.stride, channels, false, false),
        gatheredBody: blockKernelSource(blockStarts, slots, data.stride, channels, false, true),
        ranges,
        spins: WORKER_SPINS,
      },
    });
    worker.unref();
    workers.push(worker);
  }
  const rows = new Uint32Array(rowsBuffer);
  let closed = false;

  const close = (): void => {
    if (closed) return;
    closed = true;
    Atomics.store(ctl, CONTROL.stop, 1);
    Atomics.add(ctl, CONTROL.seq, 1);
    Atomics.notify(ctl, CONTROL.seq);
    for (const w of workers) void w.terminate();
  };

  const build = (hist: Float64Array, gh: Float64Array, begin: number, end: number, gathered: boolean): void => {
    const g = gradients.indexOf(gh);
    if (g < 0 || closed) throw new Error('parallel histogram: gradients not shared or workers closed');
    Atomics.store(ctl, CONTROL.done, 0);
    Atomics.store(ctl, CONTROL.begin, begin);
    Atomics.store(ctl, CONTROL.end, end);
    Atomics.store(ctl, CONTROL.gradients, g);
    Atomics.store(ctl, CONTROL.gathered, gathered ? 1 : 0);
    Atomics.add(ctl, CONTROL.seq, 1);
    Atomics.notify(ctl, CONTROL.seq);
    (gathered ? mainGathered : mainDirect)(
      hist,
      rowMajor,
      rowWords,
      gh,
      rows,
      begin,
      end,
      data.rowPtr,
      data.entries,
      scratch,
    );
    const expected = workers.length;
    let spins = 0;
    let waited = 0;
    for (;;) {
      const done = Atomics.load(ctl, CONTROL.done);
      if (done >= expected) break;
      if (spins < MAIN_SPINS) spins++;
      else if (Atomics.wait(ctl, CONTROL.done, done, 1000) === 'timed-out' && ++waited >= WAIT_LIMIT_SECONDS) {
        // a worker that never started (or died) cannot report itself while this thread blocks
        close();
        throw new Error('parallel histogram: the workers did not answer');
      }
    }
    if (Atomics.load(ctl, CONTROL.failed) !== 0) {
      close();
      throw new Error('parallel histogram: a worker failed');
    }
    for (let j = 0; j < copyRanges.length; j += 2) {
      hist.set(out.subarray(copyRanges[j], copyRanges[j + 1]), copyRanges[j]);
    }
  };
  return { rows, gradients, build, close, workers };
}
