/**
 * @module learners/gbdt/parallel-histogram
 * The worker threads of a fit with `threads > 1`, and the three jobs they share with the main thread. The
 * binned data (`binMatrix(…, shared = true)`), the row-index buffer, gradients, scores and one histogram per
 * row part live in `SharedArrayBuffer`s; a job is cut into pieces that the main thread and the workers take
 * from a shared counter, so the main thread never waits for a worker that has not started (it takes the
 * piece itself).
 * - Histograms: a large node is cut into row parts (`histogram-parts.ts`: how depends only on its row
 *   count); each part is summed into its own histogram and the main thread adds them in part order — the
 *   same sums as one thread summing the parts one after another, so models are bit-identical for any
 *   thread count. Each thread reads only its own rows (feature blocks made every thread fetch every row).
 * - Partitions: each piece of a large node is partitioned stably in place, then the main thread joins the
 *   pieces' left and right runs; a stable partition has one result, however it is computed.
 * - Score updates: each piece adds the tree's leaf values to the scores of its positions' rows.
 * - Gradients (objectives with a `gradientRange`, e.g. binary): each piece computes the next round's
 *   gradients of its rows from the same source text — the same numbers as one thread's.
 * A hand-off is a sequence number in a shared control word; workers spin briefly and then sleep on it
 * (`Atomics.wait`). `close()` stops and terminates the workers (call it in a `finally`).
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
import { CHUNK_ROWS, histogramKernels, kernelScratch, kernelSources } from './histogram-kernel.js';
import { MAX_PARTS, PART_MIN_ROWS, partCount, partStart, sumParts } from './histogram-parts.js';
import { CONTROL, CONTROL_WORDS, JOB, JOB_MASK, WORKER_SOURCE } from './histogram-worker-source.js';
import type { GradientRange } from './objectives.js';

/**
 * Nodes with fewer rows are summed in one go on the main thread (they are not cut into parts).
 *
 * @example
 * ```ts
 * PARALLEL_MIN_ROWS; // 8192
 * ```
 */
export const PARALLEL_MIN_ROWS = 2 * PART_MIN_ROWS;

const WORKER_SPINS = 200_000;
const MAIN_SPINS = 2_000_000;
const WAIT_LIMIT_SECONDS = 120;
/** Rows per piece, at least, of a partition or score update handed to the workers (smaller: main alone). */
const PIECE_MIN_ROWS = 32_768;

/** Shared buffers and workers of one fit. */
export interface ParallelHistogram {
  /** Row-index buffer (shared) the grower partitions in place, and its scratch twin. */
  readonly rows: Uint32Array;
  readonly tmp: Uint32Array;
  /** Gradient/hessian buffers (shared), one per output. */
  readonly gradients: readonly Float64Array[];
  /** Score buffers (shared), one per output. */
  readonly scores: readonly Float64Array[];
  /**
   * Set `hist` to the sums over rows `rows[begin..end)` (at least `PARALLEL_MIN_ROWS`) with gradients `gh`
   * (one of `gradients`), in row parts; `gathered` picks the loop for scattered rows.
   */
  build(hist: Float64Array, gh: Float64Array, begin: number, end: number, gathered: boolean): void;
  /**
   * Stable partition of `rows[begin..end)` by `lut[bin of feature]` (1 = left), as `partition()` does;
   * returns the first right position. Large ranges are cut into pieces for the workers.
   */
  partition(feature: number, lut: Uint8Array, begin: number, end: number): number;
  /** `scores[output][rows[i]] += leafValue[k]` for every leaf k and position i in `[leafBegin[k], leafEnd[k])`. */
  addLeafValues(
    output: number,
    leafBegin: Int32Array,
    leafEnd: Int32Array,
    leafValue: Float64Array,
    sampleCount: number,
  ): void;
  /**
   * Fill `gradients[0]` for every row from `scores[0]` on all threads; null when the fit was started
   * without a `gradientRange` (then the caller computes them).
   */
  readonly computeGradients: (() => void) | null;
  /** Stop and terminate the workers. */
  close(): void;
  /** The worker threads (a terminated worker's `threadId` is -1). */
  readonly workers: readonly Worker[];
}

