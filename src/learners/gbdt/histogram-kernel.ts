/**
 * @module learners/gbdt/histogram-kernel
 * The histogram-building loops, compiled for one data layout. The generic loop spends most of its time on
 * bounds checks and on loading each dense feature's histogram offset; writing the loop out with the stride
 * and every dense feature's offset as constants lets V8 emit about what a C compiler emits (measured: ~1.3 ns
 * per update against ~1 ns for gcc -O2 and ~3 ns for the generic loop). Two loops per layout:
 * - `direct` reads each row's bytes where they are — best when the rows are (nearly) all rows, in order;
 * - `gathered` first copies a chunk of 256 rows' bytes and gradients into small contiguous buffers (a loop
 *   with little work per row, so many cache misses are in flight at once — what XGBoost gets from software
 *   prefetching), then builds from the chunk. A child node's rows are scattered over the data, and this
 *   halves the time per update there.
 * The source is built only from numbers of the layout — never from data or user text. Where code generation
 * is disabled (`--disallow-code-generation-from-strings`), generic loops are used.
 *
 * @example
 * ```ts
 * import { histogramKernels, kernelScratch } from './histogram-kernel.js';
 * const { direct } = histogramKernels(data, 2);
 * direct(hist, data.rowMajor, rm32, gh, rows, begin, end, data.rowPtr, data.entries, kernelScratch(data));
 * ```
 */
import type { BinnedData } from './binned-data.js';

/**
 * Rows per chunk of the gathered loop.
 *
 * @example
 * ```ts
 * kernelScratch(data).gradients.length === 2 * CHUNK_ROWS; // true
 * ```
 */
export const CHUNK_ROWS = 256;

/** Small buffers the gathered loop copies a chunk into. */
export interface KernelScratch {
  readonly bytes: Uint8Array;
  readonly words: Uint32Array;
  readonly gradients: Float64Array;
}

/** Adds rows `rows[begin..end)` into `hist` (dense features from the row-major bytes, then sparse entries). */
export type HistogramKernel = (
  hist: Float64Array,
  rowMajor: Uint8Array,
  rowWords: Uint32Array,
  gh: Float64Array,
  rows: Uint32Array,
  begin: number,
  end: number,
  rowPtr: Uint32Array,
  entries: Uint32Array,
  scratch: KernelScratch,
) => void;

/** The two loops of a layout. */
export interface HistogramKernels {
  readonly direct: HistogramKernel;
  readonly gathered: HistogramKernel;
}

const cache = new Map<string, HistogramKernels>();
const CACHE_LIMIT = 64;

/**
 * Scratch buffers for a layout's gathered loop.
 *
 * @example
 * ```ts
 * const scratch = kernelScratch(data);
 * ```
 */
export function kernelScratch(data: BinnedData): KernelScratch {
  const buffer = new ArrayBuffer(CHUNK_ROWS * data.stride);
  return {
    bytes: new Uint8Array(buffer),
    words: new Uint32Array(buffer),
    gradients: new Float64Array(2 * CHUNK_ROWS),
  };
}

/**
 * The row-major bytes of a layout as 32-bit words (the stride is a multiple of 4).
 *
 * @example
 * ```ts
 * const rm32 = rowWords(data);
 * ```
 */
export function rowWords(data: BinnedData): Uint32Array {
  return new Uint32Array(data.rowMajor.buffer, data.rowMajor.byteOffset, data.rowMajor.length >> 2);
}

/**
 * The loops for a layout and channel count (2: gradient, hessian; 3: plus row count). Cached by layout.
 *
 * @example
 * ```ts
 * histogramKernels(data, 3).direct(hist, data.rowMajor, rm32, gh, rows, 0, n, data.rowPtr, data.entries, scratch);
 * ```
 */