/** `source` itself when it is already in shared memory, else a shared copy. */
function shared<T extends Uint8Array | Uint32Array>(source: T, make: (b: SharedArrayBuffer) => T): T {
  const whole = source.byteOffset === 0 && source.byteLength === source.buffer.byteLength;
  if (source.buffer instanceof SharedArrayBuffer && whole) return source;
  const out = make(new SharedArrayBuffer(Math.max(4, source.byteLength)));
  out.set(source);
  return out;
}

/** The stable partition of one piece, as the workers run it; returns its left count. */
function partitionPiece(
  rows: Uint32Array,
  tmp: Uint32Array,
  col: Uint8Array,
  lut: Uint8Array,
  from: number,
  to: number,
): number {
  let nl = from;
  let nr = from;
  for (let i = from; i < to; i++) {
    const r = rows[i];
    const l = lut[col[r]];
    rows[nl] = r;
    tmp[nr] = r;
    nl += l;
    nr += 1 - l;
  }
  rows.set(tmp.subarray(from, nr), nl);
  return nl - from;
}

/**
 * Start `threads - 1` workers for histogram building, partitions and score updates on `data` with `outputs`
 * gradient and score buffers, for trees of up to `maxLeaves` leaves; null when one thread is asked for, the
 * data are too small to be cut into parts, or code generation is disabled.
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
  maxLeaves = 2,
  objective?: { readonly range: GradientRange; readonly y: Float64Array; readonly w: Float64Array | null },
): ParallelHistogram | null {
  const n = data.rowCount;
  const workerCount = Math.min(threads, partCount(n)) - 1;
  if (workerCount < 1) return null;
  let source: { direct: string; gathered: string };
  try {
    source = kernelSources(data, channels);
    // the workers compile the same text; fail here, not in a worker, where code generation is off
    new Function(source.direct);
  } catch {
    return null;
  }
  const kernels = histogramKernels(data, channels);
  const rowMajor = shared(data.rowMajor, (b) => new Uint8Array(b));
  const rowWords = new Uint32Array(rowMajor.buffer, 0, rowMajor.length >> 2);
  const rowPtr = shared(data.rowPtr, (b) => new Uint32Array(b));
  const entries = shared(data.entries, (b) => new Uint32Array(b));
  const columns = data.columns.map((c) => shared(c, (b) => new Uint8Array(b)));
  const rowsBuffer = new SharedArrayBuffer(4 * n);
  const tmp = new Uint32Array(new SharedArrayBuffer(4 * n));
  const gradientBuffers = Array.from({ length: outputs }, () => new SharedArrayBuffer(16 * n));
  const gradients: Float64Array[] = gradientBuffers.map((b) => new Float64Array(b));
  const scores = Array.from({ length: outputs }, () => new Float64Array(new SharedArrayBuffer(8 * n)));
  const lut = new Uint8Array(new SharedArrayBuffer(260));
  const lefts = new Int32Array(new SharedArrayBuffer(4 * MAX_PARTS));
  const leafBounds = new Int32Array(new SharedArrayBuffer(8 * maxLeaves));
  const leafValues = new Float64Array(new SharedArrayBuffer(8 * maxLeaves));
  const histLength = data.totalBins * channels;
  const maxParts = Math.min(MAX_PARTS, partCount(n));
  const partBuffers = Array.from({ length: maxParts }, () => new SharedArrayBuffer(8 * histLength));
  const parts = partBuffers.map((b) => new Float64Array(b));
  const control = new SharedArrayBuffer(4 * CONTROL_WORDS);
  const ctl = new Int32Array(control);
  const scratch = kernelScratch(data);
  const sharedCopy = (a: Float64Array): Float64Array => {
    const out = new Float64Array(new SharedArrayBuffer(8 * Math.max(1, a.length)));
    out.set(a);
    return out;
  };
  const target = objective && outputs === 1 ? sharedCopy(objective.y) : null;
  const weights = target && objective?.w ? sharedCopy(objective.w) : null;
  const workers: Worker[] = [];
  for (let t = 0; t < workerCount; t++) {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        control,
        rowMajor: rowMajor.buffer,
        rows: rowsBuffer,
        gradients: gradientBuffers,
        parts: partBuffers,
        rowPtr: rowPtr.buffer,
        entries: entries.buffer,
        tmp: tmp.buffer,
        columns: columns.map((c) => c.buffer),
        scores: scores.map((c) => c.buffer),
        lut: lut.buffer,
        lefts: lefts.buffer,
        leafBounds: leafBounds.buffer,
        leafValues: leafValues.buffer,
        stride: data.stride,
        chunkRows: CHUNK_ROWS,
        directBody: source.direct,
        gatheredBody: source.gathered,
        spins: WORKER_SPINS,
        gradientSource: target && objective ? String(objective.range) : null,
        target: target?.buffer ?? null,
        weights: weights?.buffer ?? null,
      },
    });
    worker.unref();
    workers.push(worker);
  }
  const rows = new Uint32Array(rowsBuffer);
  let closed = false;
  let seq = 0;

  const close = (): void => {
    if (closed) return;
    closed = true;
    Atomics.store(ctl, CONTROL.stop, 1);
    Atomics.store(ctl, CONTROL.seq, ++seq);
    Atomics.notify(ctl, CONTROL.seq);
    for (const w of workers) void w.terminate();
  };

  /** Start a job of `count` pieces of `[begin, end)`; the caller then takes pieces itself (`claim`). */
  const start = (kind: number, begin: number, end: number, count: number, which: number, extra: number): number => {
    if (closed) throw new Error('parallel histogram: workers closed');
    seq = (seq + 1) | 0;
    const job = seq & JOB_MASK;
    Atomics.store(ctl, CONTROL.finished, 0);
    Atomics.store(ctl, CONTROL.kind, kind);
    Atomics.store(ctl, CONTROL.begin, begin);
    Atomics.store(ctl, CONTROL.end, end);
    Atomics.store(ctl, CONTROL.parts, count);
    Atomics.store(ctl, CONTROL.feature, which);
    Atomics.store(ctl, CONTROL.gradients, kind === JOB.histogram ? which : 0);
    Atomics.store(ctl, CONTROL.gathered, extra);
    Atomics.store(ctl, CONTROL.leaves, extra);
    Atomics.store(ctl, CONTROL.claim, job << 8);
    Atomics.store(ctl, CONTROL.seq, seq);
    Atomics.notify(ctl, CONTROL.seq);
    return job;
  };
  /** The next piece of the current job, or -1 when all are taken. */
  const claim = (count: number): number => {
    for (;;) {
      const v = Atomics.load(ctl, CONTROL.claim);
      const j = v & 255;
      if (j >= count) return -1;
      if (Atomics.compareExchange(ctl, CONTROL.claim, v, v + 1) === v) return j;
    }
  };
  /** Wait until all `count` pieces are finished. */
  const finish = (count: number): void => {
    let spins = 0;
    let waited = 0;
    for (;;) {
      const finished = Atomics.load(ctl, CONTROL.finished);
      if (finished >= count) break;
      if (spins < MAIN_SPINS) spins++;
      else if (Atomics.wait(ctl, CONTROL.finished, finished, 1000) === 'timed-out' && ++waited >= WAIT_LIMIT_SECONDS) {
        // a worker that took a piece and died cannot report itself while this thread blocks
        close();
        throw new Error('parallel histogram: the workers did not answer');
      }
    }
    if (Atomics.load(ctl, CONTROL.failed) !== 0) {
      close();
      throw new Error('parallel histogram: a worker failed');
    }
  };
  const pieces = (rowCount: number): number =>
    Math.min(MAX_PARTS, 2 * (workers.length + 1), Math.floor(rowCount / PIECE_MIN_ROWS));

  const build = (hist: Float64Array, gh: Float64Array, begin: number, end: number, gathered: boolean): void => {
    const g = gradients.indexOf(gh);
    if (g < 0) throw new Error('parallel histogram: gradients not shared');
    const count = partCount(end - begin);
    start(JOB.histogram, begin, end, count, g, gathered ? 1 : 0);
    const kernel = gathered ? kernels.gathered : kernels.direct;
    for (let j = claim(count); j >= 0; j = claim(count)) {
      const p = parts[j];
      p.fill(0);
      const from = partStart(begin, end, count, j);
      const to = partStart(begin, end, count, j + 1);
      kernel(p, rowMajor, rowWords, gh, rows, from, to, rowPtr, entries, scratch);
      Atomics.add(ctl, CONTROL.finished, 1);
    }
    finish(count);
    sumParts(hist, parts, count);
  };

  const partition = (feature: number, table: Uint8Array, begin: number, end: number): number => {
    const count = pieces(end - begin);
    const col = columns[feature];
    if (count < 2) return partitionPiece(rows, tmp, col, table, begin, end) + begin;
    lut.set(table.subarray(0, Math.min(table.length, lut.length)));
    start(JOB.partition, begin, end, count, feature, 0);
    for (let j = claim(count); j >= 0; j = claim(count)) {
      lefts[j] = partitionPiece(
        rows,
        tmp,
        col,
        lut,
        partStart(begin, end, count, j),
        partStart(begin, end, count, j + 1),
      );
      Atomics.add(ctl, CONTROL.finished, 1);
    }
    finish(count);
    // join the pieces [L0 R0 L1 R1 …] into [L0 L1 … R0 R1 …] through tmp (L0 is in place)
    let mid = begin;
    for (let j = 0; j < count; j++) mid += lefts[j];
    let left = begin + lefts[0];
    let right = mid;
    for (let j = 0; j < count; j++) {
      const from = partStart(begin, end, count, j);
      const to = partStart(begin, end, count, j + 1);
      const split = from + lefts[j];
      if (j > 0) {
        tmp.set(rows.subarray(from, split), left);
        left += split - from;
      }
      tmp.set(rows.subarray(split, to), right);
      right += to - split;
    }
    const first = begin + lefts[0];
    rows.set(tmp.subarray(first, end), first);
    return mid;
  };

  const addLeafValues = (
    output: number,
    leafBegin: Int32Array,
    leafEnd: Int32Array,
    leafValue: Float64Array,
    sampleCount: number,
  ): void => {
    const s = scores[output];
    const leaves = leafValue.length;
    if (leaves > leafValues.length) throw new Error('parallel histogram: more leaves than planned');
    for (let k = 0; k < leaves; k++) {
      leafBounds[2 * k] = leafBegin[k];
      leafBounds[2 * k + 1] = leafEnd[k];
      leafValues[k] = leafValue[k];
    }
    const add = (from: number, to: number): void => {
      for (let k = 0; k < leaves; k++) {
        const lo = leafBounds[2 * k] > from ? leafBounds[2 * k] : from;
        const hi = leafBounds[2 * k + 1] < to ? leafBounds[2 * k + 1] : to;
        const v = leafValues[k];
        for (let i = lo; i < hi; i++) s[rows[i]] += v;
      }
    };
    const count = pieces(sampleCount);
    if (count < 2) {
      add(0, sampleCount);
      return;
    }
    start(JOB.scores, 0, sampleCount, count, output, leaves);
    for (let j = claim(count); j >= 0; j = claim(count)) {
      add(partStart(0, sampleCount, count, j), partStart(0, sampleCount, count, j + 1));
      Atomics.add(ctl, CONTROL.finished, 1);
    }
    finish(count);
  };
  const range = objective?.range;
  const computeGradients =
    target && range
      ? (): void => {
          const s = scores[0];
          const gh = gradients[0];
          const count = pieces(n);
          if (count < 2) {
            range(target, weights, s, gh, 0, n);
            return;
          }
          start(JOB.gradients, 0, n, count, 0, 0);
          for (let j = claim(count); j >= 0; j = claim(count)) {
            range(target, weights, s, gh, partStart(0, n, count, j), partStart(0, n, count, j + 1));
            Atomics.add(ctl, CONTROL.finished, 1);
          }
          finish(count);
        }
      : null;
  return { rows, tmp, gradients, scores, build, partition, addLeafValues, computeGradients, close, workers };
}