export function histogramKernels(data: BinnedData, channels: 2 | 3): HistogramKernels {
  const starts = Array.from(data.denseFeatures, (f) => data.offsets[f] * channels);
  const sparse = data.entries.length > 0;
  const key = `${channels}|${data.stride}|${sparse ? 1 : 0}|${starts.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let kernels: HistogramKernels;
  try {
    const source = kernelSources(data, channels);
    kernels = { direct: compile(source.direct), gathered: compile(source.gathered) };
  } catch {
    const generic = genericKernel(Int32Array.from(starts), data.stride, channels, sparse);
    kernels = { direct: generic, gathered: generic };
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, kernels);
  return kernels;
}

/**
 * The bodies of a layout's two loops (parameters as `HistogramKernel`, in that order: `hist, rm, rm32, gh,
 * rows, begin, end, rowPtr, entries, scratch`), for worker threads that compile the very same loops.
 *
 * @example
 * ```ts
 * const { direct, gathered } = kernelSources(data, 2);
 * ```
 */
export function kernelSources(data: BinnedData, channels: 2 | 3): { direct: string; gathered: string } {
  const starts = Array.from(data.denseFeatures, (f) => data.offsets[f] * channels);
  const sparse = data.entries.length > 0;
  return {
    direct: directSource(starts, data.stride, channels, sparse),
    gathered: gatheredSource(starts, data.stride, channels, sparse),
  };
}

function compile(body: string): HistogramKernel {
  // Only numbers of the layout enter the source (see the module comment).
  return new Function(
    'hist',
    'rm',
    'rm32',
    'gh',
    'rows',
    'begin',
    'end',
    'rowPtr',
    'entries',
    'scratch',
    body,
  ) as HistogramKernel;
}

function add(channels: number, index: string): string {
  return channels === 3
    ? `{ const k = ${index}; hist[k] += g; hist[k + 1] += h; hist[k + 2] += 1; }`
    : `{ const k = ${index}; hist[k] += g; hist[k + 1] += h; }`;
}

function scale(channels: number, expr: string): string {
  return channels === 3 ? `${expr} * 3` : `(${expr} << 1)`;
}

function sparseLoop(channels: number): string {
  return `const pe = rowPtr[r + 1]; for (let p = rowPtr[r]; p < pe; p++) ${add(channels, scale(channels, 'entries[p]'))}`;
}

function directSource(starts: number[], stride: number, channels: number, sparse: boolean): string {
  const lines = [
    'for (let i = begin; i < end; i++) {',
    '  const r = rows[i];',
    '  const g = gh[2 * r];',
    '  const h = gh[2 * r + 1];',
    `  const base = r * ${stride};`,
  ];
  starts.forEach((start, slot) => {
    lines.push(`  ${add(channels, `${start} + ${scale(channels, `rm[base + ${slot}]`)}`)}`);
  });
  if (sparse) lines.push(`  ${sparseLoop(channels)}`);
  lines.push('}');
  return lines.join('\n');
}

function gatheredSource(starts: number[], stride: number, channels: number, sparse: boolean): string {
  const words = stride >> 2;
  const lines = [
    'const b8 = scratch.bytes;',
    'const b32 = scratch.words;',
    'const og = scratch.gradients;',
    `for (let c = begin; c < end; c += ${CHUNK_ROWS}) {`,
    `  const m = (end < c + ${CHUNK_ROWS} ? end : c + ${CHUNK_ROWS}) - c;`,
    '  for (let i = 0; i < m; i++) {',
    '    const r = rows[c + i];',
    `    const s = r * ${words};`,
    `    const d = i * ${words};`,
  ];
  for (let q = 0; q < words; q++) lines.push(`    b32[d + ${q}] = rm32[s + ${q}];`);
  lines.push('    og[2 * i] = gh[2 * r];', '    og[2 * i + 1] = gh[2 * r + 1];', '  }');
  lines.push('  for (let i = 0; i < m; i++) {', '    const g = og[2 * i];', '    const h = og[2 * i + 1];');
  lines.push(`    const base = i * ${stride};`);
  starts.forEach((start, slot) => {
    lines.push(`    ${add(channels, `${start} + ${scale(channels, `b8[base + ${slot}]`)}`)}`);
  });
  if (sparse) lines.push('    const r = rows[c + i];', `    ${sparseLoop(channels)}`);
  lines.push('  }', '}');
  return lines.join('\n');
}

function genericKernel(starts: Int32Array, stride: number, channels: number, sparse: boolean): HistogramKernel {
  const slots = starts.length;
  return (hist, rm, _rm32, gh, rows, begin, end, rowPtr, entries) => {
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const g = gh[2 * r];
      const h = gh[2 * r + 1];
      const base = r * stride;
      for (let j = 0; j < slots; j++) {
        const k = starts[j] + rm[base + j] * channels;
        hist[k] += g;
        hist[k + 1] += h;
        if (channels === 3) hist[k + 2] += 1;
      }
      if (!sparse) continue;
      const pe = rowPtr[r + 1];
      for (let p = rowPtr[r]; p < pe; p++) {
        const k = entries[p] * channels;
        hist[k] += g;
        hist[k + 1] += h;
        if (channels === 3) hist[k + 2] += 1;
      }
    }
  };
}

/**
 * The generic (not compiled) loop, for tests that compare it with the compiled ones.
 *
 * @example
 * ```ts
 * genericHistogramKernel(data, 2)(hist, data.rowMajor, rm32, gh, rows, 0, n, data.rowPtr, data.entries, scratch);
 * ```
 */
export function genericHistogramKernel(data: BinnedData, channels: 2 | 3): HistogramKernel {
  const starts = Int32Array.from(data.denseFeatures, (f) => data.offsets[f] * channels);
  return genericKernel(starts, data.stride, channels, data.entries.length > 0);
}
